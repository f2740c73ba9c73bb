import { describe, expect, it } from 'vitest';
import type { SubtitleStream } from '../src/lib/api';
import { playerKey, type PlayerFocus } from '../src/lib/player/keys';
import { subtitleTrack } from '../src/lib/player/subtitles';

const sub = (index: number, flags: Partial<SubtitleStream> = {}): SubtitleStream => ({
  index, codec: 'subrip', language: 'eng', title: null, isDefault: false, isForced: false, isHearingImpaired: false, isExternal: false, path: null, ...flags,
});

describe('subtitleTrack', () => {
  it('makes a forced track a subtitles track the browser draws, saying Forced in its label', () => {
    const track = subtitleTrack(sub(1000, { isForced: true, isExternal: true }), 'item-1');
    expect(track).toEqual({ id: 'sub-1000', kind: 'subtitles', src: '/api/v1/items/item-1/subtitles/1000', srclang: 'eng', label: 'English · Forced · SRT · External' });
  });

  it('gives every text track a valid kind, and an undetermined language when none is known', () => {
    const kinds = [sub(2), sub(3, { isForced: true }), sub(4, { isHearingImpaired: true, language: null })].map((s) => subtitleTrack(s, 'i'));
    expect(kinds.map((t) => t.kind)).toEqual(['subtitles', 'subtitles', 'subtitles']);
    expect(kinds[2].srclang).toBe('und');
  });
});

describe('playerKey', () => {
  const nowhere: PlayerFocus = { button: false, playToggle: false, seek: false, onControl: false };
  const playButton: PlayerFocus = { button: true, playToggle: true, seek: false, onControl: true };
  const otherButton: PlayerFocus = { button: true, playToggle: false, seek: false, onControl: true };
  const seekBar: PlayerFocus = { button: false, playToggle: false, seek: true, onControl: true };

  it('plays and pauses with space and k, but space on another button presses that button', () => {
    expect(playerKey(' ', false, nowhere)).toEqual({ action: 'toggle' });
    expect(playerKey(' ', false, playButton)).toEqual({ action: 'toggle' });
    expect(playerKey(' ', false, otherButton)).toBeNull();
    expect(playerKey('k', false, otherButton)).toEqual({ action: 'toggle' });
  });

  it('seeks with left and right unless another control has focus, where arrows move focus', () => {
    expect(playerKey('ArrowLeft', false, nowhere)).toEqual({ action: 'seek', seconds: -10 });
    expect(playerKey('ArrowRight', false, seekBar)).toEqual({ action: 'seek', seconds: 10 });
    expect(playerKey('ArrowRight', false, playButton)).toEqual({ action: 'seek', seconds: 10 });
    expect(playerKey('ArrowRight', false, otherButton)).toEqual({ action: 'move', direction: 'right' });
    expect(playerKey('ArrowUp', false, nowhere)).toEqual({ action: 'move', direction: 'up' });
  });

  it('goes back on Back, full screen on f, mutes on m, and leaves other keys alone', () => {
    expect(playerKey('Escape', true, otherButton)).toEqual({ action: 'back' });
    expect(playerKey('f', false, nowhere)).toEqual({ action: 'fullscreen' });
    expect(playerKey('m', false, nowhere)).toEqual({ action: 'mute' });
    expect(playerKey('x', false, nowhere)).toBeNull();
    expect(playerKey('Enter', false, otherButton)).toBeNull();
  });
});
