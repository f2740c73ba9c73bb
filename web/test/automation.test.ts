import { describe, expect, it } from 'vitest';
import type { CalendarEntry, DecidedRelease, Wanted } from '../src/lib/api';
import { byDay, decisionLine, episodeCode, hoursAge, statusWord, wantedLink, wantedTitle } from '../src/lib/automation';

const wanted = (w: Partial<Wanted>): Wanted => ({
  kind: 'movie', reason: 'missing', movieId: 1, seriesId: null, episodeId: null, title: 'Blade Runner', year: 1982, season: null, episode: null,
  episodeTitle: null, date: null, quality: null, profile: { id: 4, name: 'HD-1080p' }, versionId: null, version: null, ...w,
});

const entry = (date: string, title: string): CalendarEntry => ({
  kind: 'movie', date, movieId: 1, seriesId: null, episodeId: null, title, year: 2027, season: null, episode: null, episodeTitle: null, monitored: true, hasFile: false,
});

describe('the automation pages words', () => {
  it('names wanted movies, their versions and episodes', () => {
    expect(wantedTitle(wanted({}))).toBe('Blade Runner (1982)');
    expect(wantedTitle(wanted({ versionId: 3, version: '4K HDR' }))).toBe('Blade Runner (1982) · 4K HDR');
    expect(wantedTitle(wanted({ kind: 'episode', movieId: null, seriesId: 7, title: 'The Expanse', season: 2, episode: 5, episodeTitle: 'Home' }))).toBe('The Expanse S02E05 · Home');
    expect(wantedLink(wanted({}))).toBe('/movies/1');
    expect(wantedLink(wanted({ kind: 'episode', movieId: null, seriesId: 7 }))).toBe('/series/7');
  });

  it('says a status and an episode code as people read them', () => {
    expect(statusWord('cutoffMet')).toBe('Have');
    expect(statusWord('wanted')).toBe('Wanted');
    expect(statusWord('something new')).toBe('something new');
    expect(episodeCode(1, 2)).toBe('S01E02');
    expect(episodeCode(3, null)).toBe('S03');
    expect(episodeCode(null, 4)).toBe('');
  });

  it('puts a decision in one line', () => {
    const release = { accepted: false, rejections: [{ code: 'size', text: 'Too big.' }, { code: 'language', text: 'French.' }] } as DecidedRelease;
    expect(decisionLine(release)).toBe('Too big. (+1 more)');
    expect(decisionLine({ ...release, accepted: true })).toBe('Accepted');
  });

  it('groups the calendar by day, days in order', () => {
    const days = byDay([entry('2027-01-03', 'B'), entry('2027-01-01', 'A'), entry('2027-01-03', 'C')]);
    expect(days.map(([day, list]) => [day, list.map((e) => e.title)])).toEqual([['2027-01-01', ['A']], ['2027-01-03', ['B', 'C']]]);
  });

  it('says a release age in hours, days or years', () => {
    expect(hoursAge(0.5)).toBe('30 min');
    expect(hoursAge(30)).toBe('30 h');
    expect(hoursAge(24 * 10)).toBe('10 d');
    expect(hoursAge(24 * 365 * 2)).toBe('2.0 y');
    expect(hoursAge(null)).toBe('–');
  });
});
