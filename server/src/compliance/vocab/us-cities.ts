/**
 * Larger US cities, the state capitals and a few large suburbs listed beside them ("Cicero, Berwyn y Aurora"), lower case,
 * one word each (of a city of two, its telling word: "vegas").
 * Left out: words that are also common surnames or words ("Henderson", "Stockton", "Mobile", "Cedar"), and the
 * directory's own towns. Compromise's place list misses many ("Syracuse", "Buffalo", "Knoxville"), so in a list of towns
 * a health system serves ("in Buffalo, Rochester and Syracuse") the towns named like people ("Rochester", "Gary") read
 * as patients.
 */
/**
 * US cities of two words whose first or last word is a given name or a word ("Fort Wayne", "Baton Rouge", "Grand Rapids"),
 * lower case: read as one place, neither word is a person.
 */
const TWO_WORD_US_CITIES: ReadonlySet<string> = new Set(
  `fort wayne|fort worth|fort collins|fort myers|fort lauderdale|fort smith|baton rouge|grand rapids|cedar rapids|des moines|el paso|
san antonio|san diego|san jose|san francisco|san bernardino|santa fe|santa rosa|santa ana|santa clara|santa barbara|corpus christi|
little rock|sioux falls|new haven|new orleans|kansas city|oklahoma city|jersey city|carson city|rapid city|sioux city|iowa city|
palm springs|colorado springs|hot springs|virginia beach|long beach|ann arbor|green bay|lake charles|eau claire|la crosse|rock hill|
myrtle beach|bowling green|college station|round rock|pine bluff|st paul|saint paul|st louis|saint louis|st petersburg|las vegas|
los angeles|salt lake|rio rancho|las cruces|grand junction|grand forks|great falls|twin falls|idaho falls|wichita falls|
overland park|cape coral|port arthur|glen burnie|chula vista|fall river|new bedford|south bend|fort dodge|council bluffs|eagle pass|del rio|san angelo|san marcos|new braunfels|sugar land|grand prairie|san luis|el centro`
    .split(/\|\s*/),
);

/** Whether two words, lower case, name one of TWO_WORD_US_CITIES ("St." read as "st"). */
export const isTwoWordUsCity = (first: string, second: string): boolean => TWO_WORD_US_CITIES.has(`${first.replace(/\.$/, '')} ${second}`);

/** Whether a place name, lower case, is one of the US cities of one word or of two ("omaha", "council bluffs"). */
export function isUsCity(place: string): boolean {
  const words = place.split(/\s+/);
  return words.length === 1 ? US_CITIES.has(place) : words.length === 2 && isTwoWordUsCity(words[0] as string, words[1] as string);
}

export const US_CITIES: ReadonlySet<string> = new Set(
  `akron albany albuquerque alexandria allentown amarillo anaheim anchorage annapolis asheville atlanta augusta aurora
austin bakersfield baltimore bangor bartlesville bellevue berwyn billings biloxi birmingham bismarck bloomington boise
boston boulder bozeman beckley brattleboro bridgeport brooklyn brownsville buffalo burlington casper chandler charleston
charlotte chatsworth chattanooga cheyenne chicago cicero cincinnati clarksville columbus concord dallas dalton dayton dearborn denver
detroit dublin duluth edinburg elizabeth elkhart erie eugene evansville fairbanks fargo fayetteville flagstaff flint
fontana fresno frisco gainesville galveston gary glendale greensboro greenville gulfport harlingen harrisburg hartford
haverhill helena hialeah hibbing hilo honolulu houston huntington huntsville indianapolis irving jackson jacksonville joliet
juneau kalamazoo kenosha killeen kissimmee knoxville lafayette lakeland lansing laramie laredo lawrence lexington
lincoln livonia lowell lubbock macon madera madison manchester mcallen memphis meridian mesa miami milwaukee
minneapolis missoula modesto montgomery montpelier muskogee nampa nashua nashville newark nogales norfolk oakland
odessa ogden olympia owatonna omaha orlando oxnard pasadena pasco pensacola peoria philadelphia phoenix pittsburgh plano pomona
portland providence provo pueblo raleigh reno richmond rochester rockford rutland sacramento salem salinas savannah
scottsdale scranton seattle shreveport spokane stamford syracuse tacoma tallahassee tampa tempe toledo topeka trenton
troy tucson tulsa tuscaloosa tyler vegas ventura visalia waco wasilla watsonville wenatchee wichita wilmington winona worcester
yakima yonkers youngstown yuma calexico orem lehi clarksdale selma parlier mckeesport douglas schuyler durham philly edmond delano arvin lamont`.split(/\s+/),
);
