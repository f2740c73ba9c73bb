import { useEffect, useState } from 'preact/hooks';
import { api } from '../../lib/api';
import { useLoad, useTitle } from '../../lib/load';
import { ErrorBox, Spinner } from '../../components/ui';
import { HistoryList } from './history';
import { QueueRow } from './queue';
import { AutomationNav, message } from './nav';

/** What was grabbed and waits in the download client (the queue), and every search and grab (the history). */
export function ActivityPage({ admin }: { admin: boolean }) {
  useTitle('Activity');
  const queue = useLoad(() => api.queue(), []);
  const history = useLoad(() => api.history({ limit: 200 }), []);
  const blocklist = useLoad(() => api.blocklist(), []);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  // the queue moves while the page is open: downloads progress, complete and are imported
  useEffect(() => {
    const timer = setInterval(() => queue.reload(), 2000);
    return () => clearInterval(timer);
  }, []);
  // a grab that left the queue (imported, failed, removed) or joined it has a new line in the history
  const inQueue = queue.data?.map((q) => `${q.id}:${q.status}`).join(',');
  useEffect(() => {
    if (inQueue !== undefined) history.reload();
  }, [inQueue]);

  const act = async (work: () => Promise<string>) => {
    try {
      setNote(await work());
      setError(null);
    } catch (e) {
      setError(message(e));
    }
    queue.reload();
    history.reload();
    blocklist.reload();
  };

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
          <table class="releases queue" aria-label="Queue">
            <thead><tr><th scope="col">Release</th><th scope="col">Progress</th><th scope="col">Status</th><th scope="col">Time left</th><th scope="col">Client</th>{admin && <th scope="col"><span class="visually-hidden">Actions</span></th>}</tr></thead>
            <tbody>
              {queue.data.map((q) => <QueueRow key={q.id} item={q} manage={admin} act={act} />)}
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
