// Indexers: the Torznab/Newznab sites Hearth searches, their health and limits, and release search.
import { post, query, request } from './http';
import type { components } from './schema';

type Schemas = components['schemas'];

export type Indexer = Schemas['IndexerDto'];
export type IndexerHealth = Schemas['IndexerHealth'];
export type IndexerLimits = Schemas['IndexerLimits'];
export type IndexerCategory = Schemas['IndexerCategory'];
export type IndexerCaps = Schemas['IndexerCaps'];
export type IndexerState = Schemas['IndexerState'];
export type IndexerStats = Schemas['IndexerStats'];
export type SearchMode = Schemas['SearchMode'];
/** What is sent to add or change an indexer: on a change, fields left out (the API key, say) keep what is stored. */
export type IndexerInput = Partial<Schemas['IndexerInput']>;
export type Release = Schemas['IndexerRelease'];
export type IndexerOutcome = Schemas['IndexerSearchOutcome'];
export type ReleaseSearch = Schemas['ReleaseSearchResult'];

export const indexersApi = {
  indexers: () => request<Indexer[]>('/api/v1/indexers'),
  addIndexer: (input: IndexerInput) => post<Indexer>('/api/v1/indexers', input),
  tryIndexer: (input: IndexerInput) => post<IndexerCaps>('/api/v1/indexers/test', input),
  updateIndexer: (id: string, input: IndexerInput) => post<Indexer>(`/api/v1/indexers/${id}`, input, 'PUT'),
  testIndexer: (id: string) => post<Indexer>(`/api/v1/indexers/${id}/test`),
  deleteIndexer: (id: string) => post<void>(`/api/v1/indexers/${id}`, undefined, 'DELETE'),
  searchReleases: (params: Record<string, string | number | null | undefined>) => request<ReleaseSearch>(`/api/v1/indexers/search${query(params)}`),
};
