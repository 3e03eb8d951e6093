/**
 * What a person sees before a file is stored: per area, how many records are new, changed, unchanged and need a
 * decision; and, for a file held back, which PCs' clocks are ahead and by how much. Plain data, so it crosses from
 * the bundle worker to the interface; the names of PCs are kept in Maps, never objects, so that a PC called
 * "toString" reads as a name.
 */
import { TABLES } from '../../../shared/domain/registry';
import { AREA_LABELS, AREAS, type Area } from '../../../shared/domain/tableDef';
import type { AuditRow } from '../../../shared/domain/audit';
import type { BundleManifest } from '../../../shared/bundle/manifest';
import type { ClockAhead } from '../../../shared/sync/clockCheck';
import type { ImportPlan } from '../../db/importApply';
import type { HeldClock } from '../../db/teamDb';
import { getMeta } from '../../db/meta';
import type { TeamDb } from '../../db/teamDb';

export interface AreaPreview {
  area: Area;
  label: string;
  added: number;
  changed: number;
  unchanged: number;
  decisions: number;
}

export interface ImportPreview {
  bundleId: string;
  teamId: string;
  teamName: string;
  fromPersonName: string;
  fromDeviceId: string;
  /** The sending PC's readable name, when its file carried one. */
  fromDeviceName: string | null;
  createdAt: string;
  scope: Area[];
  /** When this file was brought in before; nothing will change. */
  alreadyReceivedAt: string | null;
  areas: AreaPreview[];
  /** PCs whose clock seems set ahead, named by the person who last sent from them where known. */
  clocksAhead: { deviceId: string; deviceName: string | null; personName: string | null; wallTime: number }[];
}

export function previewOf(plan: ImportPlan, peerNames: ReadonlyMap<string, string>): ImportPreview {
  const { manifest } = plan;
  const areas = AREAS.filter((area) => manifest.scope.includes(area)).map((area) => {
    const preview: AreaPreview = {
      area,
      label: AREA_LABELS[area],
      added: 0,
      changed: 0,
      unchanged: 0,
      decisions: 0,
    };
    for (const def of TABLES) {
      const counts = plan.counts[def.name];
      if (def.area !== area || !counts) continue;
      preview.added += counts.added;
      preview.changed += counts.changed;
      preview.unchanged += counts.unchanged;
      preview.decisions += counts.decisions;
    }
    return preview;
  });
  const names = new Map(peerNames).set(manifest.source.deviceId, manifest.source.personName);
  return {
    bundleId: manifest.bundleId,
    teamId: manifest.teamId,
    teamName: manifest.teamName,
    fromPersonName: manifest.source.personName,
    fromDeviceId: manifest.source.deviceId,
    fromDeviceName: manifest.source.deviceName ?? null,
    createdAt: manifest.createdAt,
    scope: manifest.scope,
    alreadyReceivedAt: plan.alreadyReceived?.importedAt ?? null,
    areas,
    clocksAhead: plan.futureStamps.map((future) => ({
      deviceId: future.device,
      deviceName: future.device === manifest.source.deviceId ? (manifest.source.deviceName ?? null) : null,
      personName: names.get(future.device) ?? null,
      wallTime: future.wallTime,
    })),
  };
}

/** Who uses which PC, as far as this PC knows: the PCs it has exchanged files with. */
export async function peerNamesOf(db: TeamDb): Promise<Map<string, string>> {
  const peers = (await getMeta(db, 'peers')) ?? {};
  return new Map(Object.entries(peers).map(([device, peer]) => [device, peer.personName]));
}

/** Adds what a file itself says about who uses which PC: its sender, and the people its change history names. */
export function namesFromFile(
  known: ReadonlyMap<string, string>,
  manifest: BundleManifest,
  audit: readonly AuditRow[],
): Map<string, string> {
  const names = new Map(known);
  for (const row of audit)
    if (row.personName !== '' && !names.has(row.deviceId)) names.set(row.deviceId, row.personName);
  return names.set(manifest.source.deviceId, manifest.source.personName);
}

/** A file held back because some PCs' clocks are ahead of this one. */
export interface HeldBack {
  bundleId: string;
  fromPersonName: string;
  fromDeviceId: string;
  createdAt: string;
  clocks: (HeldClock & { aheadMs: number })[];
}

export function heldBackOf(
  manifest: BundleManifest,
  ahead: readonly ClockAhead[],
  names: ReadonlyMap<string, string>,
): HeldBack {
  return {
    bundleId: manifest.bundleId,
    fromPersonName: manifest.source.personName,
    fromDeviceId: manifest.source.deviceId,
    createdAt: manifest.createdAt,
    clocks: ahead.map((clock) => ({
      deviceId: clock.device,
      personName: names.get(clock.device) ?? null,
      wallTime: clock.wallTime,
      aheadMs: clock.aheadMs,
    })),
  };
}
