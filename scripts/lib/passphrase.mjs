// The archive passphrase for the command line: CUSTODIAN_PASSPHRASE, else asked on the terminal
// without echo (or read as one line from a pipe). Never printed, never logged.
import process from 'node:process';

function readLineFromPipe() {
  return new Promise((resolve, reject) => {
    let data = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk) => {
      data += chunk;
      const end = data.indexOf('\n');
      if (end >= 0) {
        process.stdin.pause();
        resolve(data.slice(0, end).replace(/\r$/, ''));
      }
    });
    process.stdin.on('end', () => resolve(data.replace(/\r?\n$/, '')));
    process.stdin.on('error', reject);
  });
}

function readHidden(prompt) {
  return new Promise((resolve, reject) => {
    const { stdin, stderr } = process;
    stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.resume();
    let value = '';
    const finish = (error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003') return finish(new Error('Cancelled.'));
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else if (char >= ' ') value += char;
      }
    };
    stdin.on('data', onData);
  });
}

/** `confirm`: ask twice (when choosing a passphrase for a new archive). */
export async function archivePassphrase({ confirm = false } = {}) {
  const fromEnv = process.env.CUSTODIAN_PASSPHRASE;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) {
    const piped = await readLineFromPipe();
    if (!piped) throw new Error('No passphrase: set CUSTODIAN_PASSPHRASE or type it when asked.');
    return piped;
  }
  const first = await readHidden('Archive passphrase: ');
  if (!first) throw new Error('No passphrase given.');
  if (confirm && (await readHidden('Repeat the passphrase: ')) !== first) throw new Error('The two passphrases differ.');
  return first;
}
