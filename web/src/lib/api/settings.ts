// Settings: the common ones an admin edits (saved to settings.json in the data folder).
import { post, request } from './http';
import type { components } from './schema';

type Schemas = components['schemas'];

export type Setting = Schemas['Setting'];
export type SettingsList = Schemas['SettingsList'];

export const settingsApi = {
  settings: () => request<SettingsList>('/api/v1/settings'),
  saveSettings: (values: Record<string, string>) => post<SettingsList>('/api/v1/settings', { values } satisfies Schemas['SettingsChange'], 'PUT'),
};
