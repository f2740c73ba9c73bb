// The admin's metadata tools for one item: identify it (search the providers or paste an id), edit its fields
// (each edit is locked against refreshes; a lock can be released), and choose its poster or backdrop.
import { useState } from 'preact/hooks';
import type { Candidate, ItemDetail, ItemMetadata, PictureRole, RemoteImage } from '../lib/api';
import { api, previewUrl } from '../lib/api';
import { useLoad } from '../lib/load';
import { Dialog } from '../components/dialog';
import { ErrorBox, Spinner, useAutofocus } from '../components/ui';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const providerName: Record<string, string> = { tmdb: 'TMDB', tvmaze: 'TVmaze', imdb: 'IMDb', tvdb: 'TVDB' };
export const providerLabel = (p: string) => providerName[p] ?? p;

/** Search the providers by title and year and pick a candidate, or give an id; `onDone` after the match is applied. */
export function IdentifyDialog({ itemId, title, year, kind, onClose, onDone }: {
  itemId: string; title: string; year: number | null; kind: string; onClose: () => void; onDone: (m: ItemMetadata) => void;
}) {
  const [typed, setTyped] = useState({ title, year: year ? String(year) : '' });
  const [results, setResults] = useState<Candidate[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [applying, setApplying] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const first = useAutofocus<HTMLInputElement>();

  const search = async (event?: Event) => {
    event?.preventDefault();
    const y = typed.year.trim() ? Number(typed.year) : null;
    if (y !== null && !Number.isInteger(y)) { setError('The year is a number such as 1982.'); return; }
    setSearching(true);
    try { setResults(await api.identifySearch(itemId, typed.title.trim(), y)); setError(null); } catch (e) { setError(message(e)); } finally { setSearching(false); }
  };
  const choose = async (label: string, choice: Parameters<typeof api.identify>[1]) => {
    setApplying(label);
    try { onDone(await api.identify(itemId, choice)); } catch (e) { setError(message(e)); setApplying(null); }
  };
  const byId = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const id = String(form.get('external') ?? '').trim();
    if (!id) return;
    // an IMDb id starts with tt; a number is TMDB's unless TVDB is picked
    const source = String(form.get('source'));
    await choose(id, source === 'imdb' || /^tt\d+$/.test(id) ? { imdb: id } : source === 'tvdb' ? { tvdb: id } : { tmdb: id });
  };

  return (
    <Dialog title={`Identify ${title}`} onClose={onClose} wide>
      <form class="inline-form identify-search" onSubmit={search} role="search">
        <label>Title<input ref={first} name="title" value={typed.title} required onInput={(e) => setTyped((t) => ({ ...t, title: (e.currentTarget as HTMLInputElement).value }))} /></label>
        <label>Year<input name="year" value={typed.year} inputMode="numeric" maxLength={4} size={5} onInput={(e) => setTyped((t) => ({ ...t, year: (e.currentTarget as HTMLInputElement).value }))} /></label>
        <button class="button button-primary" type="submit" disabled={searching}>{searching ? 'Searching…' : 'Search'}</button>
      </form>
      {error && <ErrorBox message={error} />}
      {searching && <Spinner label="Searching the providers" />}
      {results && results.length === 0 && <p class="quiet">The providers know nothing by that name. Try another title, leave the year out, or give an id below.</p>}
      {results && results.length > 0 && (
        <ul class="candidates" aria-label="What the providers found">
          {results.map((c) => (
            <li key={`${c.provider}-${c.id}`}>
              <button class="candidate" disabled={!!applying} onClick={() => choose(c.title, { provider: c.provider, id: c.id })}
                aria-label={`${c.title}${c.year ? `, ${c.year}` : ''}, from ${providerLabel(c.provider)}`}>
                <span class="art candidate-art">
                  {c.posterUrl && <img src={previewUrl(itemId, c.posterUrl)} alt="" loading="lazy" onError={(e) => (e.currentTarget as HTMLImageElement).classList.add('missing')} />}
                  <span class="art-fallback" aria-hidden="true">{c.title}</span>
                </span>
                <span class="candidate-text">
                  <span><strong>{c.title}</strong>{c.year && <span class="quiet"> ({c.year})</span>}</span>
                  {c.originalTitle && c.originalTitle !== c.title && <span class="quiet candidate-original">{c.originalTitle}</span>}
                  <span class="candidate-overview">{c.overview ?? 'No overview.'}</span>
                  <span class="quiet">{providerLabel(c.provider)} {c.id}{applying === c.title && ' · applying…'}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="inline-form" onSubmit={byId}>
        <label>Or an id
          <input name="external" placeholder={kind === 'show' ? 'tt0475784, 1399' : 'tt0083658, 78'} spellcheck={false} autocomplete="off" />
        </label>
        <label>from
          <select name="source"><option value="tmdb">TMDB (a number)</option><option value="imdb">IMDb (tt…)</option><option value="tvdb">TVDB</option></select>
        </label>
        <button class="button" type="submit" disabled={!!applying}>Use this id</button>
      </form>
      {applying && <p role="status">Applying {applying}…</p>}
    </Dialog>
  );
}

const fields: { key: string; label: string; kind?: 'long' | 'list' | 'number' | 'date' }[] = [
  { key: 'title', label: 'Title' },
  { key: 'sortTitle', label: 'Sort title' },
  { key: 'originalTitle', label: 'Original title' },
  { key: 'year', label: 'Year', kind: 'number' },
  { key: 'overview', label: 'Overview', kind: 'long' },
  { key: 'tagline', label: 'Tagline' },
  { key: 'genres', label: 'Genres (comma between them)', kind: 'list' },
  { key: 'studios', label: 'Studios (comma between them)', kind: 'list' },
  { key: 'rating', label: 'Rating (0 to 10)', kind: 'number' },
  { key: 'officialRating', label: 'Certification' },
  { key: 'premiered', label: 'Premiere date', kind: 'date' },
];

function current(detail: ItemDetail, key: string): string {
  const { item } = detail;
  switch (key) {
    case 'title': return item.title;
    case 'sortTitle': return '';
    case 'originalTitle': return detail.originalTitle ?? '';
    case 'year': return item.year ? String(item.year) : '';
    case 'overview': return detail.overview ?? '';
    case 'tagline': return detail.tagline ?? '';
    case 'genres': return detail.genres.join(', ');
    case 'studios': return detail.studios.join(', ');
    case 'rating': return item.rating != null ? String(item.rating) : '';
    case 'officialRating': return item.officialRating ?? '';
    case 'premiered': return detail.premiered?.slice(0, 10) ?? '';
    default: return '';
  }
}

/** Edits fields; what changes is sent and locked. Locked fields show a lock and a button to release it. */
export function EditDialog({ detail, metadata, onClose, onDone }: { detail: ItemDetail; metadata: ItemMetadata | undefined; onClose: () => void; onDone: () => void }) {
  const locked = new Set(metadata?.lockedFields ?? []);
  const [unlock, setUnlock] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const first = useAutofocus<HTMLInputElement>();

  const save = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const edit: Record<string, unknown> = {};
    for (const f of fields) {
      const value = String(form.get(f.key) ?? '').trim();
      if (value === current(detail, f.key)) continue;
      if (f.kind === 'list') edit[f.key] = value.split(',').map((v) => v.trim()).filter(Boolean);
      else if (f.kind === 'number') {
        if (value === '') continue;
        const n = Number(value);
        if (!Number.isFinite(n)) { setError(`${f.label} is a number.`); return; }
        edit[f.key] = f.key === 'year' ? Math.round(n) : n;
      } else edit[f.key] = value;
    }
    if (unlock.length > 0) edit.unlock = unlock;
    if (Object.keys(edit).length === 0) { onClose(); return; }
    setSaving(true);
    try { await api.editMetadata(detail.item.id, edit); onDone(); } catch (e) { setError(message(e)); setSaving(false); }
  };

  return (
    <Dialog title={`Edit ${detail.item.title}`} onClose={onClose} wide>
      <p class="quiet">A field you change is locked: refreshes and rescans leave it as you set it. Locked fields say so, and can be unlocked.</p>
      <form class="form edit-fields" onSubmit={save}>
        {fields.map((f, i) => {
          const isLocked = locked.has(f.key) && !unlock.includes(f.key);
          const label = <span>{f.label}{isLocked && <span class="pill lock">Locked</span>}</span>;
          const common = { name: f.key, defaultValue: current(detail, f.key), 'aria-describedby': isLocked ? `${f.key}-lock` : undefined };
          return (
            <div key={f.key} class={`edit-field ${f.kind === 'long' ? 'edit-field-long' : ''}`}>
              <label>
                {label}
                {f.kind === 'long'
                  ? <textarea {...common} rows={5} />
                  : <input {...common} ref={i === 0 ? first : undefined} type={f.kind === 'date' ? 'date' : 'text'} inputMode={f.kind === 'number' ? 'decimal' : undefined} autocomplete="off" />}
              </label>
              {isLocked && (
                <p class="quiet" id={`${f.key}-lock`}>
                  Locked. <button type="button" class="button button-quiet" onClick={() => setUnlock((u) => [...u, f.key])}>Unlock {f.label.split(' (')[0].toLowerCase()}</button>
                </p>
              )}
              {locked.has(f.key) && !isLocked && <p class="quiet">Unlocked when you save: the next refresh may change it.</p>}
            </div>
          );
        })}
        {error && <ErrorBox message={error} />}
        <div class="actions">
          <button class="button button-primary" type="submit" disabled={saving}>{saving ? 'Saving…' : 'Save'}</button>
          <button class="button" type="button" onClick={onClose}>Cancel</button>
        </div>
      </form>
    </Dialog>
  );
}

const languageNames = typeof Intl !== 'undefined' && 'DisplayNames' in Intl ? new Intl.DisplayNames(['en'], { type: 'language' }) : null;
function languageLabel(code: string | null): string {
  if (!code) return 'No text';
  try { return languageNames?.of(code) ?? code; } catch { return code; }
}

/** The provider's pictures of one role as a grid with language and size; picking one downloads and locks it. */
export function PictureDialog({ itemId, title, role, onClose, onDone }: { itemId: string; title: string; role: PictureRole; onClose: () => void; onDone: () => void }) {
  const list = useLoad(() => api.remoteImages(itemId, role), [itemId, role]);
  const [error, setError] = useState<string | null>(null);
  const [applying, setApplying] = useState<string | null>(null);
  const choose = async (image: RemoteImage) => {
    setApplying(image.url);
    try { await api.chooseImage(itemId, role, image.url); onDone(); } catch (e) { setError(message(e)); setApplying(null); }
  };
  return (
    <Dialog title={`Choose a ${role} for ${title}`} onClose={onClose} wide>
      {list.error && <ErrorBox message={list.error} retry={list.reload} />}
      {!list.data && !list.error && <Spinner label="Loading pictures" />}
      {list.data && list.data.length === 0 && <p class="quiet">The provider lists no {role}s for this title. Identify it first, or refresh its metadata.</p>}
      {error && <ErrorBox message={error} />}
      {list.data && list.data.length > 0 && (
        <ul class={`pictures pictures-${role}`} aria-label={`The provider's ${role}s`}>
          {list.data.map((image, i) => {
            const size = image.width && image.height ? `${image.width}×${image.height}` : null;
            const label = [`${role[0].toUpperCase()}${role.slice(1)} ${i + 1}`, languageLabel(image.language), size, image.voteAverage ? `rated ${image.voteAverage.toFixed(1)}` : null].filter(Boolean).join(', ');
            return (
              <li key={image.url}>
                <button class="picture" aria-label={label} disabled={!!applying} onClick={() => choose(image)}>
                  <span class="art picture-art">
                    <img src={previewUrl(itemId, image.url)} alt="" loading="lazy" onError={(e) => (e.currentTarget as HTMLImageElement).classList.add('missing')} />
                    <span class="art-fallback" aria-hidden="true">{languageLabel(image.language)}</span>
                  </span>
                  <span class="picture-facts">{languageLabel(image.language)}{size && ` · ${size}`}{i === 0 && ' · best'}{applying === image.url && ' · applying…'}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </Dialog>
  );
}
