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

describe('bundle path from a second launch', () => {
  it('finds a Windows path with spaces among switches Windows and Chromium put before and after it', () => {
    const argv = [
      'C:\\Program Files\\Joined Up\\Joined Up.exe',
      '--',
      '--enable-features=Something',
      'C:\\Users\\Sam Okafor\\My Documents\\North team (Monday).joinedup',
      '--flag-switches-begin',
      '--flag-switches-end',
    ];
    expect(findBundlePath(argv, 'C:\\Windows\\System32')).toBe(
      'C:\\Users\\Sam Okafor\\My Documents\\North team (Monday).joinedup',
    );
  });

  it('resolves a relative Windows path against the folder the second launch started in', () => {
    expect(
      findBundlePath(['C:\\Joined Up\\Joined Up.exe', 'shared\\weekly.joinedup'], 'D:\\Team files'),
    ).toBe('D:\\Team files\\shared\\weekly.joinedup');
    expect(
      findBundlePath(['C:\\Joined Up\\Joined Up.exe', '..\\weekly.joinedup'], '\\\\server\\team\\inbox'),
    ).toBe('\\\\server\\team\\weekly.joinedup');
  });

  it('resolves a relative Linux or macOS path against the folder the second launch started in', () => {
    expect(findBundlePath(['/opt/Joined Up/joined-up', 'team.joinedup'], '/home/sam/Downloads')).toBe(
      '/home/sam/Downloads/team.joinedup',
    );
    expect(findBundlePath(['/opt/Joined Up/joined-up', '../shared/team.joinedup'], '/home/sam/x')).toBe(
      '/home/sam/shared/team.joinedup',
    );
  });

  it('leaves an absolute path alone whatever folder the launch started in', () => {
    expect(findBundlePath(['joined-up', '/srv/team.joinedup'], '/home/sam')).toBe('/srv/team.joinedup');
    expect(findBundlePath(['Joined Up.exe', 'E:\\team.joinedup'], 'C:\\Users\\sam')).toBe(
      'E:\\team.joinedup',
    );
  });

  it('skips the macOS process serial number and finds a bundle after it', () => {
    expect(
      findBundlePath(
        ['/Applications/Joined Up.app/Contents/MacOS/Joined Up', '-psn_0_98765', '/Users/sam/team.joinedup'],
        '/',
      ),
    ).toBe('/Users/sam/team.joinedup');
  });
});
