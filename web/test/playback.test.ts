import { describe, expect, it } from 'vitest';
import type { ItemSummary, SubtitleStream } from '../src/lib/api';
import { defaultSubtitle, isFinished, nextEpisode, resumeSeconds } from '../src/lib/playback';

const sub = (index: number, language: string | null, flags: Partial<SubtitleStream> = {}): SubtitleStream => ({
  index, codec: 'subrip', language, title: null, isDefault: false, isForced: false, isHearingImpaired: false, isExternal: false, path: null, ...flags,
});

const episode = (id: string, season: number, number: number): ItemSummary => ({
  id, libraryId: 'l', parentId: `s${season}`, showId: 'show', kind: 'episode', title: id, year: null, indexNumber: number, indexNumberEnd: null,
  parentIndexNumber: season, runtimeMs: null, dateAddedMs: 0, rating: null, officialRating: null, resolution: null, hdr: null, hasPoster: false, hasBackdrop: false, userData: null,
  hasThumb: true, showTitle: 'Show', edition: null, newEpisodeCount: null,
});

describe('resumeSeconds', () => {
  it('starts over when barely begun or nearly finished', () => {
    expect(resumeSeconds(undefined, 100)).toBe(0);
    expect(resumeSeconds(3000, 100)).toBe(0);
    expect(resumeSeconds(97_000, 100)).toBe(0);
  });

  it('resumes in between', () => {
    expect(resumeSeconds(42_000, 100)).toBe(42);
    expect(resumeSeconds(42_000, null)).toBe(42);
  });
});

describe('isFinished', () => {
  it('counts past 90% as watched', () => {
    expect(isFinished(89, 100)).toBe(false);
    expect(isFinished(90, 100)).toBe(true);
    expect(isFinished(10, 0)).toBe(false);
  });
});

describe('defaultSubtitle', () => {
  it('turns on forced subtitles in the audio language', () => {
    const tracks = [sub(2, 'eng'), sub(3, 'eng', { isForced: true }), sub(4, 'fre', { isForced: true })];
    expect(defaultSubtitle(tracks, 'fre')?.index).toBe(4);
    expect(defaultSubtitle(tracks, 'eng')?.index).toBe(3);
  });

  it('falls back to the default flag, and to none', () => {
    expect(defaultSubtitle([sub(2, 'eng'), sub(3, 'ger', { isDefault: true })], 'eng')?.index).toBe(3);
    expect(defaultSubtitle([sub(2, 'eng')], 'eng')).toBeNull();
  });

  it('never picks a picture format the browser cannot show', () => {
    expect(defaultSubtitle([sub(5, 'eng', { codec: 'hdmv_pgs_subtitle', isForced: true })], 'eng')).toBeNull();
  });
});

describe('nextEpisode', () => {
  const all = [episode('s2e1', 2, 1), episode('s1e2', 1, 2), episode('s1e1', 1, 1), episode('special', 0, 1)];

  it('goes on within a season and across to the next', () => {
    expect(nextEpisode(all[2], all)?.id).toBe('s1e2');
    expect(nextEpisode(all[1], all)?.id).toBe('s2e1');
  });

  it('ends after the last regular episode instead of offering a special', () => {
    expect(nextEpisode(all[0], all)).toBeNull();
  });
});
