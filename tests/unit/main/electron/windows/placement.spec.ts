import { describe, expect, it } from 'vitest';
import { clampToWorkAreas, topRightCorner } from '../../../../../apps/main/src/electron/windows/placement';

const primary = { x: 0, y: 0, width: 1920, height: 1040 };
const right = { x: 1920, y: 0, width: 1280, height: 1000 };

describe('clampToWorkAreas', () => {
  it('keeps a window that is wholly on a screen', () => {
    const rect = { x: 2000, y: 100, width: 320, height: 200 };
    expect(clampToWorkAreas(rect, [primary, right], primary)).toEqual(rect);
  });

  it('pulls a window hanging off an edge back onto the screen it overlaps most', () => {
    expect(clampToWorkAreas({ x: 3100, y: 950, width: 320, height: 200 }, [primary, right], primary)).toEqual(
      {
        x: 1920 + 1280 - 320,
        y: 1000 - 200,
        width: 320,
        height: 200,
      },
    );
  });

  it('moves a window from an unplugged monitor onto the primary screen', () => {
    expect(clampToWorkAreas({ x: 2500, y: 300, width: 320, height: 200 }, [primary], primary)).toEqual({
      x: 1920 - 320,
      y: 300,
      width: 320,
      height: 200,
    });
  });

  it('shrinks a window larger than the screen', () => {
    expect(clampToWorkAreas({ x: -50, y: -50, width: 4000, height: 3000 }, [primary], primary)).toEqual(
      primary,
    );
  });
});

describe('topRightCorner', () => {
  it('places a window inset from the top-right corner', () => {
    expect(topRightCorner({ width: 320, height: 200 }, { x: 100, y: 20, width: 1000, height: 800 })).toEqual({
      x: 100 + 1000 - 320 - 16,
      y: 36,
      width: 320,
      height: 200,
    });
  });
});
