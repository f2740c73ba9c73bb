import { useState } from 'preact/hooks';
import type { DownloadClient, DownloadClientInput } from '../../lib/api';
import { api } from '../../lib/api';
import { useLoad, useTitle } from '../../lib/load';
import { ErrorBox, Spinner } from '../../components/ui';
import { AutomationNav, message } from './nav';

const kinds: [string, string, string][] = [
  ['qbittorrent', 'qBittorrent (torrents)', 'http://127.0.0.1:8080'],
  ['transmission', 'Transmission (torrents)', 'http://127.0.0.1:9091'],
  ['nzbget', 'NZBGet (Usenet)', 'http://127.0.0.1:6789'],
];
const healthWords: Record<string, string> = { ok: 'Healthy', failing: 'Failing', disabled: 'Disabled', unknown: 'Not asked yet' };

function readForm(form: FormData): DownloadClientInput {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const password = String(form.get('password') ?? '');
  return {
    name: text('name'), kind: text('kind'), url: text('url'), username: text('username') || null,
    password: password === '' ? null : password, category: text('category') || 'hearth', priority: Number(form.get('priority') || 1),
  };
}

/** The download clients grabs go to: each checked against the real client before it is saved, with its health. */
export function DownloadClientsPage() {
  useTitle('Download clients');
  const clients = useLoad(() => api.downloadClients(), []);
  const [kind, setKind] = useState('qbittorrent');
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const formEl = event.currentTarget as HTMLFormElement;
    const input = readForm(new FormData(formEl));
    const testOnly = (event as SubmitEvent).submitter?.getAttribute('value') === 'test';
    setBusy(true);
    try {
      if (testOnly) {
        setNote(`It answers: ${(await api.testDownloadClient(input)).version}.`);
      } else {
        const added = await api.addDownloadClient(input);
        setNote(`${added.name} is added.`);
        formEl.reset();
        clients.reload();
      }
      setError(null);
    } catch (e) {
      setError(message(e));
      setNote(null);
    } finally {
      setBusy(false);
    }
  };

  const act = async (work: () => Promise<string>) => {
    try {
      setNote(await work());
      setError(null);
      clients.reload();
    } catch (e) {
      setError(message(e));
      setNote(null);
    }
  };

  return (
    <div class="page">
      <h1>Download clients</h1>
      <AutomationNav current="/downloadclients" />
      <p class="quiet">Grabs go to the first healthy client for their protocol. With none, they go to the blackhole folder, where a client you run yourself can watch for them.</p>
      {note && <p role="status">{note}</p>}
      {error && <ErrorBox message={error} />}
      <div class="admin-grid">
        <section aria-labelledby="clients-heading">
          <h2 id="clients-heading">Your clients</h2>
          {clients.error && <ErrorBox message={clients.error} retry={clients.reload} />}
          {!clients.data && !clients.error && <Spinner label="Loading download clients" />}
          {clients.data?.length === 0 && <p class="quiet">None yet.</p>}
          <ul class="list">
            {clients.data?.map((c) => <ClientRow key={c.id} client={c} act={act} />)}
          </ul>
        </section>
        <form class="form" onSubmit={submit} aria-labelledby="add-client-heading">
          <h2 id="add-client-heading">Add a client</h2>
          <label>Kind<select name="kind" value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value)}>{kinds.map(([k, label]) => <option key={k} value={k}>{label}</option>)}</select></label>
          <label>Name<input name="name" required maxLength={100} placeholder={kinds.find(([k]) => k === kind)?.[1].split(' ')[0]} /></label>
          <label>Address<input name="url" required defaultValue={kinds.find(([k]) => k === kind)?.[2]} key={kind} spellcheck={false} /></label>
          <label>Username<input name="username" autocomplete="off" /></label>
          <label>Password<input name="password" type="password" autocomplete="new-password" /></label>
          <label>Category<input name="category" defaultValue="hearth" maxLength={64} /></label>
          <label>Priority (1 is tried first)<input name="priority" type="number" min={1} max={50} defaultValue="1" /></label>
          <div class="inline-form">
            <button class="button" type="submit" value="test" disabled={busy}>Test</button>
            <button class="button button-primary" type="submit" disabled={busy}>Add client</button>
          </div>
        </form>
      </div>
    </div>
  );
}

function ClientRow({ client: c, act }: { client: DownloadClient; act: (work: () => Promise<string>) => Promise<void> }) {
  return (
    <li class="list-item download-client">
      <span class="list-main">
        <strong>{c.name}</strong>
        <span class="quiet">{c.managed ? 'Run by Hearth, downloads in its data folder' : `${kinds.find(([k]) => k === c.kind)?.[1] ?? c.kind} · ${c.url}`} · category {c.category} · priority {c.priority}</span>
        <span class={`status ${c.health.state === 'ok' ? 'status-cutoffMet' : c.health.state === 'failing' ? 'status-wanted' : ''}`}>{healthWords[c.health.state] ?? c.health.state}{c.health.version ? ` · ${c.health.version}` : ''}</span>
        {c.health.message && <span class="error-text">{c.health.message}</span>}
      </span>
      <button class="button" onClick={() => void act(async () => `${c.name} answers: ${(await api.testDownloadClient({}, c.id)).version}.`)}>Test</button>
      <button class="button" onClick={() => void act(async () => { await api.updateDownloadClient(c.id, { enabled: !c.enabled }); return `${c.name} is ${c.enabled ? 'disabled' : 'enabled'}.`; })}>{c.enabled ? 'Disable' : 'Enable'}</button>
      {!c.managed && <button class="button button-quiet button-danger" onClick={() => { if (confirm(`Remove ${c.name}? What it downloads stays in it.`)) void act(async () => { await api.deleteDownloadClient(c.id); return `${c.name} is removed.`; }); }}>Remove</button>}
    </li>
  );
}
