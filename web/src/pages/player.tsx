import { useEffect, useRef, useState } from 'preact/hooks';
import type { ItemDetail, ItemSummary, PlaybackAnswer } from '../lib/api';
import { api } from '../lib/api';
import { attach } from '../lib/hls-source';
import { audioLanguages, browserProfile, methodLabel, qualities, rememberAudioLanguage } from '../lib/streaming';
import { audioLabel, clock, episodeCode, subtitleLabel } from '../lib/format';
import { useLoad, useTitle } from '../lib/load';
import { defaultSubtitle, isFinished, isTextSubtitle, nextEpisode, resumeSeconds, saveEveryMs } from '../lib/playback';
import { goBack, navigate } from '../lib/router';
import { directions, isBack, moveFocus } from '../lib/spatial';
import { ErrorBox, Spinner } from '../components/ui';

export function PlayerPage({ id, user }: { id: string; user: string }) {
  const detail = useLoad(() => api.item(id), [id]);
  useTitle(detail.data ? `Playing ${detail.data.item.title}` : 'Player');
  if (detail.error) return <main class="player player-message" id="main"><ErrorBox message={detail.error} retry={detail.reload} /><button class="button" onClick={goBack}>Back</button></main>;
  if (!detail.data) return <main class="player player-message" id="main"><Spinner label="Loading" /></main>;
  return <Player detail={detail.data} user={user} />;
}

/** Episodes of the same show, for "next episode"; seasons are few, so each is listed once. */
async function showEpisodes(item: ItemSummary): Promise<ItemSummary[]> {
  if (item.kind !== 'episode' || !item.showId) return [];
  const seasons = (await api.items({ parentId: item.showId, limit: 500 })).items;
  const lists = await Promise.all(seasons.map((s) => api.items({ parentId: s.id, limit: 500 }).then((p) => p.items)));
  return lists.flat();
}

