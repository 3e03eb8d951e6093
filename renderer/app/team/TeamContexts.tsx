import type { ReactNode } from 'react';
import type { Member } from '../../../shared/domain/directory';
import type { TeamDb } from '../../db/teamDb';
import type { WriteContext } from '../../db/writer';
import {
  AccessActionsContext,
  AccessContext,
  type AccessActions,
  type AccessValue,
} from '../access/accessContexts';
import { PersonContext, TeamContext, TeamDbContext, WriterContext, type TeamValue } from './teamContexts';

export interface TeamContextValues {
  team: TeamValue;
  db: TeamDb;
  person: Member | null;
  writer: WriteContext | null;
  access: AccessValue;
  actions: AccessActions;
}

/**
 * Provides each part of the open team in its own context (teamContexts.ts). Pass values that keep their identity
 * while they do not change: a consumer re-renders when the one value it reads is a new object.
 */
export function TeamContexts({ values, children }: { values: TeamContextValues; children: ReactNode }) {
  return (
    <TeamContext.Provider value={values.team}>
      <TeamDbContext.Provider value={values.db}>
        <PersonContext.Provider value={values.person}>
          <WriterContext.Provider value={values.writer}>
            <AccessActionsContext.Provider value={values.actions}>
              <AccessContext.Provider value={values.access}>{children}</AccessContext.Provider>
            </AccessActionsContext.Provider>
          </WriterContext.Provider>
        </PersonContext.Provider>
      </TeamDbContext.Provider>
    </TeamContext.Provider>
  );
}
