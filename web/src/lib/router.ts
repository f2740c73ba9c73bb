// A small history router: paths are the app's pages, so reload, back and shared links all work.

export type Route =
  | { page: 'home' }
  | { page: 'setup' }
  | { page: 'login' }
  | { page: 'library'; id: string }
  | { page: 'item'; id: string }
  | { page: 'collection'; id: string }
  | { page: 'play'; id: string }
  | { page: 'admin'; tab: AdminTab }
  | { page: 'indexers' }
  | { page: 'search' }
  | { page: 'account' }
  | { page: 'movies' }
  | { page: 'movie'; id: number }
  | { page: 'seriesList' }
  | { page: 'series'; id: number }
  | { page: 'wanted' }
  | { page: 'calendar' }
  | { page: 'activity' }
  | { page: 'profiles' }
  | { page: 'formats' }
  | { page: 'downloadClients' }
  | { page: 'notFound'; path: string };

/** The automation's pages, for the header to know when one is open. */
export const automationPages: Route['page'][] = ['movies', 'movie', 'seriesList', 'series', 'wanted', 'calendar', 'activity', 'profiles', 'formats', 'downloadClients'];

export type AdminTab = 'users' | 'libraries' | 'unmatched' | 'sessions' | 'settings' | 'server';

const id = '([0-9a-fA-F-]{36})';
const patterns: [RegExp, (m: RegExpMatchArray) => Route][] = [
  [/^\/$/, () => ({ page: 'home' })],
  [/^\/setup$/, () => ({ page: 'setup' })],
  [/^\/login$/, () => ({ page: 'login' })],
  [new RegExp(`^/library/${id}$`), (m) => ({ page: 'library', id: m[1] })],
  [new RegExp(`^/item/${id}$`), (m) => ({ page: 'item', id: m[1] })],
  [new RegExp(`^/collection/${id}$`), (m) => ({ page: 'collection', id: m[1] })],
  [new RegExp(`^/play/${id}$`), (m) => ({ page: 'play', id: m[1] })],
  [/^\/indexers$/, () => ({ page: 'indexers' })],
  [/^\/search$/, () => ({ page: 'search' })],
  [/^\/account$/, () => ({ page: 'account' })],
  [/^\/movies$/, () => ({ page: 'movies' })],
  [/^\/movies\/([0-9]{1,9})$/, (m) => ({ page: 'movie', id: Number(m[1]) })],
  [/^\/series$/, () => ({ page: 'seriesList' })],
  [/^\/series\/([0-9]{1,9})$/, (m) => ({ page: 'series', id: Number(m[1]) })],
  [/^\/wanted$/, () => ({ page: 'wanted' })],
  [/^\/calendar$/, () => ({ page: 'calendar' })],
  [/^\/activity$/, () => ({ page: 'activity' })],
  [/^\/profiles$/, () => ({ page: 'profiles' })],
  [/^\/formats$/, () => ({ page: 'formats' })],
  [/^\/downloadclients$/, () => ({ page: 'downloadClients' })],
  [/^\/admin(?:\/(users|libraries|unmatched|sessions|settings|server))?$/, (m) => ({ page: 'admin', tab: (m[1] as AdminTab) ?? 'users' })],
];

export function parseRoute(path: string): Route {
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  for (const [pattern, make] of patterns) {
    const match = clean.match(pattern);
    if (match) return make(match);
  }
  return { page: 'notFound', path };
}

type Listener = () => void;
const listeners = new Set<Listener>();

export function navigate(path: string, replace = false) {
  if (path === location.pathname + location.search) return;
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  listeners.forEach((l) => l());
}

export function onNavigate(listener: Listener): () => void {
  listeners.add(listener);
  const pop = () => listener();
  addEventListener('popstate', pop);
  return () => { listeners.delete(listener); removeEventListener('popstate', pop); };
}

export function goBack() {
  if (history.length > 1 && history.state !== 'root') history.back();
  else navigate('/');
}
