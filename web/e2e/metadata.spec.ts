import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { imagesSettled, keep, setupToken } from './helpers';

// Online metadata through the web client, against the fake TMDB on loopback (e2e/fake-tmdb.mjs): a bare film
// whose name TMDB knows nothing close to stays Unmatched; the admin finds it in Admin → Unmatched, identifies it
// from the dialog's search, sees its page change (title, overview, poster, cast, collection), and picks the other
// poster. Runs after the other specs on the same server as their admin (or makes the admin when run alone).
test.describe.configure({ mode: 'serial' });

const admin = { username: 'Sam', password: 'sam-password-1' };
let folder = '';
let library = '';
let page: Page;

/** The colour at the middle of the page's poster: the fake's two posters are warm (orange) and cool (blue). */
async function posterTone(): Promise<'warm' | 'cool' | 'none'> {
  return page.evaluate(() => {
    const img = document.querySelector('.detail-poster img') as HTMLImageElement | null;
    if (!img || !img.complete || img.naturalWidth === 0) return 'none';
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const g = canvas.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, canvas.width, canvas.height).data;
    let red = 0;
    let blue = 0;
    for (let i = 0; i < d.length; i += 4) { red += d[i]; blue += d[i + 2]; }
    return red > blue ? 'warm' : 'cool';
  });
}

test.beforeAll(async ({ browser }) => {
  folder = mkdtempSync(join(tmpdir(), 'hearth-e2e-metadata-'));
  const film = join(folder, 'Harbour.Nights.2019.1080p.WEB-DL.x264-GRP', 'Harbour.Nights.2019.1080p.WEB-DL.x264-GRP.mp4');
  mkdirSync(join(folder, 'Harbour.Nights.2019.1080p.WEB-DL.x264-GRP'), { recursive: true });
  execFileSync('ffmpeg', [
    '-v', 'error', '-y', '-nostdin',
    '-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=25', '-f', 'lavfi', '-i', 'sine=frequency=330:sample_rate=48000', '-t', '3',
    '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-movflags', '+faststart', film,
  ]);
  page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await page.goto('/login');
  if ((await (await page.request.get('/api/v1/setup')).json()).required) {
    expect((await page.request.post('/api/v1/setup', { data: { token: setupToken(), ...admin } })).ok()).toBe(true);
  }
  expect((await page.request.post('/api/v1/auth/login', { data: admin })).ok()).toBe(true);
  const created = await page.request.post('/api/v1/libraries', { data: { name: 'Bare films', kind: 'movies', folders: [folder] } });
  expect(created.ok()).toBe(true);
  library = (await created.json()).id;
});

test.afterAll(async () => {
  if (library) await page.request.delete(`/api/v1/libraries/${library}`);
  rmSync(folder, { recursive: true, force: true });
});

test('a bare film TMDB has only poor candidates for is left Unmatched, with the reason, and the libraries say so', async () => {
  // the scan, then the metadata worker's refresh after it: the fake answers only poor candidates for "Harbour Nights"
  await expect.poll(async () => {
    const rows: { title: string; state: string }[] = await (await page.request.get(`/api/v1/metadata/unmatched?libraryId=${library}`)).json();
    return rows.map((r) => `${r.title}: ${r.state}`);
  }, { timeout: 90_000 }).toEqual(['Harbour Nights: unmatched']);

  await page.goto(`/library/${library}`);
  const notice = page.getByRole('link', { name: /^1 unmatched: 1 title here is not matched/ });
  await expect(notice).toBeVisible();
  // a bare film before matching: the titled tile, not a grey box
  await expect(page.locator('.card', { hasText: 'Harbour Nights' }).locator('.art-fallback')).toHaveText('Harbour Nights');
  await keep(page, 'metadata-library-unmatched');

  await page.goto('/admin/libraries');
  const row = page.locator('.library-row', { hasText: 'Bare films' });
  await expect(row.locator('.metadata-sentence')).toBeVisible();
  await expect(row.getByRole('button', { name: 'Refresh metadata of Bare films' })).toBeVisible();
  await expect(row.getByRole('link', { name: /1 title is not matched/ })).toBeVisible();
  await keep(page, 'metadata-libraries');
});

