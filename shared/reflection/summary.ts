/** The plain-text summary of a session, for pasting into an email. Pure: the caller gathers the rows. */

export interface SummaryAction {
  text: string;
  owner: string;
  /** Already shown as "3 March 2026", or '' when there is no due date. */
  due: string;
  status: 'open' | 'done' | 'dropped';
  dropReason: string;
}

export interface SummaryInput {
  title: string;
  /** Shown as "3 March 2026". */
  date: string;
  kind: string;
  facilitator: string;
  /** A case reflection's case reference, never its name. */
  caseReference: string | null;
  attended: readonly string[];
  apologies: readonly string[];
  items: readonly { prompt: string; minutes: number | null; notes: string }[];
  decisions: readonly string[];
  actions: readonly SummaryAction[];
  carried: readonly SummaryAction[];
}

const STATUS_WORDS: Record<SummaryAction['status'], string> = {
  open: 'open',
  done: 'done',
  dropped: 'dropped',
};

function actionLine(action: SummaryAction): string {
  const parts = [action.text, action.owner ? `owner: ${action.owner}` : 'no owner yet'];
  if (action.due) parts.push(`due ${action.due}`);
  parts.push(STATUS_WORDS[action.status]);
  const line = `- ${parts.join(' — ')}`;
  return action.status === 'dropped' && action.dropReason ? `${line} (why: ${action.dropReason})` : line;
}

function indent(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `  ${line}`.trimEnd())
    .join('\n');
}

function section(heading: string, lines: readonly string[], empty: string): string[] {
  return [heading, '-'.repeat(heading.length), ...(lines.length > 0 ? lines : [empty]), ''];
}

export function sessionSummaryText(input: SummaryInput): string {
  const header = [
    input.title,
    '='.repeat(Math.max(3, input.title.length)),
    `Date: ${input.date}`,
    `Type: ${input.kind}`,
    `Facilitator: ${input.facilitator || 'not recorded'}`,
    ...(input.caseReference ? [`Case: ${input.caseReference}`] : []),
    `Attended: ${input.attended.length > 0 ? input.attended.join(', ') : 'not recorded'}`,
    `Apologies: ${input.apologies.length > 0 ? input.apologies.join(', ') : 'none'}`,
    '',
  ];
  const agenda = input.items.flatMap((item, index) => [
    `${index + 1}. ${item.prompt}${item.minutes ? ` (${item.minutes} min)` : ''}`,
    item.notes.trim() ? indent(item.notes.trim()) : '  No notes.',
  ]);
  return [
    ...header,
    ...section('Agenda and notes', agenda, 'No agenda items.'),
    ...section(
      'Decisions',
      input.decisions.map((text) => `- ${text}`),
      'No decisions recorded.',
    ),
    ...section('Actions agreed', input.actions.map(actionLine), 'No actions agreed.'),
    ...section('Still open from earlier sessions', input.carried.map(actionLine), 'Nothing carried forward.'),
  ]
    .join('\n')
    .trimEnd()
    .concat('\n');
}
