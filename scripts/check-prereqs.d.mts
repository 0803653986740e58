export interface Prerequisite {
  readonly command: string;
  readonly pkg: string;
  readonly why: string;
}
export const PREREQUISITES: readonly Prerequisite[];
export function missingPrerequisites(options?: { env?: Record<string, string | undefined>; executable?: (file: string) => boolean }): Prerequisite[];
export function installCommand(missing: readonly Prerequisite[]): string;
export function report(missing: readonly Prerequisite[]): string | null;
