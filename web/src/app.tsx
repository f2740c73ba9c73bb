import { useEffect, useRef, useState } from 'preact/hooks';
import type { Library, Me } from './lib/api';
import { api, whenSignedOut } from './lib/api';
import { goBack, navigate, onNavigate, parseRoute, type Route } from './lib/router';
import { directions, isBack, moveFocus, openOnEnter } from './lib/spatial';
import { AccountPage } from './pages/account';
import { AdminPage } from './pages/admin';
import { HomePage } from './pages/home';
import { IndexersPage } from './pages/indexers';
import { SearchPage } from './pages/search';
import { ItemPage } from './pages/item';
import { LibraryPage } from './pages/library';
import { CollectionPage } from './pages/collection';
import { LoginPage } from './pages/login';
import { PlayerPage } from './pages/player';
import { SetupPage } from './pages/setup';
import { Header } from './components/header';
import { ActivityPage } from './pages/automation/activity';
import { CalendarPage } from './pages/automation/calendar';
import { DownloadClientsPage } from './pages/automation/download-clients';
import { FormatsPage } from './pages/automation/formats';
import { MoviePage } from './pages/automation/movie';
import { MoviesPage } from './pages/automation/movies';
import { ProfilesPage } from './pages/automation/profiles';
import { SeriesListPage, SeriesPage } from './pages/automation/series';
import { WantedPage } from './pages/automation/wanted';
import { ErrorBox, Spinner } from './components/ui';

type Session = { state: 'checking' } | { state: 'setup' } | { state: 'signedOut' } | { state: 'signedIn'; me: Me } | { state: 'offline'; message: string };

export function App() {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.pathname));
  const [session, setSession] = useState<Session>({ state: 'checking' });
  const [libraries, setLibraries] = useState<Library[]>([]);

  useEffect(() => onNavigate(() => {
    setRoute(parseRoute(location.pathname));
    scrollTo(0, 0);
  }), []);

  // one round trip of three requests in parallel: home can ask for its rows as soon as it renders
  const checking = useRef(true);
  const check = async () => {
    checking.current = true;
    try {
      const [setup, me, libs] = await Promise.all([
        api.setupState(),
        api.me().catch(() => null),
        api.libraries().catch(() => null),
      ]);
      if (setup.required) return setSession({ state: 'setup' });
      if (me) setLibraries(libs ?? []);
      setSession(me ? { state: 'signedIn', me } : { state: 'signedOut' });
    } catch (e) {
      setSession({ state: 'offline', message: e instanceof Error ? e.message : String(e) });
    } finally {
      checking.current = false;
    }
  };
  useEffect(() => {
    // while checking, a 401 from me/libraries is an answer, not a signal to leave
    whenSignedOut(() => { if (!checking.current) setSession({ state: 'signedOut' }); });
    void check();
  }, []);

  // the remote: arrows move focus, Back goes back (the player handles its own keys)
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (location.pathname.startsWith('/play/')) return;
      const direction = directions[event.key];
      if (direction) {
        // a select never takes an arrow for itself: it would change the sort or filter as focus passes
        if (moveFocus(direction) || event.target instanceof HTMLSelectElement) event.preventDefault();
        return;
      }
      if (openOnEnter(event)) {
        event.preventDefault();
        return;
      }
      if (isBack(event) && !document.querySelector('dialog[open]')) {
        const path = location.pathname;
        if (path !== '/' && path !== '/login' && path !== '/setup') {
          event.preventDefault();
          goBack();
        }
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  // pages that need a session send people to sign in, and back where they were afterwards
  useEffect(() => {
    if (session.state === 'setup' && route.page !== 'setup') navigate('/setup', true);
    if (session.state === 'signedOut' && route.page !== 'login') navigate('/login', true);
    if (session.state === 'signedIn' && (route.page === 'login' || route.page === 'setup')) navigate('/', true);
  }, [session, route]);

  if (session.state === 'checking') return <div class="center"><Spinner label="Loading" /></div>;
  if (session.state === 'offline') return <main class="center narrow"><h1>Hearth</h1><ErrorBox message={session.message} retry={check} /></main>;
  const signedIn = (me: Me) => {
    setSession({ state: 'signedIn', me });
    api.libraries().then(setLibraries, () => setLibraries([]));
  };
  if (session.state === 'setup') return <SetupPage onDone={signedIn} />;
  if (session.state === 'signedOut') return <LoginPage onDone={signedIn} />;

  const me = session.me;
  const signOut = async () => {
    await api.logout().catch(() => undefined);
    setSession({ state: 'signedOut' });
  };
  if (route.page === 'play') return <PlayerPage id={route.id} user={me.name} key={route.id} />;
  return (
    <>
      <a class="skip" href="#main" data-spatial-skip>Skip to content</a>
      <Header me={me} libraries={libraries} route={route} onSignOut={signOut} />
      <main id="main" tabIndex={-1}>
        {route.page === 'home' && <HomePage me={me} libraries={libraries} />}
        {route.page === 'library' && <LibraryPage id={route.id} key={route.id} admin={me.isAdmin} />}
        {route.page === 'item' && <ItemPage id={route.id} key={route.id} admin={me.isAdmin} />}
        {route.page === 'collection' && <CollectionPage id={route.id} key={route.id} />}
        {route.page === 'admin' && (me.isAdmin ? <AdminPage tab={route.tab} onLibrariesChanged={() => api.libraries().then(setLibraries)} /> : <NotAllowed />)}
        {route.page === 'indexers' && (me.isAdmin ? <IndexersPage /> : <NotAllowed />)}
        {route.page === 'search' && (me.isAdmin || me.canUseIndexers ? <SearchPage /> : <NotAllowed />)}
        {route.page === 'account' && <AccountPage me={me} />}
        {route.page === 'movies' && <MoviesPage admin={me.isAdmin} />}
        {route.page === 'movie' && <MoviePage id={route.id} key={route.id} admin={me.isAdmin} />}
        {route.page === 'seriesList' && <SeriesListPage admin={me.isAdmin} />}
        {route.page === 'series' && <SeriesPage id={route.id} key={route.id} admin={me.isAdmin} />}
        {route.page === 'wanted' && <WantedPage admin={me.isAdmin} />}
        {route.page === 'calendar' && <CalendarPage />}
        {route.page === 'activity' && <ActivityPage admin={me.isAdmin} />}
        {route.page === 'profiles' && <ProfilesPage admin={me.isAdmin} />}
        {route.page === 'formats' && <FormatsPage admin={me.isAdmin} />}
        {route.page === 'downloadClients' && (me.isAdmin ? <DownloadClientsPage /> : <NotAllowed />)}
        {route.page === 'notFound' && <div class="page"><h1>Nothing here</h1><p>This page does not exist. <a href="/">Go home</a>.</p></div>}
      </main>
    </>
  );
}

function NotAllowed() {
  return <div class="page"><h1>Admins only</h1><p>Ask the household's admin to change this for you. <a href="/">Go home</a>.</p></div>;
}

// links inside the app move through history instead of reloading the page
addEventListener('click', (event) => {
  const a = (event.target as HTMLElement | null)?.closest?.('a');
  if (!a || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || a.target || a.hasAttribute('download')) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
  if (url.hash && url.pathname === location.pathname) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
});
