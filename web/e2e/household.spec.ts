import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectVisibleFocus, imagesSettled, keep, pressUntil, setupToken, videoTime } from './helpers';

// One household, in order: the admin sets the server up, watches, then adds someone else.
test.describe.configure({ mode: 'serial' });

let page: Page;
const admin = { name: 'Sam', password: 'sam-password-1' };
const child = { name: 'Robin', password: 'robin-password-1' };

test.beforeAll(async ({ browser }) => {
  page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
});

async function signIn(who: { name: string; password: string }) {
  await expect(page.getByRole('heading', { name: "Who's watching?" })).toBeVisible();
  const tile = page.getByRole('button', { name: who.name, exact: true });
  if (await tile.count()) await tile.click();
  else {
    await page.getByRole('button', { name: 'Someone else' }).click();
    await page.getByLabel('Name').fill(who.name);
  }
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

test('first run: the setup page takes the token and creates the admin; home shows the demo library', async () => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { name: 'Welcome to Hearth' })).toBeVisible();

  await page.getByLabel('Setup token').fill('not-the-token');
  await page.getByLabel('Your name').fill(admin.name);
  await page.getByLabel('Password', { exact: true }).fill(admin.password);
  await page.getByLabel('Password again').fill(admin.password);
  await page.getByRole('button', { name: 'Create admin and start' }).click();
  await expect(page.getByRole('alert')).toContainText('setup token is not right');

  await page.getByLabel('Setup token').fill(setupToken());
  await page.getByRole('button', { name: 'Create admin and start' }).click();

  await expect(page).toHaveURL(/\/$/);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Demo Movies' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Demo Shows' })).toBeVisible();
  const movies = page.getByRole('region', { name: 'Recently added in Demo Movies' });
  await expect(movies.getByRole('link', { name: /Clockwork Meadow/ })).toBeVisible();
  // the show's five new episodes are one card, as Plex shows them
  const shows = page.getByRole('region', { name: 'Recently added in Demo Shows' });
  await expect(shows.getByRole('link')).toHaveCount(1);
  await expect(shows.getByRole('link', { name: /^Harbour Lights, 5 new episodes/ })).toContainText('5 new episodes');
});

test('sign out and back in through the who-is-watching picker', async () => {
  await page.getByRole('button', { name: 'Switch user' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: "Who's watching?" })).toBeVisible();
  await page.getByRole('button', { name: admin.name, exact: true }).click();
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('Wrong user name or password');
  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('a library grid sorts, filters and searches as you type', async () => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Demo Movies' }).click();
  const grid = page.locator('.grid .card');
  await expect(grid).toHaveCount(4);
  await expect(grid.first()).toContainText('Clockwork Meadow');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('4 titles');
  await imagesSettled(page);
  await keep(page, 'library');

  await page.getByLabel('Sort by').selectOption('year');
  await expect(grid.first()).toContainText('The Fractal Coast');
  await page.getByRole('button', { name: /Descending order/ }).click();
  await expect(grid.first()).toContainText('Lights of Cinder Street');

  await page.getByLabel('Search Demo Movies').fill('fract');
  await expect(grid).toHaveCount(1);
  await expect(grid.first()).toContainText('The Fractal Coast');
  await page.getByLabel('Search Demo Movies').fill('no such film');
  await expect(page.getByRole('heading', { name: 'Nothing matches' })).toBeVisible();
  await page.getByLabel('Search Demo Movies').fill('');
  await page.getByLabel('Show').selectOption('watched');
  await expect(page.getByRole('heading', { name: 'Nothing matches' })).toBeVisible();
  await page.getByLabel('Show').selectOption('');
  await expect(grid).toHaveCount(4);
});

