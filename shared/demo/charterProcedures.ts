/**
 * The demo team's three procedures (information sharing, escalation, case allocation) with their version history,
 * and which members have read each version: most read every version, fewer have caught up with the newest.
 */
import type { ProcedureKind } from '../domain/charter';
import type { Member } from '../domain/directory';
import type { DemoWorld } from './world';

const SHARING_V1 = `# Why we share
We share information to keep children safe and to give families joined-up help.

# When we share
- With the family's consent, recorded on the case
- Without consent only when a child is at risk of significant harm

# How we record it
1. Record the basis for sharing on the case
2. Note any restriction the family asked for`;

const SHARING_V2 = `${SHARING_V1}
3. Say which agencies received the information`;

const SHARING_V3 = `# Why we share
We share information to keep children safe and to give families joined-up help.

# When we share
- With the family's consent, recorded on the case
- Without consent only when a child is at risk of significant harm
- When in doubt, ask the duty social worker before sharing

# How we record it
1. Record the basis for sharing on the case
2. Note any restriction the family asked for
3. Say which agencies received the information

## Checking consent
Consent is checked again at every review of the child's plan.`;

const ESCALATION_V1 = `# Raising a disagreement
1. Talk to the colleague directly within two working days
2. If it is not settled, each of you asks your own line manager to talk

# Recording
- Record the disagreement and how it was settled on the case`;

const ESCALATION_V2 = `${ESCALATION_V1}
- The team leader reviews every disagreement that reached managers, each quarter

## Urgent concerns
If a child may be at risk, do not wait: follow child protection procedures the same day.`;

const ALLOCATION_V1 = `# How cases are allocated
Cases are allocated at the weekly board review.

## Choosing the lead professional
- The agency with the main concern usually leads
- Take account of each person's open cases before allocating
- Part-time colleagues are asked, not assumed to be free`;

interface ProcedureSeed {
  title: string;
  kind: ProcedureKind;
  reviewIn: number;
  versions: { text: string; summary: string; daysAgo: number }[];
}

const PROCEDURES: readonly ProcedureSeed[] = [
  {
    title: 'Information-sharing protocol',
    kind: 'information-sharing',
    reviewIn: 120,
    versions: [
      { text: SHARING_V1, summary: 'First version agreed by all agencies.', daysAgo: 400 },
      { text: SHARING_V2, summary: 'Record which agencies received the information.', daysAgo: 210 },
      {
        text: SHARING_V3,
        summary: 'Ask the duty social worker when in doubt; recheck consent at reviews.',
        daysAgo: 35,
      },
    ],
  },
  {
    title: 'Escalation and disagreement procedure',
    kind: 'escalation',
    reviewIn: -10,
    versions: [
      { text: ESCALATION_V1, summary: 'First version.', daysAgo: 300 },
      { text: ESCALATION_V2, summary: 'Quarterly review of escalations; urgent concerns.', daysAgo: 90 },
    ],
  },
  {
    title: 'Case allocation',
    kind: 'case-allocation',
    reviewIn: 200,
    versions: [{ text: ALLOCATION_V1, summary: 'First version.', daysAgo: 150 }],
  },
];

export function addProcedures(world: DemoWorld, members: readonly Member[]): Map<ProcedureKind, string[]> {
  const versionIds = new Map<ProcedureKind, string[]>();
  for (const seed of PROCEDURES) {
    const procedure = world.add('procedures', {
      title: seed.title,
      kind: seed.kind,
      reviewDate: world.day(seed.reviewIn),
    });
    const ids: string[] = [];
    seed.versions.forEach((version, index) => {
      const last = index === seed.versions.length - 1;
      const row = world.add('procedureVersions', {
        procedureId: procedure.id,
        number: index + 1,
        text: version.text,
        changeSummary: version.summary,
        status: last ? 'in-force' : 'superseded',
        publishedAt: `${world.day(-version.daysAgo)}T10:00:00.000Z`,
        publishedBy: world.leaderId,
      });
      ids.push(row.id);
      // Most of the team read each version; fewer have caught up with the newest one yet.
      const share = last ? 0.7 : 0.9;
      for (const member of members) {
        if (member.status !== 'active' || !world.chance(share)) continue;
        world.add(
          'procedureReads',
          {
            versionId: row.id,
            memberId: member.id,
            readAt: `${world.day(-version.daysAgo + world.int(0, 20))}T12:00:00.000Z`,
          },
          { by: member.id },
        );
      }
    });
    versionIds.set(seed.kind, ids);
  }
  return versionIds;
}
