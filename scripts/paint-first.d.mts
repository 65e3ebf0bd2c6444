export function paintFirst(html: string): { html: string; sources: string[] };
export function compiledWhileStreaming(javascript: string): string;
