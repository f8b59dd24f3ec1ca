/**
 * Countries, lower case ("a year teaching midwifery in Ghana"): capitalised like names, and a few are given names too
 * ("Ghana", "Chad", "Jordan" are in name lists), but larger than any place HIPAA counts, so no one's PHI.
 * Names a person may carry are left out when they are common given names (Jordan, Georgia, Chad, Israel, India, Kenya, Dominica).
 */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(
  `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain bangladesh barbados belarus
belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chile china colombia
comoros congo croatia cuba cyprus czechia denmark djibouti ecuador egypt eritrea estonia eswatini ethiopia fiji finland france
gabon gambia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland indonesia iran iraq ireland italy
jamaica japan kazakhstan kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania
luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro
morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay
peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain
sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga trinidad tunisia turkey turkmenistan tuvalu uganda
ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe`
    .split(/\s+/)
    .concat(
      // Names of two words, matched whole: "aprendió español con sus abuelos en Puerto Rico".
      'puerto rico|costa rica|el salvador|dominican republic|república dominicana|republica dominicana|sri lanka|new zealand|south africa|saudi arabia|united states|estados unidos|south korea|north korea|sierra leone|cabo verde|cape verde'.split('|'),
    ),
);

/** Continents and world regions, lower case: larger than any place HIPAA counts. "Asia" is also a given name, so it is read as a region only beside another. */
export const WORLD_REGIONS: ReadonlySet<string> = new Set(
  'africa asia europe antarctica oceania americas caribbean scandinavia balkans'.split(' ')
);
