// The version a backup's manifest records. package.json lies outside the renderer's project, so it
// is repeated here; test/unit/features/backupAppVersion.test.ts holds the two equal.
export const APP_VERSION = '0.1.0';
