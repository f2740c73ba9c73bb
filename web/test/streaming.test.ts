import { describe, expect, it } from 'vitest';
import { audioLanguages, browserProfile, methodLabel, preferredLanguages, rememberAudioLanguage } from '../src/lib/streaming';
import { mbps } from '../src/pages/sessions';

describe('browserProfile', () => {
  it('tells the three engines apart by user agent', () => {
    expect(browserProfile('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36')).toBe('chromium');
    expect(browserProfile('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0')).toBe('firefox');
    expect(browserProfile('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15')).toBe('safari');
    expect(browserProfile('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0')).toBe('chromium');
  });
});

describe('methodLabel', () => {
  it('names the method and gives the reasons', () => {
    expect(methodLabel('directPlay', [])).toBe('Direct play');
    expect(methodLabel('transcode', ['audio DTS not supported → AAC stereo'])).toBe('Transcoding: audio DTS not supported → AAC stereo');
  });
});

describe('preferredLanguages', () => {
  it('keeps the order and folds regional variants', () => {
    expect(preferredLanguages(['de-AT', 'de', 'en-GB', 'en'])).toEqual(['de', 'en']);
  });
});

describe('mbps', () => {
  it('shows megabits with one decimal', () => {
    expect(mbps(4_250_000)).toBe('4.3 Mbps');
  });
});

describe('audioLanguages', () => {
  const memory = () => {
    const map = new Map<string, string>();
    return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => { map.set(k, v); } };
  };

  it('puts the language a person chose before the browser languages, per person', () => {
    const storage = memory();
    rememberAudioLanguage('Sam', 'fre', storage);
    expect(audioLanguages('sam', storage, ['en-GB'])).toEqual(['fre', 'en']);
    expect(audioLanguages('Robin', storage, ['en-GB'])).toEqual(['en']);
  });

  it('ignores a track without a language', () => {
    const storage = memory();
    rememberAudioLanguage('Sam', null, storage);
    expect(audioLanguages('Sam', storage, ['de'])).toEqual(['de']);
  });
});
