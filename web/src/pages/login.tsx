import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Me } from '../lib/api';
import { api } from '../lib/api';
import { useTitle } from '../lib/load';
import { initials, knownProfiles, profileHue, rememberProfile } from '../lib/profiles';
import { ErrorBox } from '../components/ui';

export function LoginPage({ onDone }: { onDone: (me: Me) => void }) {
  useTitle('Sign in');
  const profiles = knownProfiles();
  const [picked, setPicked] = useState<string | null>(profiles.length ? null : '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const password = useRef<HTMLInputElement>(null);
  const name = useRef<HTMLInputElement>(null);
  const firstTile = useRef<HTMLButtonElement>(null);

  // before the browser paints, not after: a late focus move would steal typing that has already begun
  // in the next field (seen on a loaded machine, where the password went into the name field)
  useLayoutEffect(() => {
    if (picked === null) firstTile.current?.focus();
    else if (picked) password.current?.focus();
    else name.current?.focus();
  }, [picked]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(null);
    try {
      const result = await api.login(String(form.get('username') ?? '').trim(), String(form.get('password') ?? ''));
      rememberProfile(result.user.name);
      onDone(result.user);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      password.current?.select();
    } finally {
      setBusy(false);
    }
  };

  if (picked === null) {
    return (
      <main class="auth" id="main">
        <div class="picker">
          <h1>Who's watching?</h1>
          <ul class="profiles">
            {profiles.map((p, i) => (
              <li key={p}>
                <button ref={i === 0 ? firstTile : undefined} class="profile" onClick={() => setPicked(p)}>
                  <span class="avatar avatar-large" style={{ '--hue': profileHue(p) }} aria-hidden="true">{initials(p)}</span>
                  <span>{p}</span>
                </button>
              </li>
            ))}
            <li>
              <button class="profile" onClick={() => setPicked('')}>
                <span class="avatar avatar-large avatar-add" aria-hidden="true">+</span>
                <span>Someone else</span>
              </button>
            </li>
          </ul>
        </div>
      </main>
    );
  }

  return (
    <main class="auth" id="main">
      <form class="auth-card" onSubmit={submit}>
        <h1>{picked ? `Hello, ${picked}` : 'Sign in'}</h1>
        <label class={picked ? 'visually-hidden' : undefined}>Name<input ref={name} name="username" required autocomplete="username" defaultValue={picked} /></label>
        <label>Password<input ref={password} name="password" type="password" required autocomplete="current-password" /></label>
        {error && <ErrorBox message={error} />}
        <button class="button button-primary" type="submit" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button>
        {profiles.length > 0 && <button type="button" class="button button-quiet" onClick={() => { setError(null); setPicked(null); }}>Choose someone else</button>}
      </form>
    </main>
  );
}
