import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The benchmark build: the real app (renderer/index.html) and the benchmark page side by side, on one
// origin, so the benchmark can seed the app's own IndexedDB and then time the app's unlock screen.
export default defineConfig({
  root: '.',
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: '.bench/dist',
    emptyOutDir: true,
    target: 'es2023',
    chunkSizeWarningLimit: 8000,
    rollupOptions: { input: { app: 'renderer/index.html', bench: 'test/bench/page/index.html' } },
  },
  preview: { host: '127.0.0.1', port: 4174, strictPort: true },
});
