import { useState } from 'preact/hooks';
import type { DecidedRelease, ReleaseTarget } from '../../lib/api';
import { api } from '../../lib/api';
import { hoursAge } from '../../lib/automation';
import { size } from '../../lib/releases';
import { ErrorBox, Spinner } from '../../components/ui';
import { message } from './nav';

/**
 * The interactive search: every release the indexers have for a movie, an episode or a season, best first, each with
 * its decision and every reason; Grab hands one to the download client (a rejected one only when the person says so).
 */
export function ReleaseSearch({ target, grabTarget, label, onGrabbed }: {
  target: ReleaseTarget;
  grabTarget: { movieId?: number; versionId?: number | null; episodeIds?: number[] };
  label: string;
  onGrabbed?: () => void;
}) {
  const [releases, setReleases] = useState<DecidedRelease[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [grabbed, setGrabbed] = useState<Set<string>>(new Set());

  const search = async () => {
    setBusy(true);
    setNote(null);
    try {
      setReleases(await api.searchReleasesFor(target));
      setError(null);
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };
  const grab = async (r: DecidedRelease) => {
    const override = !r.accepted;
    if (override && !confirm(`Grab this release over its rejections?\n\n${r.rejections.map((x) => x.text).join('\n')}`)) return;
    try {
      const sent = await api.grab(r, grabTarget, override);
      setGrabbed(new Set([...grabbed, `${r.indexerId}/${r.guid}`]));
      setNote(`Grabbed ${sent.title}: sent to the ${sent.client}.`);
      setError(null);
      onGrabbed?.();
    } catch (e) {
      setError(message(e));
    }
  };

  const block = async (r: DecidedRelease) => {
    try {
      await api.block(r);
      setReleases((list) => list?.map((x) => (x === r ? { ...x, accepted: false, rejections: [...x.rejections, { code: 'blocklisted', text: 'It is on the blocklist.' }] } : x)) ?? null);
      setNote(`${r.title} is on the blocklist: no search takes it again.`);
      setError(null);
    } catch (e) {
      setError(message(e));
    }
  };

  return (
    <section class="results release-search" aria-label={label}>
      <div class="inline-form">
        <button class="button button-primary" onClick={() => void search()} disabled={busy}>{busy ? 'Searching…' : releases ? 'Search again' : 'Search releases'}</button>
        {releases && <span class="quiet">{releases.length} found, {releases.filter((r) => r.accepted).length} accepted</span>}
      </div>
      {busy && <Spinner label="Asking the indexers" />}
      {error && <ErrorBox message={error} />}
      {note && <p role="status">{note}</p>}
      {releases && releases.length === 0 && <p class="quiet">No indexer has a release for this now. The RSS sync and the backlog search keep looking.</p>}
      {releases && releases.length > 0 && (
        <table class="releases decided">
          <thead>
            <tr><th scope="col">Release</th><th scope="col">Quality</th><th scope="col">Score</th><th scope="col">Size</th><th scope="col">Peers</th><th scope="col">Age</th><th scope="col">Decision</th><th scope="col">Grab</th></tr>
          </thead>
          <tbody>
            {releases.map((r) => {
              const key = `${r.indexerId}/${r.guid}`;
              return (
                <tr key={key} class={r.accepted ? 'accepted' : 'rejected'}>
                  <td class="release-title">{r.title}<span class="quiet"> · {r.indexer}</span>{r.customFormats.map((f) => <span key={f} class="tag tag-quiet">{f}</span>)}</td>
                  <td>{r.quality}{r.revision ? ` ${r.revision}` : ''}</td>
                  <td>{r.customFormatScore}</td>
                  <td>{size(r.size)}</td>
                  <td>{r.protocol === 'usenet' ? 'usenet' : r.seeders ?? '–'}</td>
                  <td>{hoursAge(r.ageHours)}</td>
                  <td>
                    {r.accepted
                      ? <span class="status status-cutoffMet">Accepted</span>
                      : <ul class="reasons">{r.rejections.map((x) => <li key={x.code} data-code={x.code}>{x.text}</li>)}</ul>}
                  </td>
                  <td>
                    {grabbed.has(key)
                      ? <span class="quiet">Grabbed</span>
                      : <button class={`button ${r.accepted ? 'button-primary' : ''}`} onClick={() => void grab(r)} aria-label={`Grab ${r.title}${r.accepted ? '' : ' anyway'}`}>{r.accepted ? 'Grab' : 'Grab anyway'}</button>}
                    {!r.rejections.some((x) => x.code === 'blocklisted') && <button class="button button-quiet" onClick={() => void block(r)} aria-label={`Block ${r.title}`}>Block</button>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
