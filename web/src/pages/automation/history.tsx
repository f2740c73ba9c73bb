import type { HistoryEntry } from '../../lib/api';

const kindWords: Record<string, string> = {
  search: 'Searched', grab: 'Grabbed', grabFailed: 'Grab failed', imported: 'Imported', importFailed: 'Import failed',
  downloadFailed: 'Download failed', removed: 'Removed', retried: 'Tried again',
};

/** The automation's history, newest first: searches with their decisions' summary, grabs with where they went. */
export function HistoryList({ entries, label = 'History' }: { entries: HistoryEntry[]; label?: string }) {
  if (entries.length === 0) return <p class="quiet">Nothing yet.</p>;
  return (
    <table class="releases history" aria-label={label}>
      <thead><tr><th scope="col">When</th><th scope="col">What</th><th scope="col">For</th><th scope="col">How</th><th scope="col">Detail</th></tr></thead>
      <tbody>
        {entries.map((h) => (
          <tr key={h.id} data-kind={h.kind}>
            <td>{new Date(h.at).toLocaleString()}</td>
            <td>{kindWords[h.kind] ?? h.kind}</td>
            <td>{h.subject}{h.release && <div class="release-title quiet">{h.release}</div>}</td>
            <td>{h.trigger}</td>
            <td>{h.detail}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
