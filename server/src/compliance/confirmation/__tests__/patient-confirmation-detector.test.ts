import { DEFAULT_CHECK_OPTIONS } from '../../default-options';
import type { DetectorContext, TextKind } from '../../types';
import { detectPatientConfirmation } from '../patient-confirmation-detector';

const ctx = (text: string, kind: TextKind = 'reply', context?: string): DetectorContext => ({
  text,
  kind,
  context,
  directory: { staff: [], departments: [] },
  options: DEFAULT_CHECK_OPTIONS,
});
const flagged = (text: string, kind: TextKind = 'reply', context?: string): boolean =>
  detectPatientConfirmation(ctx(text, kind, context)).length > 0;

describe('detectPatientConfirmation — confirming replies', () => {
  it.each([
    'Your lab results came back and someone will call you tomorrow.',
    'We’re sorry your appointment ran late on Monday.',
    'Thanks for the kind words about your stay on the fourth floor!',
    'As your surgeon, I’m thrilled with how the knee is healing.',
    'Welcome back, Ana! 👋',
    'So great to see you again at the clinic!',
    'Dr. Lee was so happy to meet you this morning.',
    'You’re one of our favorite patients, Carl!',
    'We pulled up your chart and fixed the address.',
    'Hope the drive home after your procedure was easy.',
    'It was a privilege caring for your dad these past months.',
    'We’ve sent the note to your care team.',
    'We’re checking on the referral for you now.',
    'Yes! It’s ready for pickup at the Main Street pharmacy.',
    'Thanks! Hope you’re sleeping better with the new CPAP 😴',
    'We’re glad you had a good experience with us!',
    'It was an honour to care for your dad.',
    'Sorry about the confusion with your $4,200 ER bill from the 3rd.',
    'Your emergency room visit notes are in the portal now.',
    'Your nurse will call you this afternoon with the plan.',
    'Your care team has reviewed the new scan.',
    'We’re so happy he’s going home! The ICU nurses will miss him.',
    'The tech noted you only slept about 3 hours, so we may repeat the study.',
    'Our charge nurse has your name and you’re next in line.',
    'Tell him he’s been a champ. See you both Friday!',
    'Congratulations, Auntie! Our Birth Center nurses said mom and baby are doing great.',
    'Found it! A blue scarf is at the front desk with your name on it.',
    'No problem — the nurse who called will be here until 6.',
    'So sorry about that! It’s been re-sent to the Walgreens on Elm.',
    'Yes, Dr. Raman is in clinic today — see your mom at 2!',
    'We loved meeting her too! Tell Ava her teeth looked great.',
    'We remember little Eli! The NICU nurses love his photos.',
    'Since we saw her on Tuesday, give it two more days.',
    'He says the same about you!',
    'Great — we’ve got you down for Thursday with our PT.',
    'Done — you’re now booked at 9am on the 21st.',
    'Anytime! Hope the new inhaler is working better for you.',
    'We’re glad your cleaning went smoothly today — see you in six months!',
    'Please arrive at 7:15 for your 8am procedure.',
    'We see your biopsy came back this week; the nurse will call.',
    'You’ve got this! Dr. Alvarez will see you at 8am.',
    'The infusion nurses are looking forward to seeing you Monday.',
    'So glad we could help! See you at your six-week follow-up.',
    'Your mother was a joy to care for in hospice.',
    'It was an honour to be with your dad during his final weeks.',
    'So glad! Your next cleaning is already on the books for October.',
    'Sorry about that! We’ve re-sent your after-visit summary to the portal.',
  ])('blocks: %s', (text) => {
    expect(flagged(text)).toBe(true);
  });
});

