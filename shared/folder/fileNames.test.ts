import { describe, expect, it } from 'vitest';
import {
  folderFileName,
  isOwnTemporary,
  parseFolderName,
  safePcName,
  teamTag,
  temporaryName,
  type FolderFileId,
} from './fileNames';

const ID: FolderFileId = {
  pcName: 'Front office PC',
  deviceId: '7f3a9c2e1b4d5a6f7e8d9c0b',
  teamTag: teamTag('3f2a9c1d-5b6e-4f70-8a91-b2c3d4e5f607'),
  seq: 42,
  kind: 'changes',
};
const NAME = 'Front office PC - 7f3a9c2e1b4d5a6f7e8d9c0b - team 3f2a9c1d - 000042 changes.joinedup';

describe('team folder file names', () => {
  it('name the PC, its device id, the team and the running number, and read back the same', () => {
    expect(folderFileName(ID)).toBe(NAME);
    expect(parseFolderName(NAME)).toEqual({ type: 'team-file', id: ID, copy: null });
    const full = folderFileName({ ...ID, kind: 'full', seq: 1234567 });
    expect(full).toContain('1234567 full.joinedup');
    expect(parseFolderName(full)).toMatchObject({ id: { kind: 'full', seq: 1234567 } });
  });

  it('keep a PC name readable on every system, whatever was typed', () => {
    expect(safePcName('Sam’s laptop: 2nd floor/desk #4')).toBe('Sam’s laptop 2nd floor desk 4');
    expect(safePcName('Büro – Platz 3')).toBe('Büro Platz 3');
    expect(safePcName('Reception - left desk')).toBe('Reception left desk');
    expect(safePcName('   ')).toBe('PC');
    expect(safePcName('x'.repeat(200))).toHaveLength(60);
    const odd = folderFileName({ ...ID, pcName: 'Desk <3> "A" - B.' });
    expect(parseFolderName(odd)).toMatchObject({ id: { deviceId: ID.deviceId, seq: 42 } });
  });

  it('recognise duplicates a sync tool or file manager made as the same file', () => {
    const stem = NAME.replace(/\.joinedup$/, '');
    for (const decoration of [' (1)', ' (12)', ' - Copy', ' - Copy (2)', ' copy', ' copy 3', ' 2']) {
      expect(parseFolderName(`${stem}${decoration}.joinedup`), decoration).toEqual({
        type: 'team-file',
        id: ID,
        copy: 'duplicate',
      });
    }
  });

  it('recognise conflict copies from Syncthing, OneDrive and Dropbox as the same file', () => {
    const stem = NAME.replace(/\.joinedup$/, '');
    for (const decoration of [
      '.sync-conflict-20261122-143005-ABCDEF7',
      '-DESKTOP-7F3A2B',
      " (Sam Okafor's conflicted copy 2026-11-22)",
      ' (conflicted copy 2026-11-22 143005)',
      ' [something else]',
    ]) {
      expect(parseFolderName(`${stem}${decoration}.joinedup`), decoration).toEqual({
        type: 'team-file',
        id: ID,
        copy: 'conflict',
      });
    }
  });

  it('leave temporary files alone and read any other Joined Up file by its contents', () => {
    const temp = temporaryName(NAME, () => 0.5);
    expect(temp).toMatch(/^\.Front office PC.*\.joinedup\.[0-9a-f]{8}\.tmp$/);
    expect(parseFolderName(temp)).toEqual({ type: 'ignore' });
    expect(isOwnTemporary(temp, ID.deviceId)).toBe(true);
    expect(isOwnTemporary(temp, 'another-device-id')).toBe(false);
    expect(parseFolderName(`.syncthing.${NAME}.tmp`)).toEqual({ type: 'ignore' });
    expect(parseFolderName(`~syncthing~${NAME}.tmp`)).toEqual({ type: 'ignore' });
    expect(parseFolderName('~$minutes.docx')).toEqual({ type: 'ignore' });
    expect(parseFolderName('desktop.ini')).toEqual({ type: 'ignore' });
    expect(parseFolderName('north-locality-team-2026-11-22.joinedup')).toEqual({ type: 'other-bundle' });
    expect(parseFolderName('TEAM BACKUP.JOINEDUP')).toEqual({ type: 'other-bundle' });
  });

  it('tell two teams sharing one folder apart by a tag from the team id', () => {
    expect(teamTag('3F2A9C1D-5B6E-4F70-8A91-B2C3D4E5F607')).toBe('3f2a9c1d');
    expect(teamTag('ab')).toBe('ab000000');
  });
});
