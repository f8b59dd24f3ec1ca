/** Animals a post names beside a pet's name or condition ("Pepper, the therapy dog", "a diabetic cat"), as a regex source. */
export const ANIMAL = String.raw`(?:dog|pup|puppy|cat|kitty|kitten|horse|pony|rabbit|bunny|parrot|llama|alpaca|goat)`;
