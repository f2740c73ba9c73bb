// Admin → Unmatched: the titles the matcher could not place (or whose provider failed), with its reason, and a
// button to identify each. Identifying one opens its page, where what the match brought shows.
import { useState } from 'preact/hooks';
import type { Unmatched as Row } from '../lib/api';
import { api } from '../lib/api';
import { useLoad } from '../lib/load';
import { navigate } from '../lib/router';
import { Empty, ErrorBox, Spinner } from '../components/ui';
import { IdentifyDialog } from './metadata-dialogs';

export function Unmatched() {
  const libraryId = new URLSearchParams(location.search).get('library') ?? undefined;
  const data = useLoad(() => Promise.all([api.unmatched(libraryId), api.libraries(), api.metadataStatus()]), [libraryId]);
  const [identifying, setIdentifying] = useState<Row | null>(null);

  if (data.error && !data.data) return <ErrorBox message={data.error} retry={data.reload} />;
  if (!data.data) return <Spinner label="Loading unmatched titles" />;
  const [rows, libraries, status] = data.data;
  const libraryName = (id: string) => libraries.find((l) => l.id === id)?.name ?? 'A library';
  const unconfigured = status.providers.filter((p) => p.sentence);
  return (
    <section aria-labelledby="unmatched-heading">
      <h2 id="unmatched-heading">Unmatched{libraryId && ` in ${libraryName(libraryId)}`}</h2>
      <p class="quiet">Titles Hearth could not match with an online provider on its own, and why. Identify one to pick the right title; it then gets its overview, pictures and cast.
        {libraryId && <> <a href="/admin/unmatched">Show every library</a>.</>}</p>
      {unconfigured.map((p) => <p key={p.provider} class="notice">{p.sentence}</p>)}
      {rows.length === 0 && <Empty title="Everything is matched"><p>Nothing needs a hand now.</p></Empty>}
      {rows.length > 0 && (
        <ul class="list unmatched">
          {rows.map((r) => (
            <li key={r.itemId} class="list-item">
              <div class="list-main">
                <strong><a href={`/item/${r.itemId}`}>{r.title}</a>{r.year && <span class="quiet"> ({r.year})</span>}</strong>
                <span class="quiet">{libraryName(r.libraryId)} · {r.kind === 'show' ? 'Show' : 'Film'} · {r.state === 'failed' ? 'The provider did not answer' : 'Not matched'}</span>
                <span class="reason">{r.reason ?? r.lastOutcome ?? 'No reason was given.'}</span>
              </div>
              <button class="button" onClick={() => setIdentifying(r)}>Identify {r.title}</button>
            </li>
          ))}
        </ul>
      )}
      {identifying && (
        <IdentifyDialog itemId={identifying.itemId} title={identifying.title} year={identifying.year} kind={identifying.kind}
          onClose={() => setIdentifying(null)} onDone={() => navigate(`/item/${identifying.itemId}`)} />
      )}
    </section>
  );
}
