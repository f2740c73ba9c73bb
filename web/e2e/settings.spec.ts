import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataFolder, keep, setupToken } from './helpers';

// Admin → Settings: a change is checked, saved to settings.json, kept across a reload, and the page says when it applies.
test.describe.configure({ mode: 'serial' });

const admin = { name: 'Sam', password: 'sam-password-1' };
let page: Page;

test.beforeAll(async ({ browser }) => {
  page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  // this file may run alone: set the server up when no one has yet, else sign the admin in
  const setup = await (await page.request.get('/api/v1/setup')).json();
  if (setup.required) {
    expect((await page.request.post('/api/v1/setup', { data: { token: setupToken(), username: admin.name, password: admin.password } })).ok()).toBe(true);
  } else {
    expect((await page.request.post('/api/v1/auth/login', { data: { username: admin.name, password: admin.password } })).ok()).toBe(true);
  }
});

test('an admin changes a setting with the keyboard; it is saved, kept, and a wrong value is refused', async () => {
  await page.goto('/admin/settings');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  const transcodes = page.getByLabel('Transcodes at once');
  const before = await transcodes.inputValue();

  // keyboard only: into the field, type, Enter saves
  await transcodes.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Streaming:MaxConcurrentTranscodes');

  await transcodes.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('applies to the next playback');
  const saved = JSON.parse(readFileSync(join(dataFolder(), 'settings.json'), 'utf8'));
  expect(saved.Streaming.MaxConcurrentTranscodes).toBe(5);

  await page.getByLabel('Rescan every (hh:mm:ss)').fill('01:00:00');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toContainText('after Hearth restarts');

  await page.reload();
  await expect(page.getByLabel('Transcodes at once')).toHaveValue('5');
  await expect(page.getByLabel('Rescan every (hh:mm:ss)')).toHaveValue('01:00:00');
  await keep(page, 'admin-settings');

  // leave the shared server as it was for the other files
  expect((await page.request.put('/api/v1/settings', { data: { values: { 'Streaming:MaxConcurrentTranscodes': before } } })).ok()).toBe(true);
});
