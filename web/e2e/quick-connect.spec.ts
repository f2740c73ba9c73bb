import { expect, test, type Page } from '@playwright/test';
import { keep, setupToken } from './helpers';

// Quick Connect: a TV app shows a six-digit code, the person approves it on the Account page, and the TV is signed in.
test.describe.configure({ mode: 'serial' });

const admin = { name: 'Sam', password: 'sam-password-1' };
const tvHeader = 'MediaBrowser Client="Android TV", Device="Living room Shield", DeviceId="e2e-shield", Version="0.18.0"';
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

test('a code shown on the TV is approved on the Account page; the TV app then signs in with its secret', async ({ playwright, baseURL }) => {
  // the TV: anonymous, as a Jellyfin app before sign-in (a context of its own, without the admin's cookie)
  const tv = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: tvHeader } });
  const started = await (await tv.post('/QuickConnect/Initiate')).json();
  expect(started.Code).toMatch(/^\d{6}$/);

  await page.goto('/account');
  await expect(page.getByRole('heading', { name: 'Sign in a TV app' })).toBeVisible();
  // a wrong code says so, in words
  await page.getByLabel('Code shown on the TV').fill(started.Code === '000000' ? '000001' : '000000');
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByRole('alert')).toContainText('No TV app is waiting with this code');

  await page.getByLabel('Code shown on the TV').fill(started.Code);
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByRole('status')).toContainText('is now signed in as you');
  await keep(page, 'account-quick-connect');

  const polled = await (await tv.get(`/QuickConnect/Connect?Secret=${started.Secret}`)).json();
  expect(polled.Authenticated).toBe(true);
  const signedIn = await tv.post('/Users/AuthenticateWithQuickConnect', { data: { Secret: started.Secret } });
  expect(signedIn.ok()).toBe(true);
  const auth = await signedIn.json();
  const me = await tv.get('/Users/Me', { headers: { Authorization: `${tvHeader}, Token="${auth.AccessToken}"` } });
  expect(me.ok()).toBe(true);
  expect((await me.json()).Name).toBe(admin.name);
  await tv.dispose();
});
