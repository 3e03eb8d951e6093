/**
 * Word pools for the demo team. Every person, agency and child is made up; names are common first names and
 * surnames combined at random, and children appear only as "Child A." style pseudonyms.
 */
import type { AgencyType, Profession } from '../domain/directory';

export const FIRST_NAMES = [
  'Aisha',
  'Ben',
  'Carys',
  'Daniel',
  'Eilidh',
  'Farah',
  'Gareth',
  'Hannah',
  'Imran',
  'Jess',
  'Kwame',
  'Lucy',
  'Mohammed',
  'Niamh',
  'Owen',
  'Priya',
  'Rhys',
  'Sarah',
  'Tomasz',
  'Una',
  'Vikram',
  'Wendy',
  'Yusuf',
  'Zoe',
  'Ailsa',
  'Callum',
  'Deborah',
  'Ewan',
  'Fiona',
  'Grace',
  'Hamish',
  'Isla',
  'Joanne',
  'Kirsty',
  'Liam',
  'Morag',
] as const;

export const SURNAMES = [
  'Ahmed',
  'Bell',
  'Campbell',
  'Davies',
  'Evans',
  'Fraser',
  'Grant',
  'Hughes',
  'Iqbal',
  'Jones',
  'Kaur',
  'Lewis',
  'MacDonald',
  'Nowak',
  "O'Neill",
  'Patel',
  'Quinn',
  'Robertson',
  'Singh',
  'Thomson',
  'Usman',
  'Walker',
  'Young',
  'Murray',
  'Stewart',
  'Reid',
  'Scott',
  'Mensah',
  'Okafor',
  'Kowalski',
  'Brown',
  'Wilson',
] as const;

export const PRONOUNS = ['she/her', 'he/him', 'they/them', ''] as const;

export interface AgencySeed {
  name: string;
  type: AgencyType;
  remit: string;
  howItWorks: string;
}

/** The core agencies of a multi-agency team; larger demo teams add more of each kind. */
export const CORE_AGENCIES: readonly AgencySeed[] = [
  {
    name: 'Northfield Children and Families Social Work',
    type: 'social-work',
    remit: 'Assessment and support for children in need and children at risk of harm.',
    howItWorks:
      'Referrals are screened within one working day. Child protection enquiries follow the local procedures.',
  },
  {
    name: 'Northfield Community Health (health visiting and school nursing)',
    type: 'health',
    remit: 'Universal health service for children under five and school-age children.',
    howItWorks:
      'Every family with a young child has a named health visitor. School nurses run drop-ins in each school.',
  },
  {
    name: 'Riverside Learning Partnership (schools)',
    type: 'education',
    remit: 'Twelve primary and two secondary schools in the area.',
    howItWorks:
      'Each school has a designated safeguarding lead. Attendance concerns go to the partnership office.',
  },
  {
    name: 'Northfield Police Public Protection Unit',
    type: 'police',
    remit: 'Child protection, domestic abuse and missing young people.',
    howItWorks:
      'Officers share information under the local protocol and attend every initial case conference.',
  },
  {
    name: 'Child and Adolescent Mental Health Service (North)',
    type: 'mental-health',
    remit: 'Specialist help for children and young people with moderate to severe mental health needs.',
    howItWorks:
      'Referrals are triaged weekly. Consultation is available to any team member without a referral.',
  },
  {
    name: 'Family Matters (voluntary sector)',
    type: 'voluntary',
    remit: 'Family support, parenting groups and young carers projects.',
    howItWorks: 'Families can refer themselves. Workers are flexible about times and places to meet.',
  },
  {
    name: 'Northfield Housing Support',
    type: 'housing',
    remit: 'Homelessness prevention and tenancy support for families.',
    howItWorks: 'Urgent cases are seen the same day; others within a week.',
  },
  {
    name: 'Northfield Youth Justice Service',
    type: 'youth-justice',
    remit: 'Early and preventative work with young people at risk of offending.',
    howItWorks: 'Works alongside police diversion schemes and schools.',
  },
];

export const PLACE_NAMES = [
  'Eastbrook',
  'Hillside',
  'Millbank',
  'Westgate',
  'Kirkton',
  'Southfield',
  'Lochview',
];

/** Which professions each kind of agency employs in the demo. */
export const PROFESSIONS_BY_AGENCY: Record<AgencyType, readonly Profession[]> = {
  'social-work': ['social-worker', 'social-worker', 'family-support-worker'],
  health: ['health-visitor', 'school-nurse'],
  education: ['teacher', 'education-staff'],
  police: ['police-officer'],
  'mental-health': ['camhs-clinician'],
  voluntary: ['family-support-worker', 'youth-worker'],
  housing: ['other'],
  'youth-justice': ['youth-worker'],
  other: ['other'],
};

