import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ItemSummary } from '../lib/api';
import { urls } from '../lib/api';
import { episodeCode, progress, runtime } from '../lib/format';

/** The picture an item says it has (its flags tell what the server serves for its id), else its title on a tile. */
export function Art({ item, kind, width, class: className, alt = '', lazy = true, children, version }: {
  item: ItemSummary; kind: 'poster' | 'backdrop' | 'thumb'; width: number; class: string; alt?: string; lazy?: boolean; children?: ComponentChildren;
  /** Changes when the picture did (one was just chosen), so the browser asks again instead of showing its cached copy. */
  version?: number;
}) {
  const has = kind === 'poster' ? item.hasPoster : kind === 'backdrop' ? item.hasBackdrop : item.hasThumb;
  return (
    <span class={`art ${className}`}>
      {has && <img key={version} src={`${urls.image(item.id, kind, width)}${version ? `&v=${version}` : ''}`} alt={alt} loading={lazy ? 'lazy' : undefined} decoding="async" onError={hideBroken} />}
      <span class="art-fallback" aria-hidden="true">{item.title}</span>
      {children}
    </span>
  );
}

export function Poster({ item, width = 'normal' }: { item: ItemSummary; width?: 'normal' | 'wide' }) {
  // an episode is a 16:9 still in a 16:9 frame wherever it is: cropped upright it would look broken
  const wide = width === 'wide' || item.kind === 'episode';
  const p = progress(item);
  const kind = item.kind === 'episode' ? 'thumb' : wide ? 'backdrop' : 'poster';
  return (
    <a class={`card ${wide ? 'card-wide' : ''}`} href={`/item/${item.id}`} data-kind={item.kind} aria-label={cardLabel(item)}>
      <Art item={item} kind={kind} width={wide ? 480 : 300} class="card-art">
        {item.userData?.played && <span class="badge-watched" aria-hidden="true">✓</span>}
        {p !== null && <span class="progress" aria-hidden="true"><span style={{ width: `${Math.round(p * 100)}%` }} /></span>}
      </Art>
      <span class="card-title">{item.title}</span>
      {cardSubtitle(item, wide) && <span class="card-sub">{cardSubtitle(item, wide)}</span>}
    </a>
  );
}

/** The line under a card's title: an episode's show and code, a show's new episodes, a film's year and edition. */
export function cardSubtitle(item: ItemSummary, wide: boolean): string | null {
  if (item.newEpisodeCount) return newEpisodes(item.newEpisodeCount);
  if (item.kind === 'episode') return [item.showTitle, episodeCode(item), wide ? runtime(item.runtimeMs) : null].filter(Boolean).join(' · ') || null;
  if (item.kind === 'season') return null;
  return [item.year ? String(item.year) : null, item.edition].filter(Boolean).join(' · ') || null;
}

const newEpisodes = (count: number) => `${count} new episode${count === 1 ? '' : 's'}`;

/** What a screen reader says for a card: "Harbour Lights · S01E01 · The New Keeper", "Blade Runner, 1982, Final Cut". */
export function cardLabel(item: ItemSummary): string {
  const parts = item.kind === 'episode'
    ? [[item.showTitle, episodeCode(item), item.title].filter(Boolean).join(' · ')]
    : [item.title];
  if (item.newEpisodeCount) parts.push(newEpisodes(item.newEpisodeCount));
  if (item.year && item.kind !== 'episode') parts.push(String(item.year));
  if (item.edition) parts.push(item.edition);
  if (item.userData?.played) parts.push('watched');
  const p = progress(item);
  if (p !== null) parts.push(`${Math.round(p * 100)}% watched`);
  return parts.join(', ');
}

function hideBroken(event: Event) {
  (event.currentTarget as HTMLImageElement).classList.add('missing');
}

export function Row({ title, children, id }: { title: string; children: ComponentChildren; id?: string }) {
  return (
    <section class="row" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div class="row-items">{children}</div>
    </section>
  );
}

export function SkeletonRow({ wide = false, count = 8 }: { wide?: boolean; count?: number }) {
  return (
    <div class="row" aria-hidden="true">
      <div class="skeleton skeleton-heading" />
      <div class="row-items">{Array.from({ length: count }, (_, i) => <div key={i} class={`card skeleton-card ${wide ? 'card-wide' : ''}`}><div class="card-art skeleton" /></div>)}</div>
    </div>
  );
}

export function SkeletonGrid({ count = 18 }: { count?: number }) {
  return (
    <div class="grid" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => <div key={i} class="card skeleton-card"><div class="card-art skeleton" /><div class="skeleton skeleton-line" /></div>)}
    </div>
  );
}

export function ErrorBox({ message, retry }: { message: string; retry?: () => void }) {
  return (
    <div class="notice notice-error" role="alert">
      <p>{message}</p>
      {retry && <button class="button" onClick={retry}>Try again</button>}
    </div>
  );
}

export function Empty({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="empty">
      <h2>{title}</h2>
      {children}
    </div>
  );
}

/** Focuses its first control when it appears, for pages a remote user lands on. */
export function useAutofocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => { ref.current?.focus(); }, []);
  return ref;
}

export function Spinner({ label }: { label: string }) {
  return <span class="spinner" role="status" aria-label={label} />;
}
