import { useMemo, useState } from 'preact/hooks';
import type { Episode, Lookup, ReleaseTarget } from '../../lib/api';
import { api } from '../../lib/api';
import { episodeCode, statusWord } from '../../lib/automation';
import { useLoad, useTitle } from '../../lib/load';
import { navigate } from '../../lib/router';
import { ErrorBox, Spinner } from '../../components/ui';
import { AddTitle, type AddChoice } from './add-title';
import { HistoryList } from './history';
import { AutomationNav, message } from './nav';
import { ReleaseSearch } from './release-search';

/** Every series of the catalog with its status and how many episodes are had; admins add more. */
export function SeriesListPage({ admin }: { admin: boolean }) {
  useTitle('Series');
  const series = useLoad(() => api.series(), []);
  const profiles = useLoad(() => api.profiles(), []);

  const add = async (input: { lookup?: Lookup; title?: string; year?: number }, choice: AddChoice) => {
    const id = input.lookup ? Number(input.lookup.id) : undefined;
    const byProvider = input.lookup?.provider === 'tmdb' ? { tmdbId: id } : input.lookup?.provider === 'tvdb' ? { tvdbId: id } : { tvMazeId: id };
    const added = await api.addSeries({
      ...(input.lookup ? byProvider : { title: input.title, year: input.year }),
      profileId: choice.profileId ?? null, monitored: choice.monitored, monitor: choice.monitor ?? null,
    });
    navigate(`/series/${added.id}`);
    return added.note ?? `${added.title} is added.`;
  };

  return (
    <div class="page">
      <h1>Series</h1>
      <AutomationNav current="/series" />
      {admin && profiles.data && <AddTitle kind="series" profiles={profiles.data} lookup={(t) => api.lookupSeries(t)} add={add} />}
      <section class="results" aria-labelledby="series-heading">
        <h2 id="series-heading">{series.data?.length ?? 0} series</h2>
        {series.error && <ErrorBox message={series.error} retry={series.reload} />}
        {!series.data && !series.error && <Spinner label="Loading series" />}
        {series.data?.length === 0 && <p class="quiet">No series yet. Add one above, or add a library of shows: it is adopted here.</p>}
        <table class="releases catalog">
          <thead><tr><th scope="col">Title</th><th scope="col">Status</th><th scope="col">Profile</th><th scope="col">Episodes</th></tr></thead>
          <tbody>
            {series.data?.map((s) => (
              <tr key={s.id}>
                <td><a href={`/series/${s.id}`}>{s.title}{s.year ? ` (${s.year})` : ''}</a></td>
                <td><span class={`status status-${s.status}`}>{statusWord(s.status)}</span></td>
                <td>{s.profile.name}</td>
                <td>{s.episodesWithFiles} of {s.episodeCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

/** One series: seasons and episodes with monitoring, the interactive search for a season or an episode, its history. */
export function SeriesPage({ id, admin }: { id: number; admin: boolean }) {
  const series = useLoad(() => api.oneSeries(id), [id]);
  const profiles = useLoad(() => api.profiles(), []);
  const history = useLoad(() => api.history({ seriesId: id, limit: 50 }), [id]);
  const [error, setError] = useState<string | null>(null);
  const [searching, setSearching] = useState<{ target: ReleaseTarget; episodeIds?: number[]; label: string } | null>(null);
  useTitle(series.data?.title);
  const seasons = useMemo(() => {
    const groups = new Map<number, Episode[]>();
    for (const e of series.data?.episodes ?? []) groups.set(e.season, [...(groups.get(e.season) ?? []), e]);
    return [...groups.entries()].sort(([a], [b]) => b - a);
  }, [series.data]);

  const change = async (work: () => Promise<unknown>) => {
    try {
      await work();
      setError(null);
      series.reload();
    } catch (e) {
      setError(message(e));
    }
  };

  if (series.error && !series.data) return <div class="page"><AutomationNav current="/series" /><ErrorBox message={series.error} retry={series.reload} /></div>;
  if (!series.data) return <div class="page"><Spinner label="Loading the series" /></div>;
  const s = series.data;
  return (
    <div class="page">
      <AutomationNav current="/series" />
      <h1>{s.title}{s.year ? ` (${s.year})` : ''}</h1>
      <p><span class={`status status-${s.status}`}>{statusWord(s.status)}</span><span class="quiet"> · {s.episodesWithFiles} of {s.episodeCount} episodes{s.providerStatus ? ` · ${s.providerStatus}` : ''}</span></p>
      {s.overview && <p class="overview">{s.overview}</p>}
      {admin && (
        <div class="inline-form">
          <label>Profile
            <select value={s.profile.id} onChange={(e) => void change(() => api.updateSeries(s.id, { profileId: Number((e.currentTarget as HTMLSelectElement).value) }))}>
              {profiles.data?.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </label>
          <label class="check"><input type="checkbox" checked={s.monitored} onChange={(e) => void change(() => api.updateSeries(s.id, { monitored: (e.currentTarget as HTMLInputElement).checked }))} />Monitored</label>
          <button class="button button-danger" onClick={() => { if (confirm(`Remove ${s.title} from the catalog? Its files stay on disk.`)) void api.deleteSeries(s.id).then(() => navigate('/series'), (e: unknown) => setError(message(e))); }}>Remove from the catalog</button>
        </div>
      )}
      {error && <ErrorBox message={error} />}
      {searching && (
        <section class="results" aria-labelledby="search-heading">
          <div class="inline-form"><h2 id="search-heading">Releases for {searching.label}</h2><button class="button button-quiet" onClick={() => setSearching(null)}>Close</button></div>
          <ReleaseSearch key={searching.label} label={`Releases for ${searching.label}`} target={searching.target} grabTarget={{ episodeIds: searching.episodeIds }} onGrabbed={history.reload} />
        </section>
      )}
      {seasons.length === 0 && <p class="quiet">No episode list: the series was added offline. Its files still count.</p>}
      {seasons.map(([season, episodes]) => (
        <section key={season} class="results season" aria-labelledby={`season-${season}`}>
          <div class="inline-form">
            <h2 id={`season-${season}`}>{season === 0 ? 'Specials' : `Season ${season}`}</h2>
            <span class="quiet">{episodes.filter((e) => e.hasFile).length} of {episodes.length}</span>
            {admin && <button class="button" onClick={() => void change(() => api.monitorSeason(s.id, season, !episodes.every((e) => e.monitored)))}>{episodes.every((e) => e.monitored) ? 'Unmonitor season' : 'Monitor season'}</button>}
            {admin && <button class="button" onClick={() => setSearching({ target: { seriesId: s.id, season }, label: `${s.title} season ${season}` })}>Search season</button>}
          </div>
          <table class="releases episodes">
            <thead><tr><th scope="col">Episode</th><th scope="col">Title</th><th scope="col">Aired</th><th scope="col">File</th><th scope="col">Monitored</th>{admin && <th scope="col">Search</th>}</tr></thead>
            <tbody>
              {episodes.map((e) => (
                <tr key={e.id}>
                  <td>{episodeCode(e.season, e.number)}</td>
                  <td>{e.title ?? '–'}</td>
                  <td>{e.airDate ?? '–'}</td>
                  <td>{e.hasFile ? 'Have' : '–'}</td>
                  <td><input type="checkbox" aria-label={`Monitor ${episodeCode(e.season, e.number)}`} checked={e.monitored} disabled={!admin} onChange={(ev) => void change(() => api.monitorEpisode(e.id, (ev.currentTarget as HTMLInputElement).checked))} /></td>
                  {admin && <td><button class="button button-quiet" aria-label={`Search ${episodeCode(e.season, e.number)}`} onClick={() => setSearching({ target: { episodeId: e.id }, episodeIds: [e.id], label: `${s.title} ${episodeCode(e.season, e.number)}` })}>Search</button></td>}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <section aria-labelledby="history-heading" class="results">
        <h2 id="history-heading">History</h2>
        {history.data ? <HistoryList entries={history.data} label={`History of ${s.title}`} /> : <Spinner label="Loading the history" />}
      </section>
    </div>
  );
}