test('a movie plays in the browser, and continue watching keeps the position', async () => {
  await page.goto('/');
  await page.getByRole('region', { name: 'Recently added in Demo Movies' }).getByRole('link', { name: /Clockwork Meadow/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clockwork Meadow' })).toBeVisible();
  await expect(page.locator('.overview')).toContainText('watchmaker');
  await expect(page.locator('.facts')).toContainText('H.264');
  await expect(page.locator('.facts')).toContainText('AAC');
  await expect(page.getByRole('region', { name: 'Cast and crew' })).toContainText('Lucy Ambrose');
  await imagesSettled(page);
  await keep(page, 'detail');

  await page.getByRole('button', { name: /Play/ }).first().click();
  await expect(page).toHaveURL(/\/play\//);
  await expect.poll(() => videoTime(page), { timeout: 20_000 }).toBeGreaterThan(1);
  const first = await videoTime(page);
  await expect.poll(() => videoTime(page)).toBeGreaterThan(first + 1);
  await page.mouse.move(900, 500);
  await keep(page, 'player');
  await expect.poll(() => videoTime(page), { timeout: 20_000 }).toBeGreaterThan(6);

  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clockwork Meadow' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Resume from 0:0\d/ })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  const resume = page.getByRole('region', { name: 'Continue watching' });
  await expect(resume.getByRole('link', { name: /Clockwork Meadow, 1952, \d+% watched/ })).toBeVisible();
  await expect(resume.locator('.progress')).toHaveCount(1);

  // a finished episode puts the next one under "Next up"
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Demo Shows' }).click();
  await page.getByRole('link', { name: /^Harbour Lights/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Harbour Lights' })).toBeVisible();
  await page.getByRole('region', { name: 'Seasons' }).getByRole('link', { name: /Season 1/ }).click();
  await page.getByRole('region', { name: 'Episodes' }).getByRole('link', { name: /S01E01/ }).click();
  await page.getByRole('button', { name: 'Mark watched' }).click();
  await expect(page.getByRole('button', { name: 'Mark unwatched' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('region', { name: 'Next up' }).getByRole('link', { name: /S01E02/ })).toBeVisible();
  await imagesSettled(page);
  await keep(page, 'home');

  // playing again starts where it was left
  await resume.getByRole('link', { name: /Clockwork Meadow/ }).click();
  await page.getByRole('button', { name: /Resume from/ }).click();
  await expect.poll(() => videoTime(page), { timeout: 20_000 }).toBeGreaterThan(6);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Clockwork Meadow' })).toBeVisible();
});

test('external subtitles are served as WebVTT and shown as a text track', async () => {
  const movies = await (await page.request.get('/api/v1/items?type=movie&search=lantern')).json();
  const lantern = movies.items[0];
  const detail = await (await page.request.get(`/api/v1/items/${lantern.id}`)).json();
  const external = detail.mediaInfo.subtitles.find((s: { isExternal: boolean }) => s.isExternal);
  const vtt = await page.request.get(`/api/v1/items/${lantern.id}/subtitles/${external.index}`);
  expect(vtt.status()).toBe(200);
  expect(vtt.headers()['content-type']).toContain('text/vtt');
  const text = await vtt.text();
  expect(text.startsWith('WEBVTT')).toBe(true);
  expect(text).toMatch(/\d\d:\d\d\.\d\d\d --> /);

  await page.goto(`/play/${lantern.id}`);
  await page.mouse.move(800, 500);
  await page.getByRole('button', { name: 'Subtitles' }).click();
  await page.getByRole('button', { name: /English · SRT · External/ }).click();
  await expect.poll(() => page.evaluate(() => Array.from(document.querySelector('video')!.textTracks).filter((t) => t.mode === 'showing').length)).toBe(1);
  // the cues arrive once the track's WebVTT has loaded
  await expect.poll(() => page.evaluate(() => Array.from(document.querySelector('video')!.textTracks).find((t) => t.mode === 'showing')?.cues?.length ?? 0)).toBeGreaterThan(0);
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/\/play\//);
  // the film now plays (remuxed to HLS), so leaving saved a position: clear it, the keyboard test expects one title to resume
  await expect.poll(async () => {
    await page.request.post(`/api/v1/items/${lantern.id}/watch-state`, { data: { positionMs: 0 } });
    const rows: { id: string }[] = await (await page.request.get('/api/v1/items/continue-watching')).json();
    return rows.some((r) => r.id === lantern.id);
  }).toBe(false);
});

test('home to library to detail to play with the keyboard alone', async () => {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  // the rows first: on a loaded machine an arrow pressed before they render has only the header to go to
  await expect(page.getByRole('region', { name: 'Recently added in Demo Movies' }).getByRole('link').first()).toBeVisible();
  // from nothing focused, the first arrow press lands in the page; up reaches the header
  await page.keyboard.press('ArrowDown');
  await expectVisibleFocus(page);
  await pressUntil(page, 'ArrowUp', (el) => el.href === '/');
  await pressUntil(page, 'ArrowRight', (el) => el.text === 'Demo Movies');
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('.grid .card')).toHaveCount(4);

  await pressUntil(page, 'ArrowDown', (el) => el.href.startsWith('/item/'));
  await expectVisibleFocus(page);
  await pressUntil(page, 'ArrowRight', (el) => el.label.startsWith('The Fractal Coast'));
  await page.keyboard.press('ArrowLeft');
  await pressUntil(page, 'ArrowLeft', (el) => el.label.startsWith('Clockwork Meadow'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Clockwork Meadow' })).toBeVisible();

  // the play button has focus on arrival: Enter plays
  await expect(page.getByRole('button', { name: /Resume from|Play/ }).first()).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/play\//);
  await expect.poll(() => videoTime(page), { timeout: 20_000 }).toBeGreaterThan(1);
  // the demo clips are ten seconds long: seek back rather than ahead
  await expect.poll(() => videoTime(page), { timeout: 20_000 }).toBeGreaterThan(2);
  const before = await videoTime(page);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => videoTime(page)).toBeLessThan(before - 1.5);
  await page.keyboard.press(' ');
  await expect.poll(() => page.evaluate(() => document.querySelector('video')!.paused)).toBe(true);

  // Back leaves the player, then the detail page, then the library
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Clockwork Meadow' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.grid .card')).toHaveCount(4);
});

test('an admin adds someone who then sees only the libraries granted', async () => {
  await page.goto('/admin/users');
  await page.getByLabel('Name').fill(child.name);
  await page.getByLabel('Password').fill(child.password);
  await page.getByLabel('All libraries, also future ones').uncheck();
  await page.getByRole('group', { name: 'Libraries' }).getByLabel('Demo Shows').check();
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('status')).toContainText(`${child.name} can sign in now`);
  await expect(page.locator('.list-item', { hasText: child.name })).toContainText('1 of 2 libraries');

  const moviesLibrary = (await (await page.request.get('/api/v1/libraries')).json()).find((l: { name: string }) => l.name === 'Demo Movies');
  await page.getByRole('button', { name: 'Switch user' }).click();
  await signIn(child);

  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Demo Shows' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Demo Movies' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Admin' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Recently added in Demo Shows' })).toBeVisible();
  await expect(page.getByText('Clockwork Meadow')).toHaveCount(0);
  expect((await page.request.get(`/api/v1/libraries/${moviesLibrary.id}`)).status()).toBe(404);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { name: 'Admins only' })).toBeVisible();

  // the picker now knows both people on this device
  await page.getByRole('button', { name: 'Switch user' }).click();
  await expect(page.getByRole('button', { name: admin.name, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: child.name, exact: true })).toBeVisible();
  await signIn(admin);
});

