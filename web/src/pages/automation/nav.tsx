// The automation's pages, one sub-navigation: what the household wants, has, and fetched.
const pages: [string, string][] = [
  ['/movies', 'Movies'],
  ['/series', 'Series'],
  ['/wanted', 'Wanted'],
  ['/calendar', 'Calendar'],
  ['/activity', 'Activity'],
  ['/downloadclients', 'Download clients'],
  ['/profiles', 'Profiles'],
  ['/formats', 'Custom formats'],
];

export function AutomationNav({ current }: { current: string }) {
  return (
    <nav class="tabs" aria-label="Automation">
      {pages.map(([href, label]) => <a key={href} href={href} aria-current={current === href ? 'page' : undefined}>{label}</a>)}
    </nav>
  );
}

export const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
