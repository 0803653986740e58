// Lint rules that hold the architecture: the domain is pure, the renderer never touches Node or
// Electron, and only electron/ may import 'electron'.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'net', 'http', 'https', 'stream', 'worker_threads', 'url', 'util', 'buffer', 'events', 'zlib', 'module', 'process', 'tls', 'dgram', 'dns', 'vm']
  .flatMap((m) => [m, `node:${m}`, `${m}/*`, `node:${m}/*`]);

// What every renderer file may not import. Flat config replaces a rule's options rather than merging
// them, so each folder's rule below repeats these.
const rendererPaths = [{ name: 'electron', message: 'The renderer talks to Electron only through host/ (the preload bridge).' }];
const rendererPatterns = [{ group: nodeBuiltins, message: 'The renderer runs in a sandboxed browser: no Node modules.' }];

// The design's "never" directions between renderer/src folders: a folder may not import the folders
// listed for it (lower layers never reach up). test/unit/architecture.test.ts holds the same table and
// checks the code itself, so an eslint-disable comment cannot hide a violation.
const FORBIDDEN_IMPORTS = {
  domain: ['store', 'vault', 'host', 'features', 'app', 'ui', 'archive', 'letters', 'i18n'],
  vault: ['store', 'letters', 'app', 'features', 'host', 'ui', 'archive', 'i18n'],
  letters: ['app', 'features', 'store', 'ui'],
  store: ['features', 'app', 'ui'],
  ui: ['features'],
  archive: ['features', 'app'],
  i18n: ['store', 'vault', 'app', 'features', 'ui', 'host', 'archive', 'letters'],
};

/**
 * A relative import that climbs out of `from` into `to` ('../store', '../../store/errors'). Matched
 * on the first folder after the climb, so '../domain/letters/format' is not the letters/ folder.
 */
function layerPattern(from, to) {
  return { regex: `^(\\.\\./)+${to}(/|$)`, message: `${from}/ sits below ${to}/ and may never import it (README, "What npm test runs").` };
}

function layerRule(from, extra = {}) {
  return ['error', {
    paths: [...rendererPaths, ...(extra.paths ?? [])],
    patterns: [...rendererPatterns, ...(extra.patterns ?? []), ...FORBIDDEN_IMPORTS[from].map((to) => layerPattern(from, to))],
  }];
}

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
      'no-restricted-imports': ['error', { paths: rendererPaths, patterns: rendererPatterns }],
    },
  },
  ...Object.keys(FORBIDDEN_IMPORTS)
    .filter((from) => from !== 'domain')
    .map((from) => ({ files: [`renderer/src/${from}/**/*.{ts,tsx}`], rules: { 'no-restricted-imports': layerRule(from) } })),
  {
    files: ['renderer/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': layerRule('domain', {
        paths: [
          { name: 'react', message: 'domain/ is pure TypeScript: no React.' },
          { name: 'dexie', message: 'domain/ is pure TypeScript: persistence lives in store/.' },
        ],
        patterns: [{ group: ['react-*', '@mui/*', 'dexie*'], message: 'domain/ depends on nothing but itself and pure libraries.' }],
      }),
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
