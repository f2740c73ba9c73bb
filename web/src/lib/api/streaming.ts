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
  sessions: () => request<SessionRow[]>('/api/v1/sessions'),
  stopSession: (id: string) => post<void>(`/api/v1/sessions/${id}`, undefined, 'DELETE'),
};
