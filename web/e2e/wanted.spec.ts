import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { keep, setupToken } from './helpers';

// (Named to run last: it adds an indexer and a film, which the first-run and indexer specs must not see.)
// The automation's story as a person lives it: add a film, see it wanted, search the indexers, read why a release
// was rejected, grab the good one, and find the grab in the history. The indexer is a loopback Torznab server
// (the hub's recorded capabilities, and releases of the film written here) that has nothing until the film is added.
test.describe.configure({ mode: 'serial' });

const admin = { name: 'Sam', password: 'sam-password-1' };
const indexerKey = 'good-indexer-key-0123456789';
const fixtures = join('..', 'tests', 'Hearth.Testing', 'IndexerFixtures');
// a well-formed one-piece torrent (the qBittorrent Hearth runs takes it); its tracker is a closed loopback port
const announce = 'http://127.0.0.1:1/announce';
const torrent = `d8:announce${announce.length}:${announce}4:infod6:lengthi1e4:name4:film12:piece lengthi16384e6:pieces20:aaaaaaaaaaaaaaaaaaaaee`;
let page: Page;
let indexer: Server;
let base = '';
let stocked = false;
// a real film the qBittorrent Hearth runs already holds (in its downloads folder), and its torrent, served as release 3
const arriving = 'Sunrise.1927.1080p.BluRay.x264-GRP';
let arrivingTorrent: Buffer | null = null;

function item(title: string, id: number, gb: number, seeders: number): string {
  const size = Math.round(gb * 1024 ** 3);
  const link = `${base}/download/${id}.torrent?apikey=${indexerKey}`;
  return `<item><title>${title}</title><guid>${base}/details/${id}</guid><pubDate>${new Date(Date.now() - 30 * 3600_000).toUTCString()}</pubDate>
    <size>${size}</size><link>${link}</link><category>2040</category><enclosure url="${link}" length="${size}" type="application/x-bittorrent" />
    <torznab:attr name="category" value="2040" /><torznab:attr name="size" value="${size}" /><torznab:attr name="seeders" value="${seeders}" /><torznab:attr name="peers" value="${seeders + 5}" /></item>`;
}

function feed(): string {
  const items = (stocked
    ? [item('Metropolis.1927.1080p.BluRay.x264-GRP', 1, 9, 40), item('Metropolis.1927.720p.BluRay.x264-LOW', 2, 5, 900)].join('')
    : '') + (arrivingTorrent ? item(arriving, 3, 0.001, 10) : '');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:torznab="http://torznab.com/schemas/2015/feed"><channel><title>Loopback Tracker</title>${items}</channel></rss>`;
}

test.beforeAll(async ({ browser }) => {
  indexer = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.searchParams.get('apikey') !== indexerKey) {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      response.end(readFileSync(join(fixtures, 'error-100.xml')));
    } else if (url.pathname.startsWith('/download/')) {
      response.writeHead(200, { 'Content-Type': 'application/x-bittorrent' });
      response.end(url.pathname === '/download/3.torrent' && arrivingTorrent ? arrivingTorrent : torrent);
    } else {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
      response.end(url.searchParams.get('t') === 'caps' ? readFileSync(join(fixtures, 'torznab-caps.xml')) : feed());
    }
  });
  await new Promise<void>((resolve) => indexer.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(indexer.address() as AddressInfo).port}`;

  page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  const setup = await (await page.request.get('/api/v1/setup')).json();
  if (setup.required) {
    expect((await page.request.post('/api/v1/setup', { data: { token: setupToken(), username: admin.name, password: admin.password } })).ok()).toBe(true);
  } else {
    expect((await page.request.post('/api/v1/auth/login', { data: { username: admin.name, password: admin.password } })).ok()).toBe(true);
  }
  const added = await page.request.post('/api/v1/indexers', { data: { name: 'Loopback Tracker', kind: 'torznab', url: `${base}/tracker`, apiKey: indexerKey } });
  expect(added.ok(), await added.text()).toBe(true);
});

test.afterAll(async () => {
  await new Promise((resolve) => indexer.close(resolve));
});

