export declare const maxRequestLine: number;
export declare const errorPage: string;
export declare function normalizePath(rawPath: string): string | undefined;
export declare function resolve(
  request: { method: string; url: string },
  isFile: (uri: string) => boolean,
): { status: number; uri: string; file?: string; location?: string; body?: string };
