import type { AudioStream, ItemSummary, MediaInfo, SubtitleStream } from './api';

export function runtime(ms: number | null | undefined): string | null {
  if (!ms || ms <= 0) return null;
  const minutes = Math.round(ms / 60000);
  if (minutes < 60) return `${Math.max(1, minutes)} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}

export function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) seconds = 0;
  const s = Math.floor(seconds % 60);
  const m = Math.floor(seconds / 60) % 60;
  const h = Math.floor(seconds / 3600);
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** The fraction watched, for progress bars; null when there is nothing to show. */
export function progress(item: Pick<ItemSummary, 'runtimeMs' | 'userData'>): number | null {
  const position = item.userData?.positionMs ?? 0;
  if (!item.runtimeMs || position <= 0 || item.userData?.played) return null;
  return Math.min(1, Math.max(0.01, position / item.runtimeMs));
}

export function episodeCode(item: Pick<ItemSummary, 'parentIndexNumber' | 'indexNumber' | 'indexNumberEnd'>): string | null {
  if (item.indexNumber == null) return null;
  const two = (n: number) => String(n).padStart(2, '0');
  const end = item.indexNumberEnd != null && item.indexNumberEnd !== item.indexNumber ? `-E${two(item.indexNumberEnd)}` : '';
  return item.parentIndexNumber != null ? `S${two(item.parentIndexNumber)}E${two(item.indexNumber)}${end}` : `E${two(item.indexNumber)}${end}`;
}

const languages: Record<string, string> = {
  eng: 'English', en: 'English', fre: 'French', fra: 'French', fr: 'French', ger: 'German', deu: 'German', de: 'German',
  spa: 'Spanish', es: 'Spanish', ita: 'Italian', it: 'Italian', jpn: 'Japanese', ja: 'Japanese', dut: 'Dutch', nld: 'Dutch', nl: 'Dutch',
  por: 'Portuguese', pt: 'Portuguese', rus: 'Russian', ru: 'Russian', chi: 'Chinese', zho: 'Chinese', zh: 'Chinese', kor: 'Korean', ko: 'Korean',
  swe: 'Swedish', sv: 'Swedish', dan: 'Danish', da: 'Danish', nor: 'Norwegian', no: 'Norwegian', fin: 'Finnish', fi: 'Finnish',
  pol: 'Polish', pl: 'Polish', tur: 'Turkish', tr: 'Turkish', ara: 'Arabic', ar: 'Arabic', hin: 'Hindi', hi: 'Hindi', und: 'Unknown',
};

export function language(code: string | null | undefined): string | null {
  if (!code) return null;
  return languages[code.toLowerCase()] ?? code;
}

export function channels(count: number): string {
  switch (count) {
    case 1: return 'Mono';
    case 2: return 'Stereo';
    case 6: return '5.1';
    case 8: return '7.1';
    default: return `${count} ch`;
  }
}

const codecs: Record<string, string> = {
  aac: 'AAC', ac3: 'Dolby Digital', eac3: 'Dolby Digital Plus', dts: 'DTS', truehd: 'Dolby TrueHD', flac: 'FLAC', opus: 'Opus',
  mp3: 'MP3', vorbis: 'Vorbis', h264: 'H.264', hevc: 'HEVC', av1: 'AV1', vp9: 'VP9', mpeg2video: 'MPEG-2', subrip: 'SRT',
  ass: 'ASS', ssa: 'SSA', webvtt: 'WebVTT', mov_text: 'Text', hdmv_pgs_subtitle: 'PGS', dvd_subtitle: 'VobSub',
};
export const codec = (name: string) => codecs[name.toLowerCase()] ?? name.toUpperCase();

const hdrNames: Record<string, string> = { hdr10: 'HDR10', hdr10Plus: 'HDR10+', hlg: 'HLG', dolbyVision: 'Dolby Vision' };
export const hdr = (kind: string | null | undefined) => (kind && kind !== 'none' ? hdrNames[kind] ?? kind : null);

export function audioLabel(a: AudioStream): string {
  return [language(a.language) ?? 'Unknown language', codec(a.codec), channels(a.channels), a.title].filter(Boolean).join(' · ');
}

export function subtitleLabel(s: SubtitleStream): string {
  const flags = [s.isForced ? 'Forced' : null, s.isHearingImpaired ? 'SDH' : null].filter(Boolean).join(', ');
  return [language(s.language) ?? 'Unknown language', flags || null, codec(s.codec), s.isExternal ? 'External' : null].filter(Boolean).join(' · ');
}

/** One line of what the file is: "4K · HDR10 · HEVC · Dolby Digital Plus 5.1". */
export function mediaLine(info: MediaInfo | null): string | null {
  if (!info) return null;
  const v = info.video[0];
  const a = info.audio.find((x) => x.isDefault) ?? info.audio[0];
  const parts = [
    v ? resolutionLabel(v.width, v.height) : null,
    v ? hdr(v.hdr) : null,
    v ? codec(v.codec) : null,
    a ? `${codec(a.codec)} ${channels(a.channels)}` : null,
  ];
  return parts.filter(Boolean).join(' · ') || null;
}

export function resolutionLabel(width: number, height: number): string {
  if (width >= 3200 || height >= 2000) return '4K';
  if (width >= 1800 || height >= 1000) return '1080p';
  if (width >= 1200 || height >= 700) return '720p';
  if (height >= 560) return '576p';
  return 'SD';
}

export function dateAdded(ms: number, now = Date.now()): string {
  const days = Math.floor((now - ms) / 86400000);
  if (days <= 0) return 'Added today';
  if (days === 1) return 'Added yesterday';
  if (days < 30) return `Added ${days} days ago`;
  return `Added ${new Date(ms).toLocaleDateString()}`;
}
