import { useState } from 'preact/hooks';
import { api } from '../../lib/api';
import { wantedLink, wantedTitle } from '../../lib/automation';
import { useLoad, useTitle } from '../../lib/load';
import { ErrorBox, Spinner } from '../../components/ui';
import { AutomationNav, message } from './nav';

/** What is monitored and out, and missing or below its profile's cutoff: what the searches work through. */
export function WantedPage({ admin }: { admin: boolean }) {
  useTitle('Wanted');
  const wanted = useLoad(() => api.wanted(), []);
  const [reason, setReason] = useState<'missing' | 'cutoffUnmet'>('missing');
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = (wanted.data ?? []).filter((w) => w.reason === reason);
  const count = (r: string) => (wanted.data ?? []).filter((w) => w.reason === r).length;

  const backlog = async () => {
    try {
      await api.backlogSearch();
      setNote('The backlog search has started: it searches one item at a time, and its searches show in Activity.');
      setError(null);
    } catch (e) {
      setError(message(e));
    }
  };

  return (
    <div class="page">
      <h1>Wanted</h1>
      <AutomationNav current="/wanted" />
      <div class="inline-form">
        <div class="tabs" role="group" aria-label="Which">
          <button class={`button ${reason === 'missing' ? 'button-primary' : ''}`} aria-pressed={reason === 'missing'} onClick={() => setReason('missing')}>Missing ({count('missing')})</button>
          <button class={`button ${reason === 'cutoffUnmet' ? 'button-primary' : ''}`} aria-pressed={reason === 'cutoffUnmet'} onClick={() => setReason('cutoffUnmet')}>Below cutoff ({count('cutoffUnmet')})</button>
        </div>
        {admin && <button class="button" onClick={() => void backlog()}>Search all now</button>}
      </div>
      {note && <p role="status">{note}</p>}
      {error && <ErrorBox message={error} />}
      {wanted.error && <ErrorBox message={wanted.error} retry={wanted.reload} />}
      {!wanted.data && !wanted.error && <Spinner label="Loading the wanted list" />}
      {wanted.data && shown.length === 0 && <p class="quiet">{reason === 'missing' ? 'Nothing is missing.' : 'Everything had is at its cutoff.'}</p>}
      {shown.length > 0 && (
        <table class="releases wanted">
          <thead><tr><th scope="col">Title</th><th scope="col">Kind</th><th scope="col">Out</th><th scope="col">Profile</th>{reason === 'cutoffUnmet' && <th scope="col">Have</th>}</tr></thead>
          <tbody>
            {shown.map((w) => (
              <tr key={`${w.kind}-${w.movieId ?? w.episodeId}-${w.versionId ?? ''}`}>
                <td><a href={wantedLink(w)}>{wantedTitle(w)}</a></td>
                <td>{w.kind === 'movie' ? 'Movie' : 'Episode'}</td>
                <td>{w.date ?? '–'}</td>
                <td>{w.profile.name}</td>
                {reason === 'cutoffUnmet' && <td>{w.quality ?? '–'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
