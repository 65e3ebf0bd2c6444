export declare function scriptHashes(html: string): string[];
