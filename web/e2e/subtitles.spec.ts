import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keep, setupToken, videoTime } from './helpers';

// A film with a forced subtitle beside it (`Film (2020).en.forced.srt`: the signs and foreign lines of an
// English film) plays with that subtitle on screen without anyone choosing it, as players do. Runs after the
// household spec on the same server, as its admin (or makes the admin when run alone).
const admin = { username: 'Sam', password: 'sam-password-1' };
const cue = 'SIGN: HARBOUR MASTER';
let folder = '';
let library = '';

test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'hearth-e2e-forced-'));
  const film = join(folder, 'Signal Hill (2020)');
  mkdirSync(film);
  execFileSync('ffmpeg', [
    '-v', 'error', '-y', '-nostdin',
    '-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=25', '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000', '-t', '30',
    '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-metadata:s:a:0', 'language=eng',
    '-movflags', '+faststart', join(film, 'Signal Hill (2020).mp4'),
  ]);
  writeFileSync(join(film, 'Signal Hill (2020).en.forced.srt'), `1\n00:00:00,000 --> 00:00:30,000\n${cue}\n`);
});

test.afterAll(async ({ request }) => {
  if (library) await request.delete(`/api/v1/libraries/${library}`);
  rmSync(folder, { recursive: true, force: true });
});

/** The text tracks of the player's video, as the browser sees them. */
const tracks = (page: Page) => page.evaluate(() => Array.from(document.querySelector('video')!.textTracks).map((t) => ({
  label: t.label, kind: t.kind, mode: t.mode, cues: Array.from(t.activeCues ?? []).map((c) => (c as VTTCue).text),
})));
const nextFrames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

test('a forced subtitle in the audio\'s language is on screen by itself', async ({ page }) => {
  await page.goto('/login');
  if ((await (await page.request.get('/api/v1/setup')).json()).required) {
    expect((await page.request.post('/api/v1/setup', { data: { token: setupToken(), ...admin } })).ok()).toBe(true);
  }
  expect((await page.request.post('/api/v1/auth/login', { data: admin })).ok()).toBe(true);
  const created = await page.request.post('/api/v1/libraries', { data: { name: 'Forced subtitles', kind: 'movies', folders: [folder] } });
  expect(created.ok()).toBe(true);
  library = (await created.json()).id;
  await expect.poll(async () => (await (await page.request.get(`/api/v1/libraries/${library}/scan`)).json()).lastScan?.status ?? null, { timeout: 60_000 }).not.toBeNull();
  const items = await (await page.request.get(`/api/v1/items?libraryId=${library}&type=movie`)).json();
  const id = items.items[0].id;
  const detail = await (await page.request.get(`/api/v1/items/${id}`)).json();
  expect(detail.mediaInfo.subtitles).toEqual([expect.objectContaining({ language: 'eng', isForced: true, isExternal: true })]);

  await page.goto(`/play/${id}`);
  await expect.poll(() => videoTime(page), { timeout: 30_000 }).toBeGreaterThan(1);
  // a subtitles track (not metadata, which the browser never draws), showing, its cue active now; soft, so a
  // failure here still goes on to show whether anything is drawn
  await expect.configure({ soft: true }).poll(() => tracks(page)).toEqual([{ label: 'English · Forced · SRT · External', kind: 'subtitles', mode: 'showing', cues: [cue] }]);

  // on screen: the paused picture differs with the track hidden, and is the same again once it shows
  await page.evaluate(() => document.querySelector('video')!.pause());
  await nextFrames(page);
  const video = page.locator('video');
  const shown = await video.screenshot();
  await keep(page, 'player-forced-subtitle');
  const setMode = (mode: TextTrackMode) => page.evaluate((m) => { document.querySelector('video')!.textTracks[0].mode = m; }, mode);
  await setMode('hidden');
  await expect.poll(async () => { await nextFrames(page); return (await video.screenshot()).equals(shown); }, { timeout: 5_000 }).toBe(false);
  await setMode('showing');
  await expect.poll(async () => { await nextFrames(page); return (await video.screenshot()).equals(shown); }, { timeout: 5_000 }).toBe(true);
});
