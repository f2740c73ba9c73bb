import type { Library, Me } from '../lib/api';
import { automationPages, type Route } from '../lib/router';
import { initials, profileHue } from '../lib/profiles';

export function Header({ me, libraries, route, onSignOut }: { me: Me; libraries: Library[]; route: Route; onSignOut: () => void }) {
  const current = (match: boolean) => (match ? 'page' : undefined);
  return (
    <header class="top">
      <a class="brand" href="/" aria-label="Hearth home">
        <svg viewBox="0 0 64 64" aria-hidden="true"><path d="M32 6c7 12 19 19 19 33a19 19 0 0 1-38 0c0-8 5-14 9-19 0 7 4 12 7 13-2-10 0-20 3-27z" fill="currentColor" /></svg>
        <span>Hearth</span>
      </a>
      <nav aria-label="Main">
        <a href="/" aria-current={current(route.page === 'home')}>Home</a>
        {libraries.map((l) => <a key={l.id} href={`/library/${l.id}`} aria-current={current(route.page === 'library' && route.id === l.id)}>{l.name}</a>)}
        <a href="/movies" aria-current={current(automationPages.includes(route.page))}>Automation</a>
        {(me.isAdmin || me.canUseIndexers) && <a href="/search" aria-current={current(route.page === 'search')}>Search</a>}
        {me.isAdmin && <a href="/indexers" aria-current={current(route.page === 'indexers')}>Indexers</a>}
        {me.isAdmin && <a href="/admin" aria-current={current(route.page === 'admin')}>Admin</a>}
      </nav>
      <div class="account">
        <a class="account-link" href="/account" aria-current={current(route.page === 'account')} aria-label={`Your account: ${me.name}`}>
          <span class="avatar" style={{ '--hue': profileHue(me.name) }} aria-hidden="true">{initials(me.name)}</span>
          <span class="account-name">{me.name}</span>
        </a>
        <button class="button button-quiet" onClick={onSignOut}>Switch user</button>
      </div>
    </header>
  );
}
