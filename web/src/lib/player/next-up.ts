import { useEffect, useState } from 'preact/hooks';
import { api, type ItemSummary } from '../api';
import { nextEpisode } from '../playback';
import { navigate } from '../router';

/** How long the "Up next" card counts down before the next episode plays. */
export const countdownSeconds = 15;

/** Episodes of the same show, for "next episode"; seasons are few, so each is listed once. */
async function showEpisodes(item: ItemSummary): Promise<ItemSummary[]> {
  if (item.kind !== 'episode' || !item.showId) return [];
  const seasons = (await api.items({ parentId: item.showId, limit: 500 })).items;
  const lists = await Promise.all(seasons.map((s) => api.items({ parentId: s.id, limit: 500 }).then((p) => p.items)));
  return lists.flat();
}

/**
 * The episode after this one, if any, and the countdown to it once this one ends: `start` when it ends,
 * `cancel` when the person stays (or plays on); at zero the next one plays. `beforeLeaving` runs first
 * (saving the position), so the next page and the one behind see it.
 */
export function useNextUp(item: ItemSummary, beforeLeaving: () => Promise<void>) {
  const [next, setNext] = useState<ItemSummary | null>(null);
  const [countdown, setCountdown] = useState<number | null>(null);

  useEffect(() => { showEpisodes(item).then((all) => setNext(nextEpisode(item, all)), () => setNext(null)); }, [item.id]);

  const playNext = async () => { if (next) { await beforeLeaving(); navigate(`/play/${next.id}`, true); } };

  useEffect(() => {
    if (countdown === null) return;
    if (countdown <= 0) { void playNext(); return; }
    const t = setTimeout(() => setCountdown((c) => (c === null ? null : c - 1)), 1000);
    return () => clearTimeout(t);
  }, [countdown]);

  return {
    next,
    countdown,
    playNext,
    start: () => { if (next) setCountdown(countdownSeconds); },
    cancel: () => setCountdown(null),
  };
}
