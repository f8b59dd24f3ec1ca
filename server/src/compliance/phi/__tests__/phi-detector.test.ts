import { check } from '../../engine';
import type { CheckInput, Finding } from '../../types';
import { TEST_DIRECTORY } from '../../__tests__/test-directory';

function phi(text: string, extra: Partial<CheckInput> = {}): Finding[] {
  return check({ text, kind: 'post', directory: TEST_DIRECTORY, ...extra }).findings.filter((f) => f.category === 'phi');
}
const blocked = (fs: Finding[], type?: string) => fs.some((f) => f.severity === 'block' && (!type || f.type === type));

describe('names', () => {
  it('allows a staff member from the directory, by full name or surname', () => {
    expect(phi('Meet Dr. Helena Marsh, who now leads our family medicine team.')).toEqual([]);
    expect(phi('Dr. Marsh answers your questions about sleep on Thursday.')).toEqual([]);
  });

  it('blocks a patient name next to a room number', () => {
    const fs = phi('Room 12 patient Gloria is going home after her hip replacement!');
    expect(blocked(fs, 'name')).toBe(true);
    expect(fs.find((f) => f.type === 'name')?.text).toBe('Gloria');
    expect(blocked(fs, 'location')).toBe(true);
  });

  it.each([
    'Best wishes to Arthur Pennington on his discharge this morning!',
    'Get well soon, Lena Dufresne in bed 7!',
  ])('blocks a name next to a discharge or get-well cue: %s', (text) => {
    expect(blocked(phi(text), 'name')).toBe(true);
  });

  it('only warns about an unknown name with no health context', () => {
    const fs = phi('Thanks to Gregory Sutton for judging our bake sale.');
    expect(fs.map((f) => [f.type, f.severity])).toEqual([['name', 'warn']]);
    expect(fs[0]?.message).toContain('Gregory Sutton');
  });

  it('finds initials used as a name', () => {
    expect(blocked(phi('So proud of R.T. who finished her last round of chemo today!'), 'name')).toBe(true);
  });

  it('treats a name the commenter gave as a name in the reply', () => {
    const fs = phi('Hi Bartholomew, your new inhaler prescription is ready.', {
      kind: 'reply',
      context: "This is Bartholomew, is my inhaler refill ready?",
    });
    expect(blocked(fs, 'name')).toBe(true);
    expect(blocked(fs, 'medication')).toBe(true);
  });
});

describe('dates', () => {
  it('lets an event date through', () => {
    expect(phi('Join our free diabetes class on March 14 at 6pm in the community room.')).toEqual([]);
  });

  it('blocks the day of a patient visit', () => {
    const fs = phi('The 94-year-old who came in yesterday with chest pain is doing well.');
    expect(blocked(fs, 'date')).toBe(true);
    expect(blocked(fs, 'age')).toBe(true);
  });

  it('blocks a date of birth', () => {
    expect(blocked(phi('We found the file for DOB 4/17/1961.'), 'date')).toBe(true);
  });
});

describe('contact details and record numbers', () => {
  it('allows a department phone and blocks a personal one', () => {
    expect(phi('Questions? Call Cardiology at (555) 300-1200.')).toEqual([]);
    expect(blocked(phi('Call me back on 555-867-5309 please'), 'phone')).toBe(true);
  });

  it('blocks a personal e-mail but not the organisation’s own', () => {
    expect(phi('Write to info@lakesideclinic.example with questions.')).toEqual([]);
    expect(blocked(phi('Sent the forms to jo.banks@mailbox.example'), 'email')).toBe(true);
  });

  it('blocks MRN, SSN, IP and personal URLs; allows the organisation website', () => {
    expect(blocked(phi('Chart for MRN 00482913 is updated.'), 'id')).toBe(true);
    expect(blocked(phi('SSN 123-45-6789 on file'), 'id')).toBe(true);
    expect(blocked(phi('Login from 192.168.14.20 flagged'), 'ip')).toBe(true);
    expect(blocked(phi('See https://caringbridge.example/visit/jane-doe for updates'), 'url')).toBe(true);
    expect(phi('Book online at https://www.lakesideclinic.example/appointments')).toEqual([]);
  });

  it('blocks a street address next to a name', () => {
    expect(blocked(phi('Marguerite Olsen of 48 Willow Lane was treated for a fall.'), 'address')).toBe(true);
  });

  it('allows the organisation’s own address', () => {
    expect(phi('Our new clinic at 22 Harbor Road opens Monday.')).toEqual([]);
  });
});

describe('health details', () => {
  it('allows a disease in an awareness post', () => {
    expect(phi('Type 2 diabetes affects millions of adults. Ask your doctor about an A1C test.')).toEqual([]);
  });

  it('blocks a diagnosis tied to the person a reply addresses', () => {
    const fs = phi('Your biopsy came back and the team will call you.', { kind: 'reply' });
    expect(blocked(fs, 'procedure')).toBe(true);
  });

  it('blocks a reply that repeats the commenter’s own condition', () => {
    const fs = phi('So sorry you are dealing with migraines. Our nurses can help: (555) 300-1000.', {
      kind: 'reply',
      context: 'I get migraines every week, any advice?',
    });
    expect(blocked(fs, 'diagnosis')).toBe(true);
  });

  it('ages over 89 always block', () => {
    expect(blocked(phi('At 96, she still walks every morning.'), 'age')).toBe(true);
  });
});
