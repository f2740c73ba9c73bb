// The native API, typed as the server writes it (camelCase JSON, enums as camelCase words).

export type Kind = 'movie' | 'show' | 'season' | 'episode' | 'extra';

export interface UserData { positionMs: number; played: boolean; playCount: number; favourite: boolean; lastPlayedMs: number }

export interface ItemSummary {
  id: string; libraryId: string; parentId: string | null; showId: string | null; kind: Kind; title: string;
  year: number | null; indexNumber: number | null; indexNumberEnd: number | null; parentIndexNumber: number | null;
  runtimeMs: number | null; dateAddedMs: number; rating: number | null; officialRating: string | null;
  resolution: string | null; hdr: string | null; hasPoster: boolean; hasBackdrop: boolean; userData: UserData | null;
}

export interface ItemPage { items: ItemSummary[]; total: number; offset: number; limit: number }

export interface Person { name: string; role?: string | null; type?: string | null }

export interface VideoStream { index: number; codec: string; profile: string | null; width: number; height: number; frameRate: number | null; bitDepth: number | null; hdr: string; isDefault: boolean }
export interface AudioStream { index: number; codec: string; profile: string | null; channels: number; channelLayout: string | null; language: string | null; title: string | null; isDefault: boolean }
export interface SubtitleStream { index: number; codec: string; language: string | null; title: string | null; isDefault: boolean; isForced: boolean; isHearingImpaired: boolean; isExternal: boolean }
export interface MediaInfo { container: string; durationSeconds: number | null; bitrate: number | null; video: VideoStream[]; audio: AudioStream[]; subtitles: SubtitleStream[] }

export interface ItemDetail {
  item: ItemSummary; originalTitle: string | null; overview: string | null; tagline: string | null; premiered: string | null;
  extraKind: string | null; genres: string[]; studios: string[]; people: Person[]; providerIds: Record<string, string>;
  showTitle: string | null; childCount: number; mediaInfo: MediaInfo | null; files: { id: string; fileName: string; size: number; container: string | null }[];
}

export interface Me { id: string; name: string; isAdmin: boolean; allLibraries: boolean; libraries: string[]; canUseIndexers: boolean }
export interface ApiKey { id: string; name: string; createdMs: number }
export interface User extends Me { createdMs: number }

export interface ScanProgress { libraryId: string; phase: string; filesSeen: number; toProcess: number; processed: number; failed: number; current: string | null; startedMs: number; reason: string }
export interface LastScan { status: string; startedMs: number; finishedMs: number | null; filesSeen: number; added: number; updated: number; removed: number; failed: number; error: string | null }
export interface Library { id: string; name: string; kind: string; folders: string[]; itemCount: number; lastScan: LastScan | null; scanning: ScanProgress | null }
export interface ScanStatus { queued: boolean; running: ScanProgress | null; lastScan: LastScan | null; failedFiles: { path: string; reason: string | null; scannedMs: number }[] }

export type IndexerHealth = 'healthy' | 'degraded' | 'failing' | 'disabled';
export interface IndexerLimits { queriesPerHour: number | null; queriesPerDay: number | null; grabsPerHour: number | null; grabsPerDay: number | null }
export interface IndexerCategory { id: number; name: string; subcategories: IndexerCategory[] }
export interface SearchMode { available: boolean; supportedParams: string[] }
export interface IndexerCaps { serverTitle: string | null; limitMax: number | null; limitDefault: number | null; modes: Record<string, SearchMode>; categories: IndexerCategory[] }
export interface IndexerState {
  health: IndexerHealth; consecutiveFailures: number; blockedUntil: string | null; lastError: string | null; lastErrorKind: string | null;
  lastFailureAt: string | null; queriesLastHour: number; queriesLastDay: number; grabsLastHour: number; grabsLastDay: number;
}
export interface IndexerStats { queries: number; grabs: number; failures: number; averageDurationMs: number; averageResults: number; lastQueryAt: string | null }
export interface Indexer {
  id: string; name: string; kind: 'torznab' | 'newznab'; url: string; apiKeyHint: string; categories: number[]; priority: number; tags: string[];
  enabled: boolean; proxy: string | null; limits: IndexerLimits; caps: IndexerCaps | null; state: IndexerState; stats: IndexerStats | null;
}
export interface IndexerInput {
  name?: string; kind?: string; url?: string; apiKey?: string; categories?: number[]; priority?: number; tags?: string[];
  enabled?: boolean; proxy?: string; limits?: IndexerLimits;
}
export interface Release {
  title: string; guid: string | null; link: string | null; commentsUrl: string | null; magnetUrl: string | null; infoHash: string | null;
  size: number | null; publishDate: string | null; categories: number[]; seeders: number | null; peers: number | null; grabs: number | null;
  downloadVolumeFactor: number | null; uploadVolumeFactor: number | null; protocol: 'torrent' | 'usenet'; indexerId: string; indexerName: string; alsoOn: string[];
}
export interface IndexerOutcome { indexerId: string; name: string; outcome: string; results: number; skipped: number; durationMs: number; message: string | null }
export interface ReleaseSearch { releases: Release[]; indexers: IndexerOutcome[] }