test('the demo library is adopted: its films are in the catalog', async () => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Automation' }).click();
  await expect(page.getByRole('heading', { name: 'Movies', level: 1 })).toBeVisible();
  await expect(page.locator('table.catalog tbody tr').first()).toBeVisible();
  await keep(page, 'automation-movies');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('add a film, see it wanted, search, read a rejection, grab, and find it in the history', async () => {
  await page.goto('/movies');
  await page.getByLabel('Title').fill('Metropolis');
  await page.getByLabel('Year').fill('1927');
  await page.getByRole('button', { name: 'Add by title' }).click();
  await expect(page.getByRole('heading', { name: 'Metropolis (1927)', level: 1 })).toBeVisible();
  await expect(page.locator('.title-head .status')).toHaveText('Wanted');
  // adding searched at once (the indexer had nothing yet): the history says so
  await expect(page.getByRole('table', { name: 'History of Metropolis' })).toContainText('automatic');

  await page.getByRole('navigation', { name: 'Automation' }).getByRole('link', { name: 'Wanted' }).click();
  await expect(page.getByRole('heading', { name: 'Wanted', level: 1 })).toBeVisible();
  const wanted = page.getByRole('link', { name: 'Metropolis (1927)' });
  await expect(wanted).toBeVisible();
  await keep(page, 'automation-wanted');

  stocked = true;
  await wanted.click();
  await page.getByRole('button', { name: 'Search releases' }).click();
  const rows = page.locator('table.decided tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Metropolis.1927.1080p.BluRay.x264-GRP');
  await expect(rows.nth(0)).toContainText('Accepted');
  await expect(rows.nth(1).locator('.reasons')).toContainText('Bluray-720p is not allowed in the profile HD-1080p.');
  await keep(page, 'automation-interactive-search');

  await page.getByRole('button', { name: 'Grab Metropolis.1927.1080p.BluRay.x264-GRP', exact: true }).click();
  await expect(page.locator('p[role="status"]')).toContainText('Grabbed Metropolis.1927.1080p.BluRay.x264-GRP');
  const history = page.getByRole('table', { name: 'History of Metropolis' });
  await expect(history.locator('tr[data-kind="grab"]')).toContainText('Metropolis.1927.1080p.BluRay.x264-GRP');
  await expect(history.locator('tr[data-kind="grab"]')).toContainText('interactive');

  // the low one is blocked: never grabbed again, and Activity lists it
  await page.getByRole('button', { name: 'Block Metropolis.1927.720p.BluRay.x264-LOW', exact: true }).click();
  await expect(page.locator('p[role="status"]')).toContainText('is on the blocklist');

  await page.getByRole('navigation', { name: 'Automation' }).getByRole('link', { name: 'Activity' }).click();
  // the grab went to the qBittorrent Hearth runs, which holds it (nobody seeds this one, so it waits there)
  const grabbed = page.getByRole('table', { name: 'Queue' }).locator('tr', { hasText: 'Metropolis.1927.1080p.BluRay.x264-GRP' });
  await expect(grabbed).toContainText('qBittorrent (run by Hearth)');
  await expect(grabbed.locator('.status')).toHaveText(/^(Queued|Stalled|Downloading)$/);
  await expect(page.getByRole('region', { name: 'Blocklist' })).toContainText('Metropolis.1927.720p.BluRay.x264-LOW');
  await keep(page, 'automation-activity');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // removed from the queue and from the client, with what it downloaded
  await grabbed.getByRole('button', { name: 'Remove' }).click();
  const removal = page.getByRole('form', { name: 'Remove Metropolis.1927.1080p.BluRay.x264-GRP' });
  await removal.getByLabel('Delete what it downloaded').check();
  await removal.getByRole('button', { name: 'Remove' }).click();
  await expect(page.locator('p[role="status"]')).toContainText('Metropolis.1927.1080p.BluRay.x264-GRP is removed with its data.');
  await expect(page.getByRole('region', { name: 'Queue' })).toContainText('Nothing is waiting.');
});

test('custom formats are pasted as the TRaSH guides write them and exported back', async () => {
  await page.goto('/formats');
  const trash = { name: 'x265 (HD)', includeCustomFormatWhenRenaming: false, specifications: [{ name: 'x265', implementation: 'ReleaseTitleSpecification', negate: false, required: false, fields: { value: '[xh][ .]?265|\\bHEVC(\\b|\\d)' } }] };
  await page.getByLabel('The JSON (one format or an array)').fill(JSON.stringify(trash));
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.locator('p[role="status"]')).toContainText('Imported x265 (HD)');
  await page.getByRole('button', { name: 'Export (Radarr)' }).first().click();
  await expect(page.getByLabel('x265 (HD) as JSON')).toHaveValue(/ReleaseTitleSpecification/);
  // a regex that does not compile is refused with its reason, and nothing is saved
  await page.getByLabel('The JSON (one format or an array)').fill(JSON.stringify({ ...trash, name: 'Broken', specifications: [{ ...trash.specifications[0], fields: { value: '(unclosed' } }] }));
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('alert')).toContainText('Broken');
  await expect(page.locator('.list-item', { hasText: 'Broken' })).toHaveCount(0);
  await keep(page, 'automation-formats');
});

