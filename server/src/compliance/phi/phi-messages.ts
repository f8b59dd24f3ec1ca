import type { PhiType, Severity } from '../types';

const LABEL: Record<PhiType, string> = {
  name: 'Name',
  address: 'Address',
  date: 'Date',
  phone: 'Phone number',
  fax: 'Fax number',
  email: 'E-mail address',
  id: 'Identifying number',
  url: 'Link',
  ip: 'IP address',
  age: 'Age',
  location: 'Location',
  diagnosis: 'Health detail',
  lab: 'Lab detail',
  procedure: 'Procedure',
  medication: 'Medication',
};

const FIX: Partial<Record<PhiType, string>> = {
  name: 'Remove the name or get written consent; if this is staff, a partner or a public figure, add them to the directory.',
  phone: "Remove it, or use the department's number from the directory.",
  fax: "Remove it, or use the department's number from the directory.",
  email: "Remove it, or use the organisation's own address.",
  url: "Remove it, or link to the organisation's website.",
  date: 'Drop the date or make it vague ("recently"), or get written consent.',
  age: 'Drop the age or get written consent.',
};

export function phiMessage(type: PhiType, text: string, why: string, severity: Severity): { message: string; suggestion: string } {
  const consequence = severity === 'block' ? 'This is protected health information.' : 'Check it is not about a patient.';
  return {
    message: `${LABEL[type]}: '${text}'. ${why}. ${consequence}`,
    suggestion: FIX[type] ?? 'Remove it or get written consent before publishing.',
  };
}
