import { useState } from 'preact/hooks';
import type { ItemDetail, ItemSummary, MediaInfo } from '../lib/api';
import { api, urls } from '../lib/api';
import { audioLabel, clock, codec, episodeCode, hdr, resolutionLabel, runtime, subtitleLabel } from '../lib/format';
import { useLoad, useTitle } from '../lib/load';
import { resumeSeconds } from '../lib/playback';
import { navigate } from '../lib/router';
import { Art, ErrorBox, Poster, Spinner, useAutofocus } from '../components/ui';

export function ItemPage({ id }: { id: string }) {
  const detail = useLoad(() => api.item(id), [id]);
  useTitle(detail.data && fullTitle(detail.data));
  if (detail.error && !detail.data) return <div class="page"><ErrorBox message={detail.error} retry={detail.reload} /></div>;
  if (!detail.data) return <div class="detail detail-loading"><div class="detail-body"><div class="skeleton detail-poster" /><div class="skeleton skeleton-heading" /></div></div>;
  return <Detail detail={detail.data} reload={detail.reload} />;
}

function Detail({ detail, reload }: { detail: ItemDetail; reload: () => void }) {
  const { item } = detail;
  const playable = item.kind === 'movie' || item.kind === 'episode' || item.kind === 'extra';
  const children = useLoad(
    () => (item.kind === 'show' || item.kind === 'season' ? api.items({ parentId: item.id, limit: 500 }).then((p) => p.items) : Promise.resolve([] as ItemSummary[])),
    [item.id],
  );
  const [userData, setUserData] = useState(item.userData);
  const [error, setError] = useState<string | null>(null);
  const primary = useAutofocus<HTMLButtonElement>();
  const duration = detail.mediaInfo?.durationSeconds ?? (item.runtimeMs ? item.runtimeMs / 1000 : null);
  const resumeAt = resumeSeconds(userData?.positionMs, duration);
  const firstUnwatched = children.data?.find((c) => c.kind === 'episode' && !c.userData?.played);

  const update = async (state: { played?: boolean; favourite?: boolean; positionMs?: number }) => {
    try {
      setUserData(await api.watchState(item.id, state));
      setError(null);
      if (item.kind === 'season' || item.kind === 'show') reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const episode = item.kind === 'episode';
  const meta = [
    item.year,
    item.edition,
    runtime(item.runtimeMs),
    item.officialRating,
    item.rating ? `★ ${item.rating.toFixed(1)}` : null,
  ].filter(Boolean);
  // the flags say what the server has for this id (a season's or episode's backdrop is its show's): nothing
  // missing is asked for, and what is missing is the titled tile the grid cards show
  return (
    <article class="detail">
      {item.hasBackdrop && (
        <div class="backdrop" aria-hidden="true">
          <img src={urls.image(item.id, 'backdrop', 1920)} alt="" onError={(e) => (e.currentTarget as HTMLImageElement).classList.add('missing')} />
        </div>
      )}
      <div class={`detail-body ${episode ? 'detail-body-episode' : ''}`}>
        {episode
          ? <Art item={item} kind="thumb" width={800} class="detail-still" alt={`A still from ${item.title}`} lazy={false} />
          : <Art item={item} kind="poster" width={400} class="detail-poster" alt={`Poster of ${item.title}`} lazy={false} />}
        <div class="detail-text">
          {detail.showTitle && item.showId && (
            <p class="eyebrow"><a href={`/item/${item.showId}`}>{detail.showTitle}</a>{episode && episodeCode(item) && ` · ${episodeCode(item)}`}</p>
          )}
          <h1>{item.title}</h1>
          {meta.length > 0 && <p class="meta">{meta.join(' · ')}{userData?.played && <span class="pill">Watched</span>}</p>}
          {detail.genres.length > 0 && <p class="genres">{detail.genres.join(', ')}</p>}
          {detail.tagline && <p class="tagline">{detail.tagline}</p>}
          <div class="actions">
            {playable && (
              <button ref={primary} class="button button-primary" onClick={() => navigate(`/play/${item.id}`)}>
                {resumeAt > 0 ? `▶ Resume from ${clock(resumeAt)}` : '▶ Play'}
              </button>
            )}
            {playable && resumeAt > 0 && (
              <button class="button" onClick={async () => { await update({ positionMs: 0 }); navigate(`/play/${item.id}`); }}>Play from the start</button>
            )}
            {!playable && firstUnwatched && (
              <button ref={primary} class="button button-primary" onClick={() => navigate(`/play/${firstUnwatched.id}`)}>
                ▶ Play {episodeCode(firstUnwatched) ?? firstUnwatched.title}
              </button>
            )}
            {item.kind !== 'show' && (
              <button class="button" aria-pressed={!!userData?.played} onClick={() => update({ played: !userData?.played })}>
                {userData?.played ? 'Mark unwatched' : 'Mark watched'}
              </button>
            )}
            <button class="button" aria-pressed={!!userData?.favourite} onClick={() => update({ favourite: !userData?.favourite })}>
              {userData?.favourite ? '♥ Favourite' : '♡ Add to favourites'}
            </button>
          </div>
          {error && <ErrorBox message={error} />}
          {detail.overview && <p class="overview">{detail.overview}</p>}
          {detail.mediaInfo && playable && <MediaFacts info={detail.mediaInfo} />}
          {detail.files.length > 1 && (
            <dl class="facts"><dt>Versions</dt><dd><ul>{detail.files.map((f) => <li key={f.id}>{f.edition ?? f.fileName}</li>)}</ul></dd></dl>
          )}
        </div>
      </div>
      {(item.kind === 'show' || item.kind === 'season') && (
        <section class="children" aria-labelledby="children-heading">
          <h2 id="children-heading">{item.kind === 'show' ? 'Seasons' : 'Episodes'}</h2>
          {children.loading && !children.data && <Spinner label="Loading" />}
          {children.error && <ErrorBox message={children.error} retry={children.reload} />}
          {children.data && children.data.length === 0 && <p class="quiet">None found yet.</p>}
          {children.data && (
            <div class={item.kind === 'show' ? 'grid' : 'episodes'}>
              {children.data.map((child) => <Poster key={child.id} item={child} width={child.kind === 'episode' ? 'wide' : 'normal'} />)}
            </div>
          )}
        </section>
      )}
      {detail.people.length > 0 && (
        <section class="cast" aria-labelledby="cast-heading">
          <h2 id="cast-heading">Cast and crew</h2>
          <ul>
            {detail.people.slice(0, 24).map((p, i) => (
              <li key={`${p.name}-${i}`}><span class="person-name">{p.name}</span>{p.role && <span class="person-role">{p.role}</span>}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** The page's title: an episode says its show and code ("Severance · S01E01 · Good News About Hell"). */
function fullTitle({ item, showTitle }: ItemDetail): string {
  return item.kind === 'episode' ? [showTitle, episodeCode(item), item.title].filter(Boolean).join(' · ') : item.title;
}

function MediaFacts({ info }: { info: MediaInfo }) {
  const v = info.video[0];
  return (
    <dl class="facts">
      {v && (
        <>
          <dt>Video</dt>
          <dd>{[resolutionLabel(v.width, v.height), `${v.width}×${v.height}`, codec(v.codec), v.profile, hdr(v.hdr), v.bitDepth ? `${v.bitDepth}-bit` : null].filter(Boolean).join(' · ')}</dd>
        </>
      )}
      {info.audio.length > 0 && (<><dt>Audio</dt><dd><ul>{info.audio.map((a) => <li key={a.index}>{audioLabel(a)}</li>)}</ul></dd></>)}
      {info.subtitles.length > 0 && (<><dt>Subtitles</dt><dd><ul>{info.subtitles.map((s) => <li key={s.index}>{subtitleLabel(s)}</li>)}</ul></dd></>)}
      <dt>File</dt>
      <dd>{[info.container.split(',')[0].toUpperCase(), info.bitrate ? `${(info.bitrate / 1e6).toFixed(1)} Mbit/s` : null].filter(Boolean).join(' · ')}</dd>
    </dl>
  );
}