test('the admin page rescans a library with live progress and shows the result', async () => {
  await page.goto('/admin/libraries');
  const row = page.locator('.library-row', { hasText: 'Demo Movies' });
  await row.getByRole('button', { name: 'Rescan Demo Movies' }).click();
  await expect(row).toContainText(/Last scan completed .*4 files seen/, { timeout: 30_000 });
  await expect(row.getByRole('button', { name: 'Rescan Demo Movies' })).toBeEnabled();
});

test('the demo plays as it is in Chromium, all but the one film labelled as needing a transcode', async () => {
  const movies = await (await page.request.get('/api/v1/items?type=movie')).json();
  const methods: Record<string, string> = {};
  for (const movie of movies.items as { id: string; title: string }[]) {
    await page.goto(`/play/${movie.id}`);
    const method = page.locator('.playback-method');
    await expect(method).toHaveAttribute('data-method', /.+/);
    methods[movie.title] = (await method.getAttribute('data-method'))!;
    if (movie.title === 'The Fractal Coast') await expect(method).toContainText('video HEVC not supported');
  }
  expect(methods).toEqual({
    'Clockwork Meadow': 'directPlay',
    'Lights of Cinder Street': 'directPlay',
    'The Fractal Coast': 'transcode',
    'The Lantern Road': 'directPlay',
  });
  // the film says why, where a person reads about it
  const fractal = (movies.items as { id: string; title: string }[]).find((m) => m.title === 'The Fractal Coast')!;
  await page.goto(`/item/${fractal.id}`);
  await expect(page.locator('.overview')).toContainText('HEVC 10-bit, which most browsers cannot decode');
});

test('the main pages have no serious accessibility violations', async () => {
  const pages: [string, string][] = [['/', 'home'], ['/admin/users', 'admin users'], ['/admin/libraries', 'admin libraries']];
  const movies = await (await page.request.get('/api/v1/items?type=movie&search=clockwork')).json();
  const library = (await (await page.request.get('/api/v1/libraries')).json())[0];
  pages.push([`/library/${library.id}`, 'library'], [`/item/${movies.items[0].id}`, 'detail'], [`/play/${movies.items[0].id}`, 'player']);
  for (const [path, name] of pages) {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    await expect(page.locator('.skeleton, .spinner')).toHaveCount(0);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${name}: ${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
  }
  await page.goto('/');
  await page.getByRole('button', { name: 'Switch user' }).click();
  await expect(page.getByRole('heading', { name: "Who's watching?" })).toBeVisible();
  const login = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(login.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});
