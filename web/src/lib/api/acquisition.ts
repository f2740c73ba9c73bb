// The automation (Hearth's Radarr and Sonarr): the catalog, wanted, searches and grabs, profiles, custom formats,
// the calendar and the history.
import { post, query, request } from './http';
import type { components } from './schema';

type Schemas = components['schemas'];

export type Movie = Schemas['MovieView'];
export type Series = Schemas['SeriesView'];
export type Episode = Schemas['EpisodeView'];
export type CatalogFile = Schemas['FileView'];
export type MovieVersion = Schemas['VersionView'];
export type VersionInput = Partial<Schemas['VersionInput']>;
export type Lookup = Schemas['LookupResult'];
export type AddMovie = Partial<Schemas['AddMovieInput']>;
export type AddSeries = Partial<Schemas['AddSeriesInput']>;
export type Wanted = Schemas['WantedEntry'];
export type DecidedRelease = Schemas['ReleaseView'];
export type Grab = Schemas['GrabView'];
export type QueueItem = Schemas['QueueItem'];
export type QueueRemoval = Schemas['QueueRemoval'];
export type HistoryEntry = Schemas['HistoryView'];
export type QualityProfile = Schemas['ProfileDto'];
export type CustomFormat = Schemas['CustomFormat'];
export type FormatCondition = Schemas['FormatCondition'];
export type ImportedFormat = Schemas['ImportedFormatView'];
export type CalendarEntry = Schemas['CalendarEntry'];
export type ArrApp = 'radarr' | 'sonarr';
export type DelayProfile = Schemas['DelayProfileDto'];
export type DownloadClient = Schemas['DownloadClientView'];
export type DownloadClientInput = Partial<Schemas['DownloadClientInput']>;
export type BlockedRelease = Schemas['BlockedRelease'];

/** What a release search is for: a movie (or one of its versions), an episode, or a season. */
export type ReleaseTarget = { movieId: number; versionId?: number | null } | { episodeId: number } | { seriesId: number; season: number };

