// Online metadata (TMDB, TVmaze): an item's match, identifying it, editing and locking its fields, choosing its
// pictures, refreshing; the unmatched list, the providers' status, collections and a library's metadata settings.
import { post, query, request } from './http';
import type { components } from './schema';
import type { ItemSummary } from './library';

type Schemas = components['schemas'];

export type ItemMetadata = Schemas['ItemMetadataDto'];
export type Candidate = Schemas['MetadataCandidate'];
export type RemoteImage = Schemas['RemoteImage'];
export type Unmatched = Schemas['UnmatchedDto'];
export type MetadataStatus = Schemas['MetadataStatusDto'];
export type ProviderState = Schemas['ProviderState'];
export type RefreshProgress = Schemas['RefreshProgress'];
export type Collection = Schemas['CollectionDto'];
export type CollectionDetail = Omit<Schemas['CollectionDetail'], 'items'> & { items: ItemSummary[] };
/** An edit: fields left out stay as they are; every field given is locked against refreshes. */
export type MetadataEdit = Partial<Schemas['MetadataEdit']>;
/** A match chosen by a person: a provider and its id, or an id of TMDB, IMDb or TVDB. */
export type IdentifyChoice = Partial<Schemas['IdentifyRequest']>;
export type PictureRole = 'poster' | 'backdrop';

export const metadataApi = {
  metadata: (id: string) => request<ItemMetadata>(`/api/v1/items/${id}/metadata`),
  editMetadata: (id: string, edit: MetadataEdit) => post<ItemMetadata>(`/api/v1/items/${id}/metadata`, edit, 'PATCH'),
  identifySearch: (id: string, title: string, year: number | null) =>
    post<Candidate[]>(`/api/v1/items/${id}/identify/search`, { title, year } satisfies Schemas['IdentifySearch']),
  identify: (id: string, choice: IdentifyChoice) => post<ItemMetadata>(`/api/v1/items/${id}/identify`, choice),
  remoteImages: (id: string, role: PictureRole) => request<RemoteImage[]>(`/api/v1/items/${id}/images/remote${query({ role })}`),
  chooseImage: (id: string, role: PictureRole, url: string) => post<ItemMetadata>(`/api/v1/items/${id}/images/${role}`, { url } satisfies Schemas['ChooseImage']),
  refreshItem: (id: string) => post<void>(`/api/v1/items/${id}/refresh`),
  refreshLibrary: (id: string) => post<RefreshProgress>(`/api/v1/libraries/${id}/refresh-metadata`),
  unmatched: (libraryId?: string) => request<Unmatched[]>(`/api/v1/metadata/unmatched${query({ libraryId })}`),
  metadataStatus: () => request<MetadataStatus>('/api/v1/metadata/status'),
  collections: () => request<Collection[]>('/api/v1/collections'),
  collection: (id: string) => request<CollectionDetail>(`/api/v1/collections/${id}`),
  setWriteNfo: (libraryId: string, writeNfo: boolean) => post<Schemas['LibraryDto']>(`/api/v1/libraries/${libraryId}`, { writeNfo } satisfies Schemas['LibraryUpdate'], 'PATCH'),
  setLibraryLanguage: (libraryId: string, language: string) => post<Schemas['LibraryDto']>(`/api/v1/libraries/${libraryId}`, { writeNfo: null, language } satisfies Schemas['LibraryUpdate'], 'PATCH'),
};

/** A provider's picture as Hearth serves it (the page loads pictures only from Hearth; Hearth fetches it once). */
export const previewUrl = (itemId: string, url: string) => `/api/v1/items/${itemId}/images/remote/preview${query({ url })}`;
