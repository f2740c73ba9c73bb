import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { imagesSettled, keep, pressUntil, setupToken, videoTime } from './helpers';

// Titles as they really come: a film from a release name with no artwork at all and an edition in its name,
// a show with no artwork; the demo show's five new episodes on home; the remote in a grid and in the player;
// a tab closed mid-film. Runs after the household spec on the same server (files run in name order), as its admin (or makes the admin
// when run alone).
test.describe.configure({ mode: 'serial' });

const admin = { username: 'Sam', password: 'sam-password-1' };
let folder = '';
const libraries: string[] = [];
let page: Page;
/** Every picture the page asked for and did not get. */
const missing: string[] = [];

function clip(path: string) {
  mkdirSync(dirname(path), { recursive: true });
  execFileSync('ffmpeg', [
    '-v', 'error', '-y', '-nostdin',
    '-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=25', '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000', '-t', '4',
    '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-movflags', '+faststart', path,
  ]);
}

async function addLibrary(name: string, kind: string, path: string) {
  const created = await page.request.post('/api/v1/libraries', { data: { name, kind, folders: [path] } });
  expect(created.ok()).toBe(true);
  const id: string = (await created.json()).id;
  libraries.push(id);
  await expect.poll(async () => (await (await page.request.get(`/api/v1/libraries/${id}/scan`)).json()).lastScan?.status ?? null, { timeout: 60_000 }).not.toBeNull();
  return id;
}

const ratio = async (selector: string) => {
  const box = (await page.locator(selector).first().boundingBox())!;
  return box.width / box.height;
};

test.beforeAll(async ({ browser }) => {
  folder = mkdtempSync(join(tmpdir(), 'hearth-e2e-browsing-'));
  clip(join(folder, 'Films', 'Blade.Runner.1982.Final.Cut.1080p.BluRay.x264-GRP.mp4'));
  clip(join(folder, 'Shows', 'Quiet Town', 'Season 01', 'Quiet Town - S01E01 - Still Water.mp4'));
  page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  page.on('response', (r) => { if (r.url().includes('/images/') && r.status() >= 400) missing.push(`${r.status()} ${r.url()}`); });
  await page.goto('/login');
  if ((await (await page.request.get('/api/v1/setup')).json()).required) {
    expect((await page.request.post('/api/v1/setup', { data: { token: setupToken(), ...admin } })).ok()).toBe(true);
  }
  expect((await page.request.post('/api/v1/auth/login', { data: admin })).ok()).toBe(true);
  await addLibrary('Artless films', 'movies', join(folder, 'Films'));
  await addLibrary('Artless shows', 'shows', join(folder, 'Shows'));
});

test.afterAll(async () => {
  for (const id of libraries) await page.request.delete(`/api/v1/libraries/${id}`);
  rmSync(folder, { recursive: true, force: true });
});

test('a film without artwork shows its title on a tile, its edition, and asks for no picture it lacks', async () => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Artless films' }).click();
  const card = page.getByRole('link', { name: 'Blade Runner, 1982, Final Cut' });
  await expect(card).toContainText('1982 · Final Cut');
  await expect(card.locator('.art-fallback')).toHaveText('Blade Runner');
  await expect(card.locator('img')).toHaveCount(0);

  await card.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Blade Runner' })).toBeVisible();
  await expect(page.locator('.meta')).toContainText('1982 · Final Cut');
  await expect(page.locator('.detail-poster .art-fallback')).toHaveText('Blade Runner');
  await expect(page.locator('.detail-poster img, .backdrop')).toHaveCount(0);
  await imagesSettled(page);
  await keep(page, 'detail-no-artwork');
  expect(missing).toEqual([]);
});

test('a show without artwork: its season page has tiles, its episodes 16:9 frames that name the show', async () => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Artless shows' }).click();
  await page.getByRole('link', { name: /^Quiet Town/ }).click();
  await page.getByRole('region', { name: 'Seasons' }).getByRole('link', { name: /Season 1/ }).click();
  await expect(page.locator('.detail-poster .art-fallback')).toHaveText('Season 1');

  const episode = page.getByRole('region', { name: 'Episodes' }).getByRole('link', { name: 'Quiet Town · S01E01 · Still Water' });
  await expect(episode.locator('.card-sub')).toContainText('Quiet Town · S01E01');
  expect(await ratio('.episodes .card-art')).toBeCloseTo(16 / 9, 1);
  await imagesSettled(page);

  await episode.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Still Water' })).toBeVisible();
  await expect(page.locator('.detail-text .eyebrow')).toHaveText('Quiet Town · S01E01');
  await expect(page).toHaveTitle(/Quiet Town · S01E01 · Still Water/);
  // the still is a frame of the episode, in a 16:9 frame, not cropped upright
  expect(await ratio('.detail-still')).toBeCloseTo(16 / 9, 1);
  await expect(page.locator('.detail-still img')).toHaveCount(1);
  await imagesSettled(page);
  expect(missing).toEqual([]);
});

