import type { Server } from 'node:http';

export declare function readCspMap(file: string): Map<string, string>;
export declare function serveExport(options: { port: number; host?: string; root?: string; cspMap?: string }): Promise<Server>;
