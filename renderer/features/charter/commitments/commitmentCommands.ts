/** Writing what each agency commits to the team (staff, funding, other resources), through the one write path. */
import { recordCommands } from '../../../db/recordCommands';

const commitments = recordCommands('agencyCommitments');

export const createCommitment = commitments.create;
export const updateCommitment = commitments.update;
export const deleteCommitment = commitments.remove;
