/**
 * Writing the team's joint aims, their targets and the values recorded against targets, through the one write
 * path. Removing an aim marks only the aim: its targets are shown only under it, so they leave the charter with it
 * and come back with it from Recently deleted, as a target's recorded values do with their target. Removing the
 * aim for good takes them with it (the registry's cascade).
 */
import { recordCommands } from '../../../db/recordCommands';

const aims = recordCommands('charterAims');
const targets = recordCommands('charterTargets');
const readings = recordCommands('targetReadings');

export const createAim = aims.create;
export const updateAim = aims.update;
export const deleteAim = aims.remove;

export const createTarget = targets.create;
export const updateTarget = targets.update;
export const deleteTarget = targets.remove;

export const addReading = readings.create;
export const deleteReading = readings.remove;
