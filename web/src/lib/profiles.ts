// "Who's watching": the people who signed in on this device, remembered by name only (never a
// password or token), so a household picks a face instead of typing a name on a TV remote.

const key = 'hearth.profiles';
const max = 8;

export interface StorageLike { getItem(key: string): string | null; setItem(key: string, value: string): void }

export function knownProfiles(storage: StorageLike = localStorage): string[] {
  try {
    const value = JSON.parse(storage.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, max) : [];
  } catch {
    return [];
  }
}

/** Puts `name` first (most recent), without duplicates, keeping at most eight. */
export function rememberProfile(name: string, storage: StorageLike = localStorage): string[] {
  const list = [name, ...knownProfiles(storage).filter((n) => n.toLowerCase() !== name.toLowerCase())].slice(0, max);
  storage.setItem(key, JSON.stringify(list));
  return list;
}

export function forgetProfile(name: string, storage: StorageLike = localStorage): string[] {
  const list = knownProfiles(storage).filter((n) => n !== name);
  storage.setItem(key, JSON.stringify(list));
  return list;
}

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? words[0][0] + words[words.length - 1][0] : name.trim().slice(0, 2);
  return letters.toUpperCase();
}

/** A stable colour per name, so each person keeps theirs across devices. */
export function profileHue(name: string): number {
  let h = 0;
  for (const ch of name.toLowerCase()) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % 360;
}
