import { useState } from 'preact/hooks';
import { api } from '../lib/api';

// "Sign in a TV app": a Jellyfin app (Android TV on the Shield, Swiftfin, Findroid) shows a six-digit Quick Connect
// code; typing it here signs that app in as you, so nobody types a password with a remote.
export function QuickConnectBox() {
  const [code, setCode] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const approve = async (event: Event) => {
    event.preventDefault();
    const digits = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(digits)) {
      setResult({ ok: false, text: 'The code is the six digits the TV app shows.' });
      return;
    }
    setBusy(true);
    try {
      await api.approveQuickConnect(digits);
      setResult({ ok: true, text: `Approved: the TV app with code ${digits} is now signed in as you.` });
      setCode('');
    } catch (e) {
      setResult({ ok: false, text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="quick-connect-heading">
      <h2 id="quick-connect-heading">Sign in a TV app</h2>
      <p class="quiet">In a Jellyfin app on the TV, choose Quick Connect: it shows a six-digit code. Type it here to sign that app in as you.</p>
      <form class="inline-form" onSubmit={approve}>
        <label>Code shown on the TV
          <input name="code" inputMode="numeric" autocomplete="off" maxLength={7} pattern="\d{3} ?\d{3}" required placeholder="123456"
            value={code} onInput={(e) => setCode((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button class="button button-primary" type="submit" disabled={busy}>Approve</button>
      </form>
      {result && <p class={result.ok ? 'notice' : 'notice notice-error'} role={result.ok ? 'status' : 'alert'}>{result.text}</p>}
    </section>
  );
}
