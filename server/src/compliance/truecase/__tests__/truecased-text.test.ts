import { TEST_DIRECTORY } from '../../__tests__/test-directory';
import { truecasedText } from '../truecased-text';

const cased = (text: string) => truecasedText(text, TEST_DIRECTORY);

describe('truecasedText', () => {
  it.each([
    // Sentence starts and "I", not after an abbreviation or inside a link.
    ['thanks! i think so. see lakeside.example/flu', 'Thanks! I think so. See lakeside.example/flu'],
    ['fact: st. john’s wort is an herb', 'Fact: St. John’s Wort is an herb'],
    // Given names the gazetteers know, and the surname after them.
    ['congrats to theo marchetti, born at 26 weeks', 'Congrats to Theo Marchetti, born at 26 weeks'],
    ['keisha and little nia, we think of you', 'Keisha and little Nia, we think of you'],
    // An everyday word that is a given name, only with a surname, a greeting, or a word that calls someone.
    ['in memory of grace adeyemi, 17', 'In memory of Grace Adeyemi, 17'],
    ['rip big earl 💔 we miss u', 'Rip big Earl 💔 we miss u'],
    ['thanks, tom! stay safe', 'Thanks, Tom! Stay safe'],
    ['a little sunshine and some rest help', 'A little sunshine and some rest help'],
    ['by the grace of good friends', 'By the grace of good friends'],
    // Titles, initials, families, possessives, a name in a room.
    ['dr. brooks sees kids', 'Dr. Brooks sees kids'],
    ['please call r. castellanos back', 'Please call R. Castellanos back'],
    ['proud of u k.t.!', 'Proud of u K.T.!'],
    ['the harwick triplets are one!', 'The Harwick triplets are one!'],
    ['after jack’s stay with us', 'After Jack’s stay with us'],
    ['our bravest unicorn, lily in room 208', 'Our bravest unicorn, Lily in room 208'],
    ['mayor linda hartwell cut the ribbon', 'Mayor Linda Hartwell cut the ribbon'],
    // Streets, schools and towns by the word that ends them.
    ['we mail them to 44 larkspur way', 'We mail them to 44 Larkspur Way'],
    ['she lives on willow court', 'She lives on Willow Court'],
    ['he crashed on route 30 and county rd 12', 'He crashed on Route 30 and County Rd 12'],
    ['a riverview elementary second grader', 'A Riverview Elementary second grader'],
    ['the pine ridge middle school runner', 'The Pine Ridge Middle School runner'],
    ['a dad from pine hollow, another from eastbrook', 'A dad from Pine Hollow, another from Eastbrook'],
    ['on the way to a test drive in high school', 'On the way to a test drive in high school'],
    ['we’ll make sure dr. marsh sees this', 'We’ll make sure Dr. Marsh sees this'],
    // The directory's own names as it writes them; weekdays, months, acronyms.
    ['call the front desk or lakeside cardiology', 'Call the Front Desk or Lakeside Cardiology'],
    ['owen pritchard, rn leads the team', 'Owen Pritchard, RN leads the team'],
    ['see you monday, may 3, or wed evenings', 'See you Monday, May 3, or Wed evenings'],
    ['may you have a good march', 'May you have a good march'],
    ['living with ms and pcos after the icu', 'Living with MS and PCOS after the ICU'],
    ['the new cath lab and rx refills', 'The new cath lab and rx refills'],
  ])('%j → %j', (text, expected) => {
    expect(cased(text)).toBe(expected);
  });

  it('keeps names in a Spanish sentence as typed: the name lists are English', () => {
    expect(cased('la presión alta casi nunca causa síntomas. hable con su equipo de salud si tiene dudas.')).toBe(
      'La presión alta casi nunca causa síntomas. Hable con su equipo de salud si tiene dudas.',
    );
  });

  it('keeps the length, so offsets into the text hold', () => {
    for (const text of ['straße 5 über ıstanbul', 'ǆemal and ŉ', 'congrats marco 🎉 #riversidecares']) expect(cased(text)).toHaveLength(text.length);
  });
});
