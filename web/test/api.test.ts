import { afterEach, describe, expect, it, vi } from 'vitest';
import document from '../openapi/v1.json';
import { api, ApiError, previewUrl, request, urls } from '../src/lib/api';

// Every address the client calls is one the server's OpenAPI document describes, with that method: the
// types come from the document, and this holds the paths to it too.
const routes = Object.entries(document.paths as Record<string, Record<string, unknown>>).map(([template, item]) => ({
  pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  methods: Object.keys(item).map((m) => m.toUpperCase()),
}));
const described = (method: string, address: string) => {
  const path = address.split('?')[0];
  return routes.some((r) => r.pattern.test(path) && r.methods.includes(method));
};

afterEach(() => vi.unstubAllGlobals());

describe('the api modules', () => {
  it('call only routes the OpenAPI document describes', async () => {
    const calls: string[] = [];
    vi.stubGlobal('fetch', async (address: string, init?: RequestInit) => {
      calls.push(`${init?.method ?? 'GET'} ${address}`);
      return new Response(null, { status: 204 });
    });
    // a beacon is a POST too (a closing page ends its playback with one)
    vi.stubGlobal('navigator', { sendBeacon: (address: string) => { calls.push(`POST ${address}`); return true; } });
    const id = '6f1c2b8e-0d6a-4c2e-9d4b-2b1f0e7a9c31';
    // each call with an id first and plain values after: enough to build its address
    for (const call of Object.values(api) as ((...args: unknown[]) => Promise<unknown>)[]) await call(id, 'x', false, null);
    expect(calls).toHaveLength(Object.keys(api).length);
    expect(calls.filter((c) => !described(c.split(' ')[0], c.split(' ')[1]))).toEqual([]);
    expect([urls.image(id, 'poster', 300), urls.stream(id), urls.subtitle(id, 1000), previewUrl(id, 'https://image.example/t/p/w342/a.jpg')].filter((u) => !described('GET', u))).toEqual([]);
  });

  it('turns a problem answer into an ApiError with the server\'s words', async () => {
    const fetcher = async () => new Response(JSON.stringify({ title: 'Bad', detail: 'The folder does not exist.' }), { status: 400 });
    await expect(request('/api/v1/libraries', {}, fetcher)).rejects.toEqual(new ApiError(400, 'The folder does not exist.'));
  });
});
