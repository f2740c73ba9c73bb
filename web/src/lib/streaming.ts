// Which built-in device profile this browser is, and the quality choices the player offers.

/** The server's profile id for this browser: Safari and Firefox by name, every Chromium-based one as chromium. */
export function browserProfile(userAgent: string = navigator.userAgent): 'chromium' | 'firefox' | 'safari' {
  if (/firefox\//i.test(userAgent)) return 'firefox';
  if (/safari\//i.test(userAgent) && !/(chrome|chromium|crios|edg)\//i.test(userAgent)) return 'safari';
  return 'chromium';
}

export interface Quality { label: string; maxBitrate: number | null }

/** "Original" asks for no limit (the server's own for local or remote clients still holds). */
export const qualities: Quality[] = [
  { label: 'Original', maxBitrate: null },
  { label: '1080p · 8 Mbps', maxBitrate: 8_000_000 },
  { label: '720p · 4 Mbps', maxBitrate: 4_000_000 },
  { label: '480p · 1.5 Mbps', maxBitrate: 1_500_000 },
];

/** The line under the title that says how the server sends the file, and why when it does work on it. */
export function methodLabel(method: string, reasons: string[]): string {
  const name = method === 'directPlay' ? 'Direct play' : method === 'directStream' ? 'Direct stream (remux)' : 'Transcoding';
  return reasons.length ? `${name}: ${reasons.join('; ')}` : name;
}

/** The browser's preferred languages as the server matches them (two-letter codes). */
export function preferredLanguages(languages: readonly string[] = navigator.languages ?? []): string[] {
  return [...new Set(languages.map((l) => l.slice(0, 2).toLowerCase()))];
}

interface StorageLike { getItem(key: string): string | null; setItem(key: string, value: string): void }
const audioKey = (user: string) => `hearth.audio-language.${user.toLowerCase()}`;

/** The audio language this person last chose on this device, first; then the browser's languages. */
export function audioLanguages(user: string, storage: StorageLike = localStorage, browser: readonly string[] = navigator.languages ?? []): string[] {
  const chosen = storage.getItem(audioKey(user));
  return [...new Set([...(chosen ? [chosen] : []), ...preferredLanguages(browser)])];
}

/** Remembers a chosen audio track's language (ISO 639-2, e.g. fre) for this person's next film. */
export function rememberAudioLanguage(user: string, language: string | null, storage: StorageLike = localStorage) {
  if (language) storage.setItem(audioKey(user), language.toLowerCase());
}
