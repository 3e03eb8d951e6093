/**
 * What each profession does, does not do and brings to joint work, in plain words, for the demo directory. Written
 * for this app: short, respectful and free of any one profession's jargon.
 */
import type { Profession } from '../domain/directory';

export interface RoleText {
  does: string;
  doesNot: string;
  brings: string;
}

export const ROLE_TEXT: Record<Profession, RoleText> = {
  'social-worker': {
    does: 'I assess what children and families need, coordinate child protection plans and hold the statutory duties for children at risk of harm.',
    doesNot:
      'I do not provide long-term therapy or health care, and I cannot promise a family a service another agency runs.',
    brings:
      'Knowledge of child protection procedures, the courts and how to get a multi-agency meeting together quickly.',
  },
  'health-visitor': {
    does: 'I see every family with a child under five: growth and development checks, feeding, sleep and parents’ wellbeing.',
    doesNot: 'I do not carry out child protection enquiries, and I do not prescribe most medicines.',
    brings: 'A regular, welcome way into the home and an early view of how the youngest children are doing.',
  },
  'school-nurse': {
    does: 'I run health drop-ins in schools and support children with health needs, emotional wellbeing and growing up.',
    doesNot:
      'I do not diagnose mental health conditions or provide treatment that needs a specialist service.',
    brings: 'A link between health and school, and a trusted adult children can talk to in private.',
  },
  teacher: {
    does: 'I plan support in school for children who need extra help with learning, behaviour or attendance.',
    doesNot: 'I do not visit families at home or assess risk at home; I share what I see in school.',
    brings: 'Daily contact with the child, and knowledge of how the school can adapt to their needs.',
  },
  'education-staff': {
    does: 'I follow up absence, support moves between schools and help families work with the school.',
    doesNot:
      'I do not decide on exclusions or on additional support plans; I pass concerns to the right person.',
    brings: 'Attendance patterns that often show a problem early, and a practical link with the family.',
  },
  'police-officer': {
    does: 'I investigate offences against children, share police information under the protocol, join child protection enquiries and sit in the multi-agency safeguarding hub.',
    doesNot:
      'I do not give families ongoing support, and I cannot share information outside the agreed protocol.',
    brings:
      'Police checks, knowledge of domestic abuse and missing-person procedures, and links to response officers.',
  },
  'camhs-clinician': {
    does: 'I assess and treat children and young people with moderate to severe mental health difficulties, and advise colleagues.',
    doesNot:
      'I do not see every child with low mood; many are better helped by school or family support first.',
    brings:
      'Consultation on worrying behaviour without a referral, and a clear view of what specialist help can offer.',
  },
  'family-support-worker': {
    does: 'I work alongside parents at home on routines, parenting, money and getting to appointments, and run team around the family meetings.',
    doesNot: 'I do not hold child protection cases on my own or make decisions about a child’s care.',
    brings:
      'Time with families, often several visits a week, and a relationship that helps them trust the plan.',
  },
  'youth-worker': {
    does: 'I build relationships with young people through groups, outreach and activities, and help them take part.',
    doesNot: 'I do not take on statutory duties, and young people can choose whether to work with me.',
    brings: 'The young person’s own voice, and ways to reach those who avoid other services.',
  },
  other: {
    does: 'I help families with housing, benefits and money worries that get in the way of everything else.',
    doesNot: 'I do not make decisions on housing applications; I help families through the process.',
    brings: 'Practical help that takes pressure off a family quickly, and knowledge of local services.',
  },
};
