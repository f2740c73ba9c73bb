import { useState } from 'preact/hooks';
import type { Indexer, IndexerInput, IndexerLimits } from '../lib/api';
import { api } from '../lib/api';
import { useLoad, useTitle } from '../lib/load';
import { ErrorBox, Spinner } from '../components/ui';

const healthWords: Record<string, string> = { healthy: 'Healthy', degraded: 'Degraded', failing: 'Failing', disabled: 'Disabled' };

function message(e: unknown) { return e instanceof Error ? e.message : String(e); }
const numberOrNull = (v: FormDataEntryValue | null) => (v === null || String(v).trim() === '' ? null : Number(v));
const list = (v: FormDataEntryValue | null) => String(v ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** What the add and edit forms share: the fields as the API takes them. On edit an empty key keeps the stored one. */
function readForm(form: FormData): IndexerInput {
  const limits: IndexerLimits = {
    queriesPerHour: numberOrNull(form.get('queriesPerHour')), queriesPerDay: numberOrNull(form.get('queriesPerDay')),
    grabsPerHour: numberOrNull(form.get('grabsPerHour')), grabsPerDay: numberOrNull(form.get('grabsPerDay')),
  };
  const apiKey = String(form.get('apiKey') ?? '').trim();
  return {
    name: String(form.get('name') ?? '').trim(), kind: String(form.get('kind') ?? 'torznab'), url: String(form.get('url') ?? '').trim(),
    apiKey: apiKey || undefined, priority: Number(form.get('priority') || 25), tags: list(form.get('tags')),
    categories: list(form.get('categories')).map(Number).filter((n) => Number.isInteger(n)), proxy: String(form.get('proxy') ?? '').trim(), limits,
  };
}

function Fields({ indexer, idPrefix }: { indexer?: Indexer; idPrefix: string }) {
  const l = indexer?.limits;
  return (
    <>
      <label>Name<input name="name" required maxLength={100} defaultValue={indexer?.name} placeholder="My tracker" /></label>
      <label>Kind
        <select name="kind" defaultValue={indexer?.kind ?? 'torznab'}><option value="torznab">Torznab (torrents)</option><option value="newznab">Newznab (usenet)</option></select>
      </label>
      <label>URL<input name="url" type="url" required defaultValue={indexer?.url} placeholder="https://indexer.example/api" spellcheck={false} /></label>
      <label>API key<input name="apiKey" type="password" required={!indexer} autocomplete="off" placeholder={indexer ? `kept (${indexer.apiKeyHint}) unless you type a new one` : ''} /></label>
      <details>
        <summary>More: categories, priority, tags, proxy, limits</summary>
        <div class="form-more">
          <label>Categories (standard numbers, comma-separated)<input name="categories" defaultValue={indexer?.categories.join(', ')} placeholder="2000, 5000" /></label>
          <label>Priority (1 preferred … 50)<input name="priority" type="number" min={1} max={50} defaultValue={String(indexer?.priority ?? 25)} /></label>
          <label>Tags<input name="tags" defaultValue={indexer?.tags.join(', ')} placeholder="private, hd" /></label>
          <label>Proxy<input name="proxy" defaultValue={indexer?.proxy ?? ''} placeholder="socks5://127.0.0.1:1080" spellcheck={false} /></label>
          <fieldset class="limits">
            <legend>Limits (empty for none)</legend>
            <label for={`${idPrefix}-qh`}>Queries an hour<input id={`${idPrefix}-qh`} name="queriesPerHour" type="number" min={1} defaultValue={l?.queriesPerHour?.toString() ?? ''} /></label>
            <label for={`${idPrefix}-qd`}>Queries a day<input id={`${idPrefix}-qd`} name="queriesPerDay" type="number" min={1} defaultValue={l?.queriesPerDay?.toString() ?? ''} /></label>
            <label for={`${idPrefix}-gh`}>Grabs an hour<input id={`${idPrefix}-gh`} name="grabsPerHour" type="number" min={1} defaultValue={l?.grabsPerHour?.toString() ?? ''} /></label>
            <label for={`${idPrefix}-gd`}>Grabs a day<input id={`${idPrefix}-gd`} name="grabsPerDay" type="number" min={1} defaultValue={l?.grabsPerDay?.toString() ?? ''} /></label>
          </fieldset>
        </div>
      </details>
    </>
  );
}

export function IndexersPage() {
  useTitle('Indexers');
  const indexers = useLoad(() => api.indexers(), []);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const formEl = event.currentTarget as HTMLFormElement;
    const input = readForm(new FormData(formEl));
    const testOnly = (event as SubmitEvent).submitter?.getAttribute('value') === 'test';
    setBusy(true);
    try {
      if (testOnly) {
        const caps = await api.tryIndexer(input);
        setNote(`It answers: ${caps.serverTitle ?? 'an indexer'} with ${caps.categories.length} categories.`);
      } else {
        const added = await api.addIndexer(input);
        setNote(`${added.name} is added.`);
        formEl.reset();
        indexers.reload();
      }
      setError(null);
    } catch (e) {
      setError(message(e));
      setNote(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="page">
      <h1>Indexers</h1>
      <p class="quiet">Hearth asks these for releases. Other tools can use them through Hearth's Torznab endpoint: <code>/api/v1/indexers/all/torznab</code> with a Hearth API key as <code>apikey</code>.</p>
      <div class="admin-grid">
        <section aria-labelledby="indexers-heading">
          <h2 id="indexers-heading">Your indexers</h2>
          {indexers.error && <ErrorBox message={indexers.error} retry={indexers.reload} />}
          {!indexers.data && !indexers.error && <Spinner label="Loading indexers" />}
          {indexers.data?.length === 0 && <p class="quiet">None yet. Add one with its URL and API key.</p>}
          <ul class="list">{indexers.data?.map((i) => <IndexerRow key={i.id} indexer={i} onChanged={indexers.reload} />)}</ul>
        </section>
        <section aria-labelledby="add-indexer-heading">
          <h2 id="add-indexer-heading">Add an indexer</h2>
          <form class="form" onSubmit={submit} aria-busy={busy}>
            <Fields idPrefix="new" />
            {error && <ErrorBox message={error} />}
            {note && <p class="notice" role="status">{note}</p>}
            <div class="inline-form">
              <button class="button" type="submit" value="test" disabled={busy}>Test</button>
              <button class="button button-primary" type="submit" value="add" disabled={busy}>{busy ? 'Asking the indexer…' : 'Add indexer'}</button>
            </div>
          </form>
        </section>
      </div>
    </div>
  );
}

function IndexerRow({ indexer, onChanged }: { indexer: Indexer; onChanged: () => void }) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const run = async (what: () => Promise<unknown>, done?: string) => {
    try { await what(); setError(null); setNote(done ?? null); onChanged(); } catch (e) { setError(message(e)); setNote(null); }
  };
  const save = (event: Event) => {
    event.preventDefault();
    void run(async () => { await api.updateIndexer(indexer.id, readForm(new FormData(event.currentTarget as HTMLFormElement))); setEditing(false); }, 'Saved.');
  };
  const remove = () => { if (confirm(`Remove ${indexer.name}? Its history goes too.`)) void run(() => api.deleteIndexer(indexer.id)); };
  const s = indexer.state, stats = indexer.stats;
  return (
    <li class="list-item indexer-row" data-health={s.health}>
      <div class="list-main">
        <strong>{indexer.name} <span class={`health health-${s.health}`}>{healthWords[s.health]}</span></strong>
        <span class="quiet">{indexer.kind === 'torznab' ? 'Torznab' : 'Newznab'} · priority {indexer.priority}{indexer.tags.length ? ` · ${indexer.tags.join(', ')}` : ''}{indexer.proxy ? ` · via ${indexer.proxy}` : ''} · <code>{indexer.url}</code></span>
        <span class="quiet">
          {stats ? `${stats.queries} queries, ${stats.failures} failed, ${stats.grabs} grabs · ${Math.round(stats.averageDurationMs)} ms and ${stats.averageResults} results on average` : 'No queries yet'}
          {` · ${s.queriesLastHour} this hour, ${s.queriesLastDay} today`}
        </span>
        {s.lastError && s.health !== 'healthy' && <span class="error-text">{s.lastError}{s.blockedUntil ? ` Next try after ${new Date(s.blockedUntil).toLocaleTimeString()}.` : ''}</span>}
      </div>
      <div class="inline-form">
        <button class="button" onClick={() => run(() => api.testIndexer(indexer.id), `${indexer.name} answers.`)}>Test {indexer.name}</button>
        <button class="button" onClick={() => run(() => api.updateIndexer(indexer.id, { enabled: !indexer.enabled }))}>{indexer.enabled ? 'Disable' : 'Enable'} {indexer.name}</button>
        <button class="button button-quiet" aria-expanded={editing} onClick={() => setEditing(!editing)}>Edit {indexer.name}</button>
        <button class="button button-danger" onClick={remove}>Remove {indexer.name}</button>
      </div>
      {editing && (
        <form class="form edit" onSubmit={save}>
          <Fields indexer={indexer} idPrefix={`edit-${indexer.id}`} />
          <button class="button button-primary" type="submit">Save {indexer.name}</button>
        </form>
      )}
      {note && <p class="notice" role="status">{note}</p>}
      {error && <ErrorBox message={error} />}
    </li>
  );
}
