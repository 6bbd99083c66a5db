import { defineConfig } from '@playwright/test';
import { OFFLINE_CHROMIUM_ARGS } from './main/report/chromium';

export const CHROMIUM_PATH = process.env.ATELIER_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.e2e.ts',
  // Generous: the suite shares two cores with the host processes and Chromium.
  timeout: 90_000,
  expect: { timeout: 7_000 },
  fullyParallel: false,
  workers: 2,
  // A timing-sensitive test (200 ms presenter, mouse drags) may be re-run once in CI; a real failure fails twice.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: OFFLINE_CHROMIUM_ARGS,
    },
  },
});
