import { describe, expect, it } from 'vitest';
import { forgetProfile, initials, knownProfiles, profileHue, rememberProfile, type StorageLike } from '../src/lib/profiles';
import { parseRoute } from '../src/lib/router';
import { query } from '../src/lib/api';

function memory(): StorageLike {
  const values = new Map<string, string>();
  return { getItem: (k) => values.get(k) ?? null, setItem: (k, v) => { values.set(k, v); } };
}

describe('profiles', () => {
  it('remembers names most recent first, once each', () => {
    const store = memory();
    rememberProfile('Sam', store);
    rememberProfile('Robin', store);
    rememberProfile('sam', store);
    expect(knownProfiles(store)).toEqual(['sam', 'Robin']);
    expect(forgetProfile('Robin', store)).toEqual(['sam']);
  });

  it('survives garbage in storage', () => {
    const store = memory();
    store.setItem('hearth.profiles', '{not json');
    expect(knownProfiles(store)).toEqual([]);
    store.setItem('hearth.profiles', '[1, "Ann", null]');
    expect(knownProfiles(store)).toEqual(['Ann']);
  });

  it('makes initials and a stable colour', () => {
    expect(initials('Ann Marie Lee')).toBe('AL');
    expect(initials('robin')).toBe('RO');
    expect(profileHue('Sam')).toBe(profileHue('sam'));
  });
});

describe('routes', () => {
  const id = '01a21430-472f-78ad-bb73-e7e225c942ab';
  it('reads every page from its path', () => {
    expect(parseRoute('/')).toEqual({ page: 'home' });
    expect(parseRoute(`/item/${id}`)).toEqual({ page: 'item', id });
    expect(parseRoute(`/play/${id}/`)).toEqual({ page: 'play', id });
    expect(parseRoute('/admin')).toEqual({ page: 'admin', tab: 'users' });
    expect(parseRoute('/admin/libraries')).toEqual({ page: 'admin', tab: 'libraries' });
    expect(parseRoute('/item/not-an-id')).toEqual({ page: 'notFound', path: '/item/not-an-id' });
  });

  it('builds query strings without empty values', () => {
    expect(query({ a: 1, b: null, c: '', d: false, e: 'x y' })).toBe('?a=1&d=false&e=x+y');
    expect(query({})).toBe('');
  });
});
