import { describe, expect, it } from 'vitest';
import { pickNext, type Box } from '../src/lib/spatial';

const box = (left: number, top: number, w = 100, h = 150): Box => ({ left, top, right: left + w, bottom: top + h });

// a 3×3 poster grid, 20 px gaps, numbered row by row
const grid = [0, 1, 2].flatMap((row) => [0, 1, 2].map((col) => box(col * 120, row * 170)));

describe('pickNext', () => {
  it('moves right along the same row', () => {
    expect(pickNext(grid[0], grid.filter((_, i) => i !== 0), 'right')).toBe(0); // grid[1]
  });

  it('moves down to the same column, not the nearest corner', () => {
    const others = grid.filter((_, i) => i !== 1);
    expect(others[pickNext(grid[1], others, 'down')]).toBe(grid[4]);
  });

  it('stays in the row at its end instead of wrapping to the next row', () => {
    const others = grid.filter((_, i) => i !== 2);
    expect(pickNext(grid[2], others, 'right')).toBe(-1);
  });

  it('finds nothing above the first row', () => {
    const others = grid.filter((_, i) => i !== 0);
    expect(pickNext(grid[0], others, 'up')).toBe(-1);
  });

  it('from a short last row goes up to the column above', () => {
    const others = grid.filter((_, i) => i !== 6);
    expect(others[pickNext(grid[6], others, 'up')]).toBe(grid[3]);
  });

  it('moves from a header link down into content below it, preferring what lies under it', () => {
    const header = [box(0, 0, 80, 30), box(100, 0, 120, 30)];
    const cards = [box(0, 100), box(120, 100), box(240, 100)];
    const next = pickNext(header[1], [header[0], ...cards], 'down');
    expect(next).toBe(2); // cards[1], which overlaps the link horizontally
  });

  it('crosses to another row when nothing is in line', () => {
    const from = box(0, 0);
    const far = box(400, 300);
    expect(pickNext(from, [far], 'down')).toBe(0);
  });

  it('never picks an element behind', () => {
    expect(pickNext(box(200, 0), [box(0, 0)], 'right')).toBe(-1);
  });
});

describe('pickNext keeps focus where the eye expects it', () => {
  // a library page: the toolbar's sort menu sits above and to the right of the grid's last card
  const sortMenu = box(330, -60, 120, 40);
  const cards = [box(0, 0), box(120, 0), box(240, 0), box(0, 170)];

  it('does not leave a grid sideways from the last card of a row for a control above it', () => {
    expect(pickNext(cards[2], [sortMenu, cards[0], cards[1], cards[3]], 'right')).toBe(-1);
  });

  it('does not leave a short last row sideways either', () => {
    expect(pickNext(cards[3], [sortMenu, cards[0], cards[1], cards[2]], 'right')).toBe(-1);
  });

  it('goes up to the control just above rather than one in line far above', () => {
    const headerLink = box(0, -300, 80, 30);
    const search = box(150, -60, 160, 40);
    const candidates = [headerLink, search, cards[1], cards[2]];
    expect(candidates[pickNext(cards[0], candidates, 'up')]).toBe(search);
  });

  it('still prefers the one in line when both are as near', () => {
    const under = box(0, 200, 100, 40);
    const aside = box(150, 200, 100, 40);
    expect(pickNext(box(0, 0, 100, 150), [aside, under], 'down')).toBe(1);
  });
});
