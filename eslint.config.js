// Lint rules that hold the architecture: the domain is pure, the renderer never touches Node or
// Electron, and only electron/ may import 'electron'.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'net', 'http', 'https', 'stream', 'worker_threads', 'url', 'util', 'buffer', 'events', 'zlib', 'module', 'process', 'tls', 'dgram', 'dns', 'vm']
  .flatMap((m) => [m, `node:${m}`, `${m}/*`, `node:${m}/*`]);

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.screenshots/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The renderer talks to Electron only through host/ (the preload bridge).' }],
        patterns: [{ group: nodeBuiltins, message: 'The renderer runs in a sandboxed browser: no Node modules.' }],
      }],
    },
  },
  {
    files: ['renderer/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'electron', message: 'domain/ is pure TypeScript.' },
          { name: 'react', message: 'domain/ is pure TypeScript: no React.' },
          { name: 'dexie', message: 'domain/ is pure TypeScript: persistence lives in store/.' },
        ],
        patterns: [
          { group: nodeBuiltins, message: 'domain/ is pure TypeScript: no Node modules.' },
          { group: ['react-*', '@mui/*', 'dexie*', '**/store/**', '**/vault/**', '**/host/**', '**/features/**', '**/app/**'], message: 'domain/ depends on nothing but itself and pure libraries.' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'window', message: 'domain/ has no DOM.' },
        { name: 'document', message: 'domain/ has no DOM.' },
        { name: 'localStorage', message: 'domain/ has no DOM.' },
        { name: 'indexedDB', message: 'domain/ has no DOM; persistence lives in store/.' },
        { name: 'navigator', message: 'domain/ has no DOM.' },
      ],
    },
  },
  {
    files: ['electron/**/*.{ts,cts}', 'scripts/**/*.{js,mjs}', '*.config.{js,ts}', 'test/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['scripts/**/*.{js,mjs}'],
    rules: { 'no-console': 'off' },
  },
);
