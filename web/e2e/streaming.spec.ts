import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keep, setupToken, videoTime } from './helpers';

// A file Chromium cannot play (HEVC 10-bit with E-AC-3 5.1, HDR10) is transcoded to HLS and played through
// hls.js; a seek far ahead restarts the transcoder there and playback goes on past it. Runs after the
// household spec on the same server, as its admin.
const admin = { username: 'Sam', password: 'sam-password-1' };
let folder = '';
let library = '';

test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'hearth-e2e-hevc-'));
  const movie = join(folder, 'Bright Harbour (2020)');
  mkdirSync(movie);
  execFileSync('ffmpeg', [
    '-v', 'error', '-y', '-nostdin',
    '-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=25', '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000', '-t', '40',
    '-c:v', 'libx265', '-preset', 'ultrafast', '-x265-params', 'log-level=error:keyint=25', '-pix_fmt', 'yuv420p10le',
    '-color_primaries', 'bt2020', '-color_trc', 'smpte2084', '-colorspace', 'bt2020nc',
    '-c:a', 'eac3', '-ac', '6', join(movie, 'Bright Harbour (2020).mkv'),
  ]);
});

test.afterAll(async ({ request }) => {
  if (library) await request.delete(`/api/v1/libraries/${library}`);
  rmSync(folder, { recursive: true, force: true });
});

test('an HEVC file plays in Chromium as an HLS transcode through hls.js, also past a seek', async ({ page }) => {
  const supported = await page.evaluate(() => ({
    h264: MediaSource.isTypeSupported('video/mp4; codecs="avc1.640029,mp4a.40.2"'),
    hevc: MediaSource.isTypeSupported('video/mp4; codecs="hvc1.2.4.L120.B0"'),
  })).catch(() => null);
  // the first page load is about:blank; ask again on the server's page
  await page.goto('/login');
  const mse = supported ?? await page.evaluate(() => ({
    h264: MediaSource.isTypeSupported('video/mp4; codecs="avc1.640029,mp4a.40.2"'),
    hevc: MediaSource.isTypeSupported('video/mp4; codecs="hvc1.2.4.L120.B0"'),
  }));
  console.log(`Chromium MSE: H.264+AAC ${mse.h264}, HEVC ${mse.hevc}`);
  expect(mse.h264).toBe(true);

  // alone (without the household spec before it) this run makes the admin itself
  if ((await (await page.request.get('/api/v1/setup')).json()).required) {
    expect((await page.request.post('/api/v1/setup', { data: { token: setupToken(), ...admin } })).ok()).toBe(true);
  }
  const login = await page.request.post('/api/v1/auth/login', { data: admin });
  expect(login.ok()).toBe(true);
  const created = await page.request.post('/api/v1/libraries', { data: { name: 'Transcode test', kind: 'movies', folders: [folder] } });
  expect(created.ok()).toBe(true);
  library = (await created.json()).id;
  await expect.poll(async () => (await (await page.request.get(`/api/v1/libraries/${library}/scan`)).json()).lastScan?.status ?? null, { timeout: 60_000 }).not.toBeNull();
  const items = await (await page.request.get(`/api/v1/items?libraryId=${library}&type=movie`)).json();
  const id = items.items[0].id;

  await page.goto(`/play/${id}`);
  await expect(page.locator('.playback-method')).toContainText('Transcoding');
  await expect(page.locator('.playback-method')).toContainText('video HEVC not supported → H.264');
  await expect.poll(() => videoTime(page), { timeout: 30_000 }).toBeGreaterThan(1);
  // hls.js plays through Media Source Extensions: the element's source is a blob: URL, not the file
  expect(await page.evaluate(() => document.querySelector('video')!.src)).toMatch(/^blob:/);
  await page.mouse.move(900, 500);
  await keep(page, 'player-hls');

  await page.evaluate(() => { document.querySelector('video')!.currentTime = 30; });
  await expect.poll(() => videoTime(page), { timeout: 30_000 }).toBeGreaterThan(31);

  const sessions = await (await page.request.get('/api/v1/sessions')).json();
  const mine = sessions.find((s: { itemId: string }) => s.itemId === id);
  expect(mine.method).toBe('transcode');
  expect(mine.bytesServed).toBeGreaterThan(0);

  // the admin sees it from another tab while it plays (leaving the player's page would end the session)
  const sessionsTab = await page.context().newPage();
  await sessionsTab.goto('/admin/sessions');
  await expect(sessionsTab.getByRole('heading', { name: 'Playing now' })).toBeVisible();
  await expect(sessionsTab.locator('.session-row').filter({ hasText: 'Bright Harbour' })).toContainText('Transcoding');
  await sessionsTab.close();
});
