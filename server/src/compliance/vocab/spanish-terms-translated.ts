/**
 * More Spanish for the English lists' conditions, procedures and tests (conditions.ts, procedures.ts, lab-tests.ts): the
 * clinical word and the one a patient or relative types ("colelitiasis", "piedras en la vesícula", "le quitaron la
 * vesícula"), with and without accents. spanish-terms.ts holds the first, smaller list; these were translated from the
 * English lists, not from any labelled set, and read the same way (findHealthTerms only). Everyday words and the names of
 * services or departments are left out, as there, and so are the routine visits a clinic offers everyone ("limpieza
 * dental", "DIU"): with them, replies about booking one read as someone's care.
 */
export const SPANISH_CONDITIONS_TRANSLATED = `
diabetico|diabetica|prediabético|prediabetico|prediabética|prediabetica|cetoacidosis diabética|cetoacidosis diabetica|le subió el azúcar
le subio el azucar|le bajó el azúcar|le bajo el azucar|hipotensión|hipotension|presión arterial alta|presion arterial alta
presión arterial baja|presion arterial baja|tensión alta|tension alta|hipertenso|hipertensa|le subió la presión|le subio la presion
crisis hipertensiva|hipertensión de bata blanca|hipertension de bata blanca|enfermedad cardíaca|enfermedad cardiaca|enfermedad del corazón
enfermedad del corazon|enfermedad coronaria|preinfarto|insuficiencia cardíaca congestiva|insuficiencia cardiaca congestiva|falla cardíaca
falla cardiaca|problemas del corazón|problemas del corazon|problemas cardíacos|problemas cardiacos|enfermo del corazón|enfermo del corazon
enferma del corazón|enferma del corazon|flutter auricular|aneurisma aórtico|aneurisma aortico|enfermedad arterial periférica
enfermedad arterial periferica|insuficiencia venosa|mala circulación|mala circulacion|accidente cerebrovascular|evento vascular cerebral|evc
ictus|le dio un derrame|accidente isquémico transitorio|accidente isquemico transitorio|hemorragia|trombosis venosa profunda|tvp
carcinoma basocelular|carcinoma espinocelular|carcinoma ductal in situ|enfermedad de hodgkin|mieloma|mieloma múltiple|mieloma multiple
metástasis|metastásico|metastasico|metastásica|metastasica|estadio 4|estadio iv|en remisión|en remision|canceroso|cancerosa|precanceroso
precancerosa|rabdomiosarcoma|mesotelioma|síndrome mielodisplásico|sindrome mielodisplasico|feocromocitoma|mutación brca|mutacion brca
displasia cervical|epoc|enfermedad pulmonar obstructiva crónica|enfermedad pulmonar obstructiva cronica|pulmonía|pulmonia|fibrosis quística
fibrosis quistica|fibrosis pulmonar|virus sincitial respiratorio|virus respiratorio sincitial|vrs|vsr|estreptococo|faringitis estreptocócica
faringitis estreptococica|crisis asmática|crisis asmatica|paperas|culebrilla|herpes zóster|herpes zoster|ets
enfermedad de transmisión sexual|enfermedad de transmision sexual|enfermedades de transmisión sexual|enfermedades de transmision sexual|vph
papiloma humano|ivu|choque séptico|choque septico|estafilococo|celulitis infecciosa|enfermedad de lyme|enfermedad del beso
intoxicación alimentaria|intoxicacion alimentaria|salmonela|trastorno depresivo|episodio depresivo|tristeza posparto|trastorno de pánico
trastorno de panico|crisis de pánico|crisis de panico|trastorno de estrés postraumático|trastorno de estres postraumatico|tept
trastorno obsesivo compulsivo|trastorno obsesivo-compulsivo|brote psicótico|brote psicotico|episodio psicótico|episodio psicotico
episodio maníaco|episodio maniaco|alucinaciones|tdah|déficit de atención|deficit de atencion|hiperactividad|autista
trastorno de la conducta alimentaria|drogadicción|drogadiccion|drogadicto|drogadicta|abuso de sustancias|abuso de drogas
trastorno por consumo de sustancias|trastorno por consumo de alcohol|dependencia al alcohol|problemas con el alcohol|problema con la bebida
tendencias suicidas|ideación suicida|ideacion suicida|intento suicida|intentó suicidarse|intento suicidarse|autolesión|autolesion
se autolesiona|alzhéimer|esclerosis múltiple|esclerosis multiple|esclerosis lateral amiotrófica|esclerosis lateral amiotrofica|epiléptico
epileptico|epiléptica|epileptica|convulsión|ataque epiléptico|ataque epileptico|crisis convulsiva|crisis epiléptica|crisis epileptica
jaqueca|traumatismo craneoencefálico|traumatismo craneoencefalico|traumatismo craneal|golpe en la cabeza|parálisis cerebral
paralisis cerebral|espina bífida|espina bifida|distrofia muscular|parálisis de bell|paralisis de bell|parálisis facial|paralisis facial
ataque de gota|ácido úrico alto|acido urico alto|reumatismo|fibromialgia|ciática|ciatica|disco herniado|lumbalgia|dolor crónico
dolor cronico|dolor lumbar|lesión del manguito rotador|lesion del manguito rotador|manguito rotador roto|muñeca fracturada|muneca fracturada
cadera fracturada|tobillo fracturado|brazo fracturado|pierna fracturada|brazo quebrado|pierna quebrada|dislocación|dislocacion|luxación
luxacion|latigazo cervical|codo de tenista|lesión de lisfranc|lesion de lisfranc|torcedura|tobillo torcido|erc|lesión renal aguda
lesion renal aguda|falla renal|daño renal|dano renal|piedra en el riñón|piedra en el rinon|piedras en los riñones|piedras en los rinones
cálculo renal|calculo renal|litiasis renal|enfermedad hepática|enfermedad hepatica|enfermedad del hígado|enfermedad del higado
insuficiencia hepática|insuficiencia hepatica|falla hepática|falla hepatica|esteatosis hepática|esteatosis hepatica|crohn
síndrome de intestino irritable|sindrome de intestino irritable|síndrome del intestino irritable|sindrome del intestino irritable
colon irritable|enfermedad inflamatoria intestinal|celíaco|celiaco|celíaca|celiaca|intolerancia al gluten|erge|cálculos en la vesícula
calculos en la vesicula|piedra en la vesícula|piedra en la vesicula|colelitiasis|vesícula inflamada|vesicula inflamada|ataque de vesícula
ataque de vesicula|cólico biliar|colico biliar|apéndice reventado|apendice reventado|apéndice perforado|apendice perforado
enfermedad de graves|enfermedad tiroidea|bocio|perdió el bebé|perdio el bebe|perdió al bebé|perdio al bebe|pérdida gestacional
perdida gestacional|muerte fetal|óbito fetal|obito fetal|mortinato|nació sin vida|nacio sin vida|nacimiento prematuro|prematurez
prematuridad|parto pretérmino|parto pretermino
disfunción eréctil|disfuncion erectil|células falciformes|celulas falciformes|hemofilia|fenilcetonuria|bilirrubina alta|desnutrición
desnutricion|malnutrición|malnutricion|desnutrido|desnutrida|cólico del lactante|colico del lactante|rosácea|ronchas|erupción en la piel
erupcion en la piel|erupción cutánea|erupcion cutanea|vitíligo|caída del cabello|caida del cabello|herida infectada|escara|escaras
fiebre del heno|choque anafiláctico|choque anafilactico|shock anafiláctico|shock anafilactico|reacción anafiláctica|reaccion anafilactica
intolerante a la lactosa|intolerancia alimentaria|aplv|obeso|obesa|sobrepeso|deshidratado|deshidratada|insolación|insolacion
agotamiento por calor|hipotermia|ceguera|pérdida de la visión|perdida de la vision|pérdida de la vista|perdida de la vista|hipoacusia
discapacidad auditiva|problemas de audición|problemas de audicion|vértigo|labio hendido|incontinencia|próstata agrandada|prostata agrandada
próstata inflamada|prostata inflamada|crecimiento de próstata|crecimiento de prostata|hiperplasia prostática|hiperplasia prostatica
hongos vaginales|enfermedad terminal|enfermo terminal|enferma terminal|paciente terminal|enfermedad crónica|enfermedad cronica
enfermedad rara|enfermedad huérfana|enfermedad huerfana|trastorno genético|trastorno genetico|enfermedad genética|enfermedad genetica
mutación genética|mutacion genetica|anomalía cromosómica|anomalia cromosomica|defecto de nacimiento|malformación congénita
malformacion congenita|defecto cardíaco|defecto cardiaco|enfermedad autoinmune|trastorno autoinmune|amputado|amputada|hemorroides|almorranas
opresión en el pecho|opresion en el pecho|presión en el pecho|presion en el pecho|dolor en el pecho|dolor de garganta|dolor de muelas
dolor de muela|dolor de oído|dolor de oido|dolor de estómago|dolor de estomago|dolor de barriga|dolor de panza|dolor abdominal
encías sangrantes|encias sangrantes|fatiga crónica|fatiga cronica|entumecimiento|adormecimiento|hormigueo|mareo|se desmayó|se desmayo
perdió el conocimiento|perdio el conocimiento|pérdida del conocimiento|perdida del conocimiento|dificultad para respirar|le falta el aire
sibilancias|silbido en el pecho|sudores nocturnos|muela picada|diente picado|enfermedad de las encías|enfermedad de las encias
enfermedad periodontal|piorrea|piojos|hinchazón|hinchazon|moretón|moreton|moretones|morete|acidez estomacal|agruras|indigestión|estreñido
estrenido|estreñida|estrenida|espasmo muscular|contractura muscular|comezón|comezon|picazón|picazon|sangre en las heces|heces con sangre
sangre en la orina|orina con sangre|pérdidas de orina|perdidas de orina|distensión abdominal|distension abdominal|vomitando|vomitó
escurrimiento nasal|moqueo|nariz tapada|congestión nasal|congestion nasal|congestión en el pecho|congestion en el pecho|goteo posnasal
resfriado|resfrío|resfrio|catarro|ronquera|disfonía|disfonia|afonía|afonia|amígdalas inflamadas|amigdalas inflamadas|adenoides agrandadas
cálculos amigdalinos|calculos amigdalinos|tapón de cera|tapon de cera|tapón de cerumen|tapon de cerumen|oído de nadador|oido de nadador
tímpano perforado|timpano perforado|tímpano roto|timpano roto|perforación del tímpano|perforacion del timpano|tabique desviado
desviación de tabique|desviacion de tabique|nariz rota|nariz fracturada|visión doble|vision doble|fatiga visual|vista cansada|presbicia
perrilla|abrasión corneal|abrasion corneal|daltonismo|daltónico|daltonico|daltónica|daltonica|miope|sensibilidad dental|dientes sensibles
diente roto|muela rota|flemón|flemon|retracción de encías|retraccion de encias|encías retraídas|encias retraidas|dolor de mandíbula
dolor de mandibula|trastorno temporomandibular|bruxismo|rechinar los dientes|boca seca|afta|aftas|frenillo corto|anquiloglosia|absceso
forúnculo|forunculo|ganglión|ganglion|acrocordones|queloide|tiña|pie de atleta|hongos en las uñas|hongos en las unas|hongos en los pies
impétigo|sarna|molusco contagioso|hiperpigmentación|hiperpigmentacion|mancha de vino de oporto|picadura de medusa|picadura de aguamala
laceración|laceracion|herida de arma blanca|herida de bala|herida punzante|dedo roto|costilla rota|costillas rotas|pie roto|clavícula rota
clavicula rota|hueso roto|huesos rotos|mandíbula rota|mandibula rota|pelvis rota|fémur roto|femur roto|codo roto|pulgar roto
desgarro del labrum|ligamento roto|ligamentos rotos|rotura de ligamento|tendón roto|tendon roto|rotura de tendón|rotura de tendon
desgarro muscular|desgarre muscular|distensión muscular|distension muscular|tirón muscular|tiron muscular|desgarro de isquiotibiales
rotura de bíceps|rotura de biceps|desgarro del pectoral|tendón de aquiles roto|tendon de aquiles roto|desgarro en la ingle|rodilla dislocada
dedo dislocado|cadera dislocada|rótula dislocada|rotula dislocada|hombro zafado|periostitis tibial|rodilla de saltador|nervio pinzado
nervio comprimido|protrusión discal|protrusion discal|discopatía degenerativa|discopatia degenerativa|enfermedad degenerativa del disco
lesión medular|lesion medular|síndrome de la cintilla iliotibial|sindrome de la cintilla iliotibial|lesión en la espalda
lesion en la espalda|lesión en la cabeza|lesion en la cabeza|lesión deportiva|lesion deportiva|lesión en el cuello|lesion en el cuello
lesión cerebral|lesion cerebral|espolón óseo|espolon oseo|espolón calcáneo|espolon calcaneo|polimialgia reumática|polimialgia reumatica
síndrome de sjögren|sindrome de sjogren|esclerodermia|síndrome de ehlers-danlos|sindrome de ehlers-danlos|pulmón de granjero
pulmon de granjero|hiperlaxitud|síndrome de marfan|sindrome de marfan|pérdida de masa ósea|perdida de masa osea|pie zambo|pie equinovaro
debilidad muscular|dolores musculares|dolor muscular|dolor de cuerpo|dolor de huesos|dolor articular|dolor de articulaciones
dolor en las articulaciones|dolor de rodilla|dolor de cadera|dolor de cuello|dolor de hombro|dolor de muñeca|dolor de muneca|dolor de codo
dolor neuropático|dolor neuropatico|dolor pélvico|dolor pelvico|dolor en la ingle|dolor testicular|dolor de testículos|dolor de testiculos
dolor en los senos|dolores de parto|cólicos menstruales|colicos menstruales|niebla mental|tic nervioso|síndrome de tourette
sindrome de tourette|daño nervioso|dano nervioso|daño en los nervios|dano en los nervios|paraplejia|paraplejía|tetraplejia|tetraplejía
cuadriplejia|parapléjico|paraplejico|parapléjica|paraplejica|tetrapléjico|tetraplejico|tetrapléjica|tetraplejica|cuadripléjico|cuadriplejico
cuadripléjica|cuadriplejica|daño cerebral|dano cerebral|síncope|sincope|vppb|trastorno vestibular|enfermedad de huntington
corea de huntington|miastenia gravis|piernas inquietas|disautonomía|disautonomia|síndrome de taquicardia postural ortostática
sindrome de taquicardia postural ortostatica|dislexia|dispraxia|discalculia|retraso en el desarrollo|retraso del desarrollo
retraso psicomotor|retraso en el habla|trastorno del procesamiento auditivo|tartamudeo|deterioro cognitivo|pérdida de memoria
perdida de memoria|trastorno límite|trastorno limite|esquizoafectivo|trastorno de identidad disociativo|personalidad múltiple
personalidad multiple|despersonalización|despersonalizacion|desrealización|desrealizacion|trastorno de acumulación|trastorno de acumulacion
acumulación compulsiva|acumulacion compulsiva|tricotilomanía|tricotilomania|dermatilomanía|dermatilomania|dismorfia corporal
trastorno dismórfico corporal|trastorno dismorfico corporal|ortorexia|terrores nocturnos|sonambulismo|parálisis del sueño
paralisis del sueno|agorafobia|emetofobia|fobia social|mutismo selectivo|abstinencia de opioides|abstinencia alcohólica
abstinencia alcoholica|delirium tremens|trastorno del sueño|trastorno del sueno|resistencia a la insulina|resistente a la insulina
insulinorresistencia|síndrome metabólico|sindrome metabolico|enfermedad de addison|síndrome de cushing|sindrome de cushing
enfermedad de cushing|insuficiencia suprarrenal|insuficiencia adrenal|testosterona baja|hipogonadismo|deficiencia de vitamina b12
deficiencia de b12|deficiencia de vitaminas|corazón agrandado|corazon agrandado|cardiomegalia|latidos irregulares|latido irregular
ritmo cardíaco irregular|ritmo cardiaco irregular|bradicardia|síndrome de qt largo|sindrome de qt largo|síndrome de wolff-parkinson-white
sindrome de wolff-parkinson-white|enfermedad valvular|arterias tapadas|arteria tapada|arterias obstruidas|arterias bloqueadas
estenosis carotídea|estenosis carotidea|bloqueo cardíaco|bloqueo cardiaco|vena varicosa|venas varicosas|fenómeno de raynaud
fenomeno de raynaud|trastorno de la coagulación|trastorno de la coagulacion|problemas de coagulación|problemas de coagulacion
trastorno hemorrágico|trastorno hemorragico|comunicación interauricular|comunicacion interauricular|comunicación interventricular
comunicacion interventricular|tetralogía de fallot|tetralogia de fallot|síndrome del corazón izquierdo hipoplásico
sindrome del corazon izquierdo hipoplasico|coartación de la aorta|coartacion de la aorta|disección aórtica|diseccion aortica
enfermedad cardiovascular|linfedema|trombocitopenia|leucopenia|defensas bajas|enfermedad de la sangre|púrpura trombocitopénica
purpura trombocitopenica|pleuresía|pleuresia|agua en los pulmones|líquido en los pulmones|liquido en los pulmones|enfermedad pulmonar
mancha en el pulmón|mancha en el pulmon|insuficiencia respiratoria|dificultad respiratoria|broncoespasmo|hiperreactividad bronquial
bronquiectasias|deficiencia de alfa-1 antitripsina|reacción a la vacuna|reaccion a la vacuna|reacción a medicamentos|reaccion a medicamentos
helicobacter|enfermedad de manos, pies y boca|mano pie boca|oxiuros|lombrices intestinales|parásitos intestinales|parasitos intestinales
tétanos|tetanos|difteria|rubéola|rubeola|viruela|ébola|giardiasis|enfermedad pélvica inflamatoria|enfermedad pelvica inflamatoria
enfermedad inflamatoria pélvica|enfermedad inflamatoria pelvica|citomegalovirus|virus de epstein-barr|sobrecrecimiento bacteriano
gastroparesia|obstrucción intestinal|obstruccion intestinal|oclusión intestinal|oclusion intestinal|fisura anal|pólipo|polipo|pólipos
polipos|esófago de barrett|esofago de barrett|disfagia|dificultad para tragar|impactación fecal|impactacion fecal|fecaloma
invaginación intestinal|invaginacion intestinal|vejiga hiperactiva|prolapso|vejiga caída|vejiga caida|matriz caída|matriz caida
retención urinaria|retencion urinaria|retención de orina|retencion de orina|testículo no descendido|testiculo no descendido|criptorquidia
torsión testicular|torsion testicular|hidrocele|enfermedad de peyronie|eyaculación precoz|eyaculacion precoz|conteo bajo de espermatozoides
oligospermia|hipospadias|periodo irregular|período irregular|menstruación irregular|menstruacion irregular|reglas irregulares
síndrome premenstrual|sindrome premenstrual|trastorno disfórico premenstrual|trastorno disforico premenstrual|amenorrea|fibroma|mioma
disfunción del suelo pélvico|disfuncion del suelo pelvico|disfunción del piso pélvico|disfuncion del piso pelvico|vaginismo|vulvodinia
sequedad vaginal|atrofia vaginal|torsión ovárica|torsion ovarica|insuficiencia cervical|incompetencia cervical|cuello uterino corto
cérvix corto|cervix corto|síndrome de hellp|sindrome de hellp|hiperémesis gravídica|hiperemesis gravidica|bebé de nalgas|bebe de nalgas
viene de nalgas|presentación de nalgas|presentacion de nalgas|oligohidramnios|polihidramnios|poco líquido amniótico|poco liquido amniotico
restricción del crecimiento intrauterino|restriccion del crecimiento intrauterino|rciu|ruptura prematura de membranas
rotura prematura de membranas|diástasis de rectos|diastasis de rectos|muerte de cuna|muerte súbita del lactante|muerte subita del lactante
plagiocefalia|tortícolis|torticolis|trisomía 21|trisomia 21|trisomía 18|trisomia 18|síndrome de edwards|sindrome de edwards
displasia broncopulmonar|hemorragia intraventricular|síndrome de abstinencia neonatal|sindrome de abstinencia neonatal|pubertad precoz
narcolepsia|dedo en martillo|algodoncillo|candidiasis oral|paludismo|fiebre tifoidea|hiedra venenosa|fiebre manchada de las montañas rocosas
fiebre manchada de las montanas rocosas|fiebre del valle|síndrome alfa-gal|sindrome alfa-gal|hidrocefalia|enfermedad renal poliquística
enfermedad renal poliquistica|nefropatía por iga|nefropatia por iga|síndrome de dumping|sindrome de dumping
disección de la arteria coronaria|diseccion de la arteria coronaria|paro cardíaco|paro cardiaco|paro cardiorrespiratorio|paro respiratorio
le dio un paro|juanete|uña encarnada|uña enterrada|uñero|unero|alveolitis seca|verrugas|verruga|calambres|mareado|mareada|afiebrado
afiebrada|anémico|anemico|anémica|anemica|asmático|asmatico|asmática|asmatica|inmunodeprimido|inmunodeprimida|inmunosuprimido
inmunosuprimida|postrado en cama|postrada en cama|encamado|encamada|síndrome del ocaso|sindrome del ocaso
`;

