import type { ItemSummary, Library, Me } from '../lib/api';
import { api } from '../lib/api';
import { useLoad, useTitle } from '../lib/load';
import { Empty, ErrorBox, Poster, Row, SkeletonRow } from '../components/ui';

interface HomeData { resume: ItemSummary[]; next: ItemSummary[]; recent: { library: Library; items: ItemSummary[] }[] }

export function HomePage({ me, libraries }: { me: Me; libraries: Library[] }) {
  useTitle('Home');
  const home = useLoad<HomeData>(async () => {
    const [resume, next, recent] = await Promise.all([
      api.continueWatching(),
      api.nextUp(),
      Promise.all(libraries.map(async (library) => ({ library, items: await api.recentlyAdded(library.id) }))),
    ]);
    return { resume, next, recent };
  }, [libraries]);

  if (home.error && !home.data) return <div class="page"><ErrorBox message={home.error} retry={home.reload} /></div>;
  if (!home.data) return <div class="page home"><SkeletonRow wide count={5} /><SkeletonRow /><SkeletonRow /></div>;

  const { resume, next, recent } = home.data;
  const nothing = recent.every((r) => r.items.length === 0);
  return (
    <div class="page home">
      <h1 class="visually-hidden">Home</h1>
      {resume.length > 0 && (
        <Row title="Continue watching" id="row-resume">
          {resume.map((item) => <Poster key={item.id} item={item} width="wide" />)}
        </Row>
      )}
      {next.length > 0 && (
        <Row title="Next up" id="row-next">
          {next.map((item) => <Poster key={item.id} item={item} width="wide" />)}
        </Row>
      )}
      {recent.filter((r) => r.items.length > 0).map(({ library, items }) => (
        <Row key={library.id} title={`Recently added in ${library.name}`} id={`row-${library.id}`}>
          {items.map((item) => <Poster key={item.id} item={item} />)}
        </Row>
      ))}
      {libraries.length === 0 && (
        <Empty title="No libraries yet">
          {me.isAdmin
            ? <p>Add a folder of movies or shows in <a href="/admin/libraries">Admin → Libraries</a>, and Hearth will find what is in it.</p>
            : <p>You have no library to watch yet. Ask the household's admin to give you access.</p>}
        </Empty>
      )}
      {libraries.length > 0 && nothing && (
        <Empty title="Nothing here yet">
          <p>Your libraries are empty or still being scanned. Files you add to their folders show up here within seconds.</p>
        </Empty>
      )}
    </div>
  );
}
