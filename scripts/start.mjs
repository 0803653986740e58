// `npm start` (after `npm run build`): run Custodian in Electron if its binary is installed or can
// be downloaded now; otherwise serve the same bundle on 127.0.0.1 and open it as an app window in the
// system's Chromium or Chrome.
//   CUSTODIAN_BROWSER_MODE=1  skip Electron and use browser mode
//   CUSTODIAN_NO_OPEN=1       browser mode only serves (headless checks); stop with Ctrl+C
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserArgs, browserProfileDir, findBrowser, preparePrivateProfile } from './lib/browser.mjs';
import { findElectronBinary, installElectronBinary } from './lib/electron-binary.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Fixed, never random: the browser keeps the vault per origin, and the port is part of the origin.
const HOST = '127.0.0.1';
const PORT = 4173;
const URL_TEXT = `http://${HOST}:${PORT}`;

function runElectron(binary) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [root], { cwd: root, env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function runBrowserMode() {
  const rendererRoot = path.join(root, 'dist', 'renderer');
  if (!existsSync(path.join(rendererRoot, 'index.html'))) {
    console.error('dist/renderer/index.html is missing: run `npm run build` first.');
    process.exit(1);
  }
  let server;
  try {
    ({ server } = await startStaticServer({ root: rendererRoot, host: HOST, port: PORT }));
  } catch (error) {
    const reason = error?.code === 'EADDRINUSE' ? `port ${PORT} is in use (is Custodian already running?)` : error?.code ?? 'unknown error';
    console.error(`Custodian could not start its local server: ${reason}.`);
    process.exit(1);
  }
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  if (process.env.CUSTODIAN_NO_OPEN === '1') {
    console.log(`Serving Custodian at ${URL_TEXT} (Ctrl+C to stop).`);
    return;
  }
  const browser = findBrowser();
  if (browser === null) {
    console.log(`No Chromium or Chrome found: open ${URL_TEXT} in a browser (Ctrl+C to stop).`);
    return;
  }
  const profileDir = browserProfileDir();
  mkdirSync(profileDir, { recursive: true, mode: 0o700 });
  // Autofill and the password manager off before Chromium starts: nothing typed is kept in the profile.
  preparePrivateProfile(profileDir);
  const child = spawn(browser, browserArgs({ url: URL_TEXT, profileDir }), { stdio: 'ignore' });
  child.on('error', () => console.log(`The browser could not be started: open ${URL_TEXT} yourself (Ctrl+C to stop).`));
  child.on('exit', stop);
}

if (process.env.CUSTODIAN_BROWSER_MODE === '1') {
  console.log(`Starting Custodian in browser mode at ${URL_TEXT}`);
  await runBrowserMode();
} else {
  let binary = findElectronBinary(root);
  if (binary === null && installElectronBinary(root)) binary = findElectronBinary(root);
  if (binary !== null) {
    runElectron(binary);
  } else {
    console.log(`Electron is not installed and could not be downloaded (no network); starting Custodian in browser mode at ${URL_TEXT}`);
    await runBrowserMode();
  }
}
