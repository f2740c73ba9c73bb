import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// One Hearth for the whole run, started the way a user starts it, on a fresh data folder with the demo
// library. Workers inherit the environment, so they all see the same folder and port.
process.env.HEARTH_E2E_DATA ??= mkdtempSync(join(tmpdir(), 'hearth-e2e-'));
process.env.HEARTH_E2E_PORT ??= String(18100 + Math.floor(Math.random() * 800));
const port = Number(process.env.HEARTH_E2E_PORT);
// a stand-in for TMDB and TVmaze on loopback (e2e/fake-tmdb.mjs): the server asks nothing of the internet
process.env.HEARTH_E2E_TMDB_PORT ??= String(port + 1000);
const tmdb = `http://127.0.0.1:${process.env.HEARTH_E2E_TMDB_PORT}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1920, height: 1080 },
    launchOptions: { executablePath: process.env.HEARTH_CHROMIUM ?? '/usr/bin/chromium', args: ['--autoplay-policy=no-user-gesture-required'] },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: [
    {
      command: `node e2e/fake-tmdb.mjs ${process.env.HEARTH_E2E_TMDB_PORT}`,
      url: `${tmdb}/health`,
      timeout: 20_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `../hearth up --data "${process.env.HEARTH_E2E_DATA}" --port ${port}`,
      url: `http://127.0.0.1:${port}/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        HEARTH_Metadata__Tmdb__ApiKey: 'e2e-fake-key',
        HEARTH_Metadata__Tmdb__BaseUrl: `${tmdb}/3`,
        HEARTH_Metadata__TvMaze__BaseUrl: `${tmdb}/tvmaze`,
      },
    },
  ],
});
