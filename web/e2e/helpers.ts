import { expect, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const dataFolder = () => process.env.HEARTH_E2E_DATA!;
export const setupToken = () => readFileSync(join(dataFolder(), 'setup-token'), 'utf8').trim();

/** Screenshots every run keeps, under the test output. */
export async function keep(page: Page, name: string) {
  // a run against another deployment (the split roles) keeps its own beside the others
  const folder = join('test-results', 'screenshots', process.env.HEARTH_E2E_SHOTS ?? '');
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`) });
}

/** Waits until every image on screen has finished loading (or failed), so screenshots show the page as people see it. */
export async function imagesSettled(page: Page) {
  await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete), undefined, { timeout: 20_000 });
}

/** Presses `key` until the focused element satisfies `test` (keyboard only; the layout decides how many presses). */
export async function pressUntil(page: Page, key: string, test: (el: { tag: string; text: string; label: string; href: string }) => boolean, max = 20) {
  for (let i = 0; i < max; i++) {
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { tag: el?.tagName ?? '', text: el?.innerText ?? '', label: el?.getAttribute('aria-label') ?? '', href: el?.getAttribute('href') ?? '' };
    });
    if (test(focused)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`focus never reached the wanted element by pressing ${key}`);
}

/** The focused element shows a visible focus ring (outline or a ring on its artwork). */
export async function expectVisibleFocus(page: Page) {
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const own = getComputedStyle(el);
    const art = el.querySelector('.card-art');
    const artStyle = art ? getComputedStyle(art) : null;
    return Math.max(parseFloat(own.outlineWidth) * (own.outlineStyle === 'none' ? 0 : 1), artStyle ? parseFloat(artStyle.outlineWidth) * (artStyle.outlineStyle === 'none' ? 0 : 1) : 0);
  });
  expect(ring).toBeGreaterThanOrEqual(2);
}

export async function videoTime(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('video')?.currentTime ?? -1);
}
