import { useState } from 'preact/hooks';
import type { ArrApp, CustomFormat, FormatCondition } from '../../lib/api';
import { api } from '../../lib/api';
import { useLoad, useTitle } from '../../lib/load';
import { ErrorBox, Spinner } from '../../components/ui';
import { AutomationNav, message } from './nav';

const kinds: [FormatCondition['kind'], string, string][] = [
  ['releaseTitle', 'Release title', 'a regular expression, e.g. \\bREMUX\\b'],
  ['releaseGroup', 'Release group', 'a regular expression'],
  ['edition', 'Edition', 'a regular expression'],
  ['language', 'Language', 'English, French, Original…'],
  ['source', 'Source', 'WEBDL, Bluray, Television…'],
  ['resolution', 'Resolution', '1080, 2160…'],
  ['qualityModifier', 'Quality modifier', 'REMUX, BRDISK…'],
  ['size', 'Size (GB)', ''],
  ['indexerFlag', 'Indexer flag', 'Freeleech, Internal…'],
  ['releaseType', 'Release type', 'SingleEpisode, MultiEpisode, SeasonPack'],
  ['year', 'Year', ''],
];
const kindName = (kind: string) => kinds.find(([k]) => k === kind)?.[1] ?? kind;

/** Custom formats: paste the *arr or TRaSH JSON people already use, export it back, or write one here. */
export function FormatsPage({ admin }: { admin: boolean }) {
  useTitle('Custom formats');
  const formats = useLoad(() => api.customFormats(), []);
  const [editing, setEditing] = useState<CustomFormat | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exported, setExported] = useState<{ id: number; text: string } | null>(null);

  const act = async (work: () => Promise<string>) => {
    try {
      setNote(await work());
      setError(null);
      formats.reload();
    } catch (e) {
      setError(message(e));
      setNote(null);
    }
  };
  const importPasted = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    void act(async () => {
      const imported = await api.importFormats(String(data.get('json') ?? ''), String(data.get('app')) as ArrApp);
      form.reset();
      return `Imported ${imported.map((i) => `${i.format.name}${i.suggestedScore !== null ? ` (suggested score ${i.suggestedScore})` : ''}`).join(', ')}. Give them scores in a profile.`;
    });
  };
  const exportOne = async (f: CustomFormat, app: ArrApp) => {
    try {
      setExported({ id: f.id!, text: JSON.stringify(await api.exportFormat(f.id!, app), null, 2) });
    } catch (e) {
      setError(message(e));
    }
  };

  return (
    <div class="page">
      <h1>Custom formats</h1>
      <AutomationNav current="/formats" />
      <p class="quiet">A custom format names releases by their conditions (a title pattern, a source, a group…); profiles give each format a score, and the score ranks and gates releases.</p>
      {note && <p role="status">{note}</p>}
      {error && <ErrorBox message={error} />}
      {admin && (
        <form class="form" onSubmit={importPasted} aria-labelledby="import-heading">
          <h2 id="import-heading">Paste from Radarr, Sonarr or the TRaSH guides</h2>
          <label>The JSON (one format or an array)<textarea name="json" required rows={6} spellcheck={false} placeholder={'{"name": "x265 (HD)", "specifications": [ … ]}'} /></label>
          <div class="inline-form">
            <label>Written by<select name="app"><option value="radarr">Radarr (and TRaSH's Radarr guides)</option><option value="sonarr">Sonarr (and TRaSH's Sonarr guides)</option></select></label>
            <button class="button button-primary" type="submit">Import</button>
            <button class="button" type="button" onClick={() => setEditing({ id: 0, name: '', includeWhenRenaming: false, conditions: [] })}>New format</button>
          </div>
        </form>
      )}
      {editing && <FormatEditor key={editing.id} format={editing} onDone={(text) => { setEditing(null); void act(async () => text); }} onCancel={() => setEditing(null)} />}
      <section class="results" aria-labelledby="formats-heading">
        <h2 id="formats-heading">{formats.data?.length ?? 0} formats</h2>
        {formats.error && <ErrorBox message={formats.error} retry={formats.reload} />}
        {!formats.data && !formats.error && <Spinner label="Loading custom formats" />}
        <ul class="list">
          {formats.data?.map((f) => (
            <li key={f.id} class="list-item">
              <span class="list-main">
                <strong>{f.name}</strong>
                <span class="quiet">{f.conditions.map((c) => `${c.required ? 'must ' : ''}${c.negate ? 'not ' : ''}${kindName(c.kind)} ${c.kind === 'size' ? `${c.min ?? 0}–${c.max ?? '∞'} GB` : c.value}`).join('; ') || 'no conditions'}</span>
              </span>
              <button class="button" onClick={() => void exportOne(f, 'radarr')}>Export (Radarr)</button>
              <button class="button" onClick={() => void exportOne(f, 'sonarr')}>Export (Sonarr)</button>
              {admin && <button class="button" onClick={() => setEditing(f)}>Edit</button>}
              {admin && <button class="button button-quiet button-danger" onClick={() => { if (confirm(`Remove ${f.name}?`)) void act(async () => { await api.deleteFormat(f.id!); return `${f.name} is removed.`; }); }}>Remove</button>}
              {exported?.id === f.id && <textarea class="exported" readOnly rows={10} aria-label={`${f.name} as JSON`} value={exported?.text} onFocus={(e) => (e.currentTarget as HTMLTextAreaElement).select()} />}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function FormatEditor({ format, onDone, onCancel }: { format: CustomFormat; onDone: (note: string) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState<CustomFormat>(format);
  const [error, setError] = useState<string | null>(null);
  const setCondition = (i: number, change: Partial<FormatCondition>) => setDraft({ ...draft, conditions: draft.conditions.map((c, j) => (j === i ? { ...c, ...change } : c)) });
  const save = async (event: Event) => {
    event.preventDefault();
    try {
      const saved = await api.saveFormat(draft);
      onDone(`${saved.name} is saved.`);
    } catch (e) {
      setError(message(e));
    }
  };
  return (
    <form class="form format-editor" onSubmit={save} aria-label={format.id ? `Edit ${format.name}` : 'New custom format'}>
      <h2>{format.id ? `Edit ${format.name}` : 'New custom format'}</h2>
      <label>Name<input required maxLength={100} value={draft.name} onInput={(e) => setDraft({ ...draft, name: (e.currentTarget as HTMLInputElement).value })} /></label>
      <label class="check"><input type="checkbox" checked={draft.includeWhenRenaming ?? false} onChange={(e) => setDraft({ ...draft, includeWhenRenaming: (e.currentTarget as HTMLInputElement).checked })} />Include in file names when renaming</label>
      <fieldset>
        <legend>Conditions (of one kind, one must hold; every kind must hold)</legend>
        <ol class="list">
          {draft.conditions.map((c, i) => (
            <li key={i} class="list-item condition">
              <label>Name<input value={c.name} onInput={(e) => setCondition(i, { name: (e.currentTarget as HTMLInputElement).value })} /></label>
              <label>Kind
                <select value={c.kind} onChange={(e) => setCondition(i, { kind: (e.currentTarget as HTMLSelectElement).value as FormatCondition['kind'] })}>
                  {kinds.map(([k, label]) => <option key={k} value={k}>{label}</option>)}
                </select>
              </label>
              {c.kind === 'size'
                ? <>
                  <label>From GB<input type="number" step="0.1" min={0} value={c.min ?? ''} onInput={(e) => setCondition(i, { min: Number((e.currentTarget as HTMLInputElement).value) })} /></label>
                  <label>To GB<input type="number" step="0.1" min={0} value={c.max ?? ''} onInput={(e) => setCondition(i, { max: Number((e.currentTarget as HTMLInputElement).value) })} /></label>
                </>
                : <label>Value<input value={c.value ?? ''} spellcheck={false} placeholder={kinds.find(([k]) => k === c.kind)?.[2]} onInput={(e) => setCondition(i, { value: (e.currentTarget as HTMLInputElement).value })} /></label>}
              <label class="check"><input type="checkbox" checked={c.negate ?? false} onChange={(e) => setCondition(i, { negate: (e.currentTarget as HTMLInputElement).checked })} />Not</label>
              <label class="check"><input type="checkbox" checked={c.required ?? false} onChange={(e) => setCondition(i, { required: (e.currentTarget as HTMLInputElement).checked })} />Required</label>
              <button type="button" class="button button-quiet button-danger" onClick={() => setDraft({ ...draft, conditions: draft.conditions.filter((_, j) => j !== i) })}>Remove</button>
            </li>
          ))}
        </ol>
        <button type="button" class="button" onClick={() => setDraft({ ...draft, conditions: [...draft.conditions, { name: 'Title', kind: 'releaseTitle', value: '', negate: false, required: false }] })}>Add a condition</button>
      </fieldset>
      {error && <ErrorBox message={error} />}
      <div class="inline-form">
        <button class="button button-primary" type="submit">Save format</button>
        <button class="button" type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
