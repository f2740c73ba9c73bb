import { useMemo, useState } from 'preact/hooks';
import type { Lookup } from '../../lib/api';
import { api } from '../../lib/api';
import { statusWord } from '../../lib/automation';
import { useLoad, useTitle } from '../../lib/load';
import { navigate } from '../../lib/router';
import { ErrorBox, Spinner } from '../../components/ui';
import { AddTitle, type AddChoice } from './add-title';
import { AutomationNav } from './nav';

/** Every movie of the catalog (the library's adopted ones too) with its status; admins add more. */
export function MoviesPage({ admin }: { admin: boolean }) {
  useTitle('Movies');
  const movies = useLoad(() => api.movies(), []);
  const profiles = useLoad(() => api.profiles(), []);
  const [status, setStatus] = useState('');
  const shown = useMemo(() => (movies.data ?? []).filter((m) => !status || m.status === status), [movies.data, status]);

  const add = async (input: { lookup?: Lookup; title?: string; year?: number }, choice: AddChoice) => {
    const movie = await api.addMovie({
      ...(input.lookup ? { tmdbId: Number(input.lookup.id) } : { title: input.title, year: input.year }),
      profileId: choice.profileId ?? null, monitored: choice.monitored,
    });
    navigate(`/movies/${movie.id}`);
    return movie.note ?? `${movie.title} is added.`;
  };

  return (
    <div class="page">
      <h1>Movies</h1>
      <AutomationNav current="/movies" />
      {admin && profiles.data && <AddTitle kind="movie" profiles={profiles.data} lookup={(t) => api.lookupMovies(t)} add={add} />}
      <section class="results" aria-labelledby="movies-heading">
        <div class="inline-form">
          <h2 id="movies-heading">{shown.length} movies</h2>
          <label>Show
            <select value={status} onChange={(e) => setStatus((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">All</option><option value="wanted">Wanted</option><option value="have">Below cutoff</option>
              <option value="cutoffMet">Have</option><option value="unreleased">Not out yet</option><option value="unmonitored">Not monitored</option>
            </select>
          </label>
        </div>
        {movies.error && <ErrorBox message={movies.error} retry={movies.reload} />}
        {!movies.data && !movies.error && <Spinner label="Loading movies" />}
        {movies.data?.length === 0 && <p class="quiet">No movies yet. Add one above, or add a library of films: it is adopted here.</p>}
        <table class="releases catalog">
          <thead><tr><th scope="col">Title</th><th scope="col">Status</th><th scope="col">Profile</th><th scope="col">Files</th></tr></thead>
          <tbody>
            {shown.map((m) => (
              <tr key={m.id}>
                <td><a href={`/movies/${m.id}`}>{m.title}{m.year ? ` (${m.year})` : ''}</a>{m.versions.length > 1 && <span class="tag">{m.versions.length} versions</span>}</td>
                <td><span class={`status status-${m.status}`}>{statusWord(m.status)}</span></td>
                <td>{m.profile.name}</td>
                <td>{m.files.length ? m.files.map((f) => f.quality).join(', ') : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
