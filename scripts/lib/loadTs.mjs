// Runs the app's own TypeScript modules in Node through Vite's SSR loader (as scripts/bench.mjs does
// for the letter benchmark), so the command line and the app share one implementation.
import { createServer } from 'vite';

/** Calls `use(load)` with a loader for project-relative TS paths, then closes the loader. */
export async function withTsModules(use) {
  const server = await createServer({
    configFile: false,
    root: new URL('../..', import.meta.url).pathname,
    logLevel: 'error',
    appType: 'custom',
    // No WebSocket server: two loaders at once (CLI tests in parallel, a bench) would fight for its port.
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return await use((path) => server.ssrLoadModule(path));
  } finally {
    await server.close();
  }
}
