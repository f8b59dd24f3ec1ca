import { findLabelledAddresses } from '../labelled-address';

const found = (text: string) => findLabelledAddresses(text).map((s) => text.slice(s.start, s.end));

describe('addresses after an "address" label', () => {
  it('takes a lower-case line after the label, through "apt." and up to the sentence end', () => {
    expect(found('contact\naddress:\n31 ulica lipowa 4 apt. 12 gdansk poland.\nthanks')).toEqual(['31 ulica lipowa 4 apt. 12 gdansk poland']);
  });

  it('takes the town and country after commas and stops at a question mark', () => {
    expect(found('can you change my address to 5 calle mayor 9, sevilla, spain? thank you')).toEqual(['5 calle mayor 9, sevilla, spain']);
    expect(found('My new address is 82 rua das flores 3, porto. I moved last week.')).toEqual(['82 rua das flores 3, porto']);
  });

  it('follows the unit and town lines below a labelled street line', () => {
    expect(found('Address: 4 kestrel way 2\nFlat 6\nLeeds')).toEqual(['4 kestrel way 2\nFlat 6\nLeeds']);
  });

  it('ignores times, counts and sentences after the word "address"', () => {
    expect(found('We will address 3 questions at 5 pm.')).toEqual([]);
    expect(found('Please address 2 pm visits to the front desk')).toEqual([]);
    expect(found('The talk will address 12 common myths about flu shots.')).toEqual([]);
    expect(found('Our address: 10 minutes from the station')).toEqual([]);
  });
});