export const ROLE_TITLES: Record<Profession, readonly string[]> = {
  'social-worker': ['Social worker', 'Senior social worker', 'Practice lead'],
  'health-visitor': ['Health visitor', 'Specialist community public health nurse'],
  'school-nurse': ['School nurse'],
  teacher: ['Inclusion teacher', 'Guidance teacher'],
  'education-staff': ['Attendance officer', 'Pupil support assistant'],
  'police-officer': ['Police constable (public protection)', 'Detective constable'],
  'camhs-clinician': ['Clinical psychologist', 'Mental health nurse', 'Family therapist'],
  'family-support-worker': ['Family support worker'],
  'youth-worker': ['Youth worker', 'Detached youth worker'],
  other: ['Housing support officer', 'Welfare rights adviser'],
};

export const SKILLS: Record<Profession, readonly string[]> = {
  'social-worker': [
    'child protection',
    'kinship care',
    'court reports',
    'life story work',
    'looked after children',
  ],
  'health-visitor': ['infant feeding', 'perinatal mental health', 'child development checks'],
  'school-nurse': ['sexual health', 'emotional wellbeing', 'continence'],
  teacher: ['additional support needs', 'nurture groups', 'literacy'],
  'education-staff': ['attendance', 'transition to secondary'],
  'police-officer': ['domestic abuse', 'online safety', 'missing children', 'child sexual exploitation'],
  'camhs-clinician': ['trauma', 'self-harm', 'anxiety', 'eating difficulties'],
  'family-support-worker': ['parenting programmes', 'routines', 'debt advice'],
  'youth-worker': ['outreach', 'group work', 'exploitation risk'],
  other: ['benefits', 'tenancy rights', 'homelessness'],
};

export const SHARED_SKILLS = [
  'British Sign Language',
  'Polish',
  'Urdu',
  'restorative practice',
  'solution-focused work',
];

export const AIMS = [
  'Attends school at least four days in five',
  'Has a settled bedtime routine',
  'Knows who to talk to when worried',
  'Sees a dentist and has health checks up to date',
  'Takes part in one activity outside school each week',
  'Lives in a home that is warm, safe and secure',
  'Parent feels confident managing difficult behaviour',
  'Spends regular, planned time with their brother and sisters',
  'Feels listened to in meetings about them',
  'Reading is at the expected level for their age',
] as const;

export const ACTIONS = [
  'Arrange a joint home visit',
  'Share the plan with the school',
  'Refer to speech and language therapy',
  'Check dental registration with the family',
  'Book the review meeting and invite everyone',
  'Ask the child what they want from the plan',
  'Follow up the housing application',
  'Offer a place on the parenting group',
  'Write to the GP about the sleep problems',
  'Agree a safety plan with the family',
] as const;

export const SERVICES = [
  'Speech and language therapy',
  'Parenting programme',
  'Young carers group',
  'School counselling',
  'Holiday activity club',
  'Benefits advice',
  'Family therapy',
  'Breakfast club',
] as const;

export const WHY_NOT = [
  'Waiting list of six months.',
  'The family preferred to wait until the summer.',
  'No places left in this area.',
] as const;

export const VIEWS = {
  child: [
    'I like it when my teacher checks in with me in the morning.',
    'I want to see my dad more often.',
    'The group on Thursdays is fun, I have a friend there now.',
    'I do not like it when lots of people ask me the same questions.',
  ],
  family: [
    'We want one person to talk to instead of five.',
    'Things are calmer at home since the routine chart.',
  ],
  parent: [
    'I need help with the mornings, getting everyone out is hard.',
    'I was worried about the police being involved but it helped.',
  ],
  carer: ['Grandma says she needs a break at weekends.', 'Aunt would like advice about school meetings.'],
} as const;

export const CHRONOLOGY = {
  meeting: [
    'Team around the child meeting held; plan agreed.',
    'Review meeting: aims updated with the family.',
  ],
  'home-visit': [
    'Joint home visit with the health visitor.',
    'Home visit: home warm and tidy, child settled.',
  ],
  call: ['Call with parent about attendance.', 'Call from school: child upset at lunchtime.'],
  'information-shared': ['Police shared a domestic abuse notification.', 'School shared attendance figures.'],
  decision: [
    'Agreed that the family support worker will lead day-to-day contact.',
    'Agreed no further police action.',
  ],
  'stage-change': ['Moved to the next stage after the review.'],
  note: ['Child mentioned a new friend at school.', 'Parent asked for meetings after school hours.'],
  review: ['Review held with the family; aims and actions updated.', 'Review held; next steps agreed.'],
} as const;
