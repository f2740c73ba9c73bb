import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, type PlaybackAnswer } from '../api';
import { attach } from '../hls-source';
import { audioLanguages, browserProfile, qualities } from '../streaming';

/** What the server is asked for: an audio track, a picture subtitle to burn in, a quality; a change asks again. */
export interface PlaybackChoice { audioIndex: number | null; burn: number | null; quality: number }

/**
 * The playback session: asks the server how to play the item (direct, remux or transcode) with the choices
 * made, attaches the answer to the video element, starts at `resumeAt` (later asks go on from where it was),
 * pings while it lasts and ends it on a change or on leaving.
 */
export function usePlaybackSession(video: RefObject<HTMLVideoElement>, itemId: string, user: string, choice: PlaybackChoice, resumeAt: number, onRefused: () => void) {
  const [answer, setAnswer] = useState<PlaybackAnswer | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const startAt = useRef(resumeAt);

  useEffect(() => {
    const v = video.current;
    if (!v) return;
    let gone = false;
    let detach: { destroy(): void } | null = null;
    let session: string | null = null;
    const ask = {
      profile: browserProfile(), audioIndex: choice.audioIndex, subtitleIndex: choice.burn ?? -1, maxBitrate: qualities[choice.quality].maxBitrate,
      preferredLanguages: audioLanguages(user), device: `Web (${browserProfile()})`,
    };
    api.playback(itemId, ask).then(async (answer) => {
      session = answer.sessionId;
      if (gone) { void api.stopPlayback(answer.sessionId).catch(() => undefined); return; }
      setAnswer(answer);
      setFailure(null);
      const onMeta = () => {
        if (startAt.current > 0) v.currentTime = startAt.current;
        v.play().catch(onRefused);
      };
      v.addEventListener('loadedmetadata', onMeta, { once: true });
      const hls = answer.method !== 'directPlay';
      detach = await attach(v, hls ? answer.hlsUrl! : answer.directUrl!, hls, setFailure);
      if (gone) detach.destroy();
    }, (e: Error) => setFailure(e.message));
    // segment requests keep a session alive; a paused player or a direct play says so itself
    const ping = setInterval(() => { if (session) void api.pingPlayback(session).catch(() => undefined); }, 20_000);
    // a closed tab runs no cleanup: the page says it is going while it still can (the idle timeout stays the
    // fallback); a page kept for back/forward comes back without its session and asks for a new one
    const pageHide = (event: PageTransitionEvent) => {
      if (!session) return;
      if (!api.stopPlaybackBeacon(session)) void api.stopPlayback(session).catch(() => undefined);
      session = null;
      if (event.persisted) addEventListener('pageshow', () => location.reload(), { once: true });
    };
    addEventListener('pagehide', pageHide);
    return () => {
      gone = true;
      clearInterval(ping);
      removeEventListener('pagehide', pageHide);
      startAt.current = v.currentTime || startAt.current;
      detach?.destroy();
      if (session) void api.stopPlayback(session).catch(() => undefined);
    };
  }, [choice.audioIndex, choice.burn, choice.quality]);

  return { answer, failure, setFailure };
}
