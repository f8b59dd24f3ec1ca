/**
 * What a person is, by work, sport, school or stage of life: the noun a post uses for someone it does not
 * name ("a Shelbyville beekeeper", "the retired Springfield mail carrier", "a Cedar Bluff family").
 */
export const PERSON_ROLES: readonly string[] = [
  // work
  'firefighter', 'nurse', 'teacher', 'schoolteacher', 'farmer', 'officer', 'pastor', 'deacon', 'coach', 'mechanic', 'trucker', 'driver', 'chef',
  'lawyer', 'engineer', 'soldier', 'marine', 'paramedic', 'carpenter', 'plumber', 'electrician', 'librarian', 'roofer', 'welder',
  'rancher', 'logger', 'contractor', 'landscaper', 'postmaster', 'beekeeper', 'auctioneer', 'barber', 'baker', 'pilot', 'carrier', 'lifeguard',
  'chief', 'janitor', 'custodian', 'waitress', 'waiter', 'bartender', 'cashier', 'clerk', 'fisherman', 'hunter', 'nanny',
  'babysitter', 'priest', 'rabbi', 'imam', 'mayor', 'sheriff', 'deputy', 'trooper', 'ranger', 'umpire', 'referee', 'musician',
  'singer', 'drummer', 'guitarist', 'artist', 'painter', 'author', 'reporter', 'anchor', 'photographer', 'florist', 'machinist',
  'miner', 'builder', 'mason', 'foreman', 'shopkeeper', 'grocer', 'butcher', 'veterinarian', 'professor', 'principal', 'tutor',
  'worker', 'lineman', 'guard',
  // sport
  'player', 'quarterback', 'pitcher', 'goalie', 'athlete', 'runner', 'cyclist', 'swimmer', 'golfer', 'hiker', 'skier', 'cheerleader',
  'dancer', 'kicker', 'captain', 'linebacker', 'triathlete', 'marathoner', 'wrestler', 'boxer', 'skater', 'snowboarder', 'surfer',
  'rower', 'climber', 'jockey', 'camper',
  // school
  'student', 'freshman', 'sophomore', 'kindergartner', 'preschooler', 'grader', 'scout',
  // family and stage of life
  'mother', 'father', 'mom', 'dad', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'grandson', 'granddaughter', 'husband',
  'wife', 'widow', 'widower', 'twins', 'triplets', 'infant', 'family', 'veteran', 'retiree', 'gentleman', 'neighbor', 'neighbour',
  'regular', 'spectator', 'commuter', 'homeowner', 'tenant',
];

/** Capitalised words before a role that say something other than where the person lives ("an Army veteran", "a Black mom"). */
export const NOT_A_TOWN = new Set([
  'army', 'navy', 'air', 'marine', 'marines', 'coast', 'guard', 'national', 'olympic', 'paralympic', 'special', 'black', 'white',
  'latina', 'latino', 'latinx', 'hispanic', 'asian', 'native', 'indigenous', 'catholic', 'christian', 'jewish', 'muslim', 'vietnam',
  'korean', 'iraq', 'gulf', 'war', 'american', 'english', 'spanish', 'french', 'german', 'mexican', 'irish', 'italian', 'chinese',
  'indian', 'deaf', 'eagle', 'boy', 'girl', 'cub', 'little', 'league', 'division', 'varsity', 'junior', 'senior', 'head', 'lead',
  'charge', 'registered', 'certified', 'licensed', 'new', 'christmas', 'easter', 'thanksgiving', 'halloween', 'valentine',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'super', 'world', 'pro', 'first', 'former',
  'proud', 'brave', 'amazing', 'wonderful', 'our', 'your', 'their', 'his', 'her', 'my', 'one', 'every', 'each', 'any',
]);
