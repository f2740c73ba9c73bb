// Access: first-run setup, signing in and out, people and their API keys; and what the server says of itself.
import { post, request } from './http';
import type { components } from './schema';

type Schemas = components['schemas'];

export type Me = Schemas['Me'];
export type User = Schemas['UserDto'];
export type ApiKey = Schemas['ApiKeyInfo'];
export type SignedIn = Schemas['LoginResponse'];
export type ServerInfo = Schemas['ServerInfo'];
/** A change to someone: fields left out stay as they are (the server reads them as null). */
export type UserChange = Partial<Schemas['UserChange']>;

export const accessApi = {
  setupState: () => request<Schemas['SetupState']>('/api/v1/setup'),
  setup: (token: string, username: string, password: string) => post<SignedIn>('/api/v1/setup', { token, username, password } satisfies Schemas['SetupRequest']),
  login: (username: string, password: string) => post<SignedIn>('/api/v1/auth/login', { username, password } satisfies Schemas['LoginRequest']),
  logout: () => post<void>('/api/v1/auth/logout'),
  me: () => request<Me>('/api/v1/me'),
  server: () => request<ServerInfo>('/api/v1/server'),

  users: () => request<User[]>('/api/v1/users'),
  addUser: (name: string, password: string, isAdmin: boolean, libraries: string[] | null, canUseIndexers = false) =>
    post<User>('/api/v1/users', { name, password, isAdmin, allLibraries: libraries === null, libraries: libraries ?? [], canUseIndexers } satisfies Schemas['NewUser']),
  updateUser: (id: string, change: UserChange) => post<User>(`/api/v1/users/${id}`, change, 'PATCH'),
  setPassword: (id: string, password: string, revokeApiKeys = false) => post<void>(`/api/v1/users/${id}/password`, { password, revokeApiKeys } satisfies Schemas['PasswordChange']),
  userApiKeys: (id: string) => request<ApiKey[]>(`/api/v1/users/${id}/api-keys`),
  apiKeys: () => request<ApiKey[]>('/api/v1/me/api-keys'),
  createApiKey: (name: string) => post<Schemas['ApiKeyCreated']>('/api/v1/me/api-keys', { name } satisfies Schemas['NewApiKey']),
  revokeApiKey: (id: string) => post<void>(`/api/v1/me/api-keys/${id}`, undefined, 'DELETE'),
  deleteUser: (id: string) => post<void>(`/api/v1/users/${id}`, undefined, 'DELETE'),
  /** Approves the six-digit code a TV app (Jellyfin's Quick Connect) shows: that app is then signed in as you. */
  approveQuickConnect: (code: string) => post<void>('/api/v1/quick-connect/authorize', { code } satisfies Schemas['QuickConnectApproval']),
};
