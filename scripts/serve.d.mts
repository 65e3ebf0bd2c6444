import type { Server } from 'node:http';

export declare function serveExport(options: { port: number; host?: string; root?: string }): Promise<Server>;
