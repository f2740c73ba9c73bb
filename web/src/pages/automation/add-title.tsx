import { useState } from 'preact/hooks';
import type { Lookup, QualityProfile } from '../../lib/api';
import { ErrorBox } from '../../components/ui';
import { message } from './nav';

export interface AddChoice { profileId: number | undefined; monitored: boolean; monitor?: string }

/**
 * Adding a film or show: search the provider and pick one, or type a title and year to add it offline (when no
 * provider can be asked). The profile and monitoring chosen apply to either.
 */
export function AddTitle({ kind, profiles, lookup, add }: {
  kind: 'movie' | 'series';
  profiles: QualityProfile[];
  lookup: (term: string) => Promise<Lookup[]>;
  add: (input: { lookup?: Lookup; title?: string; year?: number }, choice: AddChoice) => Promise<string>;
}) {
  const [results, setResults] = useState<Lookup[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [choice, setChoice] = useState<AddChoice>({ profileId: undefined, monitored: true, monitor: kind === 'series' ? 'all' : undefined });
  const noun = kind === 'movie' ? 'film' : 'show';

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
      setError(null);
    } catch (e) {
      setError(message(e));
      setNote(null);
    } finally {
      setBusy(false);
    }
  };
  const search = (event: Event) => {
    event.preventDefault();
    const term = String(new FormData(event.currentTarget as HTMLFormElement).get('term') ?? '').trim();
    if (term) void run(async () => { setResults(await lookup(term)); setNote(null); });
  };
  const addOffline = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const title = String(form.get('title') ?? '').trim();
    const year = Number(form.get('year')) || undefined;
    void run(async () => { setNote(await add({ title, year }, choice)); (event.currentTarget as HTMLFormElement | null)?.reset?.(); });
  };

  return (
    <section class="form add-title" aria-labelledby={`add-${kind}`}>
      <h2 id={`add-${kind}`}>Add a {noun}</h2>
      <div class="inline-form">
        <label>Profile
          <select value={choice.profileId ?? ''} onChange={(e) => setChoice({ ...choice, profileId: Number((e.currentTarget as HTMLSelectElement).value) || undefined })}>
            <option value="">Default</option>
            {profiles.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
        {kind === 'series' && (
          <label>Monitor
            <select value={choice.monitor} onChange={(e) => setChoice({ ...choice, monitor: (e.currentTarget as HTMLSelectElement).value })}>
              <option value="all">All episodes</option><option value="future">Future episodes</option><option value="missing">Missing episodes</option>
              <option value="firstSeason">First season</option><option value="latestSeason">Latest season</option><option value="none">None</option>
            </select>
          </label>
        )}
        <label class="check"><input type="checkbox" checked={choice.monitored} onChange={(e) => setChoice({ ...choice, monitored: (e.currentTarget as HTMLInputElement).checked })} />Monitored (look for it)</label>
      </div>
      <form class="inline-form" role="search" onSubmit={search}>
        <label>Find a {noun}<input name="term" type="search" placeholder={kind === 'movie' ? 'Metropolis 1927' : 'The Expanse'} autocomplete="off" /></label>
        <button class="button" type="submit" disabled={busy}>Search</button>
      </form>
      {results && (results.length === 0
        ? <p class="quiet">Nothing found. Add it by title and year below.</p>
        : (
          <ul class="list lookups" aria-label="Found">
            {results.map((r) => (
              <li key={`${r.provider}-${r.id}`} class="list-item">
                <span class="list-main"><strong>{r.title}{r.year ? ` (${r.year})` : ''}</strong><span class="quiet clamp">{r.overview}</span></span>
                {r.catalogId
                  ? <a class="button" href={`/${kind === 'movie' ? 'movies' : 'series'}/${r.catalogId}`}>In the catalog</a>
                  : <button class="button button-primary" disabled={busy} onClick={() => void run(async () => setNote(await add({ lookup: r }, choice)))}>Add</button>}
              </li>
            ))}
          </ul>
        ))}
      <form class="inline-form" onSubmit={addOffline}>
        <label>Title<input name="title" required maxLength={200} /></label>
        <label>Year<input name="year" type="number" min={1870} max={2100} /></label>
        <button class="button button-primary" type="submit" disabled={busy}>Add by title</button>
      </form>
      {error && <ErrorBox message={error} />}
      {note && <p role="status">{note}</p>}
    </section>
  );
}
