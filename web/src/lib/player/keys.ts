import { useEffect } from 'preact/hooks';
import { directions, isBack, moveFocus, type Direction } from '../spatial';

/** What a key does in the player. */
export type PlayerKey =
  | { action: 'back' } | { action: 'toggle' } | { action: 'fullscreen' } | { action: 'mute' }
  | { action: 'seek'; seconds: number } | { action: 'move'; direction: Direction };

/** Where focus is when a key is pressed: on a button (the play toggle?), the seek bar, or another control. */
export interface PlayerFocus { button: boolean; playToggle: boolean; seek: boolean; onControl: boolean }

/**
 * space/k play-pause (space on another button presses that button), left/right seek 10 s (unless a control
 * other than the seek bar or play button has focus: then they move focus, as up and down always do),
 * f full screen, m mute, Back leaves (or closes a menu); null for keys the player leaves alone.
 */
export function playerKey(key: string, back: boolean, focus: PlayerFocus): PlayerKey | null {
  if (back) return { action: 'back' };
  if (key === ' ' || key === 'k') return key === ' ' && focus.button && !focus.playToggle ? null : { action: 'toggle' };
  if (key === 'f') return { action: 'fullscreen' };
  if (key === 'm') return { action: 'mute' };
  const direction = directions[key];
  if (!direction) return null;
  if ((direction === 'left' || direction === 'right') && (!focus.onControl || focus.seek || focus.playToggle)) {
    return { action: 'seek', seconds: direction === 'left' ? -10 : 10 };
  }
  return { action: 'move', direction };
}

export interface PlayerKeyActions {
  /** Any key shows the controls again. */
  poke(): void;
  back(): void;
  toggle(): void;
  fullscreen(): void;
  mute(): void;
  seekBy(seconds: number): void;
}

/** The player's keys, on the whole page while it is open; the handler is renewed each render, so it sees the current state. */
export function usePlayerKeys(actions: PlayerKeyActions) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      actions.poke();
      const key = playerKey(event.key, isBack(event), {
        button: target.tagName === 'BUTTON',
        playToggle: target.classList.contains('play-toggle'),
        seek: target.classList.contains('seek'),
        onControl: !!target.closest('.player-controls button, .player-menu, .next-card, input'),
      });
      if (!key) return;
      // m leaves the key to the page as it always has; the rest are the player's alone
      if (key.action !== 'mute') event.preventDefault();
      switch (key.action) {
        case 'back': actions.back(); break;
        case 'toggle': actions.toggle(); break;
        case 'fullscreen': actions.fullscreen(); break;
        case 'mute': actions.mute(); break;
        case 'seek': actions.seekBy(key.seconds); break;
        case 'move': moveFocus(key.direction); break;
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });
}