function Player({ detail, user }: { detail: ItemDetail; user: string }) {
  const { item, mediaInfo } = detail;
  const video = useRef<HTMLVideoElement>(null);
  const [playing, setPlaying] = useState(false);
  const [time, setTime] = useState(0);
  const [duration, setDuration] = useState(mediaInfo?.durationSeconds ?? 0);
  const [chrome, setChrome] = useState(true);
  const [menu, setMenu] = useState<'subtitles' | 'audio' | 'quality' | null>(null);
  const [subtitle, setSubtitle] = useState<number | null>(() => defaultSubtitle(mediaInfo?.subtitles ?? [], mediaInfo?.audio.find((a) => a.isDefault)?.language ?? mediaInfo?.audio[0]?.language ?? null)?.index ?? null);
  // what the server is asked for: an audio track, a picture subtitle to burn in, a bitrate; a change asks again
  const [audioIndex, setAudioIndex] = useState<number | null>(null);
  const [burn, setBurn] = useState<number | null>(null);
  const [quality, setQuality] = useState(0);
  const [answer, setAnswer] = useState<PlaybackAnswer | null>(null);
  const startAt = useRef(resumeSeconds(item.userData?.positionMs, mediaInfo?.durationSeconds));
  const [failure, setFailure] = useState<string | null>(null);
  const [next, setNext] = useState<ItemSummary | null>(null);
  const [ended, setEnded] = useState(false);
  const [countdown, setCountdown] = useState<number | null>(null);
  const saved = useRef({ at: 0, position: -1, played: false });
  const hideTimer = useRef<number>();
  const playButton = useRef<HTMLButtonElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const textTracks = (mediaInfo?.subtitles ?? []).filter(isTextSubtitle);
  const pictureTracks = (mediaInfo?.subtitles ?? []).filter((s) => !isTextSubtitle(s));
  const audioTracks = mediaInfo?.audio ?? [];

  useEffect(() => { showEpisodes(item).then((all) => setNext(nextEpisode(item, all)), () => setNext(null)); }, [item.id]);

  // the position is saved every few seconds, on pause and on leaving; finishing marks the item watched
  const last = useRef({ time: 0, duration: mediaInfo?.durationSeconds ?? 0 });
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
        await api.watchState(item.id, { played: true, positionMs: 0 });
      } else if (!finished) {
        await api.watchState(item.id, { positionMs: position });
      }
    } catch { /* the next save tries again */ }
  };

  useEffect(() => () => { void save(true); }, []);
  useEffect(() => {
    const leave = () => { void save(true); };
    addEventListener('pagehide', leave);
    return () => removeEventListener('pagehide', leave);
  }, []);

  // asks the server how to play (direct, remux or transcode) and attaches the answer to the video element
  useEffect(() => {
    const v = video.current;
    if (!v) return;
    let gone = false;
    let detach: { destroy(): void } | null = null;
    let session: string | null = null;
    const ask = { profile: browserProfile(), audioIndex, subtitleIndex: burn ?? -1, maxBitrate: qualities[quality].maxBitrate, preferredLanguages: audioLanguages(user), device: `Web (${browserProfile()})` };
    api.playback(item.id, ask).then(async (answer) => {
      session = answer.sessionId;
      if (gone) { void api.stopPlayback(answer.sessionId).catch(() => undefined); return; }
      setAnswer(answer);
      setFailure(null);
      const onMeta = () => {
        if (startAt.current > 0) v.currentTime = startAt.current;
        setDuration(v.duration || duration);
        v.play().catch(() => setPlaying(false));
      };
      v.addEventListener('loadedmetadata', onMeta, { once: true });
      const hls = answer.method !== 'directPlay';
      detach = await attach(v, hls ? answer.hlsUrl! : answer.directUrl!, hls, setFailure);
      if (gone) detach.destroy();
    }, (e: Error) => setFailure(e.message));
    // segment requests keep a session alive; a paused player or a direct play says so itself
    const ping = setInterval(() => { if (session) void api.pingPlayback(session).catch(() => undefined); }, 20_000);
    return () => {
      gone = true;
      clearInterval(ping);
      startAt.current = v.currentTime || startAt.current;
      detach?.destroy();
      if (session) void api.stopPlayback(session).catch(() => undefined);
    };
  }, [audioIndex, burn, quality]);

  useEffect(() => {
    const v = video.current;
    if (!v) return;
    for (let i = 0; i < v.textTracks.length; i++) {
      const track = v.textTracks[i];
      track.mode = track.id === `sub-${subtitle}` ? 'showing' : 'disabled';
    }
  }, [subtitle]);

  const poke = () => {
    setChrome(true);
    clearTimeout(hideTimer.current);
    hideTimer.current = window.setTimeout(() => { if (!video.current?.paused && !menu) setChrome(false); }, 3500);
  };
  useEffect(() => { poke(); playButton.current?.focus(); return () => clearTimeout(hideTimer.current); }, []);

  const toggle = () => {
    const v = video.current;
    if (!v) return;
    if (v.paused) void v.play().catch(() => undefined);
    else v.pause();
  };
  const seekBy = (seconds: number) => {
    const v = video.current;
    if (!v) return;
    v.currentTime = Math.max(0, Math.min((v.duration || duration) - 0.5, v.currentTime + seconds));
    poke();
  };
  const fullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  // the position is written before going back, so the page behind shows it already
  const leave = async () => { await save(true); goBack(); };
  const playNext = async () => { if (next) { await save(true); navigate(`/play/${next.id}`, true); } };

  useEffect(() => {
    if (countdown === null) return;
    if (countdown <= 0) { void playNext(); return; }
    const t = setTimeout(() => setCountdown((c) => (c === null ? null : c - 1)), 1000);
    return () => clearTimeout(t);
  }, [countdown]);

  // keys: space/k play-pause, left/right seek (unless a control has focus), f full screen, m mute, Back leaves
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const onControl = target.closest('.player-controls button, .player-menu, .next-card, input');
      poke();
      if (isBack(event)) {
        event.preventDefault();
        if (menu) setMenu(null);
        else void leave();
        return;
      }
      if (event.key === ' ' || event.key === 'k') {
        if (event.key === ' ' && target.tagName === 'BUTTON' && !target.classList.contains('play-toggle')) return;
        event.preventDefault();
        toggle();
        return;
      }
      if (event.key === 'f') { event.preventDefault(); fullscreen(); return; }
      if (event.key === 'm' && video.current) { video.current.muted = !video.current.muted; return; }
      const direction = directions[event.key];
      if (!direction) return;
      event.preventDefault();
      if ((direction === 'left' || direction === 'right') && (!onControl || target.classList.contains('seek') || target.classList.contains('play-toggle'))) {
        seekBy(direction === 'left' ? -10 : 10);
        return;
      }
      moveFocus(direction);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });

  useEffect(() => { if (ended && next) nextButton.current?.focus(); }, [ended, next]);

  const playingAudio = answer?.audio?.index ?? audioTracks[0]?.index;
  const chooseAudio = (index: number) => {
    if (index !== playingAudio) setAudioIndex(index);
    rememberAudioLanguage(user, audioTracks.find((a) => a.index === index)?.language ?? null);
    setMenu(null);
  };
  const chooseSubtitle = (index: number | null, picture: boolean) => {
    setSubtitle(index);
    if ((picture ? index : null) !== burn) setBurn(picture ? index : null);
    setMenu(null);
  };

  const episodeLine = item.kind === 'episode' ? [detail.showTitle, episodeCode(item)].filter(Boolean).join(' · ') : null;
  return (
    <main class={`player ${chrome || !playing ? '' : 'player-idle'}`} id="main" onMouseMove={poke} onClick={poke}>
      <video
        ref={video}
        preload="auto"
        playsInline
        aria-label={`Video: ${item.title}`}
        onClick={toggle}
        onPlay={() => { setPlaying(true); setEnded(false); setCountdown(null); poke(); }}
        onPause={() => { setPlaying(false); setChrome(true); void save(true); }}
        onTimeUpdate={(e) => { const v = e.currentTarget as HTMLVideoElement; setTime(v.currentTime); void save(); }}
        onDurationChange={(e) => setDuration((e.currentTarget as HTMLVideoElement).duration || duration)}
        onEnded={() => { setEnded(true); void save(true); if (next) setCountdown(15); }}
        onError={() => { if (answer?.method === 'directPlay') setFailure('This browser cannot play this file as it is. Choose a lower quality to have the server convert it.'); }}
      >
        {textTracks.map((s) => (
          <track key={s.index} id={`sub-${s.index}`} kind={s.isForced ? 'forced' as 'subtitles' : 'subtitles'} src={`/api/v1/items/${item.id}/subtitles/${s.index}`}
            srclang={(s.language ?? 'und').slice(0, 3)} label={subtitleLabel(s)} default={s.index === subtitle} />
        ))}
      </video>

      <div class="player-top">
        <button class="button button-quiet" onClick={leave} aria-label="Back">← Back</button>
        <div class="player-title">
          {episodeLine && <span class="eyebrow">{episodeLine}</span>}
          <h1>{item.title}</h1>
          {answer && <p class="quiet playback-method" data-method={answer.method}>{methodLabel(answer.method, answer.reasons)}</p>}
        </div>
      </div>

      {failure && <div class="player-failure"><ErrorBox message={failure} /></div>}

      {ended && next && (
        <div class="next-card" role="dialog" aria-label="Up next">
          <p class="eyebrow">Up next{countdown !== null ? ` in ${countdown} s` : ''}</p>
          <p class="next-title">{episodeCode(next)} · {next.title}</p>
          <div class="actions">
            <button ref={nextButton} class="button button-primary" onClick={playNext}>▶ Play next episode</button>
            <button class="button" onClick={() => setCountdown(null)}>Stay here</button>
          </div>
        </div>
      )}

      <div class="player-controls">
        <input class="seek" type="range" min={0} max={Math.max(1, Math.floor(duration))} step={1} value={Math.floor(time)} aria-label="Position"
          aria-valuetext={`${clock(time)} of ${clock(duration)}`}
          onInput={(e) => { if (video.current) video.current.currentTime = Number((e.currentTarget as HTMLInputElement).value); }} />
        <div class="control-row">
          <button ref={playButton} class="button button-round play-toggle" onClick={toggle} aria-label={playing ? 'Pause' : 'Play'}>{playing ? <Icon d="M7 5h4v14H7zM13 5h4v14h-4z" /> : <Icon d="M8 5v14l11-7z" />}</button>
          <button class="button button-quiet" onClick={() => seekBy(-10)} aria-label="Back 10 seconds">−10</button>
          <button class="button button-quiet" onClick={() => seekBy(30)} aria-label="Forward 30 seconds">+30</button>
          <span class="time" aria-live="off">{clock(time)} / {clock(duration)}</span>
          <span class="spacer" />
          {(textTracks.length > 0 || pictureTracks.length > 0) && (
            <button class="button button-quiet" aria-haspopup="true" aria-expanded={menu === 'subtitles'} onClick={() => setMenu(menu === 'subtitles' ? null : 'subtitles')}>Subtitles</button>
          )}
          <button class="button button-quiet" aria-haspopup="true" aria-expanded={menu === 'quality'} onClick={() => setMenu(menu === 'quality' ? null : 'quality')}>Quality</button>
          {audioTracks.length > 1 && (
            <button class="button button-quiet" aria-haspopup="true" aria-expanded={menu === 'audio'} onClick={() => setMenu(menu === 'audio' ? null : 'audio')}>Audio</button>
          )}
          {next && <button class="button button-quiet" onClick={playNext}>Next episode</button>}
          <button class="button button-quiet" onClick={fullscreen} aria-label="Full screen"><Icon d="M4 9V4h5v2H6v3zm11-5h5v5h-2V6h-3zM4 15h2v3h3v2H4zm14 3v-3h2v5h-5v-2z" /></button>
        </div>
      </div>

      {menu === 'subtitles' && (
        <div class="player-menu" role="group" aria-label="Subtitles">
          <button class="menu-choice" aria-pressed={subtitle === null} onClick={() => chooseSubtitle(null, false)} data-autofocus>Off</button>
          {textTracks.map((s) => (
            <button key={s.index} class="menu-choice" aria-pressed={subtitle === s.index} onClick={() => chooseSubtitle(s.index, false)}>{subtitleLabel(s)}</button>
          ))}
          {pictureTracks.map((s) => (
            <button key={s.index} class="menu-choice" aria-pressed={subtitle === s.index} title="A picture subtitle: the server draws it into the video" onClick={() => chooseSubtitle(s.index, true)}>{subtitleLabel(s)} (burned in)</button>
          ))}
        </div>
      )}
      {menu === 'audio' && (
        <div class="player-menu" role="group" aria-label="Audio">
          {audioTracks.map((a) => (
            <button key={a.index} class="menu-choice" aria-pressed={playingAudio === a.index} onClick={() => chooseAudio(a.index)}>{audioLabel(a)}</button>
          ))}
        </div>
      )}
      {menu === 'quality' && (
        <div class="player-menu" role="group" aria-label="Quality">
          {qualities.map((q, i) => (
            <button key={q.label} class="menu-choice" aria-pressed={quality === i} onClick={() => { setQuality(i); setMenu(null); }}>{q.label}</button>
          ))}
        </div>
      )}
    </main>
  );
}

function Icon({ d }: { d: string }) {
  return <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d={d} fill="currentColor" /></svg>;
}
