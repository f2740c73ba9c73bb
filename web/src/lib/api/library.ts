// Library: libraries and their scans, items, watch state, and the addresses of images, files and subtitles.
import { post, query, request } from './http';
import type { components } from './schema';

type Schemas = components['schemas'];

/**
 * The kinds of item. The server's item record carries the kind as a plain string (see ItemText in
 * Hearth.Library), so the document cannot list the words; these are the ones it writes.
 */
export type Kind = 'movie' | 'show' | 'season' | 'episode' | 'extra';
export type ItemSummary = Omit<Schemas['ItemSummary'], 'kind'> & { kind: Kind };
export type ItemPage = Omit<Schemas['ItemPage'], 'items'> & { items: ItemSummary[] };
export type ItemDetail = Omit<Schemas['ItemDetail'], 'item'> & { item: ItemSummary };
export type UserData = Schemas['UserData'];
export type Person = Schemas['Person'];
export type MediaInfo = Schemas['MediaInfo'];
export type VideoStream = Schemas['VideoStream'];
export type AudioStream = Schemas['AudioStream'];
export type SubtitleStream = Schemas['SubtitleStream'];
/** What changes in someone's state for an item: fields left out stay as they are. */
export type WatchStateChange = Partial<Schemas['WatchStateUpdate']>;

export type Library = Schemas['LibraryDto'];
export type LastScan = Schemas['LastScanDto'];
export type ScanProgress = Schemas['ScanProgress'];
export type ScanStatus = Schemas['ScanStatusDto'];

export type ItemParams = Record<string, string | number | boolean | null | undefined>;

export const libraryApi = {
  libraries: () => request<Library[]>('/api/v1/libraries'),
  library: (id: string) => request<Library>(`/api/v1/libraries/${id}`),
  addLibrary: (name: string, kind: string, folders: string[]) => post<Library>('/api/v1/libraries', { name, kind, folders } satisfies Schemas['NewLibrary']),
  scan: (id: string) => post<ScanStatus>(`/api/v1/libraries/${id}/scan`),
  scanStatus: (id: string) => request<ScanStatus>(`/api/v1/libraries/${id}/scan`),

  items: (params: ItemParams) => request<ItemPage>(`/api/v1/items${query(params)}`),
  item: (id: string) => request<ItemDetail>(`/api/v1/items/${id}`),
  /** The newest titles; a show's new episodes come as one entry (the show, with newEpisodeCount), as Plex shows them. */
  recentlyAdded: (libraryId: string, limit = 16) => request<ItemSummary[]>(`/api/v1/items/recently-added${query({ libraryId, limit, group: 'show' })}`),
  continueWatching: () => request<ItemSummary[]>('/api/v1/items/continue-watching?limit=16'),
  nextUp: () => request<ItemSummary[]>('/api/v1/items/next-up?limit=16'),
  // keepalive: a position saved as the tab closes still reaches the server
  watchState: (id: string, state: WatchStateChange) =>
    request<UserData>(`/api/v1/items/${id}/watch-state`, { method: 'POST', body: JSON.stringify(state), keepalive: true }),
};

export const urls = {
  image: (id: string, kind: 'poster' | 'backdrop' | 'thumb', maxWidth: number) => `/api/v1/items/${id}/images/${kind}?maxWidth=${maxWidth}`,
  stream: (id: string) => `/api/v1/items/${id}/stream`,
  subtitle: (id: string, index: number) => `/api/v1/items/${id}/subtitles/${index}`,
};
