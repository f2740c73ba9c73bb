import { useState } from 'preact/hooks';
import type { Me } from '../lib/api';
import { api } from '../lib/api';
import { useTitle } from '../lib/load';
import { rememberProfile } from '../lib/profiles';
import { ErrorBox, useAutofocus } from '../components/ui';

export function SetupPage({ onDone }: { onDone: (me: Me) => void }) {
  useTitle('Welcome');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useAutofocus<HTMLInputElement>();

  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const token = String(form.get('token') ?? '').trim();
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (password !== String(form.get('confirm') ?? '')) return setError('The two passwords are not the same.');
    setBusy(true);
    setError(null);
    try {
      const result = await api.setup(token, username, password);
      rememberProfile(result.user.name);
      onDone(result.user);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="auth" id="main">
      <form class="auth-card" onSubmit={submit}>
        <h1>Welcome to Hearth</h1>
        <p class="lead">Create the admin account. You need the setup token that <code>./hearth up</code> printed; it is also in the file <code>setup-token</code> in Hearth's data folder.</p>
        <label>Setup token<input ref={first} name="token" required autocomplete="off" spellcheck={false} /></label>
        <label>Your name<input name="username" required autocomplete="username" maxLength={64} /></label>
        <label>Password<input name="password" type="password" required minLength={8} autocomplete="new-password" /></label>
        <label>Password again<input name="confirm" type="password" required minLength={8} autocomplete="new-password" /></label>
        {error && <ErrorBox message={error} />}
        <button class="button button-primary" type="submit" disabled={busy}>{busy ? 'Creating…' : 'Create admin and start'}</button>
      </form>
    </main>
  );
}
