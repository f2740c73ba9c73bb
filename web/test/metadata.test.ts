import { describe, expect, it } from 'vitest';
import type { ItemMetadata } from '../src/lib/api';
import { parseRoute } from '../src/lib/router';
import { matchSentence } from '../src/pages/item-metadata';

const record = (change: Partial<ItemMetadata>): ItemMetadata => ({
  itemId: 'x', state: 'pending', provider: null, providerId: null, confidence: null, reason: null, lastOutcome: null, refreshedMs: null,
  retryAtMs: null, matchedByPerson: false, lockedFields: [], localFields: [], alternatives: [], ...change,
});

describe('the match in a sentence', () => {
  it('names the provider and id, and how sure the matcher was or that a person chose it', () => {
    expect(matchSentence(record({ state: 'matched', provider: 'tmdb', providerId: '78', confidence: 0.97 }))).toBe('Matched with TMDB 78 (97% sure).');
    expect(matchSentence(record({ state: 'matched', provider: 'tvmaze', providerId: '335', matchedByPerson: true }))).toBe('Matched with TVmaze 335, chosen by hand.');
  });

  it('gives the reason of an unmatched item and says what to do', () => {
    expect(matchSentence(record({ state: 'unmatched', reason: 'the best candidate scored 0.41' })))
      .toBe('Not matched: the best candidate scored 0.41. Identify it to choose the right title.');
    expect(matchSentence(record({}))).toBe('Waiting for its first metadata refresh.');
  });
});

describe('the metadata pages have addresses', () => {
  it('routes a collection and the unmatched tab', () => {
    expect(parseRoute('/collection/6f1c2b8e-0d6a-4c2e-9d4b-2b1f0e7a9c31')).toEqual({ page: 'collection', id: '6f1c2b8e-0d6a-4c2e-9d4b-2b1f0e7a9c31' });
    expect(parseRoute('/admin/unmatched')).toEqual({ page: 'admin', tab: 'unmatched' });
  });
});
