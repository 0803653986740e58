interface Environment {
  platform?: NodeJS.Platform;
  env?: Record<string, string | undefined>;
  home?: string;
}
export function findBrowser(options?: Environment & { exists?: (candidate: string) => boolean }): string | null;
export function browserProfileDir(options?: Environment): string;
export function browserArgs(options: { url: string; profileDir: string; platform?: NodeJS.Platform; isRoot?: boolean }): string[];
