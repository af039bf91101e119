import { defineConfig, devices } from '@playwright/test';
import { E2E_PORT as PORT } from './e2e/fixtures/paths';

const baseURL = `http://localhost:${PORT}`;

// scripts/test.mjs prepares a PostgreSQL database (migrated and seeded); fixtures write their
// accounts into it directly. A fixed secret: tests never see a real one.
const databaseEnv: Record<string, string> = {
  DATABASE_URL: process.env.E2E_DATABASE_URL ?? '',
  NEXTAUTH_SECRET: 'e2e-only-secret-not-used-anywhere-else',
};

export default defineConfig({
  testDir: './e2e',
  // Its own folder: Playwright empties it at start, and scripts/test.mjs keeps other reports beside it.
  outputDir: `test-results/playwright-${PORT}`,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  timeout: 30_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    // One signed-in account per role for the whole run (e2e/accounts.setup.ts).
    { name: 'setup', testMatch: /accounts\.setup\.ts$/ },
    {
      name: 'chromium',
      dependencies: ['setup'],
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          // Debian's Chromium where Playwright's own browser cannot be downloaded (see scripts/test.mjs).
          executablePath: process.env.CHROMIUM_PATH || undefined,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    command: 'npm start',
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: { ...databaseEnv, PORT: String(PORT), NODE_ENV: 'production' },
  },
});
