import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/support/browser';
import { portFromEnv } from './tests/support/ports';

/**
 * Port of the preview server the tests start: `E2E_PORT` when set, else one that is free at run time, so a
 * program holding a port (or a running `npm start`, left alone by `--ignore-lock`) never fails the tests.
 */
const PORT = portFromEnv('E2E_PORT');

const executablePath = chromiumPath();

/** The specs that install, update and replace the service worker. */
const SERVICE_WORKER_SPECS = /(offline|offline-update|install)\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  ...(process.env['CI'] ? { workers: 2 } : {}),
  forbidOnly: !!process.env['CI'],
  // No retries, in CI either: a test that passes only the second time is a bug to fix, not to hide.
  retries: 0,
  // A missing or stale dist/ would test old code: refuse it (E2E_ALLOW_STALE=1 to test it anyway).
  globalSetup: './tests/support/e2e-setup.ts',
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    // The offline spec allows the service worker; elsewhere it would serve cached files past page.route().
    serviceWorkers: 'block',
    // Keep the browser off the network: nothing but the site under test may be reached.
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'] },
      testIgnore: SERVICE_WORKER_SPECS,
    },
    // A new version of the service worker installing and taking over is timed by the browser, not the test: run
    // these once the others are done, so another test's load on the two cores does not stretch an update past
    // its wait (the journeys they prove are the same).
    {
      name: 'service worker',
      use: { ...devices['Desktop Chrome'] },
      testMatch: SERVICE_WORKER_SPECS,
      dependencies: ['chromium'],
    },
  ],
  webServer: {
    command: `node node_modules/astro/bin/astro.mjs preview --port ${PORT} --ignore-lock`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
