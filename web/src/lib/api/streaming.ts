// Streaming: asking how to play an item, keeping the playback alive and ending it; the admin's sessions.
import { post, request } from './http';
import type { components } from './schema';

type Schemas = components['schemas'];

export type PlayMethod = Schemas['PlayMethod'];
export type PlaybackAnswer = Schemas['PlaybackAnswer'];
export type PlaybackAsk = Schemas['PlaybackBody'];
export type SubtitleLink = Schemas['SubtitleLink'];
export type SessionRow = Schemas['SessionView'];

export const streamingApi = {
  playback: (id: string, ask: PlaybackAsk) => post<PlaybackAnswer>(`/api/v1/items/${id}/playback`, ask),
  pingPlayback: (session: string) => post<void>(`/api/v1/playback/${session}/ping`),
  stopPlayback: (session: string) => request<void>(`/api/v1/playback/${session}`, { method: 'DELETE', keepalive: true }),
  /**
   * Ends a playback from a page that is going away (a closed tab): a beacon outlives the page where a request
   * may not. It is a POST with the cookie and no body; false when the browser would not queue it.
   */
  stopPlaybackBeacon: (session: string) => navigator.sendBeacon?.(`/api/v1/playback/${session}/stop`) ?? false,
  sessions: () => request<SessionRow[]>('/api/v1/sessions'),
  stopSession: (id: string) => post<void>(`/api/v1/sessions/${id}`, undefined, 'DELETE'),
};
