// The player page: what is on screen and the menus. The work is in hooks (lib/player/): the playback session,
// progress saving, the keys, the next-up countdown and which subtitle shows.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ItemDetail } from '../lib/api';
import { api } from '../lib/api';
import { methodLabel, qualities, rememberAudioLanguage } from '../lib/streaming';
import { audioLabel, clock, episodeCode, subtitleLabel } from '../lib/format';
import { useLoad, useTitle } from '../lib/load';
import { defaultSubtitle, isTextSubtitle, resumeSeconds } from '../lib/playback';
import { usePlayerKeys } from '../lib/player/keys';
import { useNextUp } from '../lib/player/next-up';
import { useProgressSaving } from '../lib/player/progress';
import { usePlaybackSession } from '../lib/player/session';
import { subtitleTrack, useShownSubtitle } from '../lib/player/subtitles';
import { goBack } from '../lib/router';
import { ErrorBox, Spinner } from '../components/ui';

export function PlayerPage({ id, user }: { id: string; user: string }) {
  const detail = useLoad(() => api.item(id), [id]);
  useTitle(detail.data ? `Playing ${detail.data.item.title}` : 'Player');
  if (detail.error) return <main class="player player-message" id="main"><ErrorBox message={detail.error} retry={detail.reload} /><button class="button" onClick={goBack}>Back</button></main>;
  if (!detail.data) return <main class="player player-message" id="main"><Spinner label="Loading" /></main>;
  return <Player detail={detail.data} user={user} />;
}

function Player({ detail, user }: { detail: ItemDetail; user: string }) {
  const { item, mediaInfo } = detail;
  const video = useRef<HTMLVideoElement>(null);
  const [playing, setPlaying] = useState(false);
  const [time, setTime] = useState(0);
  const [duration, setDuration] = useState(mediaInfo?.durationSeconds ?? 0);
  const [chrome, setChrome] = useState(true);
  const [menu, setMenu] = useState<'subtitles' | 'audio' | 'quality' | null>(null);
  const subtitles = mediaInfo?.subtitles ?? [];
  const audioTracks = mediaInfo?.audio ?? [];
  const textTracks = subtitles.filter(isTextSubtitle);
  const pictureTracks = subtitles.filter((s) => !isTextSubtitle(s));
  // a forced track in the audio's language shows by itself, until the person picks one
  const automatic = (language: string | null) => defaultSubtitle(subtitles, language)?.index ?? null;
  const [subtitle, setSubtitle] = useState<number | null>(() => automatic(audioTracks.find((a) => a.isDefault)?.language ?? audioTracks[0]?.language ?? null));
  const picked = useRef(false);
  // what the server is asked for: an audio track, a picture subtitle to burn in, a bitrate; a change asks again
  const [audioIndex, setAudioIndex] = useState<number | null>(null);
  const [burn, setBurn] = useState<number | null>(null);
  const [quality, setQuality] = useState(0);
  const [ended, setEnded] = useState(false);
  const hideTimer = useRef<number>();
  const playButton = useRef<HTMLButtonElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);

  const save = useProgressSaving(video, item.id, mediaInfo?.durationSeconds);
  const { answer, failure, setFailure } = usePlaybackSession(video, item.id, user, { audioIndex, burn, quality },
    resumeSeconds(item.userData?.positionMs, mediaInfo?.durationSeconds), () => setPlaying(false));
  const { next, countdown, playNext, start: startCountdown, cancel: cancelCountdown } = useNextUp(item, () => save(true));
  useShownSubtitle(video, subtitle);

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

  usePlayerKeys({
    poke,
    back: () => { if (menu) setMenu(null); else void leave(); },
    toggle,
    fullscreen,
    mute: () => { if (video.current) video.current.muted = !video.current.muted; },
    seekBy,
  });

  useEffect(() => { if (ended && next) nextButton.current?.focus(); }, [ended, next]);

  const playingAudio = answer?.audio?.index ?? audioTracks[0]?.index;
  const chooseAudio = (index: number) => {
    if (index !== playingAudio) setAudioIndex(index);
    const language = audioTracks.find((a) => a.index === index)?.language ?? null;
    rememberAudioLanguage(user, language);
    // the forced subtitle follows the audio's language, unless the person chose a subtitle themselves
    if (!picked.current) setSubtitle(automatic(language));
    setMenu(null);
  };
  const chooseSubtitle = (index: number | null, picture: boolean) => {
    picked.current = true;
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
        onPlay={() => { setPlaying(true); setEnded(false); cancelCountdown(); poke(); }}
        onPause={() => { setPlaying(false); setChrome(true); void save(true); }}
        onTimeUpdate={(e) => { const v = e.currentTarget as HTMLVideoElement; setTime(v.currentTime); void save(); }}
        onDurationChange={(e) => setDuration((e.currentTarget as HTMLVideoElement).duration || duration)}
        onLoadedMetadata={(e) => setDuration((e.currentTarget as HTMLVideoElement).duration || duration)}
        onEnded={() => { setEnded(true); void save(true); startCountdown(); }}
        onError={() => { if (answer?.method === 'directPlay') setFailure('This browser cannot play this file as it is. Choose a lower quality to have the server convert it.'); }}
      >
        {textTracks.map((s) => <track key={s.index} {...subtitleTrack(s, item.id)} default={s.index === subtitle} />)}
      </video>

      <div class="player-top">
        <button class="button button-quiet player-back" onClick={leave} aria-label="Back">← Back</button>
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
            <button class="button" onClick={cancelCountdown}>Stay here</button>
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
