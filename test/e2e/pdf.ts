// Reads PDFs the app produced with poppler and qpdf (Debian packages CI installs), as a viewer would.
import { execFileSync } from 'node:child_process';

/** qpdf's complaints about the file, or '' when it is sound. */
export function pdfProblems(path: string): string {
  try {
    execFileSync('qpdf', ['--check', path], { stdio: 'pipe' });
    return '';
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer; message: string };
    return `${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? ''}` || e.message;
  }
}

export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}
