import type { ItemSummary, SubtitleStream } from './api';

/** Where to start: the saved position, unless it is barely begun or nearly done (then the start). */
export function resumeSeconds(positionMs: number | undefined, durationSeconds: number | null | undefined): number {
  const position = (positionMs ?? 0) / 1000;
  if (position < 5) return 0;
  if (durationSeconds && position > durationSeconds * 0.95) return 0;
  return position;
}

/** Counted as watched past 90% of the running time, as most players do. */
export function isFinished(currentSeconds: number, durationSeconds: number): boolean {
  return durationSeconds > 0 && currentSeconds >= durationSeconds * 0.9;
}

/** Subtitles a browser can show as a text track; picture formats need the server to burn them in. */
export const textCodecs = new Set(['subrip', 'srt', 'ass', 'ssa', 'webvtt', 'mov_text', 'text']);
export const isTextSubtitle = (s: SubtitleStream) => textCodecs.has(s.codec.toLowerCase());

/**
 * The subtitle to turn on by itself: a forced track in the audio's language (signs and foreign-language
 * lines), else the track the file marks as default; otherwise none.
 */
export function defaultSubtitle(subtitles: SubtitleStream[], audioLanguage: string | null): SubtitleStream | null {
  const text = subtitles.filter(isTextSubtitle);
  const same = (a: string | null, b: string | null) => !!a && !!b && a.slice(0, 2).toLowerCase() === b.slice(0, 2).toLowerCase();
  return text.find((s) => s.isForced && same(s.language, audioLanguage)) ?? text.find((s) => s.isForced && !s.language)
    ?? text.find((s) => s.isDefault) ?? null;
}

/** The episode after `current` in a show's episodes ordered by season and number (specials last), or null. */
export function nextEpisode(current: ItemSummary, episodes: ItemSummary[]): ItemSummary | null {
  const order = (e: ItemSummary) => [e.parentIndexNumber === 0 ? 1e6 : e.parentIndexNumber ?? 0, e.indexNumber ?? 0];
  const sorted = [...episodes].sort((a, b) => {
    const [sa, ea] = order(a);
    const [sb, eb] = order(b);
    return sa - sb || ea - eb;
  });
  const at = sorted.findIndex((e) => e.id === current.id);
  if (at < 0) return null;
  const next = sorted[at + 1];
  return next && next.parentIndexNumber !== 0 ? next : null;
}

/** How often the position is saved while playing: often enough to resume close, rarely enough to be cheap. */
export const saveEveryMs = 10_000;
