import { useEffect, useState } from 'preact/hooks';
import type { CustomFormat, DelayProfile, QualityProfile } from '../../lib/api';
import { api } from '../../lib/api';
import { useLoad, useTitle } from '../../lib/load';
import { ErrorBox, Spinner } from '../../components/ui';
import { AutomationNav, message } from './nav';

/** Quality profiles: the ladder of qualities (best last, as the *arr apps show it reversed: best first here), cutoff, scores. */
export function ProfilesPage({ admin }: { admin: boolean }) {
  useTitle('Profiles');
  const profiles = useLoad(() => api.profiles(), []);
  const formats = useLoad(() => api.customFormats(), []);
  const [editing, setEditing] = useState<QualityProfile | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const remove = async (p: QualityProfile) => {
    if (!confirm(`Remove the profile ${p.name}?`)) return;
    try {
      await api.deleteProfile(p.id);
      setNote(`${p.name} is removed.`);
      setError(null);
      profiles.reload();
    } catch (e) {
      setError(message(e));
    }
  };

  return (
    <div class="page">
      <h1>Profiles</h1>
      <AutomationNav current="/profiles" />
      <p class="quiet">A profile says which qualities a title may have, which is good enough (the cutoff), and how custom formats score releases.</p>
      {note && <p role="status">{note}</p>}
      {error && <ErrorBox message={error} />}
      {profiles.error && <ErrorBox message={profiles.error} retry={profiles.reload} />}
      {!profiles.data && !profiles.error && <Spinner label="Loading profiles" />}
      <ul class="list">
        {profiles.data?.map((p) => (
          <li key={p.id} class="list-item">
            <span class="list-main">
              <strong>{p.name}</strong>
              <span class="quiet">{p.items.filter((i) => i.allowed).map((i) => i.name).reverse().join(', ')} · cutoff {p.cutoff}{p.upgradesAllowed ? '' : ' · no upgrades'}</span>
            </span>
            {admin && <button class="button" onClick={() => setEditing(p)}>Edit</button>}
            {admin && <button class="button" onClick={() => setEditing({ ...p, id: 0, name: `${p.name} copy` })}>Copy</button>}
            {admin && <button class="button button-quiet button-danger" onClick={() => void remove(p)}>Remove</button>}
          </li>
        ))}
      </ul>
      <DelayForm admin={admin} />
      {editing && formats.data && (
        <ProfileEditor key={`${editing.id}-${editing.name}`} profile={editing} formats={formats.data}
          onSaved={(saved) => { setEditing(null); setNote(`${saved.name} is saved.`); setError(null); profiles.reload(); }} onCancel={() => setEditing(null)} />
      )}
    </div>
  );
}

