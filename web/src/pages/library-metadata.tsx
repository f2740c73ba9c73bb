// A library's online metadata on the admin's Libraries tab: what it gets and how to get more (the sentence the
// server writes), its unmatched titles, a refresh of all its titles, whether Hearth writes NFO files, and the
// library's own metadata language (empty: the server's).
import { useState } from 'preact/hooks';
import type { Library } from '../lib/api';
import { api } from '../lib/api';
import { useLoad } from '../lib/load';

export function LibraryMetadata({ library }: { library: Library }) {
  const unmatched = useLoad(() => api.unmatched(library.id), [library.id]);
  const [writeNfo, setWriteNfo] = useState(library.writeNfo);
  const [language, setLanguage] = useState(library.language ?? '');
  const [note, setNote] = useState<string | null>(null);
  const saveLanguage = async (e: Event) => {
    e.preventDefault();
    try {
      const saved = await api.setLibraryLanguage(library.id, language.trim());
      setLanguage(saved.language ?? '');
      setNote(saved.language ? `Metadata of ${library.name} is asked for in ${saved.language} from the next refresh.` : `${library.name} follows the server's metadata language.`);
    } catch (err) { setNote(err instanceof Error ? err.message : String(err)); }
  };
  const refresh = async () => {
    try {
      const p = await api.refreshLibrary(library.id);
      setNote(`Refreshing ${p.queued.toLocaleString()} ${p.queued === 1 ? 'title' : 'titles'}; locked fields stay as they are.`);
    } catch (e) { setNote(e instanceof Error ? e.message : String(e)); }
  };
  const toggle = async (on: boolean) => {
    try { setWriteNfo((await api.setWriteNfo(library.id, on)).writeNfo); setNote(null); } catch (e) { setNote(e instanceof Error ? e.message : String(e)); }
  };
  const count = unmatched.data?.length ?? 0;
  return (
    <div class="library-metadata">
      <p class="metadata-sentence">{library.metadata ?? 'Online metadata: films from TMDB, shows from TVmaze or TMDB.'}
        {library.metadata && /key/i.test(library.metadata) && <> To fix it, add a TMDB API key under <a href="/admin/settings">Settings</a>.</>}</p>
      {count > 0 && <p><a href={`/admin/unmatched?library=${library.id}`}>{count} {count === 1 ? 'title is' : 'titles are'} not matched: identify {count === 1 ? 'it' : 'them'}</a></p>}
      <div class="actions">
        <button class="button" onClick={refresh}>Refresh metadata of {library.name}</button>
        <label class="check"><input type="checkbox" checked={writeNfo} onChange={(e) => toggle((e.currentTarget as HTMLInputElement).checked)} />Write NFO files beside the videos after a match (Kodi format)</label>
      </div>
      <form class="library-language" onSubmit={saveLanguage}>
        <label>Metadata language of {library.name}
          <input value={language} placeholder="the server's" size={10} onInput={(e) => setLanguage((e.currentTarget as HTMLInputElement).value)} /></label>
        <button class="button" type="submit">Save language</button>
      </form>
      {note && <p class="notice" role="status">{note}</p>}
    </div>
  );
}
