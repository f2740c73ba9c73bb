// Words and small pure helpers of the automation pages, kept here so they are tested without a browser.
import type { CalendarEntry, DecidedRelease, Wanted } from './api';

/** A title's status as people read it. */
export const statusWords: Record<string, string> = {
  wanted: 'Wanted',
  have: 'Have (below cutoff)',
  cutoffMet: 'Have',
  unreleased: 'Not out yet',
  unmonitored: 'Not monitored',
};

export const statusWord = (status: string) => statusWords[status] ?? status;

/** "S02E05". */
export const episodeCode = (season: number | null | undefined, episode: number | null | undefined) =>
  season === null || season === undefined ? '' : `S${String(season).padStart(2, '0')}${episode === null || episode === undefined ? '' : `E${String(episode).padStart(2, '0')}`}`;

/** A wanted entry's name: "Blade Runner (1982) · 4K HDR", "The Expanse S02E05 · Home". */
export function wantedTitle(w: Wanted): string {
  if (w.kind === 'movie') return `${w.title}${w.year ? ` (${w.year})` : ''}${w.version ? ` · ${w.version}` : ''}`;
  return `${w.title} ${episodeCode(w.season, w.episode)}${w.episodeTitle ? ` · ${w.episodeTitle}` : ''}`;
}

/** Where a wanted entry is searched from. */
export const wantedLink = (w: Wanted) => (w.kind === 'movie' ? `/movies/${w.movieId}` : `/series/${w.seriesId}`);

/** A release's decision in one line: "Accepted", or its first reason and how many more. */
export function decisionLine(r: DecidedRelease): string {
  if (r.accepted) return 'Accepted';
  const [first, ...rest] = r.rejections;
  return first ? `${first.text}${rest.length ? ` (+${rest.length} more)` : ''}` : 'Rejected';
}

/** Calendar entries by day, days in order. */
export function byDay(entries: CalendarEntry[]): [string, CalendarEntry[]][] {
  const days = new Map<string, CalendarEntry[]>();
  for (const e of entries) {
    const list = days.get(e.date) ?? [];
    list.push(e);
    days.set(e.date, list);
  }
  return [...days.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** yyyy-MM-dd of a date in UTC (the catalog's dates are days, not times). */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** "Mon 7 Dec" for a yyyy-MM-dd day, in the reader's language. */
export const dayLabel = (day: string, locale?: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

/** Hours as "5 h", "3 d", "1.2 y". */
export function hoursAge(hours: number | null | undefined): string {
  if (hours === null || hours === undefined) return '–';
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < 48) return `${Math.round(hours)} h`;
  const days = hours / 24;
  return days < 365 ? `${Math.round(days)} d` : `${(days / 365).toFixed(1)} y`;
}
