import {
  ageHours,
  feedbackFigures,
  fillTemplate,
  inboxOrder,
  parseFeedbackCsv,
  questionCategoryOf,
  sentimentOf,
  signFeedbackWebhook,
  verifyFeedbackWebhook,
  webhookSchemaFor,
} from '..';
import { QUESTION_CATEGORIES } from '../../constants';

const SECRET = 'a-shared-secret-of-reasonable-length';
const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
const ts = (offsetSeconds: number) => String(Math.floor(NOW / 1000) + offsetSeconds);

describe('webhook verification', () => {
  const body = '{"source":"google","externalId":"g-1"}';
  const verify = (timestamp: string | undefined, signature: string | undefined, rawBody = body) =>
    verifyFeedbackWebhook({ secret: SECRET, timestamp, signature, rawBody, nowMs: NOW });

  it('accepts a fresh delivery signed over "<timestamp>.<raw body>"', () => {
    const t = ts(-10);
    expect(verify(t, signFeedbackWebhook(SECRET, t, body))).toEqual({ ok: true, timestampSeconds: Number(t) });
  });

  it('refuses a changed body, a wrong secret and a missing header', () => {
    const t = ts(0);
    expect(verify(t, signFeedbackWebhook(SECRET, t, body), body.replace('g-1', 'g-2'))).toMatchObject({
      ok: false,
      reason: 'bad-signature',
    });
    expect(verify(t, signFeedbackWebhook('another-secret', t, body))).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(verify(t, signFeedbackWebhook(SECRET, t, body).toUpperCase())).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(verify(undefined, 'sha256=00')).toMatchObject({ ok: false, reason: 'missing-headers' });
  });

  it('refuses a timestamp older than 5 minutes or from the future, even when correctly signed', () => {
    const old = ts(-301);
    expect(verify(old, signFeedbackWebhook(SECRET, old, body))).toMatchObject({ ok: false, reason: 'too-old' });
    const future = ts(120);
    expect(verify(future, signFeedbackWebhook(SECRET, future, body))).toMatchObject({ ok: false, reason: 'from-the-future' });
    expect(verify('2026-11-28T12:00:00Z', 'sha256=00')).toMatchObject({ ok: false, reason: 'malformed-timestamp' });
  });
});

describe('triage', () => {
  it('takes sentiment from the rating when there is one', () => {
    expect(sentimentOf({ rating: 1, text: 'Great staff, wonderful' })).toBe('negative');
    expect(sentimentOf({ rating: 2, text: '' })).toBe('negative');
    expect(sentimentOf({ rating: 3, text: 'terrible' })).toBe('neutral');
    expect(sentimentOf({ rating: 5, text: 'rude' })).toBe('positive');
  });

  it('reads the text otherwise, with negation', () => {
    expect(sentimentOf({ text: 'The front desk was rude and I waited an hour' })).toBe('negative');
    expect(sentimentOf({ text: 'Thank you, the nurses were so kind' })).toBe('positive');
    expect(sentimentOf({ text: 'The staff were not friendly at all' })).toBe('negative');
    expect(sentimentOf({ text: 'Honestly not bad' })).toBe('positive');
    expect(sentimentOf({ text: 'What are your opening hours on Saturday?' })).toBe('neutral');
  });

  it('puts a question in a category that can pick a reply template', () => {
    expect(questionCategoryOf('How do I book an appointment with Dr. Lee?')).toBe('appointments');
    expect(questionCategoryOf('I was charged twice on my last bill')).toBe('billing');
    expect(questionCategoryOf('Can I get a refill sent to my pharmacy?')).toBe('prescriptions');
    expect(questionCategoryOf('Are my lab results back yet?')).toBe('test-results');
    expect(questionCategoryOf('The receptionist was rude')).toBe('complaints');
    expect(questionCategoryOf('Do you have parking?')).toBe('general');
    for (const text of ['book', 'bill', 'refill', 'lab results', 'rude', 'parking'])
      expect(QUESTION_CATEGORIES).toContain(questionCategoryOf(text));
  });

  it('orders negative first, then the oldest first, and gives the age in hours', () => {
    const at = (h: number) => new Date(NOW - h * 3_600_000);
    const items = [
      { id: 'pos-old', sentiment: 'positive' as const, receivedAt: at(50) },
      { id: 'neg-new', sentiment: 'negative' as const, receivedAt: at(1) },
      { id: 'neg-old', sentiment: 'negative' as const, receivedAt: at(30) },
      { id: 'neu', sentiment: 'neutral' as const, receivedAt: at(2) },
    ];
    expect([...items].sort(inboxOrder).map((i) => i.id)).toEqual(['neg-old', 'neg-new', 'neu', 'pos-old']);
    expect(ageHours(at(30), new Date(NOW))).toBe(30);
  });
});

