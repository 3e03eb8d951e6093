/**
 * Builders of reflection rows for tests: `makeSession({ date: '2026-03-01' })`, `makeSessionNote(...)`,
 * `makeHealthCheckResponse(...)` and the rest. Complete, stamped rows with any field overridden; pure, no database.
 */
import { ENABLERS } from '../../shared/domain/reflection';
import { newId } from '../../shared/sync/record';
import { rowBuilder, daysFromToday } from './records';

export const makeReflectionTemplate = rowBuilder<'reflectionTemplates'>(() => ({
  name: 'Our monthly check-in',
  kind: 'custom',
  description: 'A short look back at the month.',
  prompts: [
    { text: 'What went well?', guidance: '', minutes: 10 },
    { text: 'What was hard?', guidance: '', minutes: 10 },
  ],
  copiedFrom: null,
}));

export const makeSession = rowBuilder<'reflectionSessions'>(() => ({
  date: daysFromToday(-7),
  title: 'Monthly reflection',
  facilitatorId: null,
  templateKind: 'gibbs',
  templateId: null,
  caseId: null,
  procedureId: null,
  status: 'held',
  createdAt: new Date(Date.now() - 8 * 86_400_000).toISOString(),
}));

export const makeSessionAttendance = rowBuilder<'sessionAttendance'>(() => ({
  sessionId: newId(),
  memberId: newId(),
  status: 'attended',
}));

export const makeSessionNote = rowBuilder<'sessionNotes'>(() => ({
  sessionId: newId(),
  position: 1,
  prompt: 'What happened?',
  guidance: 'Describe it plainly.',
  minutes: 10,
  text: '',
}));

export const makeSessionDecision = rowBuilder<'sessionDecisions'>(() => ({
  sessionId: newId(),
  text: 'Decisions go on the board the same day.',
  proposesProcedureId: null,
}));

export const makeHealthCheck = rowBuilder<'healthChecks'>(() => ({
  title: 'Spring health check',
  opensOn: daysFromToday(-3),
  closesOn: daysFromToday(11),
  enablers: [...ENABLERS],
  status: 'open',
}));

export const makeHealthCheckResponse = rowBuilder<'healthCheckResponses'>(() => ({
  updatedBy: '',
  checkId: newId(),
  memberId: null,
  scores: ENABLERS.map((enabler) => ({ enabler, score: 3, comment: '' })),
}));
