import { defineConfig } from '@playwright/test';

/**
 * The desktop app itself, driven through Playwright's Electron support (`npm run test:electron`,
 * through scripts/test-electron.mjs, which skips it where no Electron binary can be had).
 */
export default defineConfig({
  testDir: 'test/electron',
  testMatch: '**/*.electron.ts',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
});