describe('template filling', () => {
  const cardiology = { kind: 'department' as const, name: 'Cardiology', phone: '(555) 201-3000', email: 'cardio@example.org' };
  const drLee = { kind: 'person' as const, name: 'Dr. Dana Lee', department: 'Cardiology', phone: '(555) 201-3001' };

  it('fills provider, department, phone and email from the directory entry', () => {
    const filled = fillTemplate('Please call {{department}} at {{phone}} or write to {{email}}.', { contact: cardiology });
    expect(filled).toEqual({ text: 'Please call Cardiology at (555) 201-3000 or write to cardio@example.org.', unfilled: [] });
    expect(fillTemplate('{{providerName}} in {{ department }}: {{phone}}', { contact: drLee }).text).toBe(
      'Dr. Dana Lee in Cardiology: (555) 201-3001'
    );
  });

  it('reports each placeholder it cannot fill, with the reason', () => {
    const filled = fillTemplate('Ask {{providerName}} at {{email}}, {{nonsense}}', { contact: drLee });
    expect(filled.unfilled).toEqual([
      { placeholder: '{{email}}', reason: 'the directory entry Dr. Dana Lee has no email' },
      { placeholder: '{{nonsense}}', reason: 'unknown placeholder' },
    ]);
    expect(filled.text).toContain('{{email}}');
    expect(fillTemplate('Call {{phone}}', {}).unfilled[0]?.reason).toMatch(/pick the provider or department/);
    expect(fillTemplate('{{providerName}}', { contact: cardiology }).unfilled[0]?.reason).toBe(
      'Cardiology is a department, not a provider'
    );
  });
});

describe('figures', () => {
  const at = (iso: string) => new Date(iso);
  const lee = { key: 'lee', label: 'Dr. Dana Lee' };
  it('gives volume, average rating by month, share negative and median time to first response per group', () => {
    const figures = feedbackFigures(
      [
        {
          group: lee,
          rating: 1,
          sentiment: 'negative',
          receivedAt: at('2026-10-31T23:30:00Z'),
          firstResponseAt: at('2026-11-01T01:30:00Z'),
        },
        {
          group: lee,
          rating: 5,
          sentiment: 'positive',
          receivedAt: at('2026-11-10T10:00:00Z'),
          firstResponseAt: at('2026-11-10T14:00:00Z'),
        },
        {
          group: lee,
          rating: 4,
          sentiment: 'positive',
          receivedAt: at('2026-11-12T10:00:00Z'),
          firstResponseAt: at('2026-11-12T20:00:00Z'),
        },
        { group: lee, rating: null, sentiment: 'negative', receivedAt: at('2026-11-13T10:00:00Z'), firstResponseAt: null },
        { group: null, rating: 3, sentiment: 'neutral', receivedAt: at('2026-11-13T10:00:00Z'), firstResponseAt: null },
      ],
      'UTC'
    );
    expect(figures[0]).toEqual({
      key: 'lee',
      label: 'Dr. Dana Lee',
      volume: 4,
      averageRating: 3.33,
      negativeShare: 0.5,
      medianHoursToFirstResponse: 4,
      answered: 3,
      byMonth: [
        { month: '2026-10', volume: 1, averageRating: 1 },
        { month: '2026-11', volume: 3, averageRating: 4.5 },
      ],
    });
    expect(figures[1]).toMatchObject({ key: 'unassigned', volume: 1, medianHoursToFirstResponse: null });
    // 03:00 UTC on November 1 is still October 31 in Chicago: months follow the organisation's zone.
    const chicago = feedbackFigures(
      [{ group: lee, rating: 2, sentiment: 'negative', receivedAt: at('2026-11-01T03:00:00Z'), firstResponseAt: null }],
      'America/Chicago'
    );
    expect(chicago[0]?.byMonth).toEqual([{ month: '2026-10', volume: 1, averageRating: 2 }]);
  });
});

describe('incoming items', () => {
  const item = { source: 'google', externalId: 'g-1', text: 'Rude staff', receivedAt: '2026-11-27T10:00:00Z', rating: 1 };
  it('accepts one item or a batch and names what is wrong otherwise', () => {
    const parse = (body: unknown) => webhookSchemaFor(body).safeParse(body);
    expect(parse(item).success).toBe(true);
    expect(parse({ items: [item, { ...item, externalId: 'g-2' }] }).success).toBe(true);
    const bad = parse({ ...item, rating: 7, source: 'myspace' });
    expect(bad.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['rating', 'source']);
    expect(parse({ items: [{ ...item, text: '' }] }).error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'items.0.text',
    ]);
  });

  it('parses a CSV import and lists every bad row with its line', () => {
    const good = parseFeedbackCsv(
      'source,externalId,authorName,rating,text,receivedAt\ngoogle,g-1,Pat,1,"Rude, slow",2026-11-27T10:00:00Z\nyelp,y-1,,,Lovely staff,2026-11-26T10:00:00Z\n'
    );
    expect(good).toEqual({
      ok: true,
      items: [
        {
          source: 'google',
          externalId: 'g-1',
          authorName: 'Pat',
          rating: 1,
          text: 'Rude, slow',
          receivedAt: '2026-11-27T10:00:00Z',
        },
        { source: 'yelp', externalId: 'y-1', text: 'Lovely staff', receivedAt: '2026-11-26T10:00:00Z' },
      ],
    });
    const bad = parseFeedbackCsv(
      'source,externalId,rating,text,receivedAt\ngoogle,g-1,9,x,2026-11-27T10:00:00Z\nfax,g-2,1,y,yesterday\ngoogle,g-1,1,z,2026-11-27T10:00:00Z\n'
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.rowErrors.map((e) => e.line)).toEqual([2, 3]);
    expect(bad.rowErrors[0]?.messages.join()).toMatch(/rating/);
    expect(bad.rowErrors[1]?.messages.join()).toMatch(/source.*receivedAt|receivedAt.*source/s);
    expect(parseFeedbackCsv('source,externalId,stars\n')).toMatchObject({
      ok: false,
      fileErrors: [
        expect.stringMatching(/Unknown column stars/),
        expect.stringMatching(/Missing columns text, receivedAt/),
        'No rows below the header',
      ],
    });
  });
});