export type PlayMethod = 'directPlay' | 'directStream' | 'transcode';
export interface PlaybackAnswer {
  sessionId: string; profile: string; method: PlayMethod; reasons: string[]; maxBitrate: number | null;
  video: { index: number; copy: boolean; codec: string; width: number; height: number; bitrate: number | null; toneMap: boolean; burnInSubtitle: number | null } | null;
  audio: { index: number; copy: boolean; codec: string; channels: number; bitrate: number | null; language: string | null } | null;
  subtitle: { index: number; delivery: 'sidecar' | 'native' | 'burnIn'; codec: string; language: string | null; isForced: boolean } | null;
  directUrl: string | null; hlsUrl: string | null;
  subtitles: { index: number; codec: string; language: string | null; title: string | null; isForced: boolean; selected: boolean; url: string }[];
}
export interface PlaybackAsk { profile: string; audioIndex?: number | null; subtitleIndex?: number | null; maxBitrate?: number | null; preferredLanguages?: string[]; device?: string }
export interface SessionRow {
  id: string; user: string; itemId: string; title: string; device: string; method: PlayMethod; reasons: string[];
  bandwidth: number; bytesServed: number; speed: number | null; paused: boolean; encoder: string | null; started: string; idleSeconds: number;
}

/** A failed request, with the server's own words when it gave some. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

async function problemText(response: Response): Promise<string> {
  try {
    const body = await response.json();
    if (body?.detail) return String(body.detail);
    if (body?.title) return String(body.title);
    if (body?.errors) return Object.values(body.errors).flat().join(' ');
  } catch { /* not JSON */ }
  if (response.status === 401) return 'Please sign in again.';
  if (response.status === 403) return 'You are not allowed to do that.';
  if (response.status === 404) return 'That is no longer here.';
  return `The server answered ${response.status}.`;
}

export type Fetcher = (input: string, init?: RequestInit) => Promise<Response>;

/** Called when any request finds the session gone; the app sends the user to sign in. */
let onSignedOut: () => void = () => {};
export function whenSignedOut(handler: () => void) { onSignedOut = handler; }

export async function request<T>(path: string, init: RequestInit = {}, fetcher: Fetcher = fetch): Promise<T> {
  let response: Response;
  try {
    response = await fetcher(path, {
      credentials: 'same-origin',
      ...init,
      headers: { Accept: 'application/json', ...(init.body ? { 'Content-Type': 'application/json' } : {}), ...init.headers },
    });
  } catch {
    throw new ApiError(0, 'The server cannot be reached. Check that Hearth is running.');
  }
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith('/api/v1/auth/') && !path.startsWith('/api/v1/setup')) onSignedOut();
    throw new ApiError(response.status, await problemText(response));
  }
  if (response.status === 204 || response.headers.get('Content-Length') === '0') return undefined as T;
  return (await response.json()) as T;
}

const post = <T>(path: string, body?: unknown, method = 'POST') => request<T>(path, { method, body: body === undefined ? undefined : JSON.stringify(body) });

