/** The member form's values (what was typed, kept as typed) and their conversion into fields to save. */
import type { Member, MemberStatus, Profession, Weekday } from '../../../../shared/domain/directory';
import { PROFESSIONS } from '../../../../shared/domain/directory';
import type { FieldErrors } from '../../../ui/forms/fieldErrors';
import type { MemberFields } from './memberCommands';

export interface MemberFormValues {
  name: string;
  pronouns: string;
  profession: string;
  professionOther: string;
  employingAgencyId: string;
  hostAgencyId: string;
  roleTitle: string;
  whatIDo: string;
  whatIDoNot: string;
  whatIBring: string;
  skills: string[];
  phone: string;
  email: string;
  desk: string;
  officeDays: Weekday[];
  hoursPerWeek: string;
  coLocated: boolean;
  secondmentStart: string;
  secondmentEnd: string;
  supervisorId: string;
  lineManagerId: string;
  status: MemberStatus;
}

export const FIELD_PREFIX = 'member-';

export function emptyMemberValues(): MemberFormValues {
  return {
    name: '',
    pronouns: '',
    profession: '',
    professionOther: '',
    employingAgencyId: '',
    hostAgencyId: '',
    roleTitle: '',
    whatIDo: '',
    whatIDoNot: '',
    whatIBring: '',
    skills: [],
    phone: '',
    email: '',
    desk: '',
    officeDays: [],
    hoursPerWeek: '',
    coLocated: true,
    secondmentStart: '',
    secondmentEnd: '',
    supervisorId: '',
    lineManagerId: '',
    status: 'active',
  };
}

export function valuesFromMember(member: Member): MemberFormValues {
  return {
    name: member.name,
    pronouns: member.pronouns,
    profession: member.profession,
    professionOther: member.professionOther,
    roleTitle: member.roleTitle,
    whatIDo: member.whatIDo,
    whatIDoNot: member.whatIDoNot,
    whatIBring: member.whatIBring,
    phone: member.phone,
    email: member.email,
    desk: member.desk,
    coLocated: member.coLocated,
    status: member.status,
    employingAgencyId: member.employingAgencyId ?? '',
    hostAgencyId: member.hostAgencyId ?? '',
    skills: [...member.skills],
    officeDays: [...member.officeDays],
    hoursPerWeek: member.hoursPerWeek === null ? '' : String(member.hoursPerWeek),
    secondmentStart: member.secondmentStart ?? '',
    secondmentEnd: member.secondmentEnd ?? '',
    supervisorId: member.supervisorId ?? '',
    lineManagerId: member.lineManagerId ?? '',
  };
}

function isProfession(value: string): value is Profession {
  return (PROFESSIONS as readonly string[]).includes(value);
}

const orNull = (value: string) => (value.trim() === '' ? null : value);

/**
 * Fields to save, or the problems a person can fix before the save is tried. The schema's own checks (dates in
 * order, email shape, lengths) come back from the write path and are shown the same way.
 */
export function fieldsFromValues(
  values: MemberFormValues,
): { ok: true; fields: MemberFields } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (values.name.trim() === '') errors[`${FIELD_PREFIX}name`] = 'Enter the person’s name.';
  if (!isProfession(values.profession)) errors[`${FIELD_PREFIX}profession`] = 'Choose a profession.';
  if (values.profession === 'other' && values.professionOther.trim() === '') {
    errors[`${FIELD_PREFIX}professionOther`] = 'Say what the profession is.';
  }
  const hours = values.hoursPerWeek.trim() === '' ? null : Number(values.hoursPerWeek.replace(',', '.'));
  if (hours !== null && (!Number.isFinite(hours) || hours < 0)) {
    errors[`${FIELD_PREFIX}hoursPerWeek`] = 'Enter the hours a week as a number, like 22.5.';
  }
  if (values.secondmentStart && values.secondmentEnd && values.secondmentEnd < values.secondmentStart) {
    errors[`${FIELD_PREFIX}secondmentEnd`] = 'The secondment end must not be before its start.';
  }
  if (Object.keys(errors).length > 0 || !isProfession(values.profession)) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      ...values,
      profession: values.profession,
      professionOther: values.profession === 'other' ? values.professionOther : '',
      employingAgencyId: orNull(values.employingAgencyId),
      hostAgencyId: orNull(values.hostAgencyId),
      hoursPerWeek: hours,
      secondmentStart: orNull(values.secondmentStart),
      secondmentEnd: orNull(values.secondmentEnd),
      supervisorId: orNull(values.supervisorId),
      lineManagerId: orNull(values.lineManagerId),
    },
  };
}
