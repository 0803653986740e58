// JSON for the profile: bytes (the officer's signature image) travel as { "$base64": "…" }, a tag
// no domain field uses, so they round-trip as Uint8Array and `unzip` shows readable JSON.
import { fromBase64, toBase64 } from './bytes';

const TAG = '$base64';

export function stringifyWithBytes(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? { [TAG]: toBase64(v) } : v), 2);
}

export function parseWithBytes(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v);
      if (keys.length === 1 && keys[0] === TAG) {
        const encoded = (v as Record<string, unknown>)[TAG];
        const bytes = typeof encoded === 'string' ? fromBase64(encoded) : null;
        if (!bytes) throw new SyntaxError('Invalid base64 value.');
        return bytes;
      }
    }
    return v;
  });
}
