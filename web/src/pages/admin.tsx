import { useEffect, useState } from 'preact/hooks';
import type { Library, ScanStatus, User } from '../lib/api';
import { api } from '../lib/api';
import { useLoad, useTitle } from '../lib/load';
import { count, scanProgress, scanSummary } from '../lib/scans';
import { Sessions } from './sessions';
import { Settings } from './settings';
import { Unmatched } from './unmatched';
import { LibraryMetadata } from './library-metadata';
import type { AdminTab } from '../lib/router';
import { ErrorBox, Spinner } from '../components/ui';

type Tab = AdminTab;

export function AdminPage({ tab, onLibrariesChanged }: { tab: Tab; onLibrariesChanged: () => void }) {
  useTitle(`Admin · ${tab[0].toUpperCase()}${tab.slice(1)}`);
  const tabs: [Tab, string][] = [['users', 'Users'], ['libraries', 'Libraries'], ['unmatched', 'Unmatched'], ['sessions', 'Sessions'], ['settings', 'Settings'], ['server', 'Server']];
  return (
    <div class="page admin">
      <h1>Admin</h1>
      <nav class="tabs" aria-label="Admin sections">
        {tabs.map(([t, label]) => <a key={t} href={`/admin/${t}`} aria-current={t === tab ? 'page' : undefined}>{label}</a>)}
      </nav>
      {tab === 'users' && <Users />}
      {tab === 'libraries' && <Libraries onChanged={onLibrariesChanged} />}
      {tab === 'unmatched' && <Unmatched />}
      {tab === 'sessions' && <Sessions />}
      {tab === 'settings' && <Settings />}
      {tab === 'server' && <Server />}
    </div>
  );
}

function message(e: unknown) { return e instanceof Error ? e.message : String(e); }

function LibraryChoice({ libraries, all, chosen, onChange, name }: { libraries: Library[]; all: boolean; chosen: string[]; onChange: (all: boolean, chosen: string[]) => void; name: string }) {
  return (
    <fieldset class="choices">
      <legend>Libraries</legend>
      <label class="check"><input type="checkbox" name={`${name}-all`} checked={all} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked, chosen)} />All libraries, also future ones</label>
      {!all && libraries.map((l) => (
        <label class="check" key={l.id}>
          <input type="checkbox" name={`${name}-${l.id}`} checked={chosen.includes(l.id)}
            onChange={(e) => onChange(false, (e.currentTarget as HTMLInputElement).checked ? [...chosen, l.id] : chosen.filter((c) => c !== l.id))} />
          {l.name}
        </label>
      ))}
    </fieldset>
  );
}