function ProfileEditor({ profile, formats, onSaved, onCancel }: { profile: QualityProfile; formats: CustomFormat[]; onSaved: (p: QualityProfile) => void; onCancel: () => void }) {
  // shown best first; the API's order is worst first
  const [draft, setDraft] = useState<QualityProfile>(() => ({ ...profile, items: [...profile.items].reverse() }));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { document.getElementById('profile-name')?.focus(); }, []);
  const scoreOf = (id: number) => draft.formatItems.find((f) => f.format === id)?.score ?? 0;
  const setScore = (id: number, name: string, score: number) =>
    setDraft({ ...draft, formatItems: [...draft.formatItems.filter((f) => f.format !== id), { format: id, name, score }] });
  const move = (index: number, by: number) => {
    const items = [...draft.items];
    const [item] = items.splice(index, 1);
    items.splice(Math.max(0, Math.min(items.length, index + by)), 0, item);
    setDraft({ ...draft, items });
  };
  const number = (e: Event) => Number((e.currentTarget as HTMLInputElement).value) || 0;

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      onSaved(await api.saveProfile({ ...draft, items: [...draft.items].reverse() }));
    } catch (e) {
      setError(message(e));
    }
  };

  return (
    <form class="form profile-editor" onSubmit={save} aria-label={`Edit the profile ${profile.name}`}>
      <h2>{profile.id ? `Edit ${profile.name}` : 'New profile'}</h2>
      <label>Name<input id="profile-name" required maxLength={100} value={draft.name} onInput={(e) => setDraft({ ...draft, name: (e.currentTarget as HTMLInputElement).value })} /></label>
      <fieldset>
        <legend>Qualities, best first</legend>
        <ol class="ladder">
          {draft.items.map((item, i) => (
            <li key={item.name} class="list-item">
              <label class="check"><input type="checkbox" checked={item.allowed} onChange={(e) => setDraft({ ...draft, items: draft.items.map((x, j) => (j === i ? { ...x, allowed: (e.currentTarget as HTMLInputElement).checked } : x)) })} />
                {item.name}{item.qualities.length > 1 && <span class="quiet"> ({item.qualities.join(', ')})</span>}</label>
              <button type="button" class="button button-quiet" aria-label={`Move ${item.name} up`} disabled={i === 0} onClick={() => move(i, -1)}>↑</button>
              <button type="button" class="button button-quiet" aria-label={`Move ${item.name} down`} disabled={i === draft.items.length - 1} onClick={() => move(i, 1)}>↓</button>
            </li>
          ))}
        </ol>
      </fieldset>
      <div class="inline-form">
        <label>Good enough at (cutoff)
          <select value={draft.cutoff} onChange={(e) => setDraft({ ...draft, cutoff: (e.currentTarget as HTMLSelectElement).value })}>
            {draft.items.filter((i) => i.allowed).map((i) => <option key={i.name} value={i.name}>{i.name}</option>)}
          </select>
        </label>
        <label class="check"><input type="checkbox" checked={draft.upgradesAllowed} onChange={(e) => setDraft({ ...draft, upgradesAllowed: (e.currentTarget as HTMLInputElement).checked })} />Upgrades allowed</label>
      </div>
      <div class="inline-form">
        <label>Minimum format score<input type="number" value={draft.minFormatScore} onInput={(e) => setDraft({ ...draft, minFormatScore: number(e) })} /></label>
        <label>Upgrade until score<input type="number" value={draft.cutoffFormatScore} onInput={(e) => setDraft({ ...draft, cutoffFormatScore: number(e) })} /></label>
        <label>Minimum score increment<input type="number" min={1} value={draft.minUpgradeFormatScore} onInput={(e) => setDraft({ ...draft, minUpgradeFormatScore: number(e) })} /></label>
      </div>
      <label>Languages (empty for any; "Original" for the title's own)<input value={draft.languages.join(', ')} onInput={(e) => setDraft({ ...draft, languages: (e.currentTarget as HTMLInputElement).value.split(',').map((s) => s.trim()).filter(Boolean) })} /></label>
      {formats.length > 0 && (
        <fieldset>
          <legend>Custom format scores</legend>
          <div class="scores">
            {formats.map((f) => <label key={f.id}>{f.name}<input type="number" value={scoreOf(f.id!)} onInput={(e) => setScore(f.id!, f.name, number(e))} /></label>)}
          </div>
        </fieldset>
      )}
      {error && <ErrorBox message={error} />}
      <div class="inline-form">
        <button class="button button-primary" type="submit">Save profile</button>
        <button class="button" type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}

/** The delay profile: how long a new release waits before it is grabbed, so a better one can come first. */
function DelayForm({ admin }: { admin: boolean }) {
  const delay = useLoad(() => api.delayProfile(), []);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!delay.data) return delay.error ? <ErrorBox message={delay.error} retry={delay.reload} /> : null;
  const d = delay.data;
  const save = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const score = String(form.get('bypassScore') ?? '').trim();
    const input: DelayProfile = {
      preferredProtocol: String(form.get('preferredProtocol')),
      torrentDelay: Number(form.get('torrentDelay')) || 0,
      usenetDelay: Number(form.get('usenetDelay')) || 0,
      bypassIfHighestQuality: form.get('bypassIfHighestQuality') === 'on',
      bypassIfFormatScoreAtLeast: score === '' ? null : Number(score),
    };
    try {
      await api.saveDelayProfile(input);
      setNote('The delay profile is saved.');
      setError(null);
      delay.reload();
    } catch (e) {
      setError(message(e));
      setNote(null);
    }
  };
  return (
    <form class="form results" onSubmit={save} aria-labelledby="delay-heading">
      <h2 id="delay-heading">Delay</h2>
      <p class="quiet">A new release waits this long before it is grabbed, so a better one (or one of the preferred protocol) can come first. 0 grabs at once.</p>
      <fieldset disabled={!admin} class="inline-form">
        <label>Preferred protocol<select name="preferredProtocol" defaultValue={d.preferredProtocol}><option value="torrent">Torrent</option><option value="usenet">Usenet</option></select></label>
        <label>Torrent delay (minutes)<input name="torrentDelay" type="number" min={0} max={10080} defaultValue={String(d.torrentDelay)} /></label>
        <label>Usenet delay (minutes)<input name="usenetDelay" type="number" min={0} max={10080} defaultValue={String(d.usenetDelay)} /></label>
        <label class="check"><input name="bypassIfHighestQuality" type="checkbox" defaultChecked={d.bypassIfHighestQuality} />No wait for the profile's best quality</label>
        <label>No wait from format score<input name="bypassScore" type="number" defaultValue={d.bypassIfFormatScoreAtLeast?.toString() ?? ''} placeholder="never" /></label>
        {admin && <button class="button button-primary" type="submit">Save delay</button>}
      </fieldset>
      {note && <p role="status">{note}</p>}
      {error && <ErrorBox message={error} />}
    </form>
  );
}
