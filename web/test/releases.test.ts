import { describe, expect, it } from 'vitest';
import type { Release } from '../src/lib/api';
import { age, filterReleases, noFilter, size, sortReleases } from '../src/lib/releases';

const release = (title: string, extra: Partial<Release> = {}): Release => ({
  title, guid: title, link: null, commentsUrl: null, magnetUrl: null, infoHash: null, size: null, publishDate: null, categories: [],
  seeders: null, peers: null, grabs: null, downloadVolumeFactor: null, uploadVolumeFactor: null, minimumRatio: null, minimumSeedTime: null,
  imdbId: null, tvdbId: null, tmdbId: null, tvMazeId: null, protocol: 'torrent', indexerId: 'i', indexerName: 'Tracker', alsoOn: [], ...extra,
});

describe('sortReleases', () => {
  const list = [
    release('b', { size: 10, seeders: 5, publishDate: '2026-01-02T00:00:00Z' }),
    release('a', { size: 30, seeders: null, publishDate: '2026-01-03T00:00:00Z' }),
    release('c', { size: 20, seeders: 50, publishDate: null }),
  ];
  it('sorts by seeders, unknown last when descending', () => {
    expect(sortReleases(list, { key: 'seeders', descending: true }).map((r) => r.title)).toEqual(['c', 'b', 'a']);
  });
  it('sorts by size ascending', () => {
    expect(sortReleases(list, { key: 'size', descending: false }).map((r) => r.title)).toEqual(['b', 'c', 'a']);
  });
  it('sorts newest first by age ascending, undated last', () => {
    expect(sortReleases(list, { key: 'age', descending: false }).map((r) => r.title)).toEqual(['a', 'b', 'c']);
  });
  it('keeps the server order for ties', () => {
    const ties = [release('x', { size: 1 }), release('y', { size: 1 })];
    expect(sortReleases(ties, { key: 'size', descending: true }).map((r) => r.title)).toEqual(['x', 'y']);
  });
});

describe('filterReleases', () => {
  const list = [
    release('Show.Title.S01E02.1080p.WEB-DL', { seeders: 100, downloadVolumeFactor: 0 }),
    release('Show Title S01E02 720p HDTV', { seeders: 2 }),
    release('Other.Show.S01E02.1080p', { protocol: 'usenet' }),
  ];
  it('matches every word whatever the separators', () => {
    expect(filterReleases(list, { ...noFilter, text: 'show title 1080p' }).map((r) => r.title)).toEqual(['Show.Title.S01E02.1080p.WEB-DL']);
  });
  it('drops torrents under the seeders minimum but keeps usenet', () => {
    expect(filterReleases(list, { ...noFilter, minSeeders: 10 }).length).toBe(2);
  });
  it('filters by protocol and freeleech', () => {
    expect(filterReleases(list, { ...noFilter, protocol: 'usenet' }).length).toBe(1);
    expect(filterReleases(list, { ...noFilter, freeleechOnly: true }).length).toBe(1);
  });
});

describe('wording', () => {
  it('writes sizes with binary units', () => {
    expect(size(1460985071)).toBe('1.4 GB');
    expect(size(512)).toBe('512 B');
    expect(size(null)).toBe('–');
  });
  it('writes ages', () => {
    const now = Date.parse('2026-01-10T00:00:00Z');
    expect(age('2026-01-09T23:30:00Z', now)).toBe('30 min');
    expect(age('2026-01-09T00:00:00Z', now)).toBe('24 h');
    expect(age('2026-01-01T00:00:00Z', now)).toBe('9 d');
  });
});
