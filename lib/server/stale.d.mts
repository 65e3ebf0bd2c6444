export declare const builtMarker: string;
export declare const buildInputs: readonly string[];
export declare function staleReasons(root?: string): string[];
