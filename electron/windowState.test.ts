import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, placeWindow } from './windowState';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const monitorOnRight = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('window placement', () => {
  it('uses the usual size, centred, the first time', () => {
    expect(placeWindow(null, [laptop])).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
  });

  it('puts the window back where it was when that place is on a screen', () => {
    const saved = { x: 2000, y: 100, width: 1400, height: 900, maximized: true };
    expect(placeWindow(saved, [laptop, monitorOnRight])).toEqual(saved);
  });

  it('centres the window when its screen has been unplugged, keeping a size that fits', () => {
    const saved = { x: 2000, y: 100, width: 2400, height: 1300, maximized: false };
    expect(placeWindow(saved, [laptop])).toEqual({ width: 1920, height: 1040, maximized: false });
  });

  it('does not restore a window whose title bar would sit above the top of every screen', () => {
    const saved = { x: 100, y: -500, width: 1200, height: 800, maximized: false };
    expect(placeWindow(saved, [laptop])).not.toHaveProperty('x');
  });

  it('restores a window that only just overlaps a screen edge by a grabbable amount', () => {
    const saved = { x: 1750, y: 200, width: 1200, height: 800, maximized: false };
    expect(placeWindow(saved, [laptop])).toMatchObject({ x: 1750, y: 200 });
    expect(placeWindow({ ...saved, x: 1900 }, [laptop])).not.toHaveProperty('x');
  });
});
