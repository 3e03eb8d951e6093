import { describe, expect, it, vi } from 'vitest';
import type { OpenedFile } from '../shared/api/appApi';
import { createBundleHandover } from './bundleHandover';

function setUp() {
  const sent: OpenedFile[] = [];
  const focus = vi.fn();
  const read = vi.fn(async (path: string): Promise<OpenedFile> => {
    if (path.includes('broken')) throw new Error('unreadable');
    return { name: path.split(/[\\/]/).pop() ?? path, bytes: new Uint8Array([1]) };
  });
  const handover = createBundleHandover({ focus, read, send: (file) => sent.push(file) });
  return { handover, sent, focus, read };
}

describe('bundles handed over by the operating system', () => {
  it('holds a bundle from the first launch until the page has loaded, then hands it over', async () => {
    const { handover, sent } = setUp();
    handover.fromArgs(['/opt/joined-up', '/home/sam/team.joinedup'], '/home/sam');
    expect(sent).toEqual([]);
    await handover.pageReady();
    expect(sent.map((file) => file.name)).toEqual(['team.joinedup']);
  });

  it('forwards a bundle from a second launch to the running app and brings its window forward', async () => {
    const { handover, sent, focus } = setUp();
    await handover.pageReady();
    handover.fromArgs(['C:\\Joined Up\\Joined Up.exe', '--', 'inbox\\weekly.joinedup'], 'D:\\Team');
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.name).toBe('weekly.joinedup');
    expect(focus).toHaveBeenCalled();
  });

  it('brings the running app forward when a second launch carries no bundle', async () => {
    const { handover, sent, focus, read } = setUp();
    await handover.pageReady();
    handover.fromArgs(['/opt/joined-up', '--no-sandbox'], '/home/sam');
    expect(focus).toHaveBeenCalledTimes(1);
    expect(read).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });

  it('keeps every file opened while the page reloads, in order, and survives one it cannot read', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { handover, sent } = setUp();
    await handover.pageReady();
    handover.pageGone();
    handover.fromPath('/Users/sam/first.joinedup');
    handover.fromPath('/Users/sam/broken.joinedup');
    handover.fromPath('/Users/sam/second.joinedup');
    expect(sent).toEqual([]);
    await handover.pageReady();
    expect(sent.map((file) => file.name)).toEqual(['first.joinedup', 'second.joinedup']);
  });
});