test('the calendar and the profiles read well', async () => {
  await page.goto('/calendar');
  await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();
  await expect(page.getByLabel('iCal feed address')).toHaveValue(/\/api\/v1\/calendar\.ics\?apikey=/);
  await page.goto('/profiles');
  await page.getByLabel('Torrent delay (minutes)').fill('90');
  await page.getByRole('button', { name: 'Save delay' }).click();
  await expect(page.locator('p[role="status"]')).toContainText('The delay profile is saved');
  expect((await (await page.request.get('/api/v1/delayprofile')).json()).torrentDelay).toBe(90);
  await expect(page.locator('.list-item', { hasText: 'HD-1080p' })).toBeVisible();
  await page.locator('.list-item', { hasText: 'HD-1080p' }).getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('form', { name: 'Edit the profile HD-1080p' })).toBeVisible();
  await keep(page, 'automation-profile-editor');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('the qBittorrent Hearth runs is listed healthy; a client that cannot be reached is explained and not saved', async () => {
  await page.goto('/downloadclients');
  await expect(page.getByRole('heading', { name: 'Download clients', level: 1 })).toBeVisible();
  // `hearth up` starts its own qBittorrent: listed, healthy, and not removable (only turned off)
  const managed = page.locator('.download-client', { hasText: 'qBittorrent (run by Hearth)' });
  await expect(async () => {
    await page.reload();
    await expect(managed).toContainText('Healthy', { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(managed).toContainText('Run by Hearth');
  await expect(managed.getByRole('button', { name: 'Remove' })).toHaveCount(0);
  await page.getByLabel('Name', { exact: true }).fill('My qBittorrent');
  await page.getByLabel('Address').fill('http://127.0.0.1:9');
  await page.getByRole('button', { name: 'Add client' }).click();
  await expect(page.getByRole('alert')).toContainText('My qBittorrent cannot be reached at http://127.0.0.1:9/');
  await expect(page.locator('.download-client')).toHaveCount(1);
  await keep(page, 'automation-download-clients');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('a film grabbed from the interactive search arrives: downloaded, imported by hardlink, listed in the library', async () => {
  // the film, made by ffmpeg where the managed qBittorrent saves, and its torrent: qBittorrent completes it by checking it
  const folder = join(process.env.HEARTH_E2E_DATA ?? '', 'downloads', arriving);
  mkdirSync(folder, { recursive: true });
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=duration=3:size=320x180:rate=25', '-f', 'lavfi', '-i', 'sine=duration=3',
    '-c:v', 'libx264', '-c:a', 'aac', '-shortest', join(folder, `${arriving}.mkv`)]);
  const made = join(mkdtempSync(join(tmpdir(), 'hearth-e2e-')), 'sunrise.torrent');
  execFileSync('mktorrent', ['-a', 'http://127.0.0.1:1/announce', '-o', made, folder]);
  const madeTorrent = readFileSync(made);

  await page.goto('/movies');
  await page.getByLabel('Title').fill('Sunrise');
  await page.getByLabel('Year').fill('1927');
  await page.getByRole('button', { name: 'Add by title' }).click();
  await expect(page.getByRole('heading', { name: 'Sunrise (1927)', level: 1 })).toBeVisible();
  // listed only now, so the search made on adding found nothing and the grab is the person's
  await expect(page.getByRole('table', { name: 'History of Sunrise' })).toContainText('automatic');
  arrivingTorrent = madeTorrent;
  await page.getByRole('button', { name: 'Search releases' }).click();
  await page.getByRole('button', { name: `Grab ${arriving}`, exact: true }).click();
  await expect(page.locator('p[role="status"]')).toContainText(`Grabbed ${arriving}`);

  // Activity follows it: it leaves the queue imported, and the history says where it went
  await page.getByRole('navigation', { name: 'Automation' }).getByRole('link', { name: 'Activity' }).click();
  const imported = page.getByRole('region', { name: 'History' }).locator('tr', { hasText: 'Imported' }).first();
  await expect(imported).toContainText(/1 video hardlinked into .*Sunrise \(1927\)/, { timeout: 30_000 });
  await expect(page.getByRole('table', { name: 'Queue' }).locator('tr', { hasText: arriving })).toHaveCount(0);
  await keep(page, 'automation-activity-imported');

  // and the library lists it, named as Radarr would
  const listed = await (await page.request.get('/api/v1/items?search=Sunrise')).json();
  expect(listed.items.map((i: { title: string }) => i.title)).toContain('Sunrise');
});
