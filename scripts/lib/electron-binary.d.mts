export function electronPackageDir(root: string): string;
export function findElectronBinary(root: string, env?: Record<string, string | undefined>): string | null;
export function installElectronBinary(root: string, timeoutMs?: number): boolean;
