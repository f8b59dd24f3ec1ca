/**
 * People whose own health is public knowledge and often cited in awareness posts ("When Magic Johnson announced he was
 * HIV-positive…", "Michael J. Fox and Parkinson's"), and the figures of medicine's history ("Edward Jenner's smallpox
 * vaccine"): their names next to a condition are history, not a patient's record.
 * Facts curated for this list (full names as usually written, lower case; a few go by one name).
 */
export const PUBLIC_FIGURE_NAMES: ReadonlySet<string> = new Set(
  `magic johnson|earvin johnson|michael j. fox|michael j fox|muhammad ali|lou gehrig|stephen hawking|christopher reeve|jimmy carter|
   ronald reagan|john mccain|ted kennedy|joe biden|beau biden|john f. kennedy|franklin d. roosevelt|franklin roosevelt|fdr|
   abraham lincoln|winston churchill|princess diana|king charles|king charles iii|prince harry|prince william|
   catherine, princess of wales|kate middleton|princess of wales|queen elizabeth|queen elizabeth ii|
   beethoven|ludwig van beethoven|vincent van gogh|van gogh|frida kahlo|helen keller|albert einstein|
   selena gomez|lady gaga|angelina jolie|christina applegate|bruce willis|celine dion|céline dion|val kilmer|
   ben stiller|hoda kotb|robin roberts|katie couric|shannen doherty|olivia newton-john|farrah fawcett|patrick swayze|
   steve jobs|chadwick boseman|james van der beek|jamie foxx|tom hanks|halle berry|nick jonas|sonia sotomayor|
   venus williams|serena williams|simone biles|michael phelps|naomi osaka|kevin love|demi lovato|mariah carey|
   whitney houston|robin williams|carrie fisher|glenn close|dwayne johnson|the rock|lizzo|
   billy porter|arthur ashe|greg louganis|freddie mercury|rock hudson|ryan white|
   michael douglas|hugh jackman|sheryl crow|rita wilson|gilda radner|audrey hepburn|elizabeth taylor|
   terry fox|lance armstrong|jim valvano|stuart scott|jimmy v|
   ozzy osbourne|linda ronstadt|neil diamond|alan alda|tim mcgraw|jerry lewis|
   wilma rudolph|jackie robinson|bob dole|sanjay gupta|mehmet oz|anthony fauci|
   jeremy renner|damar hamlin|bronny james|tiger woods|brittany maynard|henrietta lacks|
   edward jenner|frederick banting|charles best|jenner|louis pasteur|pasteur|jonas salk|albert sabin|florence nightingale|alexander fleming|marie curie|
   clara barton|mary seacole|virginia apgar|elizabeth blackwell|charles drew|daniel hale williams|rebecca lee crumpler|
   joseph lister|ignaz semmelweis|semmelweis|william osler|dorothea dix|hippocrates|
   santa claus|papá noel|papa noel`
    .split('|')
    .map((name) => name.trim())
    .filter((name) => name !== ''),
);

/** The first word of each listed name ("lizzo" included): most names asked about start with none of them. */
const FIRST_WORDS: ReadonlySet<string> = new Set([...PUBLIC_FIGURE_NAMES].map((name) => name.split(' ')[0] as string));

/** `name` as written (any case, spacing or possessive) is on the list. */
export function isListedPublicFigure(name: string): boolean {
  const lower = name.toLowerCase();
  const first = /^\s*(\S+)/.exec(lower)?.[1];
  if (first === undefined || !(FIRST_WORDS.has(first) || FIRST_WORDS.has(first.replace(/['’]s$/, '')))) return false;
  const plain = lower.replace(/['’]s$/, '').replace(/\s+/g, ' ').trim();
  return PUBLIC_FIGURE_NAMES.has(plain);
}
