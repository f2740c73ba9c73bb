// Measures how fast the home page paints in headless Chromium: first contentful paint, and the moment the
// home rows (real posters and titles from the API) are on screen. Cold loads: a new browser context per
// run, so nothing comes from the HTTP cache. Prints one JSON line per page measured.
//   node bench/first-paint.mjs BASE_URL USER PASSWORD RUNS [REFERENCE_URL]
import { chromium } from '@playwright/test';

const [base, user, password, runsText, reference] = process.argv.slice(2);
const runs = Number(runsText ?? 10);
const browser = await chromium.launch({ executablePath: process.env.HEARTH_CHROMIUM ?? '/usr/bin/chromium' });

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

async function session() {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const login = await context.request.post(`${base}/api/v1/auth/login`, { data: { username: user, password } });
  if (!login.ok()) throw new Error(`sign-in failed: ${login.status()}`);
  return context;
}

async function measure(url, ready) {
  const fcp = [];
  const content = [];
  for (let i = 0; i < runs + 1; i++) {
    const context = await session();
    const page = await context.newPage();
    const start = Date.now();
    await page.goto(url);
    await page.waitForSelector(ready, { timeout: 30_000 });
    const shown = Date.now() - start;
    const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1);
    await context.close();
    if (i === 0) continue; // the first load warms the server's caches, as any real visit after startup would find them
    fcp.push(paint);
    content.push(shown);
  }
  return { url, runs, fcpMedianMs: Math.round(median(fcp)), fcpMaxMs: Math.round(Math.max(...fcp)), rowsShownMedianMs: Math.round(median(content)), rowsShownMaxMs: Math.round(Math.max(...content)) };
}

console.log(JSON.stringify({ page: 'home', ...(await measure(`${base}/`, '.row .card')) }));
if (reference) console.log(JSON.stringify({ page: 'reference', ...(await measure(reference, '#app')) }));
await browser.close();
