/** Languages our interpreters and materials name ("from Spanish and Vietnamese to ASL"): capitalised like places, but no one's home. */
export const LANGUAGE_NAMES: ReadonlySet<string> = new Set(
  'spanish vietnamese mandarin cantonese chinese arabic tagalog filipino russian korean japanese portuguese french creole haitian somali hmong polish ukrainian amharic swahili hindi urdu bengali punjabi gujarati farsi persian dari pashto nepali burmese karen karenni chin rohingya kinyarwanda kirundi marshallese chuukese mam mixteco zapoteco triqui quechua khmer lao thai turkish greek italian german hebrew yiddish armenian albanian bosnian serbian croatian romanian tigrinya oromo yoruba igbo navajo asl english'.split(
    ' ',
  ),
);

/** Languages by their own names, as written ("Tiếng Việt", "Kreyòl", "Português"): offered by our interpreters, no one's name. */
export const LANGUAGE_SELF_NAMES: ReadonlySet<string> = new Set([
  'Tiếng Việt', 'Kreyòl', 'Kreyòl Ayisyen', 'Português', 'Français', 'Español', 'Tagalog', 'Wikang Filipino', 'Af-Soomaali', 'Русский', 'Українська', '한국어', '中文', 'العربية',
]);
