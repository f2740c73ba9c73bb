// Sorting, filtering and wording of search results: pure functions, so the search page stays small and testable.
import type { Release } from './api';

export type SortKey = 'title' | 'indexer' | 'size' | 'seeders' | 'age';
export interface Sort { key: SortKey; descending: boolean }

export interface Filter { text: string; protocol: '' | 'torrent' | 'usenet'; minSeeders: number; freeleechOnly: boolean }
export const noFilter: Filter = { text: '', protocol: '', minSeeders: 0, freeleechOnly: false };

const value = (r: Release, key: SortKey): string | number => {
  switch (key) {
    case 'title': return r.title.toLowerCase();
    case 'indexer': return r.indexerName.toLowerCase();
    case 'size': return r.size ?? -1;
    case 'seeders': return r.seeders ?? -1;
    case 'age': return r.publishDate ? -Date.parse(r.publishDate) : Number.MAX_SAFE_INTEGER;
  }
};

/** A stable sort by one column; ties keep the server's order (preferred indexer first). */
export function sortReleases(releases: Release[], sort: Sort): Release[] {
  const direction = sort.descending ? -1 : 1;
  return releases
    .map((r, i) => [r, i] as const)
    .sort(([a, ai], [b, bi]) => {
      const x = value(a, sort.key), y = value(b, sort.key);
      return x < y ? -direction : x > y ? direction : ai - bi;
    })
    .map(([r]) => r);
}

/** Words in the filter must all appear in the title (dots, dashes and spaces alike). */
export function filterReleases(releases: Release[], filter: Filter): Release[] {
  const words = filter.text.toLowerCase().split(/[\s._-]+/).filter(Boolean);
  return releases.filter((r) => {
    const title = r.title.toLowerCase().replace(/[._-]+/g, ' ');
    if (!words.every((w) => title.includes(w))) return false;
    if (filter.protocol && r.protocol !== filter.protocol) return false;
    if (filter.minSeeders > 0 && r.protocol === 'torrent' && (r.seeders ?? 0) < filter.minSeeders) return false;
    if (filter.freeleechOnly && r.downloadVolumeFactor !== 0) return false;
    return true;
  });
}

export function size(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '–';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = bytes, u = 0;
  while (v >= 1024 && u < units.length - 1) { v /= 1024; u++; }
  return `${v >= 100 || u === 0 ? Math.round(v) : v.toFixed(1)} ${units[u]}`;
}

export function age(date: string | null, now = Date.now()): string {
  if (!date) return '–';
  const minutes = Math.max(0, Math.round((now - Date.parse(date)) / 60000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h`;
  const days = Math.round(hours / 24);
  return days < 365 ? `${days} d` : `${(days / 365).toFixed(1)} y`;
}
