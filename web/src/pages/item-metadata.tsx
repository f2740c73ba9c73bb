// The admin's line about an item's online metadata on its page: whether and how it is matched, and the buttons
// that open the tools (identify, edit, pictures) or queue a refresh.
import { useState } from 'preact/hooks';
import type { ItemMetadata } from '../lib/api';
import { api } from '../lib/api';
import { providerLabel } from './metadata-dialogs';

export type Opened = null | 'identify' | 'edit' | 'poster' | 'backdrop';

/** What the match is, in plain words. */
export function matchSentence(m: ItemMetadata): string {
  const by = m.provider && m.providerId ? `${providerLabel(m.provider)} ${m.providerId}` : null;
  switch (m.state) {
    case 'matched': return `Matched with ${by ?? 'a provider'}${m.matchedByPerson ? ', chosen by hand' : m.confidence != null ? ` (${Math.round(m.confidence * 100)}% sure)` : ''}.`;
    case 'unmatched': return `Not matched${m.reason ? `: ${m.reason}` : ''}. Identify it to choose the right title.`;
    case 'failed': return `The provider did not answer${m.lastOutcome ? ` (${m.lastOutcome})` : ''}${m.retryAtMs ? `; Hearth tries again ${new Date(m.retryAtMs).toLocaleString()}` : ''}.`;
    default: return 'Waiting for its first metadata refresh.';
  }
}

export function MetadataActions({ itemId, metadata, onOpen, onRefreshed }: {
  itemId: string; metadata: ItemMetadata | undefined; onOpen: (o: Opened) => void; onRefreshed: () => void;
}) {
  const [note, setNote] = useState<string | null>(null);
  const refresh = async () => {
    try {
      await api.refreshItem(itemId);
      setNote('Refresh queued: the page shows what it brings when you come back to it. Locked fields stay as they are.');
      setTimeout(onRefreshed, 3000);
    } catch (e) { setNote(e instanceof Error ? e.message : String(e)); }
  };
  return (
    <section class="metadata-admin" aria-label="Metadata">
      {metadata && <p class={`match match-${metadata.state}`} data-state={metadata.state}>{matchSentence(metadata)}</p>}
      <div class="actions">
        <button class="button" onClick={() => onOpen('identify')}>Identify…</button>
        <button class="button" onClick={() => onOpen('edit')}>Edit…</button>
        <button class="button" onClick={() => onOpen('poster')}>Choose poster…</button>
        <button class="button" onClick={() => onOpen('backdrop')}>Choose backdrop…</button>
        <button class="button" onClick={refresh}>Refresh metadata</button>
      </div>
      {note && <p class="notice" role="status">{note}</p>}
    </section>
  );
}
