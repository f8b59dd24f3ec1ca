import { withoutNamedClosing } from '../courtesy-closing';
import { withoutGreeting } from '../courtesy-opener';

describe('withoutGreeting', () => {
  it('drops a greeting with or without a name, and a second one after it', () => {
    expect(withoutGreeting('Hi Marisol! Flu shots are free.')).toBe('Flu shots are free.');
    expect(withoutGreeting('Hello Mr. Ortiz, the lot is open.')).toBe('the lot is open.');
    expect(withoutGreeting('Hi there! Hi Ana, the lot is open.')).toBe('the lot is open.');
    expect(withoutGreeting('Dear Ms. Lee, thank you.')).toBe('thank you.');
    expect(withoutGreeting('Hi Dr. Raman! Thanks for the talk.')).toBe('Thanks for the talk.');
  });

  it('keeps a text that is only a greeting, and a name that is not greeted', () => {
    expect(withoutGreeting('Hi Marisol!')).toBe('Hi Marisol!');
    expect(withoutGreeting('Hiking season is here, Marisol!')).toBe('Hiking season is here, Marisol!');
    expect(withoutGreeting('hi marisol! the lot is open.')).toBe('hi marisol! the lot is open.');
  });
});

describe('withoutNamedClosing', () => {
  it('drops a closing that names whom the reply answers', () => {
    expect(withoutNamedClosing('The lot is open until 9. Take care, Marisol!')).toBe('The lot is open until 9.');
    expect(withoutNamedClosing('Glad you liked it 🌿 Thanks again, Mr. Ortiz. 💙')).toBe('Glad you liked it 🌿');
    expect(withoutNamedClosing('See you Saturday! Have a great weekend, Priya!')).toBe('See you Saturday!');
  });

  it('keeps a reply that is only a closing, and a closing that says more', () => {
    expect(withoutNamedClosing('Thanks, Marisol!')).toBe('Thanks, Marisol!');
    expect(withoutNamedClosing('The lot is open. Take care of that knee, Marisol!')).toBe('The lot is open. Take care of that knee, Marisol!');
    expect(withoutNamedClosing('We passed your note to Dr. Lee. Thanks, Dr. Lee!')).toBe('We passed your note to Dr. Lee. Thanks, Dr. Lee!');
  });
});
