import { useEffect, useState } from 'preact/hooks';
import type { Movie, MovieVersion, QualityProfile } from '../../lib/api';
import { api } from '../../lib/api';
import { statusWord } from '../../lib/automation';
import { useLoad, useTitle } from '../../lib/load';
import { size } from '../../lib/releases';
import { navigate } from '../../lib/router';
import { ErrorBox, Spinner } from '../../components/ui';
import { HistoryList } from './history';
import { AutomationNav, message } from './nav';
import { ReleaseSearch } from './release-search';

/** One movie: its versions (each with a profile and the files it holds), its files, the interactive search, its history. */
export function MoviePage({ id, admin }: { id: number; admin: boolean }) {
  const movie = useLoad(() => api.movie(id), [id]);
  const profiles = useLoad(() => api.profiles(), []);
  const history = useLoad(() => api.history({ movieId: id, limit: 50 }), [id]);
  const [error, setError] = useState<string | null>(null);
  useTitle(movie.data?.title);
  // searches and grabs run on their own (on adding, the RSS sync): what they did shows without a reload
  useEffect(() => {
    const timer = setInterval(() => { if (!document.hidden) { history.reload(); movie.reload(); } }, 5000);
    return () => clearInterval(timer);
  }, [history.reload, movie.reload]);

  const change = async (work: () => Promise<unknown>) => {
    try {
      await work();
      setError(null);
      movie.reload();
      history.reload();
    } catch (e) {
      setError(message(e));
    }
  };

  if (movie.error && !movie.data) return <div class="page"><AutomationNav current="/movies" /><ErrorBox message={movie.error} retry={movie.reload} /></div>;
  if (!movie.data) return <div class="page"><Spinner label="Loading the movie" /></div>;
  const m = movie.data;
  return (
    <div class="page">
      <AutomationNav current="/movies" />
      <div class="title-head">
        <div>
          <h1>{m.title}{m.year ? ` (${m.year})` : ''}</h1>
          <p><span class={`status status-${m.status}`}>{statusWord(m.status)}</span>{m.releaseDate && <span class="quiet"> · out {m.releaseDate}</span>}{m.runtime ? <span class="quiet"> · {m.runtime} min</span> : null}</p>
          {m.overview && <p class="overview">{m.overview}</p>}
          <p class="quiet">{m.source === 'offline' ? 'Added offline (by title and year).' : m.source === 'library' ? 'Adopted from the library.' : 'From TMDB.'}
            {m.libraryItemId && <> <a href={`/item/${m.libraryItemId}`}>Open in the library</a></>}</p>
          {admin && (
            <button class="button button-danger" onClick={() => { if (confirm(`Remove ${m.title} from the catalog? Its files stay on disk.`)) void api.deleteMovie(m.id).then(() => navigate('/movies'), (e: unknown) => setError(message(e))); }}>Remove from the catalog</button>
          )}
        </div>
      </div>
      {error && <ErrorBox message={error} />}

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">Versions</h2>
        <ul class="list">
          {m.versions.map((v) => <VersionRow key={v.id ?? 'main'} movie={m} version={v} profiles={profiles.data ?? []} admin={admin} change={change} />)}
        </ul>
        {admin && profiles.data && <AddVersion movie={m} profiles={profiles.data} change={change} />}
      </section>

      <section aria-labelledby="files-heading" class="results">
        <h2 id="files-heading">Files</h2>
        {m.files.length === 0 ? <p class="quiet">None yet.</p> : (
          <table class="releases">
            <thead><tr><th scope="col">File</th><th scope="col">Quality</th><th scope="col">Size</th><th scope="col">Version</th></tr></thead>
            <tbody>
              {m.files.map((f) => (
                <tr key={f.id}>
                  <td class="release-title">{f.path.split('/').pop()}</td>
                  <td>{f.quality}{f.revision ? ` ${f.revision}` : ''}</td>
                  <td>{size(f.size)}</td>
                  <td>{m.versions.find((v) => v.fileIds.includes(f.id))?.name ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {admin && <SearchPanel movie={m} onGrabbed={() => { movie.reload(); history.reload(); }} />}

      <section aria-labelledby="history-heading" class="results">
        <h2 id="history-heading">History</h2>
        {history.data ? <HistoryList entries={history.data} label={`History of ${m.title}`} /> : <Spinner label="Loading the history" />}
      </section>
    </div>
  );
}

function VersionRow({ movie, version, profiles, admin, change }: { movie: Movie; version: MovieVersion; profiles: QualityProfile[]; admin: boolean; change: (w: () => Promise<unknown>) => Promise<void> }) {
  const main = version.id === null;
  const setProfile = (profileId: number) => change(() => (main ? api.updateMovie(movie.id, { profileId }) : api.updateVersion(movie.id, version.id!, { profileId })));
  const setMonitored = (monitored: boolean) => change(() => (main ? api.updateMovie(movie.id, { monitored }) : api.updateVersion(movie.id, version.id!, { monitored })));
  return (
    <li class="list-item">
      <span class="list-main">
        <strong>{main ? 'This movie' : version.name}</strong>
        <span class="quiet">{statusWord(version.status)} · {version.fileIds.length} file{version.fileIds.length === 1 ? '' : 's'}</span>
      </span>
      {admin ? (
        <>
          <label>Profile
            <select value={version.profile.id} onChange={(e) => void setProfile(Number((e.currentTarget as HTMLSelectElement).value))}>
              {profiles.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </label>
          <label class="check"><input type="checkbox" checked={version.monitored} onChange={(e) => void setMonitored((e.currentTarget as HTMLInputElement).checked)} />Monitored</label>
          {!main && <button class="button button-quiet button-danger" onClick={() => void change(() => api.deleteVersion(movie.id, version.id!))}>Remove version</button>}
        </>
      ) : <span>{version.profile.name}{version.monitored ? '' : ' · not monitored'}</span>}
    </li>
  );
}

function AddVersion({ movie, profiles, change }: { movie: Movie; profiles: QualityProfile[]; change: (w: () => Promise<unknown>) => Promise<void> }) {
  const free = profiles.filter((p) => !movie.versions.some((v) => v.profile.id === p.id));
  if (free.length === 0) return null;
  const submit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    void change(() => api.addVersion(movie.id, { profileId: Number(form.get('profileId')), name: String(form.get('name') ?? '').trim() || null, monitored: true }));
  };
  return (
    <form class="inline-form add-version" onSubmit={submit}>
      <label>Also want a version with the profile
        <select name="profileId">{free.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}</select>
      </label>
      <label>Named<input name="name" maxLength={100} placeholder="4K HDR" /></label>
      <button class="button" type="submit">Add version</button>
    </form>
  );
}

function SearchPanel({ movie, onGrabbed }: { movie: Movie; onGrabbed: () => void }) {
  const [version, setVersion] = useState<number | null>(null);
  return (
    <section aria-labelledby="search-heading" class="results">
      <h2 id="search-heading">Search releases</h2>
      {movie.versions.length > 1 && (
        <label>For the version
          <select value={version ?? ''} onChange={(e) => setVersion(Number((e.currentTarget as HTMLSelectElement).value) || null)}>
            {movie.versions.map((v) => <option key={v.id ?? 'main'} value={v.id ?? ''}>{v.id === null ? `This movie (${v.profile.name})` : v.name}</option>)}
          </select>
        </label>
      )}
      <ReleaseSearch key={version ?? 'main'} label={`Releases for ${movie.title}`} target={{ movieId: movie.id, versionId: version }} grabTarget={{ movieId: movie.id, versionId: version }} onGrabbed={onGrabbed} />
    </section>
  );
}
