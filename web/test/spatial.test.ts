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
