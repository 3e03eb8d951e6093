/**
 * The built-in reflection templates, written in our own words from the research on joint work. They live in code,
 * not in the database: a team copies one into its own `reflectionTemplates` to change it.
 */
import { ENABLERS, ENABLER_LABELS, type Enabler, type Prompt, type TemplateKind } from '../domain/reflection';

export interface BuiltInTemplate {
  /** Stable key, kept on a team's copy as `copiedFrom`. */
  key: string;
  kind: TemplateKind;
  name: string;
  description: string;
  prompts: readonly Prompt[];
}

/** A question for each enabler: the health-check template asks them, and low scores suggest them for a session. */
export const ENABLER_PROMPTS: Record<Enabler, Prompt> = {
  'role-clarity': {
    text: 'Do we each know what the others do, and what they do not do?',
    guidance:
      'Think of a recent case where two of us assumed the other would act, or both did the same thing.',
    minutes: 5,
  },
  commitment: {
    text: 'How committed are we, and our home agencies, to working as one team?',
    guidance: 'Where does joint work slip down the list when things get busy?',
    minutes: 5,
  },
  'trust-respect': {
    text: 'Do we trust and value what each profession brings?',
    guidance: 'Notice whose view carries most weight in meetings, and whose is heard least.',
    minutes: 5,
  },
  'knowing-agencies': {
    text: 'How well do we understand how each agency works: its thresholds, culture and pressures?',
    guidance: 'Name one thing about another agency that surprised you this year.',
    minutes: 5,
  },
  'shared-aims': {
    text: 'Are our aims for children and families agreed by everyone, and written down?',
    guidance: 'Could each of us say what the team is for in one sentence? Would the sentences match?',
    minutes: 5,
  },
  communication: {
    text: 'Does information reach the right people at the right time?',
    guidance: 'Think about handovers, messages left between visits and who hears about changes last.',
    minutes: 5,
  },
  'information-sharing': {
    text: 'Are we clear and confident about when and how we share information about a family?',
    guidance: 'Where do people hesitate? Is consent or the legal basis recorded when it should be?',
    minutes: 5,
  },
  'resources-time': {
    text: 'Do we have the people, money and time joint work needs?',
    guidance: 'What gets squeezed first, and what would protect it?',
    minutes: 5,
  },
  leadership: {
    text: 'Is the team led in a way that helps us work across agency lines?',
    guidance: 'Think about decisions that needed a manager from more than one agency.',
    minutes: 5,
  },
  accountability: {
    text: 'Is it clear who each of us answers to, for practice and for day-to-day work?',
    guidance: 'Seconded staff may have a supervisor in one agency and a manager in another.',
    minutes: 5,
  },
  'joint-training': {
    text: 'Do we learn together, across professions?',
    guidance: 'When did we last train alongside colleagues from another agency? What came of it?',
    minutes: 5,
  },
  'peripheral-members': {
    text: 'Are part-time, seconded and remote colleagues fully part of the team?',
    guidance: 'Who missed the last decision because of the day or place it was made?',
    minutes: 5,
  },
  'children-families-views': {
    text: 'Do the views of children and families shape what we do?',
    guidance: 'Recall a plan that changed because of what a child or parent told us.',
    minutes: 5,
  },
};

