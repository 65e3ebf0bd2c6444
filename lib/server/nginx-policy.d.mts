export declare function httpConfig(): string;
export declare function serverConfig(): string;
export declare const policyFiles: Readonly<Record<string, () => string>>;
