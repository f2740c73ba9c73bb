import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { api } from '../api';
import { isFinished, saveEveryMs } from '../playback';

/**
 * Saves the position every few seconds while playing (call `save()` on each time update), and at once for
 * `save(true)` (pause, end, leaving), on leaving the page and when the tab closes; finishing marks the
 * item watched instead. A failed save is left to the next one.
 */
export function useProgressSaving(video: RefObject<HTMLVideoElement>, itemId: string, durationSeconds: number | null | undefined) {
  const saved = useRef({ at: 0, position: -1, played: false });
  // the last place seen, for saving after the element has gone (leaving the page)
  const last = useRef({ time: 0, duration: durationSeconds ?? 0 });

  const save = async (force = false) => {
    const v = video.current;
    if (v && Number.isFinite(v.currentTime)) last.current = { time: v.currentTime, duration: v.duration || last.current.duration };
    const { time: current, duration: total } = last.current;
    const position = Math.floor(current * 1000);
    const now = Date.now();
    if (!force && now - saved.current.at < saveEveryMs) return;
    if (position === saved.current.position || position <= 0) return;
    saved.current = { at: now, position, played: saved.current.played };
    const finished = isFinished(current, total);
    try {
      if (finished && !saved.current.played) {
        saved.current.played = true;
        await api.watchState(itemId, { played: true, positionMs: 0 });
      } else if (!finished) {
        await api.watchState(itemId, { positionMs: position });
      }
    } catch { /* the next save tries again */ }
  };

  useEffect(() => () => { void save(true); }, []);
  useEffect(() => {
    const leave = () => { void save(true); };
    addEventListener('pagehide', leave);
    return () => removeEventListener('pagehide', leave);
  }, []);
  return save;
}
