import { useEffect, useRef, useState } from 'preact/hooks';
import type { ItemSummary } from '../lib/api';
import { api } from '../lib/api';
import { useLoad, useTitle } from '../lib/load';
import { libraryScanNote } from '../lib/scans';
import { Empty, ErrorBox, Poster, SkeletonGrid } from '../components/ui';

const pageSize = 120;
type Sort = 'title' | 'date-added' | 'year';
type Watched = '' | 'unwatched' | 'watched';

/** Reads the grid's choices from the address, so back and reload keep them. */
function readChoices() {
  const p = new URLSearchParams(location.search);
  const sort = (['title', 'date-added', 'year'].includes(p.get('sort') ?? '') ? p.get('sort') : 'title') as Sort;
  const watched = (['unwatched', 'watched'].includes(p.get('watched') ?? '') ? p.get('watched') : '') as Watched;
  return { sort, watched, search: p.get('q') ?? '', desc: p.get('order') === 'desc' };
}

export function LibraryPage({ id, admin = false }: { id: string; admin?: boolean }) {
  const library = useLoad(() => api.library(id), [id]);
  const unmatched = useLoad(() => (admin ? api.unmatched(id) : Promise.resolve([])), [id, admin]);
  const unmatchedCount = unmatched.data?.length ?? 0;
  useTitle(library.data?.name);
  const [choices, setChoices] = useState(readChoices);
  const [typed, setTyped] = useState(choices.search);
  const [items, setItems] = useState<ItemSummary[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const generation = useRef(0);
  const sentinel = useRef<HTMLDivElement>(null);

  // a library being scanned is asked about every two seconds: its titles are listed first and their media info read
  // after, so the grid is loaded again when the listing is done and when the scan ends (unless more was scrolled in)
  const phase = library.data?.scanning?.phase ?? null;
  const lastPhase = useRef<string | null>(null);
  useEffect(() => {
    if (lastPhase.current !== null && lastPhase.current !== phase && items.length <= pageSize) setChoices((c) => ({ ...c }));
    lastPhase.current = phase;
    if (!phase) return;
    const t = setTimeout(library.reload, 2000);
    return () => clearTimeout(t);
  }, [library.data]);
  const reading = libraryScanNote(library.data?.scanning);

  // search as you type, a moment after the last key
  useEffect(() => {
    const t = setTimeout(() => setChoices((c) => (c.search === typed.trim() ? c : { ...c, search: typed.trim() })), 200);
    return () => clearTimeout(t);
  }, [typed]);

  const params = (offset: number) => ({
    libraryId: id, sort: choices.sort, order: choices.desc ? 'desc' : 'asc', search: choices.search,
    played: choices.watched === '' ? null : choices.watched === 'watched', offset, limit: pageSize,
  });

  useEffect(() => {
    const mine = ++generation.current;
    const p = new URLSearchParams();
    if (choices.sort !== 'title') p.set('sort', choices.sort);
    if (choices.desc) p.set('order', 'desc');
    if (choices.watched) p.set('watched', choices.watched);
    if (choices.search) p.set('q', choices.search);
    history.replaceState(history.state, '', `${location.pathname}${p.size ? `?${p}` : ''}`);
    setError(null);
    api.items(params(0)).then(
      (page) => { if (mine === generation.current) { setItems(page.items); setTotal(page.total); } },
      (e: Error) => { if (mine === generation.current) setError(e.message); },
    );
  }, [id, choices]);

  const more = async () => {
    if (loadingMore || total === null || items.length >= total) return;
    const mine = generation.current;
    setLoadingMore(true);
    try {
      const page = await api.items(params(items.length));
      if (mine === generation.current) setItems((list) => [...list, ...page.items]);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setLoadingMore(false);
    }
  };

  // the next page loads as the end of the grid comes near, by scrolling or by moving focus down
  useEffect(() => {
    const el = sentinel.current;
    if (!el) return;
    const observer = new IntersectionObserver((entries) => { if (entries.some((e) => e.isIntersecting)) void more(); }, { rootMargin: '800px' });
    observer.observe(el);
    return () => observer.disconnect();
  });

  const name = library.data?.name ?? 'Library';
  return (
    <div class="page">
      <div class="toolbar">
        <h1>{name}{total !== null && <span class="count">{total.toLocaleString()} {total === 1 ? 'title' : 'titles'}</span>}</h1>
        <div class="controls" role="search">
          <label class="search">
            <span class="visually-hidden">Search {name}</span>
            <input type="search" placeholder={`Search ${name}`} value={typed} onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <label>
            <span class="visually-hidden">Sort by</span>
            <select value={choices.sort} onChange={(e) => {
              const sort = (e.currentTarget as HTMLSelectElement).value as Sort;
              setChoices((c) => ({ ...c, sort, desc: sort !== 'title' }));
            }}>
              <option value="title">Title</option>
              <option value="date-added">Date added</option>
              <option value="year">Year</option>
            </select>
          </label>
          <button class="button button-quiet" aria-label={choices.desc ? 'Descending order; change to ascending' : 'Ascending order; change to descending'}
            onClick={() => setChoices((c) => ({ ...c, desc: !c.desc }))}>{choices.desc ? '↓' : '↑'}</button>
          <label>
            <span class="visually-hidden">Show</span>
            <select value={choices.watched} onChange={(e) => setChoices((c) => ({ ...c, watched: (e.currentTarget as HTMLSelectElement).value as Watched }))}>
              <option value="">All</option>
              <option value="unwatched">Unwatched</option>
              <option value="watched">Watched</option>
            </select>
          </label>
        </div>
      </div>
      {reading && <p class="scan-note" role="status">{reading}…</p>}
      {error && <ErrorBox message={error} retry={() => setChoices((c) => ({ ...c }))} />}
      {total === null && !error && <SkeletonGrid />}
      {total === 0 && (choices.search || choices.watched || !phase) && (
        <Empty title={choices.search || choices.watched ? 'Nothing matches' : 'This library is empty'}>
          <p>{choices.search || choices.watched ? 'Try another search or filter.' : 'Add files to its folder; they appear here within seconds.'}</p>
        </Empty>
      )}
      {total === 0 && !choices.search && !choices.watched && phase && (
        <Empty title="Looking through this library's folders">
          <p>Titles appear here as they are found.</p>
        </Empty>
      )}
      {items.length > 0 && <div class="grid">{items.map((item) => <Poster key={item.id} item={item} />)}</div>}
      <div ref={sentinel} class="sentinel" aria-hidden="true" />
      {loadingMore && <SkeletonGrid count={6} />}
      {/* under the grid, off the paths the arrows take between the header, the controls and the grid */}
      {unmatchedCount > 0 && (
        <p class="unmatched-foot">
          <a class="button button-quiet unmatched-link" href={`/admin/unmatched?library=${id}`}
            aria-label={`${unmatchedCount} unmatched: ${unmatchedCount} ${unmatchedCount === 1 ? 'title here is' : 'titles here are'} not matched with an online provider: identify ${unmatchedCount === 1 ? 'it' : 'them'}`}>
            {unmatchedCount.toLocaleString()} unmatched: identify {unmatchedCount === 1 ? 'it' : 'them'}
          </a>
        </p>
      )}
    </div>
  );
}