describe('detectPatientConfirmation — generic replies pass', () => {
  it.each([
    'To book an appointment, call (555) 201-4000 or use the patient portal.',
    'If you have an appointment question, Patient Relations can help at (555) 201-4000.',
    'Before your first visit, bring a photo ID and your insurance card.',
    'You can view your results in the patient portal once they are released.',
    'Readings that high are worth a call to your care team today.',
    'Please message your care team in the portal with any questions.',
    'We’d be happy to help — please call Patient Relations so we can look into this privately.',
    'Yes, Dr. Patel is accepting new patients at the Main Street office.',
    'Requests for records are usually processed within five business days.',
    'Thank you for your kind words! We’ll share them with the team.',
    'Your surgeon will explain the options at a consultation.',
    'See you Saturday at the 5K! 🏃',
    'We’ll miss you at the board meeting, Pat!',
    'Our nurses said you can find the forms on our website.',
    'Forms can be sent to any pharmacy you choose.',
    'Please call Billing so we can review your account privately.',
    'Your care team will let you know if a follow-up is needed.',
    'Your provider can check your record at your next visit.',
    'Please call our pharmacy or your prescriber today.',
    'Side effects are worth discussing. Call (555) 201-4000 to reach your care team.',
    'Any new lump is worth getting checked. You can book with your primary care provider.',
    'Thank you for sharing your son’s diagnosis story, Michelle.',
    'Get your flu shot today at any of our clinics!',
    'Can’t wait to see you at the 5K on Saturday!',
  ])('passes: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});

describe('detectPatientConfirmation — scope and context', () => {
  it('also checks templates', () => {
    expect(flagged('Reminder: your upcoming appointment is on {{date}} at {{time}}.', 'template')).toBe(true);
  });

  it('ignores posts and alt text', () => {
    expect(flagged('Bring your insurance card to your next visit.', 'post')).toBe(false);
    expect(flagged('A nurse welcomes back a smiling child.', 'alt-text')).toBe(false);
  });

  it('reads "Welcome Back Center" as a programme, not a welcome back', () => {
    expect(flagged('We partner with the state Welcome Back Center to support internationally trained nurses.')).toBe(false);
    expect(flagged('Welcome back! So good to see you again.')).toBe(true);
  });

  it('reads an affirming reply against the comment it answers', () => {
    const comment = 'My appointment with the allergy team yesterday was so helpful!';
    expect(flagged('So glad it went well! Feel better soon 💙', 'reply', comment)).toBe(true);
    expect(flagged('So glad it went well! Feel better soon 💙', 'reply', 'Is the allergy clinic open on Saturdays?')).toBe(false);    expect(flagged('Thanks for the shout-out! Glad it went smoothly.', 'reply', 'Got my vasectomy here last month, best decision')).toBe(true);
    expect(flagged('Of course! Hope you’re feeling better already.', 'reply', 'Thanks for getting me in so fast')).toBe(true);
    expect(flagged('It was our pleasure! Give her our best.', 'reply', 'thx for taking care of my grandma last week')).toBe(true);
    expect(flagged('Congratulations! Dr. Bello says she’s a beautiful baby.', 'reply', 'Thank you Dr. Bello for delivering my daughter!')).toBe(true);
    expect(flagged('It was our pleasure to host the fair!', 'reply', 'Thanks for the free health fair')).toBe(false);
    expect(flagged('You’ll do great! Our cardiology team will take good care of you.', 'reply', 'Coming in for my stress test tomorrow')).toBe(true);
    expect(flagged('You’ll do great! Our cardiology team will take good care of you.', 'reply', 'Thinking about running my first 10K')).toBe(false);
  });

  it('returns exact offsets with block severity', () => {
    const text = 'Thanks! We found your file and updated it.';
    const [f] = detectPatientConfirmation(ctx(text));
    expect(f.text).toBe(text.slice(f.start, f.end));
    expect(f.severity).toBe('block');
    expect(f.category).toBe('patient-confirmation');
  });
});

describe('detectPatientConfirmation — past versus future visits', () => {
  it('treats a future visit as generic and a past one as confirming', () => {
    expect(flagged('Ask about the shingles vaccine at your next visit.')).toBe(false);
    expect(flagged('We’re sorry about the long wait at your appointment.')).toBe(true);
    expect(flagged('Thanks for your visit — we hope the new brace helps!')).toBe(true);
  });
});

describe('detectPatientConfirmation — more paraphrases', () => {
  it.each([
    'Glad the new meds are working for you!',
    'Thanks for coming in today!',
    'We’ve rescheduled you for Tuesday at 3pm.',
    'Our nurses remember you fondly!',
    'Happy to hear you’re healing well!',
    'Your prescription has been sent to the pharmacy.',
  ])('blocks: %s', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'Yes! We accept most insurance plans. Please bring your card to your first visit.',
    'If you need to reschedule an appointment, call us at (555) 201-4000.',
    'We’ve sent your message to the events team — thanks for the idea!',
    'Lab results are usually posted to the patient portal within 3 days.',
  ])('passes: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});
