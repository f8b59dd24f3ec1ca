/** The words a street's name ends with ("Main Street", "Oak Hill Rd."), with an optional full stop. */
export const STREET_SUFFIX =
  '(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Square|Sq|Trail|Trl|Crescent|Close|Row|Alley|Plaza|Pike|Loop|Run|Path)\\.?';
