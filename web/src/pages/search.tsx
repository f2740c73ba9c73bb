import { useMemo, useState } from 'preact/hooks';
import type { ReleaseSearch } from '../lib/api';
import { api } from '../lib/api';
import { useTitle } from '../lib/load';
import { age, filterReleases, noFilter, size, sortReleases, type Filter, type Sort, type SortKey } from '../lib/releases';
import { ErrorBox, Spinner } from '../components/ui';

const columns: [SortKey, string][] = [['title', 'Title'], ['indexer', 'Indexer'], ['size', 'Size'], ['seeders', 'Seeders'], ['age', 'Age']];

/** Manual search: asks every enabled indexer through the hub and shows the merged results, sortable and filterable. */
export function SearchPage() {
  useTitle('Search');
  const [result, setResult] = useState<ReleaseSearch | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sort, setSort] = useState<Sort>({ key: 'seeders', descending: true });
  const [filter, setFilter] = useState<Filter>(noFilter);

  const search = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const get = (name: string) => String(form.get(name) ?? '').trim() || undefined;
    setBusy(true);
    try {
      setResult(await api.searchReleases({ q: get('q'), t: get('t'), cat: get('cat'), season: get('season'), ep: get('ep'), imdbid: get('imdbid'), tvdbid: get('tvdbid'), tmdbid: get('tmdbid'), year: get('year'), limit: 100 }));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const shown = useMemo(() => (result ? sortReleases(filterReleases(result.releases, filter), sort) : []), [result, filter, sort]);
  const sortBy = (key: SortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : key !== 'title' && key !== 'indexer' && key !== 'age' }));

  return (
    <div class="page">
      <h1>Search indexers</h1>
      <form class="form search-form" onSubmit={search} role="search">
        <label>Search for<input name="q" type="search" placeholder="Title" autocomplete="off" /></label>
        <label>Kind
          <select name="t"><option value="search">Anything</option><option value="tvsearch">TV episode</option><option value="movie">Movie</option></select>
        </label>
        <label>Categories<input name="cat" placeholder="2000, 5000" /></label>
        <label>Season<input name="season" type="number" min={0} /></label>
        <label>Episode<input name="ep" /></label>
        <label>IMDb id<input name="imdbid" placeholder="tt0944947" /></label>
        <label>TVDB id<input name="tvdbid" type="number" min={1} /></label>
        <label>TMDB id<input name="tmdbid" type="number" min={1} /></label>
        <label>Year<input name="year" type="number" min={1900} max={2100} /></label>
        <button class="button button-primary" type="submit" disabled={busy}>{busy ? 'Searching…' : 'Search'}</button>
      </form>
      {error && <ErrorBox message={error} />}
      {busy && <Spinner label="Asking the indexers" />}
      {result && (
        <section aria-labelledby="results-heading" class="results">
          <h2 id="results-heading">{shown.length} of {result.releases.length} releases</h2>
          <ul class="outcomes" aria-label="How each indexer answered">
            {result.indexers.map((o) => (
              <li key={o.indexerId} class={o.outcome === 'ok' ? '' : 'error-text'}>
                {o.name}: {o.outcome === 'ok' ? `${o.results} results${o.skipped ? `, ${o.skipped} unreadable skipped` : ''} in ${o.durationMs} ms` : `${o.outcome}${o.message ? ` — ${o.message}` : ''}`}
              </li>
            ))}
          </ul>
          <div class="inline-form filters">
            <label>Filter titles<input type="search" value={filter.text} onInput={(e) => setFilter({ ...filter, text: (e.currentTarget as HTMLInputElement).value })} /></label>
            <label>Protocol
              <select value={filter.protocol} onChange={(e) => setFilter({ ...filter, protocol: (e.currentTarget as HTMLSelectElement).value as Filter['protocol'] })}>
                <option value="">Both</option><option value="torrent">Torrent</option><option value="usenet">Usenet</option>
              </select>
            </label>
            <label>At least seeders<input type="number" min={0} value={filter.minSeeders} onInput={(e) => setFilter({ ...filter, minSeeders: Number((e.currentTarget as HTMLInputElement).value) || 0 })} /></label>
            <label class="check"><input type="checkbox" checked={filter.freeleechOnly} onChange={(e) => setFilter({ ...filter, freeleechOnly: (e.currentTarget as HTMLInputElement).checked })} />Freeleech only</label>
          </div>
          <table class="releases">
            <thead>
              <tr>
                {columns.map(([key, label]) => (
                  <th key={key} scope="col" aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                    <button class="button button-quiet" onClick={() => sortBy(key)}>{label}{sort.key === key ? (sort.descending ? ' ↓' : ' ↑') : ''}</button>
                  </th>
                ))}
                <th scope="col">Get</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={`${r.indexerId}-${r.guid ?? r.title}`}>
                  <td class="release-title">{r.title}{r.downloadVolumeFactor === 0 && <span class="tag">freeleech</span>}</td>
                  <td>{r.indexerName}{r.alsoOn.length > 0 && <span class="quiet"> +{r.alsoOn.join(', ')}</span>}</td>
                  <td>{size(r.size)}</td>
                  <td>{r.protocol === 'usenet' ? (r.grabs !== null ? `${r.grabs} grabs` : '–') : `${r.seeders ?? '–'} / ${r.peers ?? '–'}`}</td>
                  <td>{age(r.publishDate)}</td>
                  <td>{r.magnetUrl ? <a href={r.magnetUrl}>Magnet</a> : r.link ? <a href={r.link} rel="noreferrer">{r.protocol === 'usenet' ? 'NZB' : 'Torrent'}</a> : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