function Users() {
  const data = useLoad(() => Promise.all([api.users(), api.libraries()]), []);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [all, setAll] = useState(true);
  const [chosen, setChosen] = useState<string[]>([]);
  const [editing, setEditing] = useState<string | null>(null);

  const add = async (event: Event) => {
    event.preventDefault();
    const formEl = event.currentTarget as HTMLFormElement;
    const form = new FormData(formEl);
    try {
      const user = await api.addUser(String(form.get('name')).trim(), String(form.get('password')), form.get('admin') === 'on', all ? null : chosen, form.get('indexers') === 'on');
      setDone(`${user.name} can sign in now.`);
      setError(null);
      formEl.reset();
      setAll(true);
      setChosen([]);
      data.reload();
    } catch (e) {
      setError(message(e));
      setDone(null);
    }
  };

  if (data.error && !data.data) return <ErrorBox message={data.error} retry={data.reload} />;
  if (!data.data) return <Spinner label="Loading users" />;
  const [users, libraries] = data.data;
  return (
    <div class="admin-grid">
      <section aria-labelledby="users-heading">
        <h2 id="users-heading">People</h2>
        <ul class="list">
          {users.map((u) => (
            <li key={u.id} class="list-item">
              <div class="list-main">
                <strong>{u.name}</strong>
                <span class="quiet">{u.isAdmin ? 'Admin · ' : u.canUseIndexers ? 'Indexers · ' : ''}{u.allLibraries ? 'All libraries' : `${u.libraries.length} of ${libraries.length} libraries`}</span>
              </div>
              <button class="button button-quiet" aria-expanded={editing === u.id} onClick={() => setEditing(editing === u.id ? null : u.id)}>Edit {u.name}</button>
              {editing === u.id && <EditUser user={u} libraries={libraries} onSaved={() => { setEditing(null); data.reload(); }} />}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="add-user-heading">
        <h2 id="add-user-heading">Add someone</h2>
        <form class="form" onSubmit={add}>
          <label>Name<input name="name" required maxLength={64} autocomplete="off" /></label>
          <label>Password<input name="password" type="password" required minLength={8} autocomplete="new-password" /></label>
          <label class="check"><input type="checkbox" name="admin" />Admin (can manage people and libraries)</label>
          <label class="check"><input type="checkbox" name="indexers" />May search indexers and grab (spends the household's tracker limits; admins always may)</label>
          <LibraryChoice libraries={libraries} all={all} chosen={chosen} name="new" onChange={(a, c) => { setAll(a); setChosen(c); }} />
          {error && <ErrorBox message={error} />}
          {done && <p class="notice" role="status">{done}</p>}
          <button class="button button-primary" type="submit">Add person</button>
        </form>
      </section>
    </div>
  );
}

function EditUser({ user, libraries, onSaved }: { user: User; libraries: Library[]; onSaved: () => void }) {
  const [all, setAll] = useState(user.allLibraries);
  const [chosen, setChosen] = useState(user.libraries);
  const [admin, setAdmin] = useState(user.isAdmin);
  const [indexers, setIndexers] = useState(user.canUseIndexers);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const save = async () => {
    try {
      await api.updateUser(user.id, { isAdmin: admin, allLibraries: all, libraries: chosen, canUseIndexers: indexers });
      onSaved();
    } catch (e) { setError(message(e)); }
  };
  const reset = async (event: Event) => {
    event.preventDefault();
    const formEl = event.currentTarget as HTMLFormElement;
    try {
      const form = new FormData(formEl);
      const revoke = form.get('revoke') === 'on';
      await api.setPassword(user.id, String(form.get('password')), revoke);
      setNote(`${user.name}'s password is changed${revoke ? ' and their API keys are revoked' : ''}; their sessions have ended.`);
      setError(null);
      formEl.reset();
    } catch (e) { setError(message(e)); }
  };
  const remove = async () => {
    if (!confirm(`Remove ${user.name}? Their watch history goes too.`)) return;
    try { await api.deleteUser(user.id); onSaved(); } catch (e) { setError(message(e)); }
  };

  return (
    <div class="edit">
      <label class="check"><input type="checkbox" checked={admin} onChange={(e) => setAdmin((e.currentTarget as HTMLInputElement).checked)} />Admin</label>
      {!admin && <label class="check"><input type="checkbox" checked={indexers} onChange={(e) => setIndexers((e.currentTarget as HTMLInputElement).checked)} />May search indexers and grab</label>}
      <LibraryChoice libraries={libraries} all={all} chosen={chosen} name={`edit-${user.id}`} onChange={(a, c) => { setAll(a); setChosen(c); }} />
      <button class="button button-primary" onClick={save}>Save access</button>
      <form class="inline-form" onSubmit={reset}>
        <label>New password<input name="password" type="password" required minLength={8} maxLength={1024} autocomplete="new-password" /></label>
        <label class="check"><input type="checkbox" name="revoke" />Also revoke their API keys</label>
        <button class="button" type="submit">Reset password</button>
      </form>
      <button class="button button-danger" onClick={remove}>Remove {user.name}</button>
      {note && <p class="notice" role="status">{note}</p>}
      {error && <ErrorBox message={error} />}
    </div>
  );
}

function Libraries({ onChanged }: { onChanged: () => void }) {
  const list = useLoad(() => api.libraries(), []);
  const [error, setError] = useState<string | null>(null);

  const add = async (event: Event) => {
    event.preventDefault();
    const formEl = event.currentTarget as HTMLFormElement;
    const form = new FormData(formEl);
    try {
      await api.addLibrary(String(form.get('name')).trim(), String(form.get('kind')), [String(form.get('folder')).trim()]);
      setError(null);
      formEl.reset();
      list.reload();
      onChanged();
    } catch (e) { setError(message(e)); }
  };

  return (
    <div class="admin-grid">
      <section aria-labelledby="libraries-heading">
        <h2 id="libraries-heading">Libraries</h2>
        {list.error && <ErrorBox message={list.error} retry={list.reload} />}
        {!list.data && !list.error && <Spinner label="Loading libraries" />}
        <ul class="list">{list.data?.map((l) => <LibraryRow key={l.id} library={l} />)}</ul>
      </section>
      <section aria-labelledby="add-library-heading">
        <h2 id="add-library-heading">Add a library</h2>
        <form class="form" onSubmit={add}>
          <label>Name<input name="name" required maxLength={64} placeholder="Movies" /></label>
          <label>Kind
            <select name="kind"><option value="movies">Movies</option><option value="shows">Shows</option></select>
          </label>
          <label>Folder on the server<input name="folder" required placeholder="/srv/media/movies" spellcheck={false} /></label>
          {error && <ErrorBox message={error} />}
          <button class="button button-primary" type="submit">Add and scan</button>
        </form>
      </section>
    </div>
  );
}

function LibraryRow({ library }: { library: Library }) {
  const [status, setStatus] = useState<ScanStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = !!status && (status.queued || !!status.running);

  const refresh = () => api.scanStatus(library.id).then(setStatus, (e) => setError(message(e)));
  useEffect(() => { void refresh(); }, [library.id]);
  // live progress: ask again every second while a scan is queued or running
  useEffect(() => {
    if (!busy) return;
    const t = setInterval(refresh, 1000);
    return () => clearInterval(t);
  }, [busy]);

  const scan = async () => {
    try { setStatus(await api.scan(library.id)); setError(null); } catch (e) { setError(message(e)); }
  };
  const running = status?.running;
  const last = status?.lastScan ?? library.lastScan;
  return (
    <li class="list-item library-row">
      <div class="list-main">
        <strong>{library.name}</strong>
        <span class="quiet">{library.kind} · {library.itemCount.toLocaleString()} {library.itemCount === 1 ? 'item' : 'items'} · {library.folders.join(', ')}</span>
      </div>
      <button class="button" onClick={scan} disabled={busy}>{busy ? 'Scanning…' : `Rescan ${library.name}`}</button>
      <div class="scan" aria-live="polite">
        {busy && <p>{running ? scanProgress(running) : 'Waiting to start…'}</p>}
        {!busy && last && (
          <p>
            Last scan {last.status} {last.finishedMs ? new Date(last.finishedMs).toLocaleString() : ''}: {scanSummary(last)}.
            {last.error && <span class="error-text"> {last.error}</span>}
          </p>
        )}
        {status && status.failedFiles.length > 0 && (
          <details>
            <summary>{count(status.failedCount, 'file')} could not be read{status.failedCount > status.failedFiles.length ? ` (the first ${status.failedFiles.length.toLocaleString()} are listed)` : ''}</summary>
            <ul class="failed">{status.failedFiles.map((f) => (
              <li key={f.path}><code>{f.path}</code><span>{f.reason ?? 'no reason given'}</span>{f.detail && <span class="quiet" title="what ffprobe said"> ({f.detail})</span>}</li>
            ))}</ul>
          </details>
        )}
        {error && <ErrorBox message={error} />}
      </div>
      <LibraryMetadata library={library} />
    </li>
  );
}

function Server() {
  const info = useLoad(() => api.server(), []);
  if (info.error) return <ErrorBox message={info.error} retry={info.reload} />;
  if (!info.data) return <Spinner label="Loading" />;
  return (
    <dl class="facts">
      <dt>Version</dt><dd>Hearth {info.data.version}</dd>
      <dt>Runs on</dt><dd>{info.data.os} · .NET {info.data.dotnet}</dd>
      <dt>API</dt><dd><a href="/openapi/v1.json">OpenAPI description</a></dd>
    </dl>
  );
}
