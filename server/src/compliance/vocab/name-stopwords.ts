import { wordClass } from './word-classes';

// Capitalised words that are not given names or surnames in our texts: function words that start
// sentences, calendar words, organisation and place words, titles, social-media words and the field labels of
// contact cards ("Fax:", which a given-name list carries). Lower case.
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  `a an the this that these those there here it its we our us you your yours i me my he she his her they them their
   and or but if so as at by for from in into of on to with without about after before during until since while when
   what who whom why how which where all any some every each no not yes hi hello hey dear thanks thank congrats
   congratulations welcome happy good great big please join call visit learn read share tap click check ask book get
   meet see find make take keep stay try let do don't did does is are was were be been being have has had can could
   will would should may might must shall new more most many much one two three four five six seven eight nine ten
   first second third last next today tonight tomorrow yesterday morning evening night week month year years day days
   monday tuesday wednesday thursday friday saturday sunday january february march april june july august september
   october november december jan feb mar apr jun jul aug sep sept oct nov dec spring summer fall autumn winter
   christmas thanksgiving easter halloween ramadan diwali hanukkah kwanzaa new year's holiday holidays
   dr doctor nurse practitioner physician surgeon team staff patient patients family families health healthcare hospital
   clinic center centre medical medicine care urgent emergency department dept unit ward room floor suite building campus
   office main line relations billing cardiology pediatrics orthopedics sports dermatology obstetrics gynecology
   endocrinology diabetes behavioral mental wellness community foundation institute university college school high
   elementary middle academy association society council county city state street st avenue ave road rd drive lane
   boulevard way north south east west river lake park hill valley heights springs village town
   inc llc ltd co corp company group partners services solutions systems technologies bank insurance
   covid flu vaccine vaccines screening screenings program programs class classes event events fair walk run
   facebook instagram twitter linkedin tiktok youtube google apple android iphone whatsapp x
   rn md np pa do phd lpn cna rd pt lcsw mph dds od pharmd fnp aprn crna
   american english spanish french german chinese african asian european latino latina hispanic black white
   national international global world annual free open public private local regional
   mr mrs ms miss mx prof sir madam
   part episode chapter
   senator mayor governor commissioner councilman councilwoman councilmember sheriff superintendent
   mon tue tues wed thu thur thurs fri sat
   i'd i'll i'm i've you'd you'll you're you've he'd he'll he's she'd she'll she's it'll it's we'd we'll we're we've they'd they'll they're they've that's there's
   i’d i’ll i’m i’ve you’d you’ll you’re you’ve he’d he’ll he’s she’d she’ll she’s it’ll it’s we’d we’ll we’re we’ve they’d they’ll they’re they’ve that’s there’s
   ok okay wow oh yay omg lol fyi btw pm am est pst cst utc hola gracias felicidades felicitaciones
   la las el los que para por con una muy
   fax telephone mobile cell pager email e-mail
   note notes plan assessment social neuro resp cv gi gu id skin pain labs meds vs hr bp rr sat temp
   alert oriented awake stable status neg pos per via prn po iv im sq npo abd ext`.split(/\s+/).filter(Boolean),
);

/** Titles that put a (possibly lower-case) surname right after them. */
// Military ranks as well ("Sgt. Pelletier"); not "Lt" or "Col", which charting uses for left and colon.
export const PERSON_TITLES = ['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'don', 'doña', 'sra', 'srta', 'señora', 'señorita', 'señor', 'prof', 'professor', 'drs', 'sgt', 'sergeant', 'capt', 'cpl', 'corporal', 'pvt', 'spc', 'pfc', 'ssgt', 'msgt', 'sfc', 'cmdr'];

/** "don't miss Part 2", "didn't miss a beat": in a text that uses capitals, "miss" written in lower case is the verb, no title. */
export function isMissTheVerb(written: string, caseless: boolean): boolean {
  return !caseless && written.startsWith('miss');
}

/** Words after which a capitalised word is someone's name. */
export const PERSON_CUE_WORDS = new Set(
  `patient pt son daughter dtr wife husband hsb hubby spouse mother father mom dad mum sister brother sis bro niece
   nephew grandson granddaughter grandmother grandfather grandma grandpa granny aunt uncle cousin friend neighbor
   neighbour partner boyfriend girlfriend fiance fiancee fiancé fiancée nurse np rn md attending resident fellow
   surgeon doctor intern student caregiver guardian proxy hcp named name's called rabbi chaplain pastor priest
   reverend caseworker ho companion fiance boyfriend girlfriend coach officer sgt sergeant judge principal
   teacher mayor deacon firefighter veteran twins triplets warrior fighter champ champion hero superhero artist`.split(/\s+/).filter(Boolean),
);

/** Credentials written after a name ("irene snell, rn"). */
export const POST_NAME_CREDENTIALS = new Set(
  'rn md np pa do phd lpn lvn cna rd pt ot lcsw np-c fnp aprn crna rrt pharmd'.split(' '),
);

/** The lists above as word classes (vocab/word-classes). */
/**
 * Words the name lists hold that are never a person's name here: capitalised in the names of campaigns, shows and places
 * ("Donate Life America", "Relay for Life", "Ask the Doc", "Mill Pond", "Radon Action Month"), or everyday words that
 * open a sentence or follow a given name ("Cord blood", "bell peppers"). Kept out of NOT_NAME_WORDS, which the trained
 * phi-risk model's features read. "Exhibit Barn": a barn, not Barn (a Nordic name).
 */
export const UNMODELLED_NOT_NAME_WORDS: ReadonlySet<string> = new Set(['life', 'donate', 'doc', 'docs', 'cinnamon', 'pepper', 'peppers', 'pond', 'cord', 'radon', 'barn', 'grad', 'reunion', 'pickup', 'dropoff', 'patrias', 'mamá', 'papá', 'soy', 'america', 'award', 'samaritano', 'medicare', 'medicaid']);
export const isNotNameWord = (lower: string): boolean => NOT_NAME_WORDS.has(lower) || UNMODELLED_NOT_NAME_WORDS.has(lower);
export const NOT_NAME_WORD = wordClass(isNotNameWord);
export const PERSON_TITLE = wordClass(PERSON_TITLES);
export const PERSON_CUE_WORD = wordClass(PERSON_CUE_WORDS);
export const POST_NAME_CREDENTIAL = wordClass(POST_NAME_CREDENTIALS);