test('the admin identifies it from Admin → Unmatched and its page shows what TMDB brings', async () => {
  await page.goto('/admin');
  await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Unmatched' }).click();
  const item = page.locator('.unmatched .list-item', { hasText: 'Harbour Nights' });
  await expect(item).toBeVisible();
  await expect(item.locator('.reason')).not.toBeEmpty();
  await keep(page, 'metadata-unmatched');

  await item.getByRole('button', { name: 'Identify Harbour Nights' }).click();
  const dialog = page.getByRole('dialog', { name: 'Identify Harbour Nights' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Title')).toHaveValue('Harbour Nights');
  await dialog.getByRole('button', { name: 'Search' }).click();
  await expect(dialog.getByRole('button', { name: /Harbor Lights Festival, 1994/ })).toBeVisible();
  await expect(dialog.getByRole('button', { name: /The Harbour at Night/ })).toHaveCount(0);

  // the release name was short for the real title: search by it, without the year
  await dialog.getByLabel('Title').fill('The Harbour at Night');
  await dialog.getByLabel('Year').fill('');
  await dialog.getByRole('button', { name: 'Search' }).click();
  const right = dialog.getByRole('button', { name: 'The Harbour at Night, 2019, from TMDB' });
  await expect(right).toBeVisible();
  await expect(right).toContainText('lighthouse keeper');
  await expect.poll(() => right.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await keep(page, 'metadata-identify');
  await right.click();

  await expect(page).toHaveURL(/\/item\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Harbour at Night');
  await expect(page.locator('.overview')).toContainText('A lighthouse keeper on a small northern island');
  await expect(page.locator('.tagline')).toHaveText('Some lights are kept for a reason.');
  await expect(page.locator('.genres')).toHaveText('Drama, Mystery');
  await expect(page.locator('.meta')).toContainText('Rated PG-13');
  await expect(page.locator('.match')).toContainText('Matched with TMDB 90210');
  await expect(page.locator('.cast li', { hasText: 'Mara Quill' })).toContainText('Isla Brann');
  await expect.poll(() => page.locator('.cast li', { hasText: 'Mara Quill' }).locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await expect.poll(posterTone).toBe('warm');
  await imagesSettled(page);
  await keep(page, 'metadata-matched');
  expect((await (await page.request.get(`/api/v1/metadata/unmatched?libraryId=${library}`)).json())).toEqual([]);
});

test('the admin picks the other poster and the page shows it; the collection lists the film', async () => {
  await page.getByRole('button', { name: 'Choose poster…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose a poster for The Harbour at Night' });
  await expect(dialog.getByRole('button', { name: /^Poster \d/ })).toHaveCount(2);
  await expect(dialog.getByRole('button', { name: /German, 1000×1500/ })).toBeVisible();
  await imagesSettled(page);
  await keep(page, 'metadata-posters');
  await dialog.getByRole('button', { name: /German, 1000×1500/ }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(posterTone).toBe('cool');
  await imagesSettled(page);
  await keep(page, 'metadata-poster-chosen');

  await page.getByRole('link', { name: 'Harbour Nights Collection' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Harbour Nights Collection');
  await expect(page.locator('.card', { hasText: 'The Harbour at Night' })).toBeVisible();
  // the collection's own answer brings its overview, and its poster is downloaded and served
  await expect(page.locator('.collection .overview')).toHaveText('Films of the northern islands, where the lights are kept.');
  await expect.poll(() => page.locator('.collection-poster').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await imagesSettled(page);
  await keep(page, 'metadata-collection');
});

test('the admin edits the tagline: it is locked, shown with a lock, and can be unlocked', async () => {
  await page.goto(`/library/${library}`);
  await page.locator('.card', { hasText: 'The Harbour at Night' }).click();
  await page.getByRole('button', { name: 'Edit…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit The Harbour at Night' });
  await expect(dialog.getByLabel('Tagline')).toHaveValue('Some lights are kept for a reason.');
  await dialog.getByLabel('Tagline').fill('Keep the light burning.');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.tagline')).toHaveText('Keep the light burning.');

  await page.getByRole('button', { name: 'Edit…' }).click();
  await expect(dialog.getByRole('button', { name: 'Unlock tagline' })).toBeVisible();
  await expect(dialog.locator('label', { hasText: 'Tagline' }).locator('.lock')).toBeVisible();
  await keep(page, 'metadata-edit-locked');
  await dialog.getByRole('button', { name: 'Unlock tagline' }).click();
  await expect(dialog.getByText('Unlocked when you save')).toBeVisible();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  expect((await (await page.request.get(page.url().replace('/item/', '/api/v1/items/') + '/metadata')).json()).lockedFields).not.toContain('tagline');
});
