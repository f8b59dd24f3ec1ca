// Common given names across English, Spanish (written without accents: the lookup also tries a name without them), Portuguese, French, German, Nordic, Slavic, Hungarian,
// Italian, Greek, Arabic, South Asian, East Asian and African naming traditions. Lower case.
const NAMES = `
aaron abby abdul abdullah abel abigail abraham ada adam adele adeline adrian adriana adrienne agnes ahmed ahmad aidan aiden aileen aisha
akira alan alana albert alberto alejandra alejandro aleksandr aleksandra alena alessandra alessandro alex alexa alexander alexandra
alexandre alexei alexis alfonso alfred alfredo ali alice alicia alina alison allan allen allison alma alvaro amanda amber amelia amir
amit amy ana anastasia anders andre andrea andreas andrei andres andrew andrzej andy angel angela angelica angelo angie anita ann anna
annabel anne annette annie anthony antoine anton antonia antonio anya april ariana ariel arjun arnold arthur arturo arvid asha ashley
ashok astrid aubrey audrey august augusto aurora austin ava axel ayesha barbara barry bart beatrice beatrix beatriz becky belinda
bella ben benedikt benjamin bernard bernadette bernd bertha beth bethany betty beverly bianca bill billy birgit bjorn blake bob bobby
bogdan boris brad bradley brandon brenda brendan brent brett brian briana bridget brigitte britney brittany brooke bruce bruno bryan
caitlin caleb cameron camila camille carl carla carlo carlos carmen carol carole caroline carolyn carrie casey cassandra catalina
catherine cathy cecilia cedric celia celine chad charlene charles charlie charlotte chelsea cheryl chiara chloe chris christa
christian christina christine christoph christopher cindy claire clara clarence claudia claudio clayton clifford clint cody colin
connie connor constance cora corey courtney craig cristina crystal curtis cynthia dale damian dan dana daniel daniela daniele danielle
danny dariusz darius darlene darren dave david dawn dean deb debbie deborah debra declan deepak deirdre denise dennis derek desmond
diana diane diego dimitri dina dmitri dmitry dolores dominic dominika dominique don donald donna doris dorothy doug douglas duane dustin
dwayne dylan earl ed eddie edgar edith edmund eduardo edward edwin eileen elaine eleanor elena eli elias elijah elin elisa elisabeth
elise eliza elizabeth ella ellen elliot ellie eloise elsa emil emilia emilio emily emma emmanuel enrique eric erica erik erika erin
ernest ernesto esther ethan eugene eva evan evelyn ewa fabian fabio farah fatima federico felicia felipe felix fernanda fernando
filip fiona florence floyd frances francesca francesco francis francisco franco frank franz fred freda frederick frida gabriel
gabriela gabriele gabrielle gail gareth gary gavin gemma gene geoffrey george georgia gerald gerard gerhard gianna gilbert gina giorgio
giovanni giulia giuseppe gladys glen glenn gloria gordon graham greg gregory greta gretchen guadalupe guillermo gunnar gustavo gwen
hailey haley hamza hana hank hannah hans harold harriet harry harvey hassan heather hector heidi helen helena helga henrik henry herbert
herman hilda holly howard hugo hussein ian ibrahim ida igor ilse imran inga ingrid irene iris irina isaac isabel isabella isabelle
ivan ivana jack jackie jackson jacob jacqueline jacques jade jaime jake james jamie jan jana jane janet janice janina jared jasmine
jason javier jay jayden jean jeanette jeanne jeff jeffrey jenna jennifer jenny jeremy jerome jerry jesse jessica jesus jill jim jimmy
jo joan joann joanna joanne joao jocelyn jodi joe joel johan johanna john johnny jon jonas jonathan jordan jorge jose josef joseph
josephine josh joshua josie joy joyce juan juanita judith judy julia julian juliana julie julien julio june jurgen justin kai kamila
kara karen karin karina karl karla kasia kate katarina katarzyna katharina katherine kathleen kathryn kathy katie katrin kay kayla
keith kelly kelsey ken kendra kenji kenneth kerry kevin khalid kim kimberly kira kirsten klaus krista kristen kristin kristina krzysztof
kurt kyle lance lara larry laszlo laura lauren laurent lawrence leah lena leo leon leonard leonardo leslie liam lila lily lina linda
lindsay lindsey lisa liv lois lorena lorenzo loretta lori lorraine lorrie louis louise luca lucas lucia luciana lucy luis luisa luka
lukas luke lydia lynn mabel madeline madison magda magdalena magnus mahmoud maja malcolm malik mandy manuel manuela marc marcela marcia
marco marcos marcus margaret margarita margit maria mariam marian marianne marie marina mario marion marisa marisol marjorie mark marko
marla marlene marshall marta martha martin martina marty marvin mary mateo mathias matilda matt matteo matthew matthias maureen maurice
max maxim maxine maya megan mehmet melanie melinda melissa melvin mercedes meredith mia michael michaela michel michele michelle miguel
mihai mikael mike mikhail mila milan mildred milo milos mindy miriam mitchell mohamed mohammad mohammed molly monica monika morgan
muhammad murray nadia nadine nancy naomi natalia natalie natasha nathan nathaniel neil nelson nicholas nick nicola nicolas nicole niels
nikita nikola nikolai nikolaj nils nina noah noelle nora norma norman oleg olga oliver olivia omar oscar otto owen pablo pamela paola
paolo patricia patrick patrizia paul paula paulina pavel pedro peggy penelope per peter petra petrus phil philip philippe philomena
phoebe phyllis pierre pietro piotr priscilla rachel radu rafael rahul raj rajesh ralph ramon randall randy raquel raul ray raymond
rebecca regina reginald renata rene renee ricardo richard rick ricky rita rob robert roberta roberto robin rodney rodrigo roger roland
rolf roman ronald ronnie rosa rosalie rose rosemary ross roy ruben ruby rudolf russell ruth ryan sabrina sadie salma salvatore sam
samantha samir samuel sandra sandy sanjay sara sarah sasha saul scott sean sebastian selena sergei sergio seth shane shannon sharon
shawn sheila shelby shelley sherry shirley sidney silvia simon simone sofia sonia sonja sophia sophie stacy stanley stefan stefanie
stella stephanie stephen steve steven stuart sue sunniva susan susanne suzanne suzette svetlana sven sylvia tamara tammy tania tanya
tara ted teresa terence terrence terri terry thaddeus thea theodore theresa thomas tiffany tim timothy tina tobias todd tom tomas tommy
toni tony tonya tracy travis trevor troy tyler ulrich ursula valentina valeria valerie vanessa vera veronica vicente victor victoria
viktor vincent viola violet virginia vivian vladimir walter wanda warren wayne wendy werner wesley whitney wilhelm will william willie
wilma wojciech wolfgang xavier yan yasmin yolanda yuki yuri yusuf yvonne zachary zainab zara zoe zofia zoltan
aarav aditi aditya anil anjali arun deepa devi divya gaurav ishaan kavita lakshmi manoj meera neha nikhil pooja pradeep preeti priya
rahim rani ravi rohan sanjeev shreya sita sunil sunita vijay vikram vivek wei li ming hui jun hao xin yu mei lin chen jia hiroshi
takeshi yuko haruto sakura minjun jiwoo seojun hyun chiamaka chidi chinedu emeka ngozi oluwaseun kwame kofi ama abena amara ayodele
babajide tunde femi funmilayo nkechi obinna adebayo folake zanele thabo sipho lerato mandla
rosalba marisela maricela itzel araceli fabiola isela lourdes mireya nayeli viridiana yadira jimena ariadna dayana montserrat romina
xochitl citlali anahi yesenia lupita tadeo santiago braulio eliseo fausto jacinto marcelino rigoberto yahir heriberto hilario
oswaldo hernan jonatan jairo wilson misael anibal everardo neftali jhon brayan ronaldo yunior yair cristopher neymar elian aitor
facundo lautaro fabricio eusebio anselmo aurelio baltazar bartolome cayetano celestino demetrio eligio erasmo evaristo faustino
feliciano fermin filiberto florencio fortino hipolito homero leopoldo macario margarito maximino melchor norberto pascual porfirio
remigio rosendo rosalio sabino serafin servando venancio vidal wenceslao zacarias apolinar cipriano genaro herminio abundio
agapito arnulfo casimiro crescencio eleuterio filemon teofilo zeferino juvenal anastasio blas chuy beto chema chepe chente chava
quique kike rigo tavo goyo nando santi lencho checo eulalia leonor otilia zoila avelina delfina eduviges filomena genoveva
guillermina hermelinda isaura jovita lucrecia marcelina rosaura vicenta zenaida altagracia antonieta estefania herlinda monserrat
nuria begoña iñaki toño almudena macarena maricarmen maricruz marilu mayte yazmin lizeth elvia erendira vianey xiomara yanet yuridia cinthia
denisse janeth leidy yuliana estefany yoselin joselin nidia suyapa yaritza yamileth aitana yareli yaretzi yatziri aranza arantxa
noelia ainhoa nerea citlalli dafne tere lety paty chayo meche chabela pili tonatiuh cuauhtemoc cuitlahuac
csenger gabor gábor bence balazs balázs zsofia zsófia eszter kata dora levente attila istvan istván ferenc janos jános
jaylen jalen jaylin jaylon kayden brayden kaden jaxon jaxson kaiden ayden zayden tyrese amari imani nevaeh jaylah jayla kyrie jamari
dashawn deshaun keshawn daquan jaquan javon raheem rasheed trayvon treyvon lakisha shaniqua shanice aiyana brielle everly greyson jace
paisley rylee ryker teagan xander
`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));

/** Given names that are also everyday English words: only a name when a cue or a surname backs them up. */
export const AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = new Set(
  `will mark may grace hope faith joy bill rose summer june april art sunny pat frank sue don guy max ray jack rob
   dawn eve ivy lily amber ruby crystal iris violet autumn august sky skye rich chase cash grant hunter mason miles
   page paige penny pearl sage star storm wade young long king case drew dean earl gene gill lane lee price bell
   brook brooke hall jade carol chance christian joy kay lance lou mike nick norman page per reed rod
   roman sandy scott shelby tom van win jan kim li yu lin jun hao xin mei jia ben bob al ed jo ada ali
   angel august destiny glen heather holly iris jean marina pat sidney stella virginia georgia florence
   sunniva elin liv maja ida vera mila nina dora kata lina ana eva skip buddy chip dusty rusty misty honey
   candy cookie bunny pepper ginger daisy poppy basil olive cherry berry apple coco bear mercy hero job`.split(/\s+/).filter(Boolean),
);
