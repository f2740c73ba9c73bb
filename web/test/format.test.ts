import { describe, expect, it } from 'vitest';
import { channels, clock, episodeCode, hdr, language, mediaLine, progress, resolutionLabel, runtime, subtitleLabel } from '../src/lib/format';

describe('format', () => {
  it('runtime reads as people say it', () => {
    expect(runtime(null)).toBeNull();
    expect(runtime(20_000)).toBe('1 min');
    expect(runtime(42 * 60_000)).toBe('42 min');
    expect(runtime(120 * 60_000)).toBe('2 h');
    expect(runtime(135 * 60_000)).toBe('2 h 15 min');
  });

  it('clock pads minutes and seconds and adds hours when needed', () => {
    expect(clock(0)).toBe('0:00');
    expect(clock(65.9)).toBe('1:05');
    expect(clock(3725)).toBe('1:02:05');
    expect(clock(Number.NaN)).toBe('0:00');
  });

  it('progress is null for unstarted or watched items and clamped otherwise', () => {
    expect(progress({ runtimeMs: 1000, userData: null })).toBeNull();
    expect(progress({ runtimeMs: 1000, userData: { positionMs: 500, played: false, playCount: 0, favourite: false, lastPlayedMs: 0 } })).toBe(0.5);
    expect(progress({ runtimeMs: 1000, userData: { positionMs: 5000, played: false, playCount: 0, favourite: false, lastPlayedMs: 0 } })).toBe(1);
    expect(progress({ runtimeMs: 1000, userData: { positionMs: 500, played: true, playCount: 1, favourite: false, lastPlayedMs: 0 } })).toBeNull();
  });

  it('episode codes cover single, multi-episode and season-less numbering', () => {
    expect(episodeCode({ parentIndexNumber: 1, indexNumber: 2, indexNumberEnd: null })).toBe('S01E02');
    expect(episodeCode({ parentIndexNumber: 3, indexNumber: 9, indexNumberEnd: 10 })).toBe('S03E09-E10');
    expect(episodeCode({ parentIndexNumber: null, indexNumber: 7, indexNumberEnd: null })).toBe('E07');
    expect(episodeCode({ parentIndexNumber: 1, indexNumber: null, indexNumberEnd: null })).toBeNull();
  });

  it('names languages, channels, HDR and resolutions', () => {
    expect(language('fre')).toBe('French');
    expect(language('xx')).toBe('xx');
    expect(language(null)).toBeNull();
    expect(channels(6)).toBe('5.1');
    expect(channels(3)).toBe('3 ch');
    expect(hdr('dolbyVision')).toBe('Dolby Vision');
    expect(hdr('none')).toBeNull();
    expect(resolutionLabel(3840, 1600)).toBe('4K');
    expect(resolutionLabel(1920, 800)).toBe('1080p');
    expect(resolutionLabel(720, 576)).toBe('576p');
  });

  it('labels a subtitle track with its flags', () => {
    expect(subtitleLabel({ index: 3, codec: 'subrip', language: 'eng', title: null, isDefault: false, isForced: true, isHearingImpaired: false, isExternal: true, path: null }))
      .toBe('English · Forced · SRT · External');
  });

  it('sums a file up in one line', () => {
    const line = mediaLine({
      container: 'matroska,webm', durationSeconds: 60, bitrate: 1,
      video: [{ index: 0, codec: 'hevc', profile: 'Main 10', width: 3840, height: 2160, level: null, frameRate: 24, bitDepth: 10, pixelFormat: null, hdr: 'hdr10',
        dolbyVisionProfile: null, colorTransfer: null, colorPrimaries: null, bitrate: null, isDefault: true }],
      audio: [{ index: 1, codec: 'eac3', profile: null, channels: 6, channelLayout: '5.1', language: 'eng', title: null, isDefault: true, bitrate: null, sampleRate: null }],
      subtitles: [],
    });
    expect(line).toBe('4K · HDR10 · HEVC · Dolby Digital Plus 5.1');
    expect(mediaLine(null)).toBeNull();
  });
});
