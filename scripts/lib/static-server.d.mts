import type { Server } from 'node:http';
export const CONTENT_SECURITY_POLICY: string;
export function mimeTypeFor(filePath: string): string;
export function resolveStaticPath(root: string, requestPath: string): string | null;
export function startStaticServer(options: { root: string; host?: string; port?: number }): Promise<{ server: Server; url: string }>;
