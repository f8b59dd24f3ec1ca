import { recasedComment, unshouted } from '../recased-comment';

const notOurs: ReadonlySet<string> = new Set();

describe('recasedComment', () => {
  it('writes the comment words the reply capitalises mid-sentence as the reply does', () => {
    expect(recasedComment('my husband ray fell on larkspur way, he has ms', 'So sorry Ray fell on Larkspur Way. With MS, falls are scary.', notOurs)).toBe(
      'my husband Ray fell on Larkspur Way, he has MS',
    );
  });

  it('ignores a capital at the start of a sentence, except an acronym', () => {
    expect(recasedComment('sorry to bother, pcos question', 'Sorry to hear it. PCOS is common.', notOurs)).toBe('sorry to bother, PCOS question');
  });

  it('leaves our own names and the run after "our" as the commenter typed them', () => {
    const ours = new Set(['cardiology']);
    expect(recasedComment('how do i know if im in labor? cardiology?', 'Our Labor & Delivery nurses and our Cardiology team can help.', ours)).toBe(
      'how do i know if im in labor? cardiology?',
    );
  });

  it('leaves emails and handles alone', () => {
    expect(recasedComment('email denise.morrow@mail.example or @denise_m', 'Thanks, Denise! We will reply to Morrow soon.', notOurs)).toBe(
      'email denise.morrow@mail.example or @denise_m',
    );
  });

  it('keeps the length of the comment', () => {
    const comment = 'straße and josé';
    expect(recasedComment(comment, 'We saw José on STRASSE Road.', notOurs)).toHaveLength(comment.length);
  });
});

describe('unshouted', () => {
  it('reads a comment typed in capitals in lower case', () => {
    expect(unshouted('MY DAD RAY IS IN ROOM 4!!')).toBe('my dad ray is in room 4!!');
  });

  it('keeps acronyms and short capitals in an ordinary comment', () => {
    expect(unshouted('My son has ADHD and RSV, is the ICU open?')).toBe('My son has ADHD and RSV, is the ICU open?');
    expect(unshouted('OMG YES')).toBe('OMG YES');
  });
});
