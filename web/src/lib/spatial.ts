// Arrow-key focus movement for a TV remote: the next element is the nearest one in the pressed
// direction, preferring those that overlap the current one on the other axis (the same row of a grid,
// the same column of a list), so moving through a poster grid goes by row and column as people expect.

export type Direction = 'up' | 'down' | 'left' | 'right';

export interface Box { left: number; top: number; right: number; bottom: number }

/** The index of the best candidate to move to from `from`, or -1 when nothing lies that way. */
export function pickNext(from: Box, candidates: Box[], direction: Direction): number {
  let best = -1;
  let bestScore = Infinity;
  const horizontal = direction === 'left' || direction === 'right';
  candidates.forEach((c, i) => {
    // how far the candidate lies ahead in the pressed direction (edge to edge, small overlaps tolerated)
    const ahead =
      direction === 'right' ? c.left - from.right :
      direction === 'left' ? from.left - c.right :
      direction === 'down' ? c.top - from.bottom :
      from.top - c.bottom;
    const slack = horizontal ? (from.right - from.left) / 2 : (from.bottom - from.top) / 2;
    if (ahead < -slack) return;
    const centreAhead = horizontal
      ? (direction === 'right' ? (c.left + c.right) - (from.left + from.right) : (from.left + from.right) - (c.left + c.right))
      : (direction === 'down' ? (c.top + c.bottom) - (from.top + from.bottom) : (from.top + from.bottom) - (c.top + c.bottom));
    if (centreAhead <= 0) return;
    // distance across the movement axis: 0 when the boxes overlap (same row or column)
    const across = horizontal
      ? Math.max(0, Math.max(c.top, from.top) - Math.min(c.bottom, from.bottom))
      : Math.max(0, Math.max(c.left, from.left) - Math.min(c.right, from.right));
    const centreAcross = horizontal
      ? Math.abs((c.top + c.bottom) / 2 - (from.top + from.bottom) / 2)
      : Math.abs((c.left + c.right) / 2 - (from.left + from.right) / 2);
    // staying in line matters far more than distance; then nearer ahead; then better centred
    const score = (across > 0 ? 1e6 + across * 100 : 0) + Math.max(0, ahead) * 10 + centreAcross;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
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

/** Keys an input keeps for itself: text editing wants left/right; a select wants up/down. */
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
  if (el instanceof HTMLSelectElement) return direction === 'up' || direction === 'down';
  return false;
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
