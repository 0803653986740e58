// `npm run seed -- --people N --requests M --out FILE [--letters K] [--records R] [--seed S]`: writes a
// synthetic, clearly fake vault (test/fixtures: example.org emails, 555-01xx phones, "SYNTHETIC TEST
// LETTER" PDFs, an audit chain) as a .custodian archive, for demos, restore tests and benchmarks.
// Every register of REGISTERS is filled: R records each (default requests / 10, at least 1) from
// test/fixtures/registerSamples.ts, or the register's own seed (the policy's purposes).
// Passphrase: CUSTODIAN_PASSPHRASE, else asked twice on the terminal.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, count } from './lib/args.mjs';
import { archivePassphrase } from './lib/passphrase.mjs';
import { withTsModules } from './lib/loadTs.mjs';
import { writeFileAtomic } from './lib/atomicWrite.mjs';

const USAGE = 'Usage: npm run seed -- --people N --requests M --out FILE.custodian [--letters K] [--records R] [--seed S]';

async function main() {
  const { options } = parseArgs(process.argv.slice(2));
  if (options.help || typeof options.out !== 'string') {
    console.error(USAGE);
    return options.help ? 0 : 1;
  }
  const people = count(options, 'people', 100);
  const requests = count(options, 'requests', 20);
  const letters = count(options, 'letters', Math.min(requests, 20));
  const seed = count(options, 'seed', 1);
  const registerRecords = count(options, 'records', Math.max(1, Math.round(requests / 10)));
  if (requests > 0 && people === 0) throw new Error('--requests needs at least one person (--people).');
  // The registers' records name people (a disclosure is about someone).
  if (registerRecords > 0 && people === 0) throw new Error('--records needs at least one person (--people); use --records 0 for an empty vault.');
  const passphrase = await archivePassphrase({ confirm: true });
  const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

  const { bytes, filled } = await withTsModules(async (load) => {
    const { syntheticSnapshot } = await load('/test/fixtures/accessRequests.ts');
    const { writeArchive } = await load('/renderer/src/archive/index.ts');
    const snapshot = await syntheticSnapshot({ people, requests, letters, registerRecords, seed });
    const filled = Object.entries(snapshot.registers).map(([name, records]) => `${records.length} ${name}`);
    return { bytes: await writeArchive(snapshot, passphrase, { appVersion: version }), filled };
  });
  // npm runs scripts from the project root; a relative path means where the user typed the command.
  const out = path.resolve(process.env.INIT_CWD ?? process.cwd(), options.out);
  await writeFileAtomic(out, bytes);
  console.log(`Wrote ${out}: ${people} synthetic people, ${requests} requests, ${letters} letters, ${filled.join(', ') || 'no other register'} (${(bytes.length / 1e6).toFixed(2)} MB).`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`seed: ${error.message}`);
    process.exit(1);
  },
);
