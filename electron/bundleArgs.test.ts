import { describe, expect, it } from 'vitest';
import { findBundlePath } from './bundleArgs';

describe('bundle path from the command line', () => {
  it('finds a bundle double-clicked on Windows, even with spaces in the path', () => {
    const argv = [
      'C:\\Program Files\\Joined Up\\Joined Up.exe',
      'C:\\Users\\sam\\Downloads\\Team North.joinedup',
    ];
    expect(findBundlePath(argv)).toBe('C:\\Users\\sam\\Downloads\\Team North.joinedup');
  });

  it('finds a bundle in a second launch that Chromium has padded with its own switches', () => {
    const argv = [
      'C:\\Program Files\\Joined Up\\Joined Up.exe',
      '--allow-file-access-from-files',
      'D:\\Shared\\weekly.JOINEDUP',
      '--original-process-start-time=13345',
    ];
    expect(findBundlePath(argv)).toBe('D:\\Shared\\weekly.JOINEDUP');
  });

  it('finds a bundle passed on Linux as a plain path or as a file URL', () => {
    expect(findBundlePath(['/opt/Joined Up/joined-up', '/home/sam/team.joinedup'])).toBe(
      '/home/sam/team.joinedup',
    );
    expect(findBundlePath(['/opt/Joined Up/joined-up', 'file:///home/sam/my%20team.joinedup'])).toBe(
      '/home/sam/my team.joinedup',
    );
  });

  it('ignores the macOS process serial switch and a development launch with no bundle', () => {
    expect(
      findBundlePath(['/Applications/Joined Up.app/Contents/MacOS/Joined Up', '-psn_0_12345']),
    ).toBeNull();
    expect(findBundlePath(['/usr/lib/electron/electron', '.'])).toBeNull();
  });

  it('does not treat other files or the program itself as a bundle', () => {
    expect(findBundlePath(['/home/sam/odd.joinedup'])).toBeNull();
    expect(findBundlePath(['app', '/home/sam/notes.txt', '/home/sam/team.joinedup.txt'])).toBeNull();
  });
});
