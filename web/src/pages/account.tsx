import { useState } from 'preact/hooks';
import type { Me } from '../lib/api';
import { api } from '../lib/api';
import { useLoad, useTitle } from '../lib/load';
import { ErrorBox, Spinner } from '../components/ui';
import { QuickConnectBox } from '../components/quick-connect';

function message(e: unknown) { return e instanceof Error ? e.message : String(e); }

// Your own account: the API keys other programs use for you (a key is shown once, when made), and your password.
export function AccountPage({ me }: { me: Me }) {
  useTitle('Your account');
  const keys = useLoad(() => api.apiKeys(), []);
  const [made, setMade] = useState<{ name: string; key: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const create = async (event: Event) => {
    event.preventDefault();
    const formEl = event.currentTarget as HTMLFormElement;
    try {
      setMade(await api.createApiKey(String(new FormData(formEl).get('name')).trim()));
      setError(null);
      formEl.reset();
      keys.reload();
    } catch (e) { setError(message(e)); }
  };
  const revoke = async (id: string, name: string) => {
    if (!confirm(`Revoke the key "${name}"? Programs using it are refused from now on.`)) return;
    try { await api.revokeApiKey(id); setMade(null); keys.reload(); } catch (e) { setError(message(e)); }
  };
  const password = async (event: Event) => {
    event.preventDefault();
    const formEl = event.currentTarget as HTMLFormElement;
    const form = new FormData(formEl);
    try {
      await api.setPassword(me.id, String(form.get('password')), form.get('revoke') === 'on');
      // a new password ends every session, this one too
      setNote('Your password is changed. Sign in again with it.');
      setError(null);
      formEl.reset();
    } catch (e) { setError(message(e)); }
  };

  return (
    <div class="page admin">
      <h1>Your account</h1>
      <div class="admin-grid">
        <section aria-labelledby="keys-heading">
          <h2 id="keys-heading">API keys</h2>
          <p class="quiet">A key lets a program act for you (Sonarr or Radarr through Hearth's Torznab endpoint, a script). Send it in the <code>X-Api-Key</code> header; only the Torznab endpoint, grab links and the TV apps' Jellyfin API take it in the address, as <code>apikey</code> (<code>api_key</code> for the TV apps).</p>
          {keys.error && !keys.data && <ErrorBox message={keys.error} retry={keys.reload} />}
          {!keys.data && !keys.error && <Spinner label="Loading keys" />}
          {keys.data && keys.data.length === 0 && <p class="quiet">You have no API keys.</p>}
          {keys.data && keys.data.length > 0 && (
            <ul class="list">
              {keys.data.map((k) => (
                <li key={k.id} class="list-item">
                  <div class="list-main"><strong>{k.name}</strong><span class="quiet">made {new Date(k.createdMs).toLocaleDateString()}</span></div>
                  <button class="button button-danger" onClick={() => revoke(k.id, k.name)}>Revoke {k.name}</button>
                </li>
              ))}
            </ul>
          )}
          <form class="inline-form" onSubmit={create}>
            <label>Name of the new key<input name="name" required maxLength={100} autocomplete="off" placeholder="sonarr" /></label>
            <button class="button button-primary" type="submit">Make a key</button>
          </form>
          {made && <p class="notice" role="status">The key "{made.name}" is <code class="secret">{made.key}</code>. Copy it now: Hearth keeps only a hash and cannot show it again.</p>}
        </section>
        <section aria-labelledby="password-heading">
          <h2 id="password-heading">Password</h2>
          <form class="form" onSubmit={password}>
            <label>New password<input name="password" type="password" required minLength={8} maxLength={1024} autocomplete="new-password" /></label>
            <label class="check"><input type="checkbox" name="revoke" />Also revoke all my API keys (if one may have leaked)</label>
            <button class="button" type="submit">Change password</button>
          </form>
          {note && <p class="notice" role="status">{note}</p>}
        </section>
        <QuickConnectBox />
      </div>
      {error && <ErrorBox message={error} />}
    </div>
  );
}
