import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '../../..');
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown> & {
  files: string[];
  win: { target: string[] };
  linux: { target: string[] };
  mac: { target: string[] };
  nsis: Record<string, unknown>;
  electronFuses: Record<string, boolean>;
};
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };

// electron-builder's own schema check (the one `electron-builder` runs before packaging).
const require = createRequire(import.meta.url);
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration: (config: unknown, logger: { isEnabled: boolean; add: () => void }) => Promise<void>;
};
const quietLogger = { isEnabled: false, add: () => undefined };

describe('electron-builder.yml', () => {
  it("passes electron-builder's schema, which does reject unknown options", async () => {
    await expect(validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
    const broken = structuredClone(config);
    (broken.win as Record<string, unknown>).notAnOption = true;
    await expect(validateConfiguration(broken, quietLogger)).rejects.toThrow(/Invalid configuration/);
  });

  it('builds a portable exe and a per-user NSIS installer with a folder choice, an AppImage and a dmg', () => {
    expect(config.win.target).toEqual(['portable', 'nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true });
    expect(config.linux.target).toEqual(['AppImage']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config).toMatchObject({ appId: 'ca.custodian.app', productName: 'Custodian', asar: true, directories: { output: 'release' } });
  });

  it('packages the built main process, preload and renderer bundle', () => {
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'dist/app/**', 'dist/renderer/**']));
    expect(packageJson.main).toBe('dist/app/electron/main.js');
    expect(packageJson.main.startsWith('dist/app/')).toBe(true);
    // The paths main.ts loads at runtime, relative to app.getAppPath().
    const paths = readFileSync(path.join(root, 'electron', 'paths.ts'), 'utf8');
    expect(paths).toContain("'dist', 'app', 'electron', 'preload.cjs'");
    expect(paths).toContain("'dist', 'renderer'");
  });

  it('flips the fuses that close Node backdoors into the packaged app', () => {
    expect(config.electronFuses).toEqual(
      expect.objectContaining({
        runAsNode: false,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
        enableCookieEncryption: true,
      }),
    );
  });
});
