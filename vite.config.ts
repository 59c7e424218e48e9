/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { BODY_SCRIPT, HEAD_SCRIPT } from './src/features/settings/boot-scripts.ts';
import { ICONS, manifestPath, maskableIcon, webManifest } from './src/features/offline/manifest.ts';
import { pageFiles } from './src/lib/paths.ts';
import { APP_START_SCRIPT, deferAppScript } from './src/app/start-script.ts';

/**
 * In development the dataset is served from .cache/data (where `npm run data` writes it), so
 * that public/ holds sources only and a build never copies a dataset it did not make.
 */
function devDataset(): Plugin {
  const root = fileURLToPath(new URL('./.cache/data', import.meta.url));
  return {
    name: 'qiraa-dev-dataset',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/data', (request, response, next) => {
        const file = join(root, decodeURIComponent((request.url ?? '/').split('?')[0]));
        if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return next();
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.end(readFileSync(file));
      });
    },
  };
}

/**
 * The reader's settings, applied before the first paint by two inline scripts (their hashes
 * are in the Content-Security-Policy): one first in <head>, one last in <body>.
 */
function readerSettingsScripts(): Plugin {
  return {
    name: 'qiraa-reader-settings',
    transformIndexHtml: () => [
      { tag: 'script', children: HEAD_SCRIPT, injectTo: 'head-prepend' },
      { tag: 'script', children: BODY_SCRIPT, injectTo: 'body' },
    ],
  };
}

/**
 * `vite preview` as a static host serves the site: a path with no page gets 404.html with the
 * status 404 (Vite's own fallback would answer the shell with 200), so a reader without
 * scripts is told the page is not there. Files and pages are served as before.
 */
function notFoundPage(): Plugin {
  return {
    name: 'qiraa-not-found',
    configurePreviewServer(server) {
      const root = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '/').split(/[?#]/)[0]);
        if ((request.method !== 'GET' && request.method !== 'HEAD') || extname(path) !== '')
          return next();
        const page = join(root, '404.html');
        const known = pageFiles(path).some((candidate) => {
          const file = join(root, normalize(candidate));
          return file.startsWith(root) && existsSync(file) && statSync(file).isFile();
        });
        if (known || !existsSync(page)) return next();
        response.statusCode = 404;
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(request.method === 'HEAD' ? undefined : readFileSync(page));
      });
    },
  };
}

/**
 * react-router defines its components with `React.forwardRef(…)` calls that carry no
 * `@__PURE__` mark, so the bundler keeps the ones the app never uses (`Link`, `NavLink`,
 * `Form` and all they call), and names each for the developer tools, which keeps it too.
 * The mark, added to those calls in react-router's own files, and the names left out, let
 * them go.
 */
function pureRouterComponents(): Plugin {
  return {
    name: 'qiraa-pure-router-components',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/node_modules/react-router/dist/')) return null;
      const marked = code
        .replace(/=\s*(React\d*\.forwardRef\()/g, '= /* @__PURE__ */ $1')
        // (A name for the developer tools, which would keep the component.)
        .replace(/^\w+\.displayName = "\w+";$/gm, '');
      return marked === code ? null : { code: marked, map: null };
    },
  };
}

/**
 * The app's module script is fetched with the page and run after its first paint: the build
 * turns it into a preload, and an inline script last in <body> runs it once a frame has been
 * painted (src/app/start-script.ts). The development server keeps the plain module script.
 */
function appAfterFirstPaint(): Plugin {
  return {
    name: 'qiraa-app-after-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => ({
        html: deferAppScript(html),
        tags: [{ tag: 'script', children: APP_START_SCRIPT, injectTo: 'body' }],
      }),
    },
  };
}

/** The web app manifests (one a language) and the maskable icon, made from the favicon. */
function appManifests(): Plugin {
  return {
    name: 'qiraa-app-manifests',
    apply: 'build',
    generateBundle() {
      const favicon = readFileSync(new URL('./public/favicon.svg', import.meta.url), 'utf8');
      this.emitFile({
        type: 'asset',
        fileName: ICONS.maskable.slice(1),
        source: maskableIcon(favicon),
      });
      for (const lang of ['ar', 'en'] as const)
        this.emitFile({
          type: 'asset',
          fileName: manifestPath(lang).slice(1),
          source: `${JSON.stringify(webManifest(lang), null, 2)}\n`,
        });
    },
  };
}

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    react(),
    tailwindcss(),
    devDataset(),
    readerSettingsScripts(),
    notFoundPage(),
    pureRouterComponents(),
    ...(isSsrBuild
      ? []
      : [
          appManifests(),
          appAfterFirstPaint(),
          // Offline reading: the service worker in src/sw.ts, with the app shell precached
          // (ADR 009). The page registers it itself, after it has painted.
          VitePWA({
            strategies: 'injectManifest',
            srcDir: 'src',
            filename: 'sw.ts',
            injectRegister: false,
            manifest: false,
            registerType: 'prompt',
            injectManifest: {
              globPatterns: [
                // Every script (about 20 kB gzip beside the first chunk): each view is a chunk
                // of its own (ADR 005), and the saved list, the English interface's strings
                // and an article's keep toggle have to open with no network.
                'assets/*.js',
                'assets/index-*.css',
                'assets/noto-naskh-arabic-arabic-*.woff2',
                'index.html',
                'favicon.svg',
                'icons/*.svg',
                'manifest.*.webmanifest',
              ],
            },
          }),
        ]),
  ],
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
  // modulepreload is in every browser the app supports: no polyfill.
  build: {
    manifest: true,
    modulePreload: { polyfill: false },
    // Every module the entry imports statically stays in the first chunk: without this group,
    // Rolldown moves the modules that lazy chunks share with it (React among them) into
    // common chunks of their own, and the first load grows (ADR 005).
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } },
    },
  },
  server: {
    host: '127.0.0.1',
    // Corpora and datasets can hold 100,000s of files: not source to watch.
    watch: { ignored: ['**/bench/out/**', '**/.cache/**', '**/dist/**', '**/dist-ssr/**'] },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['{src,pipeline,bench,scripts}/**/*.test.{ts,tsx}'],
    // Some tests run the command line or build a corpus in a child process: on a busy
    // two-core machine that takes seconds. A limit, not a measure (speed is in bench/).
    testTimeout: 30_000,
  },
}));
