/** Animals (and the toys and mascots named like them) a post names beside a pet's name or condition ("Pepper, the therapy dog", "a diabetic cat", "Pepper, the teddy bear"), as a regex source.
 * Single words only, so a word lookup can tell a text without any of them (text/word-gated-regexp.ts). */
export const ANIMAL = String.raw`(?:dog|pup|puppy|cat|carabao|buffalo|kitty|kitten|horse|pony|rabbit|bunny|parrot|llama|alpaca|goat|retriever|labrador|doodle|goldendoodle|labradoodle|poodle|terrier|spaniel|beagle|corgi|dachshund|greyhound|collie|newfoundland|husky|bulldog|mastiff|rottweiler|doberman|weimaraner|chihuahua|pomeranian|schnauzer|sheepdog|whippet|bear|doll|puppet|mascot|mannequin|manikin|robot|mix|tortoise|turtle|hamster|guinea|owl|elephant|giraffe|lamb|duck|penguin|lion|monkey|frog|perro|perra|perrito|perrita|gato|gata|gatito|gatita|mascota|caballo|conejo|conejito|peluche|osito|tortuga|tortuguita|loro|perico|periquito|cotorra|pececito)`;

/** "Pepper, the therapy dog", "Biscuit 🐕 our newest therapy dog", "Waffles 🐾", "Lupita, la perrita de terapia", "Biscuit is a 3-year-old golden retriever", "Molar Mike! 🦷 Our new mascot": what follows an animal's name. */
export const ANIMAL_AFTER_NAME = new RegExp(
  String.raw`^!?(?:\s*\p{Extended_Pictographic}[\u{FE0F}\u{200D}\p{Extended_Pictographic}]*)?\s*,?\s+(?:(?:is|was|es|era)\s+)?(?:the|our|a|an|la|el|una|un|nuestra|nuestro|su)\s+(?:[\w-]+\s+){0,4}${ANIMAL}s?\b|^\s*\u{1F43E}`,
  'iu',
);
/** "therapy dog Pepper", "our therapy dog, Pickles", "a rescue cat named Pickles", "su perro rescatado, Lucho", "our training mannequin, 'Stan'": what comes before an animal's name. */
const ANIMAL_BEFORE_NAME = new RegExp(String.raw`\b${ANIMAL}(?:\s+\p{Ll}+[ai]d[oa])?,?\s+(?:named\s+|called\s+|llamad[oa]\s+)?['‘"“]?$`, 'iu');
/** How far before a name its animal may stand: "su perro rescatado, " is 17 characters. */
const ANIMAL_BEFORE_REACH = 28;

/** Whether the name at `start` follows an animal ("our therapy dog, Pickles"). */
export const namedAfterAnimal = (text: string, start: number): boolean => ANIMAL_BEFORE_NAME.test(text.slice(Math.max(0, start - ANIMAL_BEFORE_REACH), start));

/** Any of those animals, as a word: a text without one needs no animal test at all. */
export const ANIMAL_WORD = new RegExp(String.raw`\b${ANIMAL}s?\b`, 'i');