export const SPANISH_PROCEDURES_TRANSLATED = `
reemplazo articular|reparación del lca|reparacion del lca|reparación del manguito rotador|reparacion del manguito rotador|fusión espinal
fusion espinal|fusión vertebral|fusion vertebral|fusión de columna|fusion de columna|fusión lumbar|fusion lumbar|artrodesis
reemplazo de disco|revascularización coronaria|revascularizacion coronaria|puente coronario|desfibrilador implantable|reemplazo valvular
tavi|donación de riñón|donacion de rinon|donó un riñón|dono un rinon|le quitaron la matriz|le sacaron la matriz|salpingoclasia
oclusión tubaria bilateral|oclusion tubaria bilateral|otb|fecundación in vitro|fecundacion in vitro|fiv|reproducción asistida
reproduccion asistida|le quitaron el apéndice|le quitaron el apendice|le sacaron el apéndice|le sacaron el apendice|le quitaron la vesícula
le quitaron la vesicula|le sacaron la vesícula|le sacaron la vesicula|le quitaron las amígdalas|le quitaron las amigdalas
le sacaron las amígdalas|le sacaron las amigdalas|gastroscopía|gastroscopia|panendoscopía|panendoscopia|sigmoidoscopía|sigmoidoscopia
aspirado de médula ósea|aspirado de medula osea|mastografía|mastografia|citología|citologia|sonograma|placa de tórax|placa de torax
ergometría|ergometria|electroencefalograma|estudio del sueño|estudio del sueno|polisomnografía|polisomnografia|tratamiento de radiación
tratamiento de radiacion|inmunoterapia|suero intravenoso|sueros intravenosos|psicoterapia|terapia psicológica|terapia psicologica|amputación
amputacion|le amputaron|intubación|intubacion|ventilación mecánica|ventilacion mecanica|sonda de alimentación|sonda de alimentacion
sonda nasogástrica|sonda nasogastrica|sonda urinaria|sonda vesical|sutura|suturas|le pusieron puntos|férula|ferula|curación de heridas
curacion de heridas|desbridamiento|injerto de piel|extracción dental|extraccion dental|extracción de muela|extraccion de muela
le sacaron una muela|muelas del juicio|herniorrafia|banda gástrica|banda gastrica|gastrectomía en manga|gastrectomia en manga
gastrectomía vertical|gastrectomia vertical|bloqueo nervioso|infiltración en la rodilla|infiltracion en la rodilla
infiltración en la columna|infiltracion en la columna|inyección de cortisona|inyeccion de cortisona|inyección de esteroides
inyeccion de esteroides|hospitalización|hospitalizacion|ingreso hospitalario|internación|internacion|corona dental|carillas dentales
implante dental|implantes dentales|empaste|resina dental|raspado y alisado radicular
tratamiento de ortodoncia|diseño de sonrisa|diseno de sonrisa|tubos de ventilación|tubos de ventilacion|tubos en los oídos
tubos en los oidos|ostomía|ostomia|extracción de óvulos|extraccion de ovulos|aspiración folicular|aspiracion folicular
transferencia de embriones|transferencia embrionaria|oxigenoterapia|tanque de oxígeno|tanque de oxigeno|concentrador de oxígeno
concentrador de oxigeno|resección transuretral de próstata|reseccion transuretral de prostata|litotricia|litotripsia|audiograma
reparación de menisco|reparacion de menisco|reparación del labrum|reparacion del labrum|reparación del tendón de aquiles
reparacion del tendon de aquiles|liberación del túnel carpiano|liberacion del tunel carpiano|reemplazo de hombro|reemplazo de tobillo
reducción abierta y fijación interna|reduccion abierta y fijacion interna|injerto óseo|injerto oseo|injerto de hueso|placa y tornillos
bota ortopédica|bota ortopedica|collarín|collarin|cabestrillo|estimulador de médula espinal|estimulador de medula espinal
plasma rico en plaquetas|anestesia|bloqueo raquídeo|bloqueo raquideo|despegamiento de membranas|barrido de membranas|tacto vaginal|cerclaje
translucencia nucal|fototerapia|aspiración manual endouterina|aspiracion manual endouterina|ameu|dilatación y evacuación
dilatacion y evacuacion|aborto|interrupción del embarazo|interrupcion del embarazo|congelación de óvulos|congelacion de ovulos
vitrificación de óvulos|vitrificacion de ovulos|congelación de embriones|congelacion de embriones|histerosalpingografía
histerosalpingografia|histeroscopía|histeroscopia|laparoscopía|laparoscopia|conización|conizacion|cono cervical|examen pélvico
examen pelvico|examen ginecológico|examen ginecologico|exploración mamaria|exploracion mamaria|examen de mamas|examen de senos
reconstrucción de mama|reconstruccion de mama|reconstrucción facial|reconstruccion facial|reconstrucción de mandíbula
reconstruccion de mandibula|reconstrucción de oreja|reconstruccion de oreja|reducción de senos|reduccion de senos|reducción mamaria
reduccion mamaria|aumento de senos|aumento de busto|implantes de seno|implantes mamarios|liposucción|liposuccion|lipoescultura
estiramiento facial|lifting facial|donación de óvulos|donacion de ovulos|terapia visual|extracción de cerumen|extraccion de cerumen
lavado de oídos|lavado de oidos|puente dental|dentadura postiza|expansor de paladar|aplicación de flúor|aplicacion de fluor|guarda oclusal
férula de descarga|ferula de descarga|sedación|sedacion|sedado|sedada|terapia de alimentación|terapia de alimentacion|terapia aba
terapia cognitivo-conductual|terapia cognitivo conductual|terapia dialéctica conductual|terapia dialectica conductual
internamiento psiquiátrico|internamiento psiquiatrico|terapia electroconvulsiva|electrochoques|estimulación magnética transcraneal
estimulacion magnetica transcraneal|reposo absoluto|reposo en cama|reposo pélvico|reposo pelvico|protonterapia|terapia de protones
terapia car-t|tubo torácico|tubo toracico|sonda pleural|drenaje torácico|drenaje toracico|plasmaféresis|plasmaferesis|nebulizaciones
nebulizador|extubado|extubada|oxigenación por membrana extracorpórea|oxigenacion por membrana extracorporea|nutrición parenteral
nutricion parenteral|estoma|cámara hiperbárica|camara hiperbarica|terapia vestibular|drenaje linfático|drenaje linfatico|punción seca
puncion seca|acupuntura|ajuste quiropráctico|ajuste quiropractico|gammagrama óseo|gammagrama oseo|gammagrafía ósea|gammagrafia osea
angiografía|angiografia|angiograma|angiotomografía|angiotomografia|fluoroscopía|fluoroscopia|esofagograma|serie esofagogastroduodenal
enema de bario|colon por enema|cpre|colangiopancreatografía retrógrada endoscópica|colangiopancreatografia retrograda endoscopica
broncoscopía|broncoscopia|cistoscopía|cistoscopia|laringoscopía|laringoscopia|electromiografía|electromiografia
velocidad de conducción nerviosa|velocidad de conduccion nerviosa|monitor cardíaco|monitor cardiaco|prueba de mesa inclinada
estudio electrofisiológico|estudio electrofisiologico|postoperatorio|posoperatorio|extirpación de lunar|extirpacion de lunar|cardioversión
reparación valvular|reparacion valvular|reparación de válvula|reparacion de valvula|escleroterapia|derivación ventriculoperitoneal
derivacion ventriculoperitoneal|válvula de derivación|valvula de derivacion|método ponseti|metodo ponseti|levantamiento de cejas
relleno de labios|rellenos dérmicos|rellenos dermicos|peeling químico|peeling quimico|depilación láser|depilacion laser|depilación con láser
depilacion con laser|rejuvenecimiento con láser|rejuvenecimiento con laser|lo operaron|la operaron|lo van a operar|la van a operar
recién operado|recien operado|recién operada|recien operada
`;

