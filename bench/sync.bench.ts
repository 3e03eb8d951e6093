// `npm run bench -- sync`: saving and bringing in a team of about 100,000 records, against the floor any import pays.
import { describe, it } from 'vitest';
import { report, useBenchBrowser } from './harness/browser';

const SIZE = { cases: 5000, members: 300, agencies: 40 };
/** The generator makes about 90,000 records for 5,000 cases; two more chronology entries per case reach 100,000. */
const EXTRA_CHRONOLOGY_PER_CASE = 2;

function ratio(value: number, floor: number): number {
  return Math.round((value / floor) * 100) / 100;
}

describe('sync', () => {
  const { openBenchPage } = useBenchBrowser();

  it('saves and brings in a team of about 100,000 records', async () => {
    const page = await openBenchPage();
    const prepared = await page.evaluate(([size, extra]) => window.joinedUpBench!.syncPrepare(size, extra), [
      SIZE,
      EXTRA_CHRONOLOGY_PER_CASE,
    ] as const);
    const floor = await page.evaluate(() => window.joinedUpBench!.syncFloor());
    const emptyThread = await page.evaluate(() => window.joinedUpBench!.syncImportEmpty('thread'));
    const empty = await page.evaluate(() => window.joinedUpBench!.syncImportEmpty('worker'));
    const reimport = await page.evaluate(() => window.joinedUpBench!.syncReimport());
    const unchanged = await page.evaluate(() => window.joinedUpBench!.syncImportUnchanged());
    const changed = await page.evaluate(() => window.joinedUpBench!.syncImportChanged('worker'));
    await page.evaluate(() => window.joinedUpBench!.syncCleanUp());

    const heapLimitMb = floor.uncompressedMb * 3;
    report('sync', {
      records: prepared.records,
      export: {
        ms: prepared.exportMs,
        bundleMb: prepared.bundleMb,
        longestTaskMs: prepared.exportLongestTaskMs,
      },
      floor,
      importEmpty: empty,
      importEmptyOnInterfaceThread: emptyThread,
      reimportSameFile: reimport,
      importSameRecordsNewFile: unchanged,
      importTenPercentChanged: changed,
      targets: {
        emptyVsFloor: { ratio: ratio(empty.ms, floor.floorMs), target: 1.5 },
        reimportVsFloor: { ratio: ratio(reimport.ms, floor.floorMs), target: 1.0 },
        sameRecordsNewFileVsFloor: { ratio: ratio(unchanged.ms, floor.floorMs), target: 1.0 },
        tenPercentVsFloor: { ratio: ratio(changed.ms, floor.floorMs), target: 1.0 },
        longestInterfaceTaskMs: {
          value: Math.max(
            empty.longestTaskMs,
            reimport.longestTaskMs,
            unchanged.longestTaskMs,
            changed.longestTaskMs,
          ),
          target: 100,
        },
        peakHeapMb: {
          note: 'interface-thread heap while importing on that thread (the worker heap is not visible to performance.memory)',
          value: emptyThread.peakHeapMb,
          whileWorkerImportsMb: empty.peakHeapMb,
          limitMb: heapLimitMb,
        },
      },
    });
  }, 900_000);
});
