import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { keep, setupToken } from './helpers';

// The indexer hub end to end: an admin adds an indexer (a loopback server replaying the recorded Torznab
// responses the .NET tests use) and searches it from the Search page.
test.describe.configure({ mode: 'serial' });

const admin = { name: 'Sam', password: 'sam-password-1' };
const indexerKey = 'good-indexer-key-0123456789';
const fixtures = join('..', 'tests', 'Hearth.Testing', 'IndexerFixtures');
let page: Page;
let indexer: Server;
let indexerUrl = '';

test.beforeAll(async ({ browser }) => {
  indexer = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = url.searchParams.get('apikey') !== indexerKey ? 'error-100.xml' : url.searchParams.get('t') === 'caps' ? 'torznab-caps.xml' : 'torznab-results.xml';
    response.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
    response.end(readFileSync(join(fixtures, file)));
  });
  await new Promise<void>((resolve) => indexer.listen(0, '127.0.0.1', resolve));
  indexerUrl = `http://127.0.0.1:${(indexer.address() as AddressInfo).port}/tracker`;

  page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  // this file may run alone: set the server up when no one has yet, else sign the admin in
  const setup = await (await page.request.get('/api/v1/setup')).json();
  if (setup.required) {
    expect((await page.request.post('/api/v1/setup', { data: { token: setupToken(), username: admin.name, password: admin.password } })).ok()).toBe(true);
  } else {
    expect((await page.request.post('/api/v1/auth/login', { data: { username: admin.name, password: admin.password } })).ok()).toBe(true);
  }
});

test.afterAll(async () => {
  await new Promise((resolve) => indexer.close(resolve));
});

test('an admin adds an indexer; a wrong key is explained and nothing is saved', async () => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Indexers' }).click();
  await expect(page.getByRole('heading', { name: 'Indexers', level: 1 })).toBeVisible();

  await page.getByLabel('Name').fill('Example Tracker');
  await page.getByLabel('URL').fill(indexerUrl);
  await page.getByLabel('API key').fill('not-the-key');
  await page.getByRole('button', { name: 'Add indexer' }).click();
  await expect(page.getByRole('alert')).toContainText('refused the API key');
  await expect(page.locator('.indexer-row')).toHaveCount(0);

  await page.getByLabel('API key').fill(indexerKey);
  await page.getByRole('button', { name: 'Test', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('It answers: Example Tracker');
  await page.getByRole('button', { name: 'Add indexer' }).click();
  await expect(page.getByRole('status')).toContainText('Example Tracker is added');
  const row = page.locator('.indexer-row', { hasText: 'Example Tracker' });
  await expect(row).toContainText('Healthy');
  await expect(row).not.toContainText(indexerKey);
  await row.getByRole('button', { name: 'Test Example Tracker' }).click();
  await expect(row.getByRole('status')).toContainText('Example Tracker answers');
  await keep(page, 'indexers');
});

test('a manual search shows the results, sorted and filtered', async () => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  await page.getByLabel('Search for').fill('Show Title');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const rows = page.locator('table.releases tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(page.getByRole('heading', { name: '3 of 3 releases' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'How each indexer answered' })).toContainText('Example Tracker: 3 results, 2 unreadable skipped');
  // sorted by seeders, most first
  await expect(rows.first()).toContainText('Show.Title.S01E02.1080p.WEB-DL');

  await page.getByRole('button', { name: 'Size' }).click();
  await expect(rows.first()).toContainText('Magnet.Only.Release');
  await page.getByRole('button', { name: /^Size/ }).click();
  await expect(rows.first()).toContainText('720p.HDTV');

  await page.getByLabel('Filter titles').fill('720p');
  await expect(rows).toHaveCount(1);
  await page.getByLabel('Filter titles').fill('');
  await page.getByLabel('Freeleech only').check();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('freeleech');
  await keep(page, 'search');
});

test('the indexer pages have no serious accessibility violations', async () => {
  for (const path of ['/indexers', '/search']) {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    await expect(page.locator('.skeleton, .spinner')).toHaveCount(0);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${path}: ${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
  }
});

test('a person makes an API key for Sonarr on their account page, sees it once, and revokes it', async () => {
  await page.goto('/');
  await page.getByRole('link', { name: `Your account: ${admin.name}` }).click();
  await expect(page.getByRole('heading', { name: 'Your account', level: 1 })).toBeVisible();

  await page.getByLabel('Name of the new key').fill('sonarr');
  await page.getByRole('button', { name: 'Make a key' }).click();
  const key = (await page.locator('code.secret').innerText()).trim();
  expect(key).toMatch(/^hk_/);
  // a client with no cookie: the key signs in where Torznab needs it in the address, and nowhere else
  const anonymous = await (await page.context().browser()!.newContext({ baseURL: new URL(page.url()).origin })).request;
  expect((await anonymous.get(`/api/v1/indexers/all/torznab?t=caps&apikey=${key}`)).status()).toBe(200);
  expect((await anonymous.get(`/api/v1/items?api_key=${key}`)).status()).toBe(401);
  await keep(page, 'account');

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} ${v.help}`)).toEqual([]);

  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Revoke sonarr' }).click();
  await expect(page.getByText('You have no API keys.')).toBeVisible();
  await expect(page.locator('code.secret')).toHaveCount(0);
  expect((await anonymous.get(`/api/v1/indexers/all/torznab?t=caps&apikey=${key}`)).status()).toBe(401);
});
