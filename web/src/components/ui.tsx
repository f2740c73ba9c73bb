import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ItemSummary } from '../lib/api';
import { urls } from '../lib/api';
import { episodeCode, progress, runtime } from '../lib/format';

export function Poster({ item, width = 'normal' }: { item: ItemSummary; width?: 'normal' | 'wide' }) {
  const wide = width === 'wide';
  const p = progress(item);
  const kind = wide ? (item.kind === 'episode' ? 'thumb' : 'backdrop') : 'poster';
  // an episode among posters shows its show's poster, as a frame cropped upright would look broken
  const artOf = !wide && item.kind === 'episode' && item.showId ? item.showId : item.id;
  const subtitle = item.kind === 'episode'
    ? [episodeCode(item), wide ? runtime(item.runtimeMs) : null].filter(Boolean).join(' · ')
    : item.kind === 'season' ? null : item.year ? String(item.year) : null;
  return (
    <a class={`card ${wide ? 'card-wide' : ''}`} href={`/item/${item.id}`} data-kind={item.kind} aria-label={cardLabel(item)}>
      <span class="card-art">
        <img src={urls.image(artOf, kind, wide ? 480 : 300)} alt="" loading="lazy" decoding="async" onError={hideBroken} />
        <span class="card-fallback" aria-hidden="true">{item.title}</span>
        {item.userData?.played && <span class="badge-watched" aria-hidden="true">✓</span>}
        {p !== null && <span class="progress" aria-hidden="true"><span style={{ width: `${Math.round(p * 100)}%` }} /></span>}
      </span>
      <span class="card-title">{item.title}</span>
      {subtitle && <span class="card-sub">{subtitle}</span>}
    </a>
  );
}

function cardLabel(item: ItemSummary): string {
  const parts = [item.title];
  if (item.kind === 'episode' && episodeCode(item)) parts.push(episodeCode(item)!);
  if (item.year && item.kind !== 'episode') parts.push(String(item.year));
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
