import { useState } from 'preact/hooks';
import type { ItemDetail, ItemSummary, MediaInfo } from '../lib/api';
import { api, previewUrl, urls } from '../lib/api';
import { audioLabel, clock, codec, episodeCode, hdr, resolutionLabel, runtime, subtitleLabel } from '../lib/format';
import { useLoad, useTitle } from '../lib/load';
import { resumeSeconds } from '../lib/playback';
import { navigate } from '../lib/router';
import { Art, ErrorBox, Poster, Spinner, useAutofocus } from '../components/ui';
import { MetadataActions, type Opened } from './item-metadata';
import { EditDialog, IdentifyDialog, PictureDialog } from './metadata-dialogs';

export function ItemPage({ id, admin = false }: { id: string; admin?: boolean }) {
  const detail = useLoad(() => api.item(id), [id]);
  useTitle(detail.data && fullTitle(detail.data));
  if (detail.error && !detail.data) return <div class="page"><ErrorBox message={detail.error} retry={detail.reload} /></div>;
  if (!detail.data) return <div class="detail detail-loading"><div class="detail-body"><div class="skeleton detail-poster" /><div class="skeleton skeleton-heading" /></div></div>;
  return <Detail detail={detail.data} reload={detail.reload} admin={admin} />;
}

function Detail({ detail, reload, admin }: { detail: ItemDetail; reload: () => void; admin: boolean }) {
  const { item } = detail;
  const identifiable = admin && (item.kind === 'movie' || item.kind === 'show');
  const metadata = useLoad(() => (identifiable ? api.metadata(item.id) : Promise.resolve(undefined)), [item.id, identifiable]);
  const [opened, setOpened] = useState<Opened>(null);
  // bumped when a picture was chosen, so the poster and backdrop are asked for again
  const [pictures, setPictures] = useState(0);
  const changed = (picture = false) => { setOpened(null); if (picture) setPictures(Date.now()); reload(); metadata.reload(); };
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
    item.officialRating ? `Rated ${item.officialRating}` : null,
    item.rating ? `★ ${item.rating.toFixed(1)}` : null,
  ].filter(Boolean);
  // the flags say what the server has for this id (a season's or episode's backdrop is its show's): nothing
  // missing is asked for, and what is missing is the titled tile the grid cards show
  return (
    <article class="detail">
      {item.hasBackdrop && (
        <div class="backdrop" aria-hidden="true">
          <img key={pictures} src={`${urls.image(item.id, 'backdrop', 1920)}${pictures ? `&v=${pictures}` : ''}`} alt="" onError={(e) => (e.currentTarget as HTMLImageElement).classList.add('missing')} />
        </div>
      )}
      <div class={`detail-body ${episode ? 'detail-body-episode' : ''}`}>
        {episode
          ? <Art item={item} kind="thumb" width={800} class="detail-still" alt={`A still from ${item.title}`} lazy={false} />
          : <Art item={item} kind="poster" width={400} class="detail-poster" alt={`Poster of ${item.title}`} lazy={false} version={pictures} />}
        <div class="detail-text">
          {detail.showTitle && item.showId && (
            <p class="eyebrow"><a href={`/item/${item.showId}`}>{detail.showTitle}</a>{episode && episodeCode(item) && ` · ${episodeCode(item)}`}</p>
          )}
          <h1>{item.title}</h1>
          {meta.length > 0 && <p class="meta">{meta.join(' · ')}{userData?.played && <span class="pill">Watched</span>}</p>}
          {detail.genres.length > 0 && <p class="genres">{detail.genres.join(', ')}</p>}
          {detail.tagline && <p class="tagline">{detail.tagline}</p>}
          {detail.collection && (
            <p class="collection-link">Part of <a href={`/collection/${detail.collection.id}`}>{detail.collection.name}</a></p>
          )}
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
          {identifiable && <MetadataActions itemId={item.id} metadata={metadata.data} onOpen={setOpened} onRefreshed={() => metadata.reload()} />}
          {detail.overview && <p class="overview">{detail.overview}</p>}
          {detail.mediaInfo && playable && <MediaFacts info={detail.mediaInfo} />}
          {!detail.mediaInfo && detail.mediaPending && playable && (
            <p class="scan-note" role="status">Hearth is still reading this file's streams and formats; it plays now all the same.</p>
          )}
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
              <li key={`${p.name}-${i}`}>
                <span class="person-photo" aria-hidden="true">
                  {p.photoUrl
                    ? <img src={previewUrl(item.id, p.photoUrl)} alt="" loading="lazy" onError={(e) => (e.currentTarget as HTMLImageElement).classList.add('missing')} />
                    : null}
                  <span class="person-initials">{initials(p.name)}</span>
                </span>
                <span class="person-name">{p.name}</span>{p.role && <span class="person-role">{p.role}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {opened === 'identify' && (
        <IdentifyDialog itemId={item.id} title={item.title} year={item.year} kind={item.kind} onClose={() => setOpened(null)} onDone={() => changed(true)} />
      )}
      {opened === 'edit' && <EditDialog detail={detail} metadata={metadata.data} onClose={() => setOpened(null)} onDone={() => changed()} />}
      {(opened === 'poster' || opened === 'backdrop') && (
        <PictureDialog itemId={item.id} title={item.title} role={opened} onClose={() => setOpened(null)} onDone={() => changed(true)} />
      )}
    </article>
  );
}

const initials = (name: string) => name.split(/\s+/).filter(Boolean).slice(0, 2).map((w) => w[0]).join('').toUpperCase();

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
