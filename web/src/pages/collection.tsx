// A film collection ("Blade Runner Collection"): its overview and its films, oldest first.
import { api } from '../lib/api';
import { useLoad, useTitle } from '../lib/load';
import { ErrorBox, Poster, SkeletonGrid } from '../components/ui';

export function CollectionPage({ id }: { id: string }) {
  const data = useLoad(() => api.collection(id), [id]);
  useTitle(data.data?.collection.name);
  if (data.error && !data.data) return <div class="page"><ErrorBox message={data.error} retry={data.reload} /></div>;
  if (!data.data) return <div class="page"><div class="skeleton skeleton-heading" /><SkeletonGrid count={6} /></div>;
  const { collection, items } = data.data;
  return (
    <div class="page collection">
      <div class="collection-head">
        {collection.hasPoster && <img class="collection-poster" src={`/api/v1/collections/${collection.id}/images/poster?maxWidth=280`} alt="" />}
        <div>
          <p class="eyebrow">Collection</p>
          <h1>{collection.name}<span class="count">{items.length} {items.length === 1 ? 'film' : 'films'} here</span></h1>
          {collection.overview && <p class="overview">{collection.overview}</p>}
        </div>
      </div>
      <div class="grid">{items.map((item) => <Poster key={item.id} item={{ ...item, kind: item.kind as 'movie' }} />)}</div>
    </div>
  );
}
