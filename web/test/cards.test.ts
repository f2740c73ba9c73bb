import { describe, expect, it } from 'vitest';
import type { ItemSummary } from '../src/lib/api';
import { cardLabel, cardSubtitle } from '../src/components/ui';

const item = (fields: Partial<ItemSummary>): ItemSummary => ({
  id: 'i', libraryId: 'l', parentId: null, showId: null, kind: 'movie', title: 'Blade Runner', year: 1982, indexNumber: null, indexNumberEnd: null,
  parentIndexNumber: null, runtimeMs: null, dateAddedMs: 0, rating: null, officialRating: null, resolution: null, hdr: null, hasPoster: false,
  hasBackdrop: false, userData: null, hasThumb: false, showTitle: null, edition: null, newEpisodeCount: null, ...fields,
});

describe('cards say what a title is', () => {
  it('a film: its year and edition', () => {
    const film = item({ edition: 'Final Cut' });
    expect(cardSubtitle(film, false)).toBe('1982 · Final Cut');
    expect(cardLabel(film)).toBe('Blade Runner, 1982, Final Cut');
  });

  it('an episode: its show, code and title', () => {
    const episode = item({ kind: 'episode', title: 'Good News About Hell', year: null, showTitle: 'Severance', parentIndexNumber: 1, indexNumber: 1, runtimeMs: 57 * 60000 });
    expect(cardSubtitle(episode, true)).toBe('Severance · S01E01 · 57 min');
    expect(cardLabel(episode)).toBe('Severance · S01E01 · Good News About Hell');
  });

  it("a show's new episodes, grouped", () => {
    const show = item({ kind: 'show', title: 'Harbour Lights', year: 1958, newEpisodeCount: 5 });
    expect(cardSubtitle(show, false)).toBe('5 new episodes');
    expect(cardLabel(show)).toBe('Harbour Lights, 5 new episodes, 1958');
    expect(cardSubtitle({ ...show, newEpisodeCount: 1 }, false)).toBe('1 new episode');
  });
});
