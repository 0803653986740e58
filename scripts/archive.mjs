// `npm run archive -- verify FILE`: checks a .custodian backup with the app's own code (decrypt,
// manifest, every record). Exit 0 and the counts when it is intact; 2 and the reason when it is
// refused; 1 for a usage or file error. Prints counts and dates only, never a record.
// Passphrase: CUSTODIAN_PASSPHRASE, else asked on the terminal without echo.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from './lib/args.mjs';
import { archivePassphrase } from './lib/passphrase.mjs';
import { withTsModules } from './lib/loadTs.mjs';

const USAGE = 'Usage: npm run archive -- verify FILE.custodian';
export const EXIT = { ok: 0, usage: 1, refused: 2 };

async function verify(file) {
  const bytes = await readFile(file);
  const passphrase = await archivePassphrase();
  const result = await withTsModules(async (load) => {
    const { verifyArchive } = await load('/renderer/src/archive/index.ts');
    return verifyArchive(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), passphrase);
  });
  if (!result.ok) {
    console.error(`Refused (${result.error.code}): ${result.error.message}`);
    return EXIT.refused;
  }
  const { manifest, counts } = result;
  console.log(`OK: ${file} is an intact Custodian archive.`);
  console.log(`  format:   ${manifest.format} version ${manifest.formatVersion} (written by Custodian ${manifest.appVersion})`);
  console.log(`  created:  ${manifest.createdAt}`);
  console.log(`  people: ${counts.people}, access requests: ${counts.accessRequests}, documents: ${counts.documents}, reference series: ${counts.sequences}, audit entries: ${counts.audit}`);
  return EXIT.ok;
}

async function main() {
  const { positional } = parseArgs(process.argv.slice(2));
  const [command, file, ...rest] = positional;
  if (command !== 'verify' || !file || rest.length) {
    console.error(USAGE);
    return EXIT.usage;
  }
  // npm runs scripts from the project root; a relative path means where the user typed the command.
  return verify(path.resolve(process.env.INIT_CWD ?? process.cwd(), file));
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`archive: ${error.code === 'ENOENT' ? `no such file: ${error.path}` : error.message}`);
    process.exit(EXIT.usage);
  },
);
