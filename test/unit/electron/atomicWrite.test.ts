import { mkdtempSync, promises as fs, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite, type AtomicFileHandle, type AtomicWriteFs } from '../../../electron/atomicWrite';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'custodian-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Real file system, with a log of every call and an optional fault at one step. */
function faultyFs(fault: 'write' | 'sync' | 'rename' | null, log: string[] = []): AtomicWriteFs {
  return {
    async open(filePath, flags, mode) {
      log.push(`open ${path.basename(filePath)}`);
      const real = await fs.open(filePath, flags, mode);
      const handle: AtomicFileHandle = {
        async writeFile(data) {
          if (fault === 'write') {
            // A torn write: half the bytes reach the temp file, then the disk fails.
            await real.writeFile(data.subarray(0, Math.floor(data.length / 2)));
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          }
          log.push('write');
          await real.writeFile(data);
        },
        async sync() {
          if (fault === 'sync') throw Object.assign(new Error('EIO'), { code: 'EIO' });
          log.push('sync');
          await real.sync();
        },
        async close() {
          log.push('close');
          await real.close();
        },
      };
      return handle;
    },
    async rename(from, to) {
      if (fault === 'rename') throw Object.assign(new Error('EXDEV'), { code: 'EXDEV' });
      log.push(`rename -> ${path.basename(to)}`);
      await fs.rename(from, to);
    },
    async unlink(filePath) {
      log.push('unlink');
      await fs.unlink(filePath);
    },
  };
}

describe('atomicWrite', () => {
  it('writes a new file readable only by its owner', async () => {
    const target = path.join(dir, 'export.custodian');
    await atomicWrite(target, bytes('new content'));
    expect(readFileSync(target, 'utf8')).toBe('new content');
    if (process.platform !== 'win32') expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['export.custodian']);
  });

  it('replaces an existing file completely', async () => {
    const target = path.join(dir, 'letter.pdf');
    writeFileSync(target, 'old content that is longer than the new one');
    await atomicWrite(target, bytes('new'));
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['letter.pdf']);
  });

  it.each(['write', 'sync', 'rename'] as const)(
    'leaves the original intact and no temp file when %s fails',
    async (fault) => {
      const target = path.join(dir, 'backup.custodian');
      writeFileSync(target, 'original');
      await expect(atomicWrite(target, bytes('replacement bytes'), faultyFs(fault))).rejects.toThrow();
      expect(readFileSync(target, 'utf8')).toBe('original');
      expect(readdirSync(dir)).toEqual(['backup.custodian']);
    },
  );

  it('renames only after the temp file is written, flushed and closed', async () => {
    const log: string[] = [];
    const target = path.join(dir, 'report.csv');
    await atomicWrite(target, bytes('a,b'), faultyFs(null, log));
    const renameAt = log.indexOf('rename -> report.csv');
    expect(log.slice(0, renameAt)).toEqual([expect.stringMatching(/^open \.report\.csv\.[0-9a-f]+\.tmp$/), 'write', 'sync', 'close']);
    // After the commit only the directory flush may follow; nothing touches the target again.
    expect(log.slice(renameAt + 1).filter((entry) => entry.startsWith('rename') || entry === 'write')).toEqual([]);
  });

  it('fails without creating anything when the folder does not exist', async () => {
    await expect(atomicWrite(path.join(dir, 'missing', 'x.pdf'), bytes('x'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(dir)).toEqual([]);
  });
});
