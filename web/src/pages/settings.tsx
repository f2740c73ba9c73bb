// Admin → Settings: the common settings, saved to settings.json in the data folder. Plain form controls, so a
// keyboard or a TV remote moves through them and Enter saves; each says whether it applies at once or after a restart.
import { useState } from 'preact/hooks';
import type { Setting } from '../lib/api';
import { api } from '../lib/api';
import { useLoad } from '../lib/load';
import { ErrorBox, Spinner } from '../components/ui';

const labels: Record<string, string> = {
  'Streaming:MaxConcurrentTranscodes': 'Transcodes at once',
  'Streaming:HardwareAcceleration': 'Hardware acceleration',
  'Streaming:LocalMaxBitrate': 'Bitrate limit, LAN and tailnet (bits/s)',
  'Streaming:RemoteMaxBitrate': 'Bitrate limit, elsewhere (bits/s)',
  'Library:RescanInterval': 'Rescan every (hh:mm:ss)',
  'Library:Watch': 'Watch library folders',
  'Metadata:Tmdb:ApiKey': 'TMDB API key',
  'Metadata:Language': 'Metadata language',
  'Metadata:Country': 'Certification country',
};

const fieldName = (key: string) => key.replaceAll(':', '-');

export function Settings() {
  const data = useLoad(() => api.settings(), []);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const save = async (event: Event) => {
    event.preventDefault();
    if (!data.data) return;
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const values: Record<string, string> = {};
    for (const s of data.data.settings) {
      if (s.environment) continue;
      if (s.kind === 'secret') {
        // a secret is never shown: an empty box keeps it, "clear" removes it
        const typed = String(form.get(fieldName(s.key)) ?? '').trim();
        if (form.get(`${fieldName(s.key)}-clear`) === 'on') values[s.key] = '';
        else if (typed) values[s.key] = typed;
        continue;
      }
      const value = s.kind === 'boolean' ? (form.get(fieldName(s.key)) === 'on' ? 'true' : 'false') : String(form.get(fieldName(s.key)) ?? '').trim();
      if (value !== (s.value ?? '')) values[s.key] = value;
    }
    if (Object.keys(values).length === 0) { setNote('Nothing changed.'); setError(null); return; }
    try {
      await api.saveSettings(values);
      const restart = data.data.settings.filter((s) => s.key in values && s.restart);
      setNote(restart.length > 0
        ? `Saved. ${restart.map((s) => labels[s.key] ?? s.key).join(', ')} will apply after Hearth restarts; the rest applies to the next playback.`
        : 'Saved. It applies to the next playback.');
      setError(null);
      data.reload();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setNote(null);
    }
  };

  if (data.error && !data.data) return <ErrorBox message={data.error} retry={data.reload} />;
  if (!data.data) return <Spinner label="Loading settings" />;
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <p class="quiet">Saved to <code>{data.data.file}</code>. Environment variables <code>HEARTH_Section__Key</code> win over it.</p>
      <form class="form" onSubmit={save}>
        {data.data.settings.map((s) => <Field key={s.key} setting={s} />)}
        {error && <ErrorBox message={error} />}
        {note && <p class="notice" role="status">{note}</p>}
        <button class="button button-primary" type="submit">Save settings</button>
      </form>
    </section>
  );
}

function Field({ setting: s }: { setting: Setting }) {
  const label = labels[s.key] ?? s.key;
  const name = fieldName(s.key);
  const locked = !!s.environment;
  const when = s.restart ? 'Applies after a restart.' : s.key.startsWith('Metadata:') ? 'Applies to the next refresh.' : 'Applies to the next playback.';
  const help = `${s.description}. ${locked ? `Set by ${s.environment}; change it there.` : when}`;
  const described = `${name}-help`;
  if (s.kind === 'secret') {
    return (
      <div>
        <label>
          {label} <span class="pill">{s.isSet ? 'set' : 'not set'}</span>
          <input name={name} type="password" defaultValue="" disabled={locked} aria-describedby={described} autocomplete="off"
            placeholder={s.isSet ? 'Type a new one to replace it' : 'Paste the key'} spellcheck={false} />
        </label>
        {s.isSet && !locked && <label class="check"><input type="checkbox" name={`${name}-clear`} />Clear the {label}</label>}
        <p class="quiet" id={described}>{help} It is never shown again once saved.</p>
      </div>
    );
  }
  if (s.kind === 'boolean') {
    return (
      <div>
        <label class="check"><input type="checkbox" name={name} defaultChecked={s.value === 'true'} disabled={locked} aria-describedby={described} />{label}</label>
        <p class="quiet" id={described}>{help}</p>
      </div>
    );
  }
  return (
    <div>
      <label>
        {label}
        {s.kind === 'choice'
          ? <select name={name} defaultValue={s.value ?? ''} disabled={locked} aria-describedby={described}>{(s.choices ?? []).map((c) => <option key={c} value={c}>{c}</option>)}</select>
          : <input name={name} defaultValue={s.value ?? ''} disabled={locked} aria-describedby={described}
              inputMode={s.kind === 'integer' || s.kind === 'bitrate' ? 'numeric' : undefined} autocomplete="off" />}
      </label>
      <p class="quiet" id={described}>{help}</p>
    </div>
  );
}