export const SPANISH_LAB_TESTS_TRANSLATED = `
azúcar en sangre|azucar en sangre|nivel de azúcar|nivel de azucar|niveles de azúcar|niveles de azucar|glucometría|glucometria|glucómetro
glucometro|cetonas en la orina|cetonas en orina|péptido c|peptido c|fructosamina|perfil lipídico|perfil lipidico|lipoproteína a
lipoproteina a|apolipoproteína b|apolipoproteina b|presión sistólica|presion sistolica|presión diastólica|presion diastolica|sistólica
sistolica|diastólica|diastolica|frecuencia cardíaca|frecuencia cardiaca|saturación de oxígeno|saturacion de oxigeno|oximetría|oximetria
oximetría de pulso|oximetria de pulso|oxímetro|oximetro|oxímetro de pulso|oximetro de pulso|nivel de oxígeno|nivel de oxigeno
niveles de oxígeno|niveles de oxigeno|hemograma|hemograma completo|conteo sanguíneo completo|conteo sanguineo completo|recuento sanguíneo
recuento sanguineo|conteo de glóbulos blancos|conteo de globulos blancos|recuento de glóbulos blancos|recuento de globulos blancos
glóbulos blancos|globulos blancos|glóbulos rojos|globulos rojos|leucocitos|eritrocitos|neutrófilos|neutrofilos|linfocitos|reticulocitos
hematocrito|frotis de sangre|frotis de sangre periférica|frotis de sangre periferica|prueba de coombs|química sanguínea|quimica sanguinea
química de sangre|quimica de sangre|panel metabólico|panel metabolico|panel metabólico básico|panel metabolico basico
panel metabólico completo|panel metabolico completo|electrolitos séricos|electrolitos sericos|nivel de sodio|sodio en sangre|función renal
funcion renal|pruebas de función renal|pruebas de funcion renal|proteína en la orina|proteina en la orina|proteinuria|microalbuminuria
cistatina c|ácido úrico|acido urico|nivel de magnesio|brecha aniónica|brecha anionica|pruebas de función hepática
pruebas de funcion hepatica|pruebas hepáticas|pruebas hepaticas|perfil hepático|perfil hepatico|función hepática|funcion hepatica
enzimas hepáticas|enzimas hepaticas|transaminasas|bilirrubina|gamma glutamil transferasa|gamma gt|amonio en sangre
hormona estimulante de la tiroides|pruebas de tiroides|análisis de tiroides|analisis de tiroides|t4 libre|anticuerpos tiroideos
anticuerpos antiperoxidasa|anticuerpos anti-tpo|vitamina b12|nivel de vitamina b12|perfil de hierro|hierro sérico|hierro serico
capacidad total de fijación de hierro|capacidad total de fijacion de hierro|transferrina|nivel de folato|examen de próstata
examen de prostata|tacto rectal|tiempo de protrombina|tiempo de tromboplastina|tiempos de coagulación|tiempos de coagulacion
perfil de coagulación|perfil de coagulacion|fibrinógeno|fibrinogeno|dímero d|dimero d|dímero-d|dimero-d|troponina|troponinas
enzimas cardíacas|enzimas cardiacas|péptido natriurético|peptido natriuretico|péptido natriurético cerebral|peptido natriuretico cerebral
proteína c reactiva|proteina c reactiva|velocidad de sedimentación|velocidad de sedimentacion|velocidad de sedimentación globular
velocidad de sedimentacion globular|vsg|anticuerpos antinucleares|factor reumatoide|anticuerpos anti-ccp|procalcitonina
marcadores inflamatorios|marcadores de inflamación|marcadores de inflamacion|examen general de orina|uroanálisis|uroanalisis|urianálisis
urianalisis|cultivo de orina|muestra de orina|tira reactiva|hemocultivo|hemocultivos|prueba de estreptococo|exudado faríngeo
exudado faringeo|hisopado|hisopado nasal|hisopado nasofaríngeo|hisopado nasofaringeo|exudado nasofaríngeo|exudado nasofaringeo
prueba de antígeno|prueba de antigeno|prueba de antígenos|prueba de antigenos|test de antígenos|test de antigenos|prueba de influenza
prueba de gripe|prueba pcr|test de embarazo|gonadotropina coriónica humana|gonadotropina corionica humana|prueba de sangre|pruebas de sangre
exámenes de sangre|estudios de sangre|estudios de laboratorio|pruebas de laboratorio
extracción de sangre|extraccion de sangre|toma de sangre
muestra de sangre|le sacaron sangre|informe de patología|informe de patologia|reporte de patología|reporte de patologia
resultado de patología|resultado de patologia|resultado de la biopsia|resultados de la biopsia|resultados de la resonancia
resultados de la tomografía|resultados de la tomografia|prueba genética|prueba genetica|pruebas genéticas|pruebas geneticas|estudio genético
estudio genetico|prueba brca|prueba de ets|prueba de its|prueba de drogas|prueba antidoping|examen toxicológico|examen toxicologico
prueba toxicológica|prueba toxicologica|prueba cutánea|prueba cutanea|panel de alergias|inmunoglobulina e|prueba de audición
prueba de audicion|examen de audición|examen de audicion|prueba auditiva|índice de masa corporal
indice de masa corporal|imc|linfocitos cd4|flujo espiratorio máximo|flujo espiratorio maximo|espirometría|espirometria
pruebas de función pulmonar|pruebas de funcion pulmonar|prueba de función pulmonar|prueba de funcion pulmonar|prueba de tuberculina
prueba cutánea de tuberculina|prueba cutanea de tuberculina|prueba de tuberculosis|prueba de ppd|ppd|prueba de quantiferon|prueba de mantoux
prueba de mononucleosis|prueba de celiaquía|prueba de celiaquia|anticuerpos antitransglutaminasa|análisis de heces|analisis de heces
examen de heces|coproparasitoscópico|coproparasitoscopico|coprológico|coprologico|examen coprológico|examen coprologico
sangre oculta en heces|prueba de sangre oculta|niveles hormonales|perfil hormonal|nivel de testosterona|nivel de estrógeno
nivel de estrogeno|hormona foliculoestimulante|hormona antimülleriana|hormona antimulleriana|prolactina|nivel de cortisol
prueba de ovulación|prueba de ovulacion|antígeno carcinoembrionario|antigeno carcinoembrionario|marcador tumoral|marcadores tumorales
análisis de semen|analisis de semen|espermatobioscopía|espermatobioscopia|espermiograma|espermograma|conteo de espermatozoides
adn fetal libre|prueba prenatal no invasiva|tamizaje genético|tamizaje genetico|cribado genético|cribado genetico|tamizaje prenatal
cribado prenatal|estreptococo del grupo b|prueba de estreptococo del grupo b|monitoreo fetal|prueba sin estrés|prueba sin estres
perfil biofísico|perfil biofisico|latido fetal|frecuencia cardíaca fetal|frecuencia cardiaca fetal|longitud cervical|cervicometría
cervicometria|índice de líquido amniótico|indice de liquido amniotico|tamiz visual|nivel de bilirrubina|tamizaje del desarrollo
prueba de glaucoma|grupo sanguíneo|grupo sanguineo|tipo de sangre|factor rh|rh negativo|rh positivo|ab negativo|ab positivo
`;
