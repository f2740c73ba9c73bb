import { useState } from 'preact/hooks';
import { api } from '../../lib/api';
import { useLoad, useTitle } from '../../lib/load';
import { size } from '../../lib/releases';
import { ErrorBox, Spinner } from '../../components/ui';
import { HistoryList } from './history';
import { AutomationNav, message } from './nav';

/** What was grabbed and waits in the download client (the queue), and every search and grab (the history). */
export function ActivityPage({ admin }: { admin: boolean }) {
  useTitle('Activity');
  const queue = useLoad(() => api.queue(), []);
  const history = useLoad(() => api.history({ limit: 200 }), []);
  const blocklist = useLoad(() => api.blocklist(), []);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const sync = async () => {
    try {
      const counts = await api.rssSync();
      setNote(`RSS sync: ${counts.releases} releases, ${counts.forTheCatalog} for the catalog, ${counts.grabbed} grabbed.`);
      setError(null);
      queue.reload();
      history.reload();
    } catch (e) {
      setError(message(e));
    }
  };

  return (
    <div class="page">
      <h1>Activity</h1>
      <AutomationNav current="/activity" />
      {admin && <div class="inline-form"><button class="button" onClick={() => void sync()}>RSS sync now</button></div>}
      {note && <p role="status">{note}</p>}
      {error && <ErrorBox message={error} />}
      <section class="results" aria-labelledby="queue-heading">
        <h2 id="queue-heading">Queue</h2>
        {queue.error && <ErrorBox message={queue.error} retry={queue.reload} />}
        {!queue.data && !queue.error && <Spinner label="Loading the queue" />}
        {queue.data?.length === 0 && <p class="quiet">Nothing is waiting.</p>}
        {queue.data && queue.data.length > 0 && (
          <table class="releases queue">
            <thead><tr><th scope="col">Release</th><th scope="col">Quality</th><th scope="col">Size</th><th scope="col">Client</th><th scope="col">Status</th><th scope="col">Grabbed</th></tr></thead>
            <tbody>
              {queue.data.map((g) => (
                <tr key={g.id}>
                  <td class="release-title">{g.title}<span class="quiet"> · {g.indexer}</span>{g.override && <span class="tag">override</span>}</td>
                  <td>{g.quality}</td>
                  <td>{size(g.size)}</td>
                  <td>{g.client}</td>
                  <td>{g.status}{g.message ? <div class="quiet">{g.message}</div> : null}</td>
                  <td>{new Date(g.at).toLocaleString()} · {g.trigger}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section class="results" aria-labelledby="blocklist-heading">
        <h2 id="blocklist-heading">Blocklist</h2>
        {blocklist.error && <ErrorBox message={blocklist.error} retry={blocklist.reload} />}
        {blocklist.data?.length === 0 && <p class="quiet">No release is blocked. Block one from a search's results; it is never grabbed again.</p>}
        {blocklist.data && blocklist.data.length > 0 && (
          <ul class="list">
            {blocklist.data.map((b) => (
              <li key={b.id} class="list-item">
                <span class="list-main"><span class="release-title">{b.title}</span><span class="quiet">{b.indexer} · {b.reason} · {new Date(b.at).toLocaleString()}</span></span>
                {admin && <button class="button" onClick={() => void api.unblock(b.id).then(blocklist.reload, (e: unknown) => setError(message(e)))}>Let it be grabbed</button>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="results" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        {history.error && <ErrorBox message={history.error} retry={history.reload} />}
        {history.data ? <HistoryList entries={history.data} /> : !history.error && <Spinner label="Loading the history" />}
      </section>
    </div>
  );
}
