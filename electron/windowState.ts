/** Where to put the main window: the remembered place when it is still on a screen, otherwise centred. */
import type { WindowBounds } from '../shared/api/settings';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;

/** Enough of the title bar must show for the person to grab the window. */
const MIN_VISIBLE = { width: 120, height: 40 } as const;

export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export function placeWindow(saved: WindowBounds | null, workAreas: readonly Rect[]): WindowPlacement {
  if (!saved) return { ...DEFAULT_WINDOW_SIZE, maximized: false };
  const { x, y, width, height, maximized } = saved;
  if (x === undefined || y === undefined) return { width, height, maximized };
  const titleBar = { x, y, width, height: Math.min(height, MIN_VISIBLE.height) };
  const onScreen = workAreas.some((area) => {
    const overlap = intersection(titleBar, area);
    return overlap.width >= Math.min(MIN_VISIBLE.width, width) && overlap.height >= titleBar.height;
  });
  if (onScreen) return { x, y, width, height, maximized };
  // The screen it was on is gone (a laptop undocked): keep a size that fits the main screen, and let it centre.
  const primary = workAreas[0];
  return {
    width: primary ? Math.min(width, primary.width) : width,
    height: primary ? Math.min(height, primary.height) : height,
    maximized,
  };
}

function intersection(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}
