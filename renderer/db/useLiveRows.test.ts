import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeTestTeam } from '../../tests/factories/testTeam';
import { useLiveRows } from './useLiveRows';
import { useRecord } from './useRecord';
import { createRecord, deleteRecord, updateRecord } from './writer';

describe('live reads for the interface', () => {
  it('shows a case’s actions as they are added and hides deleted ones', async () => {
    const { db, ctx, columnIds } = await makeTestTeam();
    const caseId = await createRecord(ctx, 'cases', {
      reference: 'JU-0200',
      columnId: columnIds[0] ?? '',
      openedAt: '2026-02-02',
    });
    const { result } = renderHook(() => useLiveRows(db, 'actions', { index: 'caseId', equals: caseId }));
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
    const { result } = renderHook(() => useRecord(db, 'agencies', agencyId));
    await waitFor(() => expect(result.current?.name).toBe('Hillside School'));
    await updateRecord(ctx, 'agencies', agencyId, { name: 'Hillside Academy' });
    await waitFor(() => expect(result.current?.name).toBe('Hillside Academy'));
    await deleteRecord(ctx, 'agencies', agencyId);
    await waitFor(() => expect(result.current).toBeNull());
  });
});
