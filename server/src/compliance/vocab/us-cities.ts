/**
 * Larger US cities and the state capitals, lower case, one word each (of a city of two, its telling word: "vegas").
 * Left out: words that are also common surnames or words ("Henderson", "Stockton", "Mobile", "Cedar"), and the
 * directory's own towns. Compromise's place list misses many ("Syracuse", "Buffalo", "Knoxville"), so in a list of towns
 * a health system serves ("in Buffalo, Rochester and Syracuse") the towns named like people ("Rochester", "Gary") read
 * as patients.
 */
export const US_CITIES: ReadonlySet<string> = new Set(
  `akron albany albuquerque alexandria allentown amarillo anaheim anchorage annapolis asheville atlanta augusta aurora
austin bakersfield baltimore bangor bellevue billings biloxi birmingham bismarck bloomington boise boston boulder
bozeman bridgeport brooklyn brownsville buffalo burlington casper chandler charleston charlotte chattanooga cheyenne
chicago cincinnati clarksville columbus dallas dayton dearborn denver detroit duluth elkhart erie eugene evansville
fairbanks fargo fayetteville flagstaff flint fontana fresno frisco gainesville galveston gary glendale greensboro
greenville gulfport harrisburg hartford helena hialeah hilo honolulu houston huntsville indianapolis irving jackson
jacksonville joliet juneau kalamazoo kenosha killeen kissimmee knoxville lakeland lansing laramie laredo lexington
lincoln livonia lubbock macon madison memphis mesa miami milwaukee minneapolis missoula modesto montgomery montpelier
nashville newark norfolk oakland odessa ogden olympia omaha orlando oxnard pasadena pensacola peoria philadelphia
phoenix pittsburgh plano pomona portland providence provo pueblo raleigh reno richmond rochester rockford sacramento
salinas savannah scottsdale scranton seattle shreveport spokane stamford syracuse tacoma tallahassee tampa tempe
toledo topeka trenton troy tucson tulsa tuscaloosa tyler vegas ventura waco wichita wilmington worcester yakima
yonkers youngstown`.split(/\s+/),
);
