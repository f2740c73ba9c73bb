import { useState } from 'preact/hooks';
import { api } from '../../lib/api';
import type { QueueItem } from '../../lib/api/acquisition';
import { size } from '../../lib/releases';

const statusWords: Record<string, string> = {
  queued: 'Queued', downloading: 'Downloading', stalled: 'Stalled', paused: 'Paused', completed: 'Completed, waiting to import',
  importing: 'Importing', imported: 'Imported', failed: 'Failed', sent: 'Sent to the blackhole folder',
};

function statusClass(status: string): string {
  return status === 'completed' || status === 'imported' ? 'status-cutoffMet' : status === 'failed' || status === 'stalled' ? 'status-wanted' : status === 'downloading' ? 'status-have' : '';
}

function eta(seconds: number | null | undefined): string | null {
  if (seconds === null || seconds === undefined) return null;
  if (seconds < 60) return `${seconds} s left`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min left`;
  return `${Math.floor(seconds / 3600)} h ${Math.round((seconds % 3600) / 60)} min left`;
}

/** One grab on its way: how far it is, what its client says, and (for those who may) remove, blocklist and retry. */
export function QueueRow({ item: q, manage, act }: { item: QueueItem; manage: boolean; act: (work: () => Promise<string>) => Promise<void> }) {
  const [removing, setRemoving] = useState(false);
  const [deleteData, setDeleteData] = useState(false);
  const [blocklist, setBlocklist] = useState(false);
  const percent = q.progress === null || q.progress === undefined ? null : Math.floor(q.progress * 1000) / 10;
  return (
    <tr data-status={q.status}>
      <td class="release-title">
        {q.title}
        <div class="quiet">{q.subject} · {q.quality} · {q.indexer}{q.override && <span class="tag">override</span>}</div>
      </td>
      <td>
        {percent !== null && <progress max={100} value={percent} aria-label={`${q.title}: ${percent}%`} />}
        <div class="quiet">{percent !== null ? `${percent}% of ` : ''}{size(q.size)}</div>
      </td>
      <td>
        <span class={`status ${statusClass(q.status)}`}>{statusWords[q.status] ?? q.status}</span>
        {q.message && <div class={q.status === 'failed' ? 'error-text' : 'quiet'}>{q.message}</div>}
      </td>
      <td>
        {eta(q.etaSeconds) ?? ''}
        {q.speed ? <div class="quiet">{size(q.speed)}/s{q.seeds !== null && q.seeds !== undefined ? ` · ${q.seeds} seeds` : ''}</div> : null}
      </td>
      <td>{q.client}<div class="quiet">{new Date(q.at).toLocaleString()} · {q.trigger}</div></td>
      {manage && (
        <td class="actions">
          {!removing && (
            <>
              {q.status === 'failed' && <button class="button" onClick={() => void act(async () => { await api.retryGrab(q.id); return `${q.title} is tried again.`; })}>Retry</button>}
              <button class="button" onClick={() => void act(async () => { await api.blocklistAndSearch(q.id); return `${q.title} is blocklisted; searching for the next best.`; })}>Blocklist and search again</button>
              <button class="button button-quiet button-danger" onClick={() => setRemoving(true)}>Remove</button>
            </>
          )}
          {removing && (
            <form aria-label={`Remove ${q.title}`} class="inline-form" onSubmit={(e) => {
              e.preventDefault();
              void act(async () => {
                const done = await api.removeFromQueue(q.id, { deleteData, blocklist });
                return `${q.title} is removed${done.dataDeleted ? ' with its data' : ''}${done.blocklisted ? ' and blocklisted' : ''}.`;
              });
            }}>
              <label><input type="checkbox" checked={deleteData} onChange={(e) => setDeleteData(e.currentTarget.checked)} /> Delete what it downloaded</label>
              <label><input type="checkbox" checked={blocklist} onChange={(e) => setBlocklist(e.currentTarget.checked)} /> Blocklist the release</label>
              <button class="button button-danger" type="submit">Remove</button>
              <button class="button button-quiet" type="button" onClick={() => setRemoving(false)}>Keep</button>
            </form>
          )}
        </td>
      )}
    </tr>
  );
}