export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [
  {
    key: 'health-check',
    kind: 'health-check',
    name: 'Joint-work health check',
    description:
      'Take stock of the conditions that help agencies work well together, one at a time, and agree what to change.',
    prompts: ENABLERS.map((enabler) => ENABLER_PROMPTS[enabler]),
  },
  {
    key: 'communities-of-practice',
    kind: 'communities-of-practice',
    name: 'How we work as a community',
    description:
      'Look at the team as a group of practitioners who learn from each other: how we engage, what we are for, and what we share.',
    prompts: [
      {
        text: 'Working with each other',
        guidance:
          'How do we take part in each other’s work? Who is drawn in, who is left at the edge, and how do status and hierarchy show?',
        minutes: 15,
      },
      {
        text: 'What we are here to do together',
        guidance:
          'What do we agree the team is for? Where do our agencies’ targets pull us in different directions?',
        minutes: 15,
      },
      {
        text: 'What we share',
        guidance:
          'Which ways of working, words, tools and stories do we now hold in common? What specialist skill should we protect?',
        minutes: 15,
      },
      {
        text: 'What we will try next',
        guidance: 'One or two changes, each with someone who will make it happen.',
        minutes: 10,
      },
    ],
  },
  {
    key: 'gibbs',
    kind: 'gibbs',
    name: 'Reflective cycle',
    description:
      'Walk through one experience step by step, from what happened to what we would do next time.',
    prompts: [
      {
        text: 'What happened?',
        guidance: 'Describe the event plainly, without judging it yet.',
        minutes: 10,
      },
      {
        text: 'What were we thinking and feeling?',
        guidance: 'Each person’s reactions at the time, and now.',
        minutes: 10,
      },
      { text: 'What went well, and what did not?', guidance: 'Both sides, honestly.', minutes: 10 },
      {
        text: 'Why did it go that way?',
        guidance:
          'Make sense of it: what helped, what got in the way, what we know from practice and research.',
        minutes: 10,
      },
      {
        text: 'What else could we have done?',
        guidance: 'Sum up what we have learnt from it.',
        minutes: 10,
      },
      {
        text: 'What will we do if it happens again?',
        guidance: 'Agree concrete steps, each with an owner.',
        minutes: 10,
      },
    ],
  },
  {
    key: 'case',
    kind: 'case',
    name: 'Case reflection',
    description:
      'Think back over one joint case. Only its reference is shown, so the session can be shared on screen.',
    prompts: [
      {
        text: 'The story of the case so far',
        guidance: 'The lead professional gives a short outline, using the case reference only.',
        minutes: 10,
      },
      {
        text: 'How did we work together on it?',
        guidance: 'Who was involved, when, and how well did the agencies connect?',
        minutes: 10,
      },
      {
        text: 'What did the child and family tell us, and did it change the plan?',
        guidance: 'Their words and wishes, and what we did with them.',
        minutes: 10,
      },
      {
        text: 'What difference has it made for the child?',
        guidance: 'Look at the shared aims and services obtained.',
        minutes: 10,
      },
      { text: 'What will we do differently?', guidance: 'For this case and for others.', minutes: 10 },
    ],
  },
  {
    key: 'procedures',
    kind: 'procedures',
    name: 'Review of our forms and procedures',
    description:
      'Procedures only work when the people using them shape them. Look at one of ours and decide what to keep, change or drop.',
    prompts: [
      {
        text: 'How is it used in practice?',
        guidance: 'Walk through the last few times we used it.',
        minutes: 10,
      },
      {
        text: 'What helps, and what gets in the way?',
        guidance: 'Steps people skip, fields nobody fills in, waits it causes.',
        minutes: 10,
      },
      {
        text: 'Does it fit every agency here?',
        guidance: 'Check it against each agency’s own rules and thresholds.',
        minutes: 10,
      },
      {
        text: 'What should change?',
        guidance: 'Record each proposed change as a decision, linked to the procedure.',
        minutes: 10,
      },
    ],
  },
];

export function builtInTemplate(key: string): BuiltInTemplate | undefined {
  return BUILT_IN_TEMPLATES.find((template) => template.key === key);
}

/** Prompts for a session on the given enablers, in the order given (lowest-scoring first). */
export function promptsForEnablers(enablers: readonly Enabler[]): Prompt[] {
  return enablers.map((enabler) => ({
    ...ENABLER_PROMPTS[enabler],
    guidance: `${ENABLER_LABELS[enabler]} scored low in the last health check. ${ENABLER_PROMPTS[enabler].guidance}`,
  }));
}

/** The name a team's copy of a template starts with. */
export function copyName(name: string): string {
  return `${name} (our version)`;
}
