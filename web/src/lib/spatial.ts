// Arrow-key focus movement for a TV remote, after Android's FocusFinder: the next element is the nearest one
// in the pressed direction. Sideways, only what shares the row counts (the end of a grid's row is the end:
// focus never leaves a grid sideways for a control above it); up and down prefer what lies in the same
// column, unless something out of line is wholly nearer, so focus goes where the eye expects.

export type Direction = 'up' | 'down' | 'left' | 'right';

export interface Box { left: number; top: number; right: number; bottom: number }

/** The index of the best candidate to move to from `from`, or -1 when nothing lies that way. */
export function pickNext(from: Box, candidates: Box[], direction: Direction): number {
  const horizontal = direction === 'left' || direction === 'right';
  // edge to edge, how far the candidate's near and far sides lie ahead in the pressed direction
  const near = (c: Box) =>
    direction === 'right' ? c.left - from.right : direction === 'left' ? from.left - c.right : direction === 'down' ? c.top - from.bottom : from.top - c.bottom;
  const far = (c: Box) =>
    direction === 'right' ? c.right - from.right : direction === 'left' ? from.left - c.left : direction === 'down' ? c.bottom - from.bottom : from.top - c.top;
  // whether it shares the row (sideways) or the column (up and down) with where focus is
  const inBeam = (c: Box) => horizontal
    ? Math.min(c.bottom, from.bottom) - Math.max(c.top, from.top) > 0
    : Math.min(c.right, from.right) - Math.max(c.left, from.left) > 0;
  const centreAcross = (c: Box) => horizontal
    ? Math.abs((c.top + c.bottom) / 2 - (from.top + from.bottom) / 2)
    : Math.abs((c.left + c.right) / 2 - (from.left + from.right) / 2);
  // how far it is, the way FocusFinder weighs it: the pressed axis counts thirteen times the other
  const distance = (c: Box) => 13 * Math.max(0, near(c)) ** 2 + centreAcross(c) ** 2;
  // ahead at all: its centre lies further in the pressed direction (a small overlap is tolerated)
  const ahead = (c: Box) => {
    const slack = horizontal ? (from.right - from.left) / 2 : (from.bottom - from.top) / 2;
    return near(c) >= -slack && far(c) > 0 && (horizontal
      ? (direction === 'right' ? c.left + c.right > from.left + from.right : c.left + c.right < from.left + from.right)
      : (direction === 'down' ? c.top + c.bottom > from.top + from.bottom : c.top + c.bottom < from.top + from.bottom));
  };
  /** Whether a beats b: in the beam beats out of it unless the other is wholly nearer; then the nearer. */
  const beats = (a: Box, b: Box) => {
    const aBeam = inBeam(a);
    const bBeam = inBeam(b);
    if (aBeam && !bBeam) return Math.max(0, near(a)) < far(b);
    if (bBeam && !aBeam) return !(Math.max(0, near(b)) < far(a));
    return distance(a) < distance(b);
  };

  let best = -1;
  candidates.forEach((c, i) => {
    if (!ahead(c)) return;
    // sideways, a row's end is the end: nothing out of the row is taken
    if (horizontal && !inBeam(c)) return;
    if (best < 0 || beats(c, candidates[best])) best = i;
  });
  return best;
}

export const directions: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), video[controls]';

function visible(el: HTMLElement): boolean {
  // the skip link sits off screen until tabbed to; arrows never land on it
  if (el.closest('[inert], [aria-hidden="true"], [data-spatial-skip]')) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
}

/**
 * Keys an input keeps for itself: text editing wants left/right (until the caret reaches the end). A closed
 * select keeps none: its arrows would change the value (the sort, the filter) as focus passes over it, so
 * arrows only move focus and Enter opens it (see `openOnEnter`).
 */
function keptByField(el: Element, direction: Direction): boolean {
  if (el instanceof HTMLInputElement) {
    const text = !['checkbox', 'radio', 'button', 'submit', 'range'].includes(el.type);
    if (el.type === 'range') return direction === 'left' || direction === 'right';
    if (!text) return false;
    if (direction === 'left') return (el.selectionStart ?? 0) > 0;
    if (direction === 'right') return (el.selectionEnd ?? 0) < el.value.length;
    return false;
  }
  if (el instanceof HTMLTextAreaElement) return true;
  return false;
}

/** Enter on a select opens its list, where arrows choose and Enter picks; returns whether it did. */
export function openOnEnter(event: KeyboardEvent): boolean {
  const el = event.target;
  if (event.key !== 'Enter' || !(el instanceof HTMLSelectElement)) return false;
  try {
    el.showPicker();
  } catch {
    // showPicker is refused without a user gesture; a key press is one, so this is only old browsers
    return false;
  }
  return true;
}

/** Moves focus one step; returns whether it moved. Scope: the open dialog, else the whole page. */
export function moveFocus(direction: Direction, root: ParentNode = document): boolean {
  const active = document.activeElement as HTMLElement | null;
  const scope = (root.querySelector('dialog[open], [role="dialog"]') as HTMLElement | null) ?? root;
  const all = Array.from(scope.querySelectorAll<HTMLElement>(focusable)).filter(visible);
  if (!active || active === document.body || !all.includes(active)) {
    const first = all.find((el) => el.hasAttribute('data-autofocus')) ?? all.find((el) => el.closest('main')) ?? all[0];
    first?.focus();
    return Boolean(first);
  }
  if (keptByField(active, direction)) return false;
  const others = all.filter((el) => el !== active);
  const index = pickNext(active.getBoundingClientRect(), others.map((el) => el.getBoundingClientRect()), direction);
  if (index < 0) return false;
  const next = others[index];
  next.focus({ preventScroll: true });
  next.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'smooth' });
  return true;
}

/** Whether a key means "back" on a remote or keyboard (Backspace only outside text fields). */
export function isBack(event: KeyboardEvent): boolean {
  if (event.key === 'Escape' || event.key === 'BrowserBack' || event.key === 'GoBack') return true;
  if (event.key !== 'Backspace') return false;
  const t = event.target as HTMLElement | null;
  return !(t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t?.isContentEditable);
}