export function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const api = {
  setupState: () => request<{ required: boolean }>('/api/v1/setup'),
  setup: (token: string, username: string, password: string) => post<{ token: string; user: Me }>('/api/v1/setup', { token, username, password }),
  login: (username: string, password: string) => post<{ token: string; user: Me }>('/api/v1/auth/login', { username, password }),
  logout: () => post<void>('/api/v1/auth/logout'),
  me: () => request<Me>('/api/v1/me'),
  server: () => request<{ name: string; version: string; os: string; dotnet: string }>('/api/v1/server'),

  libraries: () => request<Library[]>('/api/v1/libraries'),
  library: (id: string) => request<Library>(`/api/v1/libraries/${id}`),
  addLibrary: (name: string, kind: string, folders: string[]) => post<Library>('/api/v1/libraries', { name, kind, folders }),
  scan: (id: string) => post<ScanStatus>(`/api/v1/libraries/${id}/scan`),
  scanStatus: (id: string) => request<ScanStatus>(`/api/v1/libraries/${id}/scan`),

  items: (params: Record<string, string | number | boolean | null | undefined>) => request<ItemPage>(`/api/v1/items${query(params)}`),
  item: (id: string) => request<ItemDetail>(`/api/v1/items/${id}`),
  recentlyAdded: (libraryId: string, limit = 16) => request<ItemSummary[]>(`/api/v1/items/recently-added${query({ libraryId, limit })}`),
  continueWatching: () => request<ItemSummary[]>('/api/v1/items/continue-watching?limit=16'),
  nextUp: () => request<ItemSummary[]>('/api/v1/items/next-up?limit=16'),
  // keepalive: a position saved as the tab closes still reaches the server
  watchState: (id: string, state: { positionMs?: number; played?: boolean; favourite?: boolean }) =>
    request<UserData>(`/api/v1/items/${id}/watch-state`, { method: 'POST', body: JSON.stringify(state), keepalive: true }),

  playback: (id: string, ask: PlaybackAsk) => post<PlaybackAnswer>(`/api/v1/items/${id}/playback`, ask),
  pingPlayback: (session: string) => post<void>(`/api/v1/playback/${session}/ping`),
  stopPlayback: (session: string) => request<void>(`/api/v1/playback/${session}`, { method: 'DELETE', keepalive: true }),
  sessions: () => request<SessionRow[]>('/api/v1/sessions'),
  stopSession: (id: string) => post<void>(`/api/v1/sessions/${id}`, undefined, 'DELETE'),

  users: () => request<User[]>('/api/v1/users'),
  addUser: (name: string, password: string, isAdmin: boolean, libraries: string[] | null, canUseIndexers = false) =>
    post<User>('/api/v1/users', { name, password, isAdmin, allLibraries: libraries === null, libraries: libraries ?? [], canUseIndexers }),
  updateUser: (id: string, change: { isAdmin?: boolean; allLibraries?: boolean; libraries?: string[]; canUseIndexers?: boolean }) => post<User>(`/api/v1/users/${id}`, change, 'PATCH'),
  setPassword: (id: string, password: string, revokeApiKeys = false) => post<void>(`/api/v1/users/${id}/password`, { password, revokeApiKeys }),
  userApiKeys: (id: string) => request<ApiKey[]>(`/api/v1/users/${id}/api-keys`),
  apiKeys: () => request<ApiKey[]>('/api/v1/me/api-keys'),
  createApiKey: (name: string) => post<{ name: string; key: string }>('/api/v1/me/api-keys', { name }),
  revokeApiKey: (id: string) => post<void>(`/api/v1/me/api-keys/${id}`, undefined, 'DELETE'),
  deleteUser: (id: string) => post<void>(`/api/v1/users/${id}`, undefined, 'DELETE'),

  indexers: () => request<Indexer[]>('/api/v1/indexers'),
  addIndexer: (input: IndexerInput) => post<Indexer>('/api/v1/indexers', input),
  tryIndexer: (input: IndexerInput) => post<IndexerCaps>('/api/v1/indexers/test', input),
  updateIndexer: (id: string, input: IndexerInput) => post<Indexer>(`/api/v1/indexers/${id}`, input, 'PUT'),
  testIndexer: (id: string) => post<Indexer>(`/api/v1/indexers/${id}/test`),
  deleteIndexer: (id: string) => post<void>(`/api/v1/indexers/${id}`, undefined, 'DELETE'),
  searchReleases: (params: Record<string, string | number | null | undefined>) => request<ReleaseSearch>(`/api/v1/indexers/search${query(params)}`),
};

export const urls = {
  image: (id: string, kind: 'poster' | 'backdrop' | 'thumb', maxWidth: number) => `/api/v1/items/${id}/images/${kind}?maxWidth=${maxWidth}`,
  stream: (id: string) => `/api/v1/items/${id}/stream`,
  subtitle: (id: string, index: number) => `/api/v1/items/${id}/subtitles/${index}`,
};