test("home's recently-added row groups a show's new episodes into one card", async () => {
  await page.goto('/');
  const shows = page.getByRole('region', { name: 'Recently added in Demo Shows' });
  const harbour = shows.getByRole('link', { name: /^Harbour Lights, 5 new episodes/ });
  await expect(harbour).toContainText('5 new episodes');
  await expect(shows.getByRole('link')).toHaveCount(1);
  // a lone new episode stays itself, naming its show
  await expect(page.getByRole('region', { name: 'Recently added in Artless shows' }).getByRole('link', { name: 'Quiet Town · S01E01 · Still Water' })).toBeVisible();
  await shows.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await imagesSettled(page);
  await keep(page, 'recently-added-grouped');
  expect(missing).toEqual([]);
});

test('in a grid the arrows only move focus: never sideways into the header, never changing the sort', async () => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Demo Movies' }).click();
  const cards = page.locator('.grid .card');
  await expect(cards).toHaveCount(4);
  await cards.last().focus();
  await page.keyboard.press('ArrowRight');
  await expect(cards.last()).toBeFocused();

  await pressUntil(page, 'ArrowUp', (el) => el.tag === 'SELECT' || el.tag === 'INPUT' || el.tag === 'BUTTON');
  await pressUntil(page, 'ArrowRight', (el) => el.tag === 'SELECT');
  const sort = page.getByLabel('Sort by');
  await sort.focus();
  await page.keyboard.press('ArrowDown');
  await expect(sort).not.toBeFocused();
  await expect(sort).toHaveValue('title');
  await sort.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  await expect(sort).toHaveValue('title');
  expect(new URL(page.url()).search).toBe('');
  await expect(cards.first()).toContainText('Clockwork Meadow');

  // Enter opens the menu; there the arrows choose and Enter picks
  await sort.focus();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(sort).toHaveValue('date-added');
  await expect(sort).toBeFocused();
  await sort.selectOption('title');
});

test("the player's Back lines up with the title, and left and right seek 10 seconds", async () => {
  const movies = await (await page.request.get('/api/v1/items?type=movie&search=lantern')).json();
  await page.goto(`/play/${movies.items[0].id}`);
  await expect.poll(() => videoTime(page), { timeout: 20_000 }).toBeGreaterThan(0.5);
  await page.keyboard.press(' ');
  await expect.poll(() => page.evaluate(() => document.querySelector('video')!.paused)).toBe(true);
  await page.evaluate(() => { document.querySelector('video')!.currentTime = 1; });
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => videoTime(page)).toBeCloseTo(11, 0);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => videoTime(page)).toBeCloseTo(1, 0);

  await page.mouse.move(900, 500);
  const back = (await page.getByRole('button', { name: 'Back', exact: true }).boundingBox())!;
  const title = (await page.locator('.player-title h1').boundingBox())!;
  expect(Math.abs((back.y + back.height / 2) - (title.y + title.height / 2))).toBeLessThan(4);
});

test('one focus ring at a time, never one inside another', async () => {
  const rings = () => page.evaluate(() => {
    // an outline is a ring, and so is a border drawn in the focus colour
    const focusColour = 'rgb(255, 211, 156)';
    const rings = (el: Element) => {
      const s = getComputedStyle(el);
      return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? 1 : 0) + (parseFloat(s.borderTopWidth) > 0 && s.borderTopColor === focusColour ? 1 : 0);
    };
    const active = document.activeElement!;
    const near = [active, ...Array.from(active.querySelectorAll('*'))];
    for (let up = active.parentElement; up; up = up.parentElement) near.push(up);
    return near.reduce((sum, el) => sum + rings(el), 0);
  });
  const movies = await (await page.request.get('/api/v1/items?type=movie&search=lantern')).json();
  await page.goto(`/play/${movies.items[0].id}`);
  await expect(page.locator('.play-toggle')).toBeFocused();
  for (const key of ['ArrowUp', 'ArrowDown', 'ArrowDown']) {
    await page.keyboard.press(key);
    expect(await rings()).toBeLessThanOrEqual(1);
  }
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Demo Movies' }).click();
  await page.getByLabel('Sort by').focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  expect(await rings()).toBe(1);
  await page.getByLabel('Search Demo Movies').focus();
  expect(await rings()).toBe(1);
});

test('a tab closed mid-film ends its session at once', async () => {
  const movies = await (await page.request.get('/api/v1/items?type=movie&search=clockwork')).json();
  const id: string = movies.items[0].id;
  const playing = async () => ((await (await page.request.get('/api/v1/sessions')).json()) as { itemId: string }[]).filter((s) => s.itemId === id).length;
  const tab = await page.context().newPage();
  await tab.goto(`/play/${id}`);
  await expect.poll(() => tab.evaluate(() => document.querySelector('video')?.currentTime ?? 0), { timeout: 20_000 }).toBeGreaterThan(0.5);
  await expect.poll(playing).toBe(1);
  await tab.close();
  // well inside the idle timeout (a minute): the page said it was going
  await expect.poll(playing, { timeout: 5_000 }).toBe(0);
});