export const acquisitionApi = {
  movies: () => request<Movie[]>('/api/v1/movies'),
  movie: (id: number) => request<Movie>(`/api/v1/movies/${id}`),
  lookupMovies: (term: string) => request<Lookup[]>(`/api/v1/movies/lookup${query({ term })}`),
  addMovie: (input: AddMovie) => post<Movie>('/api/v1/movies', input),
  updateMovie: (id: number, input: { profileId?: number; monitored?: boolean }) => post<Movie>(`/api/v1/movies/${id}`, input, 'PUT'),
  deleteMovie: (id: number) => post<void>(`/api/v1/movies/${id}`, undefined, 'DELETE'),
  addVersion: (id: number, input: VersionInput) => post<Movie>(`/api/v1/movies/${id}/versions`, input),
  updateVersion: (id: number, version: number, input: VersionInput) => post<Movie>(`/api/v1/movies/${id}/versions/${version}`, input, 'PUT'),
  deleteVersion: (id: number, version: number) => post<void>(`/api/v1/movies/${id}/versions/${version}`, undefined, 'DELETE'),
  series: () => request<Series[]>('/api/v1/series'),
  oneSeries: (id: number) => request<Series>(`/api/v1/series/${id}`),
  lookupSeries: (term: string) => request<Lookup[]>(`/api/v1/series/lookup${query({ term })}`),
  addSeries: (input: AddSeries) => post<Series>('/api/v1/series', input),
  updateSeries: (id: number, input: { profileId?: number; monitored?: boolean }) => post<Series>(`/api/v1/series/${id}`, input, 'PUT'),
  deleteSeries: (id: number) => post<void>(`/api/v1/series/${id}`, undefined, 'DELETE'),
  monitorSeason: (id: number, season: number, monitored: boolean) => post<void>(`/api/v1/series/${id}/seasons/${season}`, { monitored }, 'PUT'),
  monitorEpisode: (id: number, monitored: boolean) => post<void>(`/api/v1/episodes/${id}`, { monitored }, 'PUT'),
  wanted: () => request<Wanted[]>('/api/v1/wanted'),
  searchReleasesFor: (target: ReleaseTarget) => request<DecidedRelease[]>(`/api/v1/releases${query(target)}`),
  grab: (release: DecidedRelease, target: { movieId?: number; versionId?: number | null; episodeIds?: number[] }, override: boolean) =>
    post<Grab>('/api/v1/releases', { guid: release.guid, indexerId: release.indexerId, ...target, override }),
  rssSync: () => post<{ releases: number; forTheCatalog: number; grabbed: number }>('/api/v1/releases/rss-sync', {}),
  backlogSearch: () => post<void>('/api/v1/releases/backlog-search', {}),
  queue: () => request<QueueItem[]>('/api/v1/queue'),
  removeFromQueue: (id: number, choice: { deleteData?: boolean; blocklist?: boolean; search?: boolean }) =>
    post<QueueRemoval>(`/api/v1/queue/${id}${query({ deleteData: choice.deleteData ? 'true' : undefined, blocklist: choice.blocklist ? 'true' : undefined, search: choice.search ? 'true' : undefined })}`, undefined, 'DELETE'),
  blocklistAndSearch: (id: number) => post<QueueRemoval>(`/api/v1/queue/${id}/blocklist`, undefined),
  retryGrab: (id: number) => post<QueueItem>(`/api/v1/queue/${id}/retry`, undefined),
  history: (params: { movieId?: number; seriesId?: number; limit?: number } = {}) => request<HistoryEntry[]>(`/api/v1/history${query(params)}`),
  profiles: () => request<QualityProfile[]>('/api/v1/profiles'),
  saveProfile: (profile: QualityProfile) => profile.id ? post<QualityProfile>(`/api/v1/profiles/${profile.id}`, profile, 'PUT') : post<QualityProfile>('/api/v1/profiles', profile),
  deleteProfile: (id: number) => post<void>(`/api/v1/profiles/${id}`, undefined, 'DELETE'),
  customFormats: () => request<CustomFormat[]>('/api/v1/customformats'),
  saveFormat: (format: CustomFormat) => format.id ? post<CustomFormat>(`/api/v1/customformats/${format.id}`, format, 'PUT') : post<CustomFormat>('/api/v1/customformats', format),
  deleteFormat: (id: number) => post<void>(`/api/v1/customformats/${id}`, undefined, 'DELETE'),
  /** The JSON exactly as pasted: the server reads both *arr shapes, one format or an array. */
  importFormats: (json: string, app: ArrApp) => request<ImportedFormat[]>(`/api/v1/customformats/import${query({ app })}`, { method: 'POST', body: json }),
  exportFormat: (id: number, app: ArrApp) => request<unknown>(`/api/v1/customformats/${id}/export${query({ app })}`),
  downloadClients: () => request<DownloadClient[]>('/api/v1/downloadclients'),
  addDownloadClient: (input: DownloadClientInput) => post<DownloadClient>('/api/v1/downloadclients', input),
  updateDownloadClient: (id: number, input: DownloadClientInput) => post<DownloadClient>(`/api/v1/downloadclients/${id}`, input, 'PUT'),
  deleteDownloadClient: (id: number) => post<void>(`/api/v1/downloadclients/${id}`, undefined, 'DELETE'),
  testDownloadClient: (input: DownloadClientInput, id?: number) => post<{ version: string }>(id ? `/api/v1/downloadclients/${id}/test` : '/api/v1/downloadclients/test', input),
  delayProfile: () => request<DelayProfile>('/api/v1/delayprofile'),
  saveDelayProfile: (profile: DelayProfile) => post<DelayProfile>('/api/v1/delayprofile', profile, 'PUT'),
  blocklist: () => request<BlockedRelease[]>('/api/v1/blocklist'),
  block: (release: DecidedRelease) => post<BlockedRelease>('/api/v1/blocklist', { guid: release.guid, indexerId: release.indexerId }),
  unblock: (id: number) => post<void>(`/api/v1/blocklist/${id}`, undefined, 'DELETE'),
  calendar: (start: string, end: string, unmonitored = false) => request<CalendarEntry[]>(`/api/v1/calendar${query({ start, end, unmonitored })}`),
};
