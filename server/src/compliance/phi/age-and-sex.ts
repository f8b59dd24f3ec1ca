/** "41F", "(29M)", "32 f": the age and sex a commenter gives of themselves, as forums write it. Group 1 is the age. */
export const AGE_AND_SEX = String.raw`(?<![\w.])(\d{1,2})\s?[fm](?=\s*[,)]|\s*$)`;
