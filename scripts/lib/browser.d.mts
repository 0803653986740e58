interface Environment {
  platform?: NodeJS.Platform;
  env?: Record<string, string | undefined>;
  home?: string;
}
export function findBrowser(options?: Environment & { exists?: (candidate: string) => boolean }): string | null;
export function browserProfileDir(options?: Environment): string;
export function browserArgs(options: { url: string; profileDir: string; platform?: NodeJS.Platform; isRoot?: boolean }): string[];
export const PRIVATE_PREFERENCES: Readonly<{ autofill: { profile_enabled: false; credit_card_enabled: false }; credentials_enable_service: false }>;
export function withPrivatePreferences(text: string): string;
export function preparePrivateProfile(
  profileDir: string,
  fs?: {
    existsSync(path: string): boolean;
    mkdirSync(path: string, options: { recursive: true; mode: number }): unknown;
    readFileSync(path: string, encoding: 'utf8'): string;
    writeFileSync(path: string, text: string, options: { mode: number }): void;
  },
): string;
