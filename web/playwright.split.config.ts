import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import base from './playwright.config';

// The roles apart, as a split deployment runs them: `up --role acquire` and `up --role server --acquire URL`,
// two processes on one data folder (so one role key). The indexer pages must work through the server exactly as
// in one process, so the same spec runs here against the pair.
// (workers load this file again and inherit the environment: chosen once, in the first process)
process.env.HEARTH_E2E_SPLIT_DATA ??= mkdtempSync(join(tmpdir(), 'hearth-e2e-split-'));
process.env.HEARTH_E2E_SPLIT_PORT ??= String(18100 + Math.floor(Math.random() * 800));
const data = (process.env.HEARTH_E2E_DATA = process.env.HEARTH_E2E_SPLIT_DATA);
const port = Number((process.env.HEARTH_E2E_PORT = process.env.HEARTH_E2E_SPLIT_PORT));
process.env.HEARTH_E2E_SHOTS = 'split';

export default defineConfig({
  ...base,
  testMatch: 'indexers.spec.ts',
  outputDir: 'test-results/split',
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  // started in this order, each once its health answers
  webServer: [
    {
      command: `../hearth up --role acquire --data "${data}" --port ${port + 1000}`,
      url: `http://127.0.0.1:${port + 1000}/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `../hearth up --role server --acquire http://127.0.0.1:${port + 1000} --data "${data}" --port ${port} --no-demo`,
      url: `http://127.0.0.1:${port}/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
