import { createElement, type ReactNode } from 'react';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeTestTeam } from '../../../tests/factories/testTeam';
import type { TeamDb } from '../../db/teamDb';
import { createRecord, deleteRecord, updateRecord } from '../../db/writer';
import { TeamDbContext } from '../team/teamContexts';
import { useLiveRows } from './useLiveRows';
import { useRecord } from './useRecord';

/** Renders a read hook inside an open team, as the app's pages do. */
function inTeam(db: TeamDb) {
  return {
    wrapper: ({ children }: { children: ReactNode }) =>
      createElement(TeamDbContext.Provider, { value: db }, children),
  };
}

describe('live reads for the interface', () => {
  it('shows a case’s actions as they are added and hides deleted ones', async () => {
    const { db, ctx, columnIds } = await makeTestTeam();
    const caseId = await createRecord(ctx, 'cases', {
      reference: 'JU-0200',
      columnId: columnIds[0] ?? '',
      openedAt: '2026-02-02',
    });
    const { result } = renderHook(
      () => useLiveRows('actions', { where: { index: 'caseId', equals: caseId } }),
      inTeam(db),
    );
    await waitFor(() => expect(result.current).toEqual([]));
    const first = await createRecord(ctx, 'actions', { caseId, text: 'Book the review' });
    await createRecord(ctx, 'actions', { caseId, text: 'Call the GP' });
    await createRecord(ctx, 'actions', { caseId: crypto.randomUUID(), text: 'Another case' });
    await waitFor(() =>
      expect(result.current?.map((row) => row.text).sort()).toEqual(['Book the review', 'Call the GP']),
    );
    await deleteRecord(ctx, 'actions', first);
    await waitFor(() => expect(result.current?.map((row) => row.text)).toEqual(['Call the GP']));
  });

  it('follows one record and reports it gone once deleted', async () => {
    const { db, ctx } = await makeTestTeam();
    const agencyId = await createRecord(ctx, 'agencies', { name: 'Hillside School', type: 'education' });
    const { result } = renderHook(() => useRecord('agencies', agencyId), inTeam(db));
    await waitFor(() => expect(result.current?.name).toBe('Hillside School'));
    await updateRecord(ctx, 'agencies', agencyId, { name: 'Hillside Academy' });
    await waitFor(() => expect(result.current?.name).toBe('Hillside Academy'));
    await deleteRecord(ctx, 'agencies', agencyId);
    await waitFor(() => expect(result.current).toBeNull());
  });

  it('keeps a list in the order asked for as rows change', async () => {
    const { db, ctx } = await makeTestTeam();
    await createRecord(ctx, 'agencies', { name: 'Riverside Health', type: 'health' });
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    const { result } = renderHook(() => useLiveRows('agencies', { order: byName }), inTeam(db));
    await waitFor(() => expect(result.current?.map((row) => row.name)).toEqual(['Riverside Health']));
    await createRecord(ctx, 'agencies', { name: 'Hillside School', type: 'education' });
    await waitFor(() =>
      expect(result.current?.map((row) => row.name)).toEqual(['Hillside School', 'Riverside Health']),
    );
  });
});
