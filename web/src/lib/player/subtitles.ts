import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { urls, type SubtitleStream } from '../api';
import { subtitleLabel } from '../format';

/**
 * The <track> of a text subtitle. Every one is kind "subtitles", forced ones too: "forced" is no HTML track
 * kind, and a browser takes an unknown kind for "metadata", whose cues it never draws. A forced track says so
 * in its label ("English · Forced · SRT") and is the one turned on by itself (see defaultSubtitle).
 */
export function subtitleTrack(s: SubtitleStream, itemId: string) {
  return { id: `sub-${s.index}`, kind: 'subtitles' as const, src: urls.subtitle(itemId, s.index), srclang: (s.language ?? 'und').slice(0, 3), label: subtitleLabel(s) };
}

/** Shows the chosen text subtitle (by index) and hides the others; null shows none. */
export function useShownSubtitle(video: RefObject<HTMLVideoElement>, index: number | null) {
  useEffect(() => {
    const v = video.current;
    if (!v) return;
    for (let i = 0; i < v.textTracks.length; i++) {
      const track = v.textTracks[i];
      track.mode = track.id === `sub-${index}` ? 'showing' : 'disabled';
    }
  }, [index]);
}
