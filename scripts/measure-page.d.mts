export declare function measurePage(
  pageUrl: string,
): Promise<{ html: number; js: number; css: number; scripts: number; total: number }>;
