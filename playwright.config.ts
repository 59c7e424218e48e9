import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './e2e/find-browser';

const PORT = 4173;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: findBrowser(), args: CHROMIUM_ARGS },
    locale: 'ar',
    trace: 'off',
    // Pages are tested as the network serves them; e2e/offline.spec.ts allows the worker.
    serviceWorkers: 'block',
  },
  webServer: {
    // The built site (npm run build comes first in npm test), as a static host serves it.
    // The fixture site (npm run test:e2e builds it in .test-site/, apart from the site in dist/).
    command: `npx vite preview --outDir .test-site --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/ar/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
