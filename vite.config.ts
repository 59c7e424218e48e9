/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  // react-router's package points every import at its development build; its production
  // build is the same router without the development checks. Bundled into the server
  // entry too, so the prerender runs the same code.
  resolve: {
    alias: [
      {
        find: /^react-router$/,
        replacement: fileURLToPath(
          new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
        ),
      },
    ],
  },
  ssr: { noExternal: ['react-router'] },
  // The manifest lets scripts/check-budget.ts find what a page loads first.
  build: { manifest: true },
  server: {
    host: '127.0.0.1',
    // Corpora and datasets can hold 100,000s of files: not source to watch.
    watch: { ignored: ['**/bench/out/**', '**/public/data/**', '**/dist/**', '**/dist-ssr/**'] },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['{src,pipeline,bench,scripts}/**/*.test.{ts,tsx}'],
  },
});
