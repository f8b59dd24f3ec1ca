/**
 * More Spanish for the English lists' conditions, procedures and tests (conditions.ts, procedures.ts, lab-tests.ts, then
 * extra-terms.ts and lay-terms.ts): the clinical word and the one a patient or relative types ("colelitiasis", "piedras en
 * la vesícula", "le quitaron la vesícula"), with and without accents. spanish-terms.ts holds the first, smaller list; these were translated from the
 * English lists, not from any labelled set, and read the same way (findHealthTerms only). Everyday words and the names of
 * services or departments are left out, as there, and so are the routine visits a clinic offers everyone ("limpieza
 * dental", "DIU"): with them, replies about booking one read as someone's care.
 */
export const SPANISH_CONDITIONS_TRANSLATED = `
crisis de ausencia|crisis de ausencias
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
se autolesiona|alzhéimer|esclerosis múltiple|esclerosis multiple|em|esclerosis lateral amiotrófica|esclerosis lateral amiotrofica|ela|epiléptico
epileptico|epiléptica|epileptica|convulsión|ataque epiléptico|ataque epileptico|crisis convulsiva|crisis epiléptica|crisis epileptica
jaqueca|traumatismo craneoencefálico|traumatismo craneoencefalico|traumatismo craneal|golpe en la cabeza|parálisis cerebral
paralisis cerebral|espina bífida|espina bifida|distrofia muscular|parálisis de bell|paralisis de bell|parálisis facial|paralisis facial
ataque de gota|ácido úrico alto|acido urico alto|reumatismo|fibromialgia|ciática|ciatica|disco herniado|lumbalgia|dolor crónico
dolor cronico|dolor lumbar|lesión del manguito rotador|lesion del manguito rotador|manguito rotador roto|muñeca fracturada|muneca fracturada
cadera fracturada|tobillo fracturado|brazo fracturado|pierna fracturada|brazo quebrado|pierna quebrada|dislocación|dislocacion|luxación
luxacion|latigazo cervical|codo de tenista|lesión de lisfranc|lesion de lisfranc|torcedura|tobillo torcido|erc|lesión renal aguda
lesion renal aguda|trastorno alimentario|trastornos alimentarios|trastorno de alimentación|trastorno de alimentacion|un solo riñón|un solo rinon|riñón único|rinon unico|falla renal|daño renal|dano renal|piedra en el riñón|piedra en el rinon|piedras en los riñones|piedras en los rinones
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
le reventó el apéndice|le revento el apendice|apéndice roto|apendice roto|perforación intestinal|perforacion intestinal|intestino perforado
colapso pulmonar|pulmón perforado|pulmon perforado|hematoma subdural|cráneo fracturado|craneo fracturado|insuficiencia valvular
insuficiencia mitral|insuficiencia aórtica|insuficiencia aortica|válvula aórtica bicúspide|valvula aortica bicuspide
conducto arterioso persistente|agujero en el corazón|agujero en el corazon|enfermedad de kawasaki|quinta enfermedad|eritema infeccioso
costra láctea|costra lactea|enfermedad de hirschsprung|espasmos infantiles|síndrome de west|sindrome de west|síndrome de dravet
sindrome de dravet|síndrome de lennox-gastaut|sindrome de lennox-gastaut|síndrome de rett|sindrome de rett|síndrome de angelman
sindrome de angelman|síndrome de prader-willi|sindrome de prader-willi|síndrome de williams|sindrome de williams|síndrome de x frágil
sindrome de x fragil|síndrome de turner|sindrome de turner|síndrome de klinefelter|sindrome de klinefelter|síndrome de digeorge
sindrome de digeorge|síndrome de noonan|sindrome de noonan|síndrome del maullido de gato|sindrome del maullido de gato|trisomía 13
trisomia 13|síndrome de patau|sindrome de patau|atrofia muscular espinal|enfermedad de batten|enfermedad de tay-sachs
osteogénesis imperfecta|huesos de cristal|acondroplasia|enanismo|malformación de chiari|malformacion de chiari|malformación arteriovenosa
malformacion arteriovenosa|médula anclada|medula anclada|microcefalia|atresia biliar|gastrosquisis|onfalocele|atresia esofágica
atresia esofagica|enfermedad de perthes|enfermedad de sever|codo de niñera|codo de ninera|pronación dolorosa|pronacion dolorosa
meduloblastoma|astrocitoma|neuroma acústico|neuroma acustico|enfermedad de von willebrand|factor v de leiden|síndrome antifosfolípido
sindrome antifosfolipido|pancitopenia|colangiocarcinoma|cáncer de vías biliares|cancer de vias biliares|trastorno afectivo estacional
trastorno adaptativo|distimia|trastorno narcisista de la personalidad|trastorno antisocial de la personalidad|trastorno de la personalidad
trastorno de apego reactivo|trastorno negativista desafiante|trastorno de conducta|trastorno disocial|trastorno por atracón
trastorno por atracon|trastorno neurológico funcional|trastorno neurologico funcional|trastorno de conversión|trastorno de conversion
catatonía|esquizofrénico|esquizofrenico|esquizofrénica|esquizofrenica|crisis nerviosa|ataque de nervios|trató de suicidarse
trato de suicidarse|intentó quitarse la vida|intento quitarse la vida|intoxicación etílica|intoxicacion etilica|intoxicación por alcohol
intoxicacion por alcohol|coma etílico|coma etilico|alcohólico en recuperación|alcoholico en recuperacion|alcohólica en recuperación
alcoholica en recuperacion|adicto en recuperación|adicto en recuperacion|adicta en recuperación|adicta en recuperacion|adicto a las drogas
adicta a las drogas|síndrome alcohólico fetal|sindrome alcoholico fetal|trastorno del espectro alcohólico fetal
trastorno del espectro alcoholico fetal|asperger|trastorno del procesamiento sensorial|discapacidad intelectual|retraso mental
trastorno del aprendizaje|pseudotumor cerebral|distonía|distonia|enfermedad de la neurona motora|afasia|síndrome de dolor regional complejo
sindrome de dolor regional complejo|síndrome del túnel cubital|sindrome del tunel cubital|síndrome del desfiladero torácico
sindrome del desfiladero toracico|síndrome de cola de caballo|sindrome de cola de caballo|espondilolistesis|vértebra rota|vertebra rota
parálisis|paralisis|quedó paralizado|quedo paralizado|quedó paralizada|quedo paralizada|hemiplejia|hemiplejía|síndrome de enclaustramiento
sindrome de enclaustramiento|coma inducido|estado vegetativo|muerte cerebral|síndrome del bebé sacudido|sindrome del bebe sacudido
desgarro de retina|ojos bizcos|chalazión|legalmente ciego|legalmente ciega|baja visión|baja vision|discapacidad visual|nistagmo
párpado caído|parpado caido|córnea rayada|cornea rayada|oftalmopatía tiroidea|oftalmopatia tiroidea|enfermedad de ménière
enfermedad de meniere|líquido en el oído|liquido en el oido|disgrafía|disgrafia|sigmatismo|accidente punzocortante|colangitis esclerosante
deja de respirar dormido|deja de respirar en la noche|parálisis de cuerdas vocales|paralisis de cuerdas vocales|laringomalacia|pulmón negro
pulmon negro|enfermedad del legionario|edema pulmonar|agua en el cerebro|edema cerebral|síndrome del corazón roto|sindrome del corazon roto
miocardiopatía de takotsubo|miocardiopatia de takotsubo|síndrome de brugada|sindrome de brugada|fibrilación ventricular
fibrilacion ventricular|venas tapadas|endurecimiento de las arterias|síndrome de intestino corto|sindrome de intestino corto|acalasia
líquido en el abdomen|liquido en el abdomen|sensibilidad al gluten|síndrome de activación mastocitaria|sindrome de activacion mastocitaria
vejiga neurogénica|vejiga neurogenica|embarazo anembrionado|circular de cordón|circular de cordon|vuelta de cordón|vuelta de cordon
cordón enredado en el cuello|cordon enredado en el cuello|distocia de hombros|ruptura uterina|retención placentaria|retencion placentaria
desgarro perineal|desgarro de tercer grado|desgarro de cuarto grado|tricomoniasis|síndrome de shock tóxico|sindrome de shock toxico
síndrome de choque tóxico|sindrome de choque toxico|hematoma subcoriónico|hematoma subcorionico|hematoma retrocorial|muerte neonatal
lesión del plexo braquial|lesion del plexo braquial|parálisis de erb|paralisis de erb|bajo peso al nacer|pequeño para la edad gestacional
pequeno para la edad gestacional|incompatibilidad rh|enfermedad hemolítica del recién nacido|enfermedad hemolitica del recien nacido
hiperparatiroidismo|hipoparatiroidismo|tormenta tiroidea|deficiencia de hormona de crecimiento|acromegalia|hiperplasia suprarrenal congénita
hiperplasia suprarrenal congenita|rabdomiólisis|rabdomiolisis|raquitismo|hipotiroideo|hipotiroidea|hipertiroideo|hipertiroidea
enfermedad mixta del tejido conectivo|enfermedad de behçet|enfermedad de behcet|enfermedad de still|pseudogota|liquen escleroso
alopecia androgenética|alopecia androgenetica|epidermólisis bullosa|epidermolisis bullosa|piel de mariposa|síndrome de stevens-johnson
sindrome de stevens-johnson|bacteria carnívora|bacteria carnivora|bacteria come carne|gangrena|shock séptico|shock septico
infección en la sangre|infeccion en la sangre|metapneumovirus|síndrome inflamatorio multisistémico|sindrome inflamatorio multisistemico
virus del nilo occidental|lepra|botulismo|enfermedad por arañazo de gato|enfermedad por aranazo de gato|teniasis|enfermedad meningocócica
enfermedad meningococica|meningococo|síndrome de ramsay hunt|sindrome de ramsay hunt|síndrome respiratorio agudo severo
sindrome respiratorio agudo severo|desgarro de pantorrilla|desgarro del isquiotibial|desgarro del cuádriceps|desgarro del cuadriceps
rotura del pectoral|rotura del tríceps|rotura del triceps|lesión del ligamento colateral cubital|lesion del ligamento colateral cubital
se torció el tobillo|se torcio el tobillo|se torció la muñeca|se torcio la muneca|dedo en gatillo|dedo en resorte|dedo en maza
costilla fracturada|costilla fisurada|pelvis fracturada|fémur fracturado|femur fracturado|tibia rota|peroné roto|perone roto
mandíbula fracturada|mandibula fracturada|quijada rota|codo fracturado|dedo fracturado|pie fracturado|clavícula fracturada
clavicula fracturada|hombro roto|talón roto|talon roto|rótula rota|rotula rota|pómulo roto|pomulo roto|órbita fracturada|orbita fracturada
tobillo dislocado|mandíbula dislocada|mandibula dislocada|separación de hombro|separacion de hombro|hombro congelado|capsulitis adhesiva
pinzamiento de hombro|lesión slap|lesion slap|cartílago roto|cartilago roto|codo de golfista|rodilla de corredor|síndrome patelofemoral
sindrome patelofemoral|pinzamiento de cadera|choque femoroacetabular|neuroma de morton|pie plano|pies planos|síndrome compartimental
sindrome compartimental|lesión por aplastamiento|lesion por aplastamiento|lesión por desguantamiento|lesion por desguantamiento
inhalación de humo|inhalacion de humo|intoxicación por monóxido de carbono|intoxicacion por monoxido de carbono|envenenamiento por plomo
hipoxia|le faltó oxígeno|le falto oxigeno|contractura de dupuytren|diente fisurado|diente despostillado|diente quebrado|avulsión dental
avulsion dental|sobremordida|prognatismo|maloclusión|maloclusion|bazo agrandado|esplenomegalia|hígado agrandado|higado agrandado
hepatomegalia|ganglios inflamados|bazo roto|ruptura de bazo|hígado lacerado|higado lacerado|hipersomnia idiopática|hipersomnia idiopatica
cataplejía|cataplejia|síndrome de alport|sindrome de alport|enfermedad de charcot-marie-tooth|inmunodeficiencia común variable
inmunodeficiencia comun variable|inmunodeficiencia combinada grave|deficiencia de g6pd|favismo|síndrome de lynch|sindrome de lynch
síndrome de li-fraumeni|sindrome de li-fraumeni|telangiectasia hemorrágica hereditaria|telangiectasia hemorragica hereditaria
síndrome de loeys-dietz|sindrome de loeys-dietz|síndrome de la persona rígida|sindrome de la persona rigida|secuencia de pierre robin
síndrome de treacher collins|sindrome de treacher collins|síndrome de charge|sindrome de charge|enfermedad mitocondrial|síndrome de leigh
sindrome de leigh|adrenoleucodistrofia|leucodistrofia|enfermedad de orina con olor a jarabe de arce|fibrodisplasia osificante progresiva
albinismo|púrpura de henoch-schönlein|purpura de henoch-schonlein|púrpura trombótica trombocitopénica|purpura trombotica trombocitopenica
síndrome urémico hemolítico|sindrome uremico hemolitico|porfiria|encefalomielitis miálgica|encefalomielitis mialgica
enfermedad por descompresión|enfermedad por descompresion|síndrome serotoninérgico|sindrome serotoninergico|discinesia tardía
discinesia tardia|disfunción de la sínfisis del pubis|disfuncion de la sinfisis del pubis|dolor del ligamento redondo
síndrome del corazón derecho hipoplásico|sindrome del corazon derecho hipoplasico|atresia pulmonar|atresia tricuspídea|atresia tricuspidea
tronco arterioso|anomalía de ebstein|anomalia de ebstein|ventrículo único|ventriculo unico|fracción de eyección baja
fraccion de eyeccion baja|hipertrofia ventricular izquierda|enfermedad de injerto contra huésped|enfermedad de injerto contra huesped
síndrome de liberación de citocinas|sindrome de liberacion de citocinas|tormenta de citocinas|mano rota|mano fracturada|muñeca dislocada
muneca dislocada|pulgar dislocado|se cortó la mano|se corto la mano|perdió el embarazo|perdio el embarazo|pecho excavado|tórax en embudo
torax en embudo|tórax en quilla|torax en quilla|hipotonía|hipotonia|tono muscular bajo|retraso motor|nació antes de tiempo
nacio antes de tiempo|sietemesino|esofagitis eosinofílica|esofagitis eosinofilica|distrofia miotónica|distrofia miotonica
enfermedad de niemann-pick|síndrome de sturge-weber|sindrome de sturge-weber|enfermedad de moyamoya|macrocefalia|ependimoma
adenoma hipofisario|leiomiosarcoma|condrosarcoma|ciclotimia|hipocondría|hipocondria|trastorno disociativo|trastorno por consumo de cannabis
síndrome de wernicke-korsakoff|sindrome de wernicke-korsakoff|ataxia de friedreich|siringomielia|hemiparesia|pterigión|pterigion
carnosidad en el ojo|colesteatoma|traqueomalacia|taponamiento cardíaco|taponamiento cardiaco|vólvulo|volvulo
insuficiencia pancreática exocrina|insuficiencia pancreatica exocrina|enfermedad de wilson|cistocele|cefalohematoma|macrosomía fetal
macrosomia fetal|leucomalacia periventricular|hipopituitarismo|hiperinsulinismo|síndrome de realimentación|sindrome de realimentacion
escorbuto|liquen plano|pitiriasis rosada|pénfigo|penfigo|penfigoide ampolloso|enfermedad de hansen|peste bubónica|peste bubonica
síndrome de wiskott-aldrich|sindrome de wiskott-aldrich|síndrome de beckwith-wiedemann|sindrome de beckwith-wiedemann
síndrome de smith-magenis|sindrome de smith-magenis|síndrome de phelan-mcdermid|sindrome de phelan-mcdermid|síndrome de pitt-hopkins
sindrome de pitt-hopkins|lisencefalia|homocistinuria|hipofosfatasia|xeroderma pigmentoso|corea de sydenham|enfermedad psiquiátrica
enfermedad psiquiatrica|trastorno psiquiátrico|trastorno psiquiatrico|enfermedad mental|enfermo mental|enferma mental|psicosis posparto
psicosis puerperal|pensamientos de suicidio|abuso de alcohol|neuralgia del trigémino|neuralgia del trigemino|cefalea tensional
temblor esencial|miniderrame|síndrome posconmoción|sindrome posconmocion|encefalopatía traumática crónica|encefalopatia traumatica cronica
estenosis espinal|estenosis lumbar|trastorno convulsivo|cáncer de vejiga|cancer de vejiga|cáncer de riñón|cancer de rinon|cáncer renal
cancer renal|cáncer de hígado|cancer de higado|cáncer hepático|cancer hepatico|cáncer de esófago|cancer de esofago|cáncer de garganta
cancer de garganta|cáncer de laringe|cancer de laringe|cáncer de boca|cancer de boca|cáncer de huesos|cancer de huesos|cáncer en la sangre
cancer en la sangre|cáncer de útero|cancer de utero|cáncer de matriz|cancer de matriz|cáncer de endometrio|cancer de endometrio
cáncer de testículo|cancer de testiculo|cáncer cerebral|cancer cerebral|nefroblastoma|her2 positivo|cáncer terminal|cancer terminal
queratosis actínica|queratosis actinica|estadio iii|cáncer en etapa 1|cancer en etapa 1|cáncer en etapa 2|cancer en etapa 2
cáncer en etapa 3|cancer en etapa 3|cáncer en etapa 4|cancer en etapa 4|bulto en la mama|bulto en el pecho|masa pulmonar
mancha en el cerebro|colestasis del embarazo|colestasis gestacional|embarazo bioquímico|embarazo bioquimico|embarazo molar|mola hidatiforme
abortos de repetición|abortos de repeticion|pérdida del embarazo|perdida del embarazo|sufrimiento fetal|síndrome de distrés respiratorio
sindrome de distres respiratorio|enfermedad de membrana hialina|microprematuro|rasgo falciforme|estenosis pilórica|estenosis pilorica
escarlatina|alergia a la leche|alergia a la proteína de la leche|alergia a la proteina de la leche|alergia al huevo|alergia a las nueces
retraso global del desarrollo|diabetes juvenil|muela infectada|infección dental|infeccion dental|muela del juicio impactada
muela del juicio retenida|fuego labial|llaga en la boca|edema macular|neuritis óptica|neuritis optica|uveítis|hidradenitis supurativa
seno pilonidal|condilomas|muerte súbita cardíaca|muerte subita cardiaca|infección respiratoria|infeccion respiratoria
infección de vías respiratorias altas|infeccion de vias respiratorias altas|infección estomacal|infeccion estomacal|infección intestinal
infeccion intestinal|cistitis intersticial|fibromas uterinos|vaginosis bacteriana|menopausia precoz|menopausia temprana
tiroiditis de hashimoto|espondilitis anquilosante|fascitis necrotizante|seropositivo|seropositiva|muñeca torcida|muneca torcida
fisura en el hueso|aplastamiento vertebral|coxis roto|traumatismo contuso|pubalgia|rotura del tendón de aquiles|rotura del tendon de aquiles
tendinitis de aquiles|tendinitis rotuliana|electrocución|electrocucion|electrocutado|electrocutada|lesión por esfuerzo repetitivo
lesion por esfuerzo repetitivo|intoxicación por pesticidas|intoxicacion por pesticidas|foramen oval permeable|le fallaron los riñones
le fallaron los rinones|estereotipias|agresión sexual|agresion sexual|abuso sexual|violencia sexual|fue violada|la violaron
abusada sexualmente|abusado sexualmente|sobreviviente de violación|sobreviviente de violacion|violencia doméstica|violencia domestica
violencia intrafamiliar|violencia de pareja|estrangulamiento|abuso infantil|maltrato infantil|relación abusiva|relacion abusiva
pérdida de cabello|perdida de cabello|tejido glandular insuficiente|hipoplasia mamaria|se orina en la cama|reacción en el sitio de inyección
reaccion en el sitio de inyeccion|crisis de dolor|crisis vasooclusiva|síndrome torácico agudo|sindrome toracico agudo|hematoma muscular
episodio hemorrágico|episodio hemorragico|secuestro esplénico|secuestro esplenico|priapismo|tenosinovitis de de quervain
pulgar del esquiador|dedo aplastado|dedo machucado|lesión del lecho ungueal|lesion del lecho ungueal|miembro fantasma
pérdida de una extremidad|perdida de una extremidad|diferencia de extremidades|agenesia de extremidades|escaldadura|ludópata|ludopata
juego patológico|juego patologico|trastorno por videojuegos|apuñalado|apunalado|apuñalada|apunalada|acuchillado|acuchillada|herido de bala
baleado|baleada|malestar post-esfuerzo|malo del corazón|malo del corazon|mala del corazón|mala del corazon|evento cardíaco|evento cardiaco
bebé cardiópata|bebe cardiopata|cardiópata|cardiopata|problemas respiratorios|agua en la rodilla|malestar estomacal|sofocos
problemas para quedar embarazada|problemas de fertilidad|en la dulce espera|en estado de buena esperanza|rompió la fuente|rompio la fuente
rompió aguas|rompio aguas|se engripó|se engripo|calambre en la pierna|problemas de columna|problemas de rodilla|desgaste de cartílago
desgaste de cartilago|rigidez de nuca|se rompió un hueso|se rompio un hueso|se golpeó la cabeza|se golpeo la cabeza|sin signos vitales
mordedura de gato|mordedura de serpiente|mordedura de víbora|mordedura de vibora|picadura de víbora|picadura de vibora
mordedura de murciélago|mordedura de murcielago|picadura de araña|picadura de arana|picadura de garrapata|picadura de avispa
mordida de perro|se le torció la boca|se le torcio la boca|habla arrastrada|dificultad para hablar|crisis tonicoclónica|crisis tonicoclonica
está en coma|esta en coma|entró en coma|entro en coma|senilidad|visión borrosa|vision borrosa|quedó ciego|quedo ciego|quedó ciega
quedo ciega|perdió la vista|perdio la vista|ciego de un ojo|ciega de un ojo|duro de oído|duro de oido|dura de oído|dura de oido|anoréxico
anorexico|anoréxica|anorexica|bulímico|bulimico|bulímica|bulimica|problema de drogas|se quitó la vida|se quito la vida|se suicidó|se suicido
en estado crítico|en estado critico|en estado grave|pronóstico reservado|pronostico reservado|delicado de salud|delicada de salud
gravemente enfermo|gravemente enferma|se enfermó|se enfermo|le dieron meses de vida|quedó en silla de ruedas|quedo en silla de ruedas
paralítico|paralitico|paralítica|paralitica|alérgico al cacahuate|alergico al cacahuate|alérgica al cacahuate|alergica al cacahuate
alérgico al maní|alergico al mani|alérgica al maní|alergica al mani|alérgico a la penicilina|alergico a la penicilina
alérgica a la penicilina|alergica a la penicilina|epistaxis|le sangra la nariz|casi se ahogó|casi se ahogo|ahogamiento|trastorno del habla
perdió la pierna|perdio la pierna|se lastimó la espalda|se lastimo la espalda|se rompió el menisco|se rompio el menisco
se rompió el tendón de aquiles|se rompio el tendon de aquiles|se rompió los ligamentos|se rompio los ligamentos|se rompió el brazo
se rompio el brazo|se rompió la pierna|se rompio la pierna|se rompió la cadera|se rompio la cadera|se rompió la muñeca|se rompio la muneca
se rompió el tobillo|se rompio el tobillo|se quebró el brazo|se quebro el brazo|se quebró la pierna|se quebro la pierna
`;

export const SPANISH_PROCEDURES_TRANSLATED = `
reemplazo articular|reparación del lca|reparacion del lca|reparación del manguito rotador|reparacion del manguito rotador|fusión espinal
fusion espinal|fusión vertebral|fusion vertebral|fusión de columna|fusion de columna|fusión lumbar|fusion lumbar|artrodesis
reemplazo de disco|revascularización coronaria|revascularizacion coronaria|puente coronario|desfibrilador implantable|reemplazo valvular
tavi|donación de riñón|donacion de rinon|donó un riñón|dono un rinon|donó parte de su hígado|dono parte de su higado|donó parte del hígado|dono parte del higado|donó un pedazo de su hígado|le quitaron la matriz|le sacaron la matriz|salpingoclasia
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
nutricion parenteral|estoma|cámara hiperbárica|camara hiperbarica|terapia vestibular|drenaje linfático|vendaje multicapa|vendajes multicapa|drenaje linfatico|punción seca
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
extirpación del apéndice|extirpacion del apendice|versión cefálica externa|version cefalica externa|estimulación cerebral profunda
estimulacion cerebral profunda|estimulador del nervio vago|radiocirugía|radiocirugia|procedimiento de whipple|resección intestinal
reseccion intestinal|funduplicatura|punción aspiración con aguja fina|puncion aspiracion con aguja fina|le quitaron los ganglios
ganglio centinela|colgajo diep|mastopexia|levantamiento de senos|levantamiento de glúteos|levantamiento de gluteos|otoplastia
extracción de células madre|extraccion de celulas madre|aféresis|aferesis|células car-t|celulas car-t|terapia dirigida
implante valvular aórtico transcatéter|implante valvular aortico transcateter|cierre de orejuela izquierda|cierre de foramen oval
dispositivo de asistencia ventricular|procedimiento de norwood|procedimiento de glenn|procedimiento de fontan|filtro de vena cava
reparación de tendón|reparacion de tendon|retiro de material de osteosíntesis|retiro de material de osteosintesis|fijador externo
reducción cerrada|reduccion cerrada|artrocentesis|infiltración de ácido hialurónico|infiltracion de acido hialuronico
infiltración de puntos gatillo|infiltracion de puntos gatillo|cápsula endoscópica|capsula endoscopica|botón gástrico|boton gastrico
toracocentesis|crosslinking corneal|elevación de seno maxilar|elevacion de seno maxilar|sinuplastia con balón|sinuplastia con balon
gammagrafía hepatobiliar|gammagrafia hepatobiliar|estudio de vaciamiento gástrico|estudio de vaciamiento gastrico|estudio de deglución
estudio de deglucion|cistouretrografía miccional|cistouretrografia miccional|estudio urodinámico|estudio urodinamico|phmetría|phmetria
prueba de provocación oral|prueba de provocacion oral|tratamiento asistido con medicamentos|internamiento involuntario
retención psiquiátrica|retencion psiquiatrica|terapia de exposición|terapia de exposicion|biorretroalimentación|biorretroalimentacion
terapia con psilocibina|bloqueo del ganglio estrellado|desfibrilación|desfibrilacion|bloqueo de rama medial|infiltración facetaria
infiltracion facetaria|bloqueo genicular|bloqueo simpático|bloqueo simpatico|infusión de ketamina|infusion de ketamina
infiltración sacroilíaca|infiltracion sacroiliaca|casco ortopédico|casco ortopedico|arnés de pavlik|arnes de pavlik|procedimiento de kasai
bcg intravesical|enfriamiento del cuero cabelludo|yodo radiactivo|yodo radioactivo|línea arterial|linea arterial|explante mamario
le quitaron los implantes|diagnóstico genético preimplantacional|diagnostico genetico preimplantacional|discectomía cervical anterior
discectomia cervical anterior|oxigenación hiperbárica|oxigenacion hiperbarica|balón gástrico|balon gastrico|cruce duodenal
le engraparon el estómago|le engraparon el estomago|artroplastia de rodilla|artroplastia de cadera|implante de pene|vaciamiento cervical
banda escleral|inyección intravítrea|inyeccion intravitrea|corrección de ptosis|correccion de ptosis|láser yag|laser yag|mandíbula alambrada
mandibula alambrada|serie ósea|serie osea|orquidopexia|bomba intratecal|bomba de baclofeno|gestación subrogada|gestacion subrogada
vientre de alquiler|le pusieron stents|le quitaron las adenoides|le quitaron el bazo|le quitaron un riñón|le quitaron un rinon
le quitaron la próstata|le quitaron la prostata|cierre de colostomía|cierre de colostomia|lavado gástrico|lavado gastrico
le lavaron el estómago|le lavaron el estomago|tubo endotraqueal|entubado|entubada|nebulización|nebulizacion|máquina para respirar
maquina para respirar|cánula nasal|canula nasal|oxígeno domiciliario|oxigeno domiciliario|oxígeno suplementario|oxigeno suplementario
pierna ortopédica|pierna ortopedica|miembro artificial|sonda foley|artroscopía|inyecciones de bótox|inyecciones de botox
transferencia de embrión congelado|transferencia de embrion congelado|ecocardiografía fetal|ecocardiografia fetal|retiro de implantes
extracción de cordales|extraccion de cordales|le sacaron un diente|le mataron el nervio|injerto de encía|injerto de encia|brazo enyesado
pierna enyesada|poligrafía respiratoria|poligrafia respiratoria|se dializa|se dializó|se dializo|se dializaba|se dializan|dializa|dializan|dializado|dializada|pesario|terapia de piso pélvico
terapia de piso pelvico|examen médico legal|examen medico legal|kit de violación|kit de violacion|quelación|quelacion|infusión de factor
infusion de factor|kinesioterapia respiratoria|chaleco vibratorio|brazo ortopédico|brazo ortopedico|presoterapia|cambio de vendaje
sonda nasoyeyunal|cardiodesfibrilador implantable|desfibrilador subcutáneo|desfibrilador subcutaneo|chaleco desfibrilador|le quitaron el útero|le quitaron el utero|le quitaron los ovarios
le quitaron un seno|le quitaron los senos|pasó por el quirófano|paso por el quirofano|le cambiaron la rodilla|le cambiaron la cadera
válvula porcina|valvula porcina|válvula bovina|valvula bovina|lo llevaron de urgencia al hospital|la llevaron de urgencia al hospital
terminó en el hospital|termino en el hospital|lo internaron|la internaron|ingresó al hospital|ingreso al hospital|lo llevaron a urgencias
la llevaron a urgencias|quedó en observación|quedo en observacion|está con oxígeno|esta con oxigeno|alimentación por sonda
alimentacion por sonda|alimentación enteral|alimentacion enteral|le pusieron suero|tracción esquelética|traccion esqueletica
le tomaron radiografías|le tomaron radiografias|lo reanimaron|la reanimaron|reanimación cardiopulmonar|reanimacion cardiopulmonar
le hicieron rcp|le pusieron sangre|le transfundieron|cauterización|cauterizacion|traqueostomizado|traqueostomizada|dio a luz|dando a luz|dieron a luz|di a luz|diste a luz
ecocardiografía|ecocardiografia|tac de cráneo|tac de craneo|lavativa|va al psiquiatra|va al psicólogo|va al psicologo
tratamiento psiquiátrico|tratamiento psiquiatrico|evaluación psiquiátrica|evaluacion psiquiatrica|evaluación psicológica
evaluacion psicologica|orden de no reanimar|orden de no resucitar|está en cuidados paliativos|esta en cuidados paliativos|preoperatorio
clavos en la pierna|placa en el brazo|placa en la pierna|varilla en la columna
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
índice tobillo-brazo|indice tobillo-brazo|inmunoglobulina g|inmunoglobulina a|inmunoglobulina m|inmunoglobulinas|prueba de lípidos
prueba de lipidos|tiroglobulina|nivel de calcio|calcio en sangre|fosfatasa alcalina|lipasa|creatina cinasa|creatina quinasa|probnp
pcr ultrasensible|alfafetoproteína|alfafetoproteina|cuádruple marcador|cuadruple marcador|prueba de portadores|cariotipo
microarreglo cromosómico|microarreglo cromosomico|secuenciación del exoma|secuenciacion del exoma|secuenciación del genoma completo
secuenciacion del genoma completo|panel genético|panel genetico|coprocultivo|calprotectina fecal|calprotectina|prueba del aliento
test de hidrógeno espirado|test de hidrogeno espirado|cultivo de herida|cultivo de esputo|baciloscopia|gasometría|gasometria
gasometría arterial|gasometria arterial|cetonas en sangre|orina de 24 horas|perfil renal|nivel de alcohol en sangre
prueba de estimulación con acth|prueba de estimulacion con acth|edad ósea|edad osea|prueba de cloruro en sudor|conteo de blastos
enfermedad mínima residual|enfermedad minima residual|calcitonina|homocisteína|homocisteina|pruebas cruzadas|líquido cefalorraquídeo
liquido cefalorraquideo|prueba de cetonas|nivel de vancomicina|prueba de g6pd|prueba de cortisol|reserva ovárica|reserva ovarica
adn tumoral circulante|prueba de o'sullivan|puntaje de calcio|índice de calcio coronario|indice de calcio coronario|nivel de hcg
beta cuantitativa|gonadotropina coriónica|gonadotropina corionica|escala de gleason|prueba de her2|antidoping en orina
índice de apnea-hipopnea|indice de apnea-hipopnea|escala meld|niveles de factor|título de inhibidores|titulo de inhibidores|prealbúmina
prealbumina|examen de azúcar|examen de azucar|le checaron el azúcar|le checaron el azucar|prueba de orina|muestra de heces|muestra de popó
muestra de popo|frotis de garganta|hisopo nasal|dio positivo|dio negativo|piquete en el dedo|sin evidencia de enfermedad|libre de cáncer
libre de cancer
`;

/** Spanish forms of the English medication lists (medications.ts, extra-terms.ts, lay-terms.ts): generic names, brands sold
 * in Spain and Latin America, drug classes, and the way a patient or relative names a medicine ("la pastilla de la presión",
 * "las gotas del glaucoma"). Left out as there: over-the-counter staples a pharmacy post lists for everyone ("gotas para los
 * ojos", "spray nasal"), contraceptive devices a clinic offers, and phrases about policy rather than a person's medicine. */
export const SPANISH_MEDICATIONS_TRANSLATED = `
glucagón|insulina lispro|insulina aspart|insulina degludec|insulina detemir|insulina regular|insulina basal|insulina de acción prolongada
insulina de accion prolongada|insulina de acción rápida|insulina de accion rapida|insulina lenta|insulina intermedia|torasemida|triamtereno
mononitrato de isosorbida|dinitrato de isosorbida|isosorbida|alteplasa|acenocumarol|ezetimiba|tiamazol|cortisona|clorfenamina|hidroxicina
seudoefedrina|dextrometorfano|dimenhidrinato|escopolamina|butilhioscina|hioscina|ipratropio|bromuro de ipratropio|tiotropio
bromuro de tiotropio|codeína|metamizol|dipirona|ketorolaco|etodolaco|lidocaína|benzocaína|bupivacaína|metocarbamol|colchicina|alopurinol
amoxicilina con ácido clavulánico|amoxicilina con acido clavulanico|amoxicilina clavulánico|amoxicilina clavulanico
amoxicilina y ácido clavulánico|amoxicilina y acido clavulanico|amoxicilina clavulanato|isoniazida|isoniacida|rifampicina|pirazinamida
etambutol|penicilina benzatínica|penicilina benzatinica|penicilina v|cefuroxima|trimetoprima|trimetoprim|trimetoprima con sulfametoxazol
trimetoprim sulfametoxazol|sulfadiazina de plata|aciclovir|valaciclovir|atovacuona|atovacuona con proguanil|bupropión|carbonato de litio
benzatropina|bromazepam|benzodiacepina|fenitoína|ácido valproico|acido valproico|valproato|divalproato|fenobarbital|dextroanfetamina
anfetamina|anfetaminas|levodopa con carbidopa|ondansetrón|lactulosa|mesalazina|ácido ursodesoxicólico|acido ursodesoxicolico
cipionato de testosterona|estrógeno|etinilestradiol|acetato de medroxiprogesterona|noretisterona|clomifeno|citrato de clomifeno|leuprorelina
mirabegrón|acetato de glatirámero|acetato de glatiramero|glatirámero|glatiramero|ácido zoledrónico|acido zoledronico|raloxifeno
doxorrubicina|hidroxiurea|exemestano|filgrastim|micofenolato de mofetilo|sevelámero|sevelamero|eritropoyetina|hierro sacarosa
hierro intravenoso|hierro endovenoso|sulfato de magnesio|ácido tranexámico|acido tranexamico|metilergometrina|colecalciferol
cloruro de potasio|suplemento de potasio|suplementos de potasio|suplemento de hierro|suplementos de hierro|adapaleno|tazaroteno
ácido azelaico|acido azelaico|tafil|trankimazin|rivotril|orfidal|lexotan|stilnox|besitran|altruline|cipralex|seroxat|efexor|vandral|deprax
champix|eutirox|euthyrox|adiro|sintrom|clexane|seguril|renitec|capoten|emconcor|sumial|trangorex|cafinitrina|cardyl|zarator|dacortin
meticorten|urbason|fortecortin|decadron|clamoxyl|augmentine|zitromax|ciproxina|dolquine|metoject|depakine|epanutin|plenur|rubifen|medikinet
losec|pantecta|azantac|primperan|fortasec|duphalac|buscapina|biodramina|dalsy|espidifen|gelocatil|termalgin|flanax|cataflam|nolotil|adolonta
tradol|dolac|seretide|flixotide|clarityne|virlix|dianben|daonil|amchafibrin|secotex|postinor|norlevo|microgynon|mesigyna|ventolín
betabloqueador|betabloqueadores|betabloqueante|betabloqueantes|beta bloqueador|beta bloqueadores|antihipertensivo|antihipertensivos
inhibidor de la eca|inhibidores de la eca|ieca|iecas|ara ii|ara-ii|antagonistas de los receptores de angiotensina
bloqueador de los canales de calcio|bloqueadores de los canales de calcio|calcioantagonista|calcioantagonistas|diurético|diuretico
antiarrítmico|antiarritmico|antiarrítmicos|antiarritmicos|antiagregante|antiagregantes|antiagregante plaquetario|antiagregantes plaquetarios
antiplaquetario|antiplaquetarios|hipoglucemiante|hipoglucemiantes|hipoglicemiante|hipoglicemiantes|hipoglucemiantes orales|antidiabético
antidiabetico|antidiabéticos|antidiabeticos|antidiabéticos orales|antidiabeticos orales|agonistas glp-1|agonistas del glp-1
análogos de glp-1|analogos de glp-1|inhibidores sglt2|isglt2|antihistamínico|antihistaminico|antihistamínicos|antihistaminicos|antialérgico
antialergico|antialérgicos|antialergicos|descongestionante|descongestionantes|antitusivo|antitusivos|antitusígeno|antitusigeno|expectorante
expectorantes|mucolítico|mucolitico|mucolíticos|mucoliticos|antigripal|antigripales|broncodilatador|broncodilatadores|corticoide|corticoides
corticosteroide|corticosteroides|corticoides inhalados|esteroide|esteroides|autoinyector|autoinyector de epinefrina|analgésico opioide
analgesico opioide|analgésicos opioides|analgesicos opioides|opioide|opiáceo|opiaceo|opiáceos|opiaceos|calmantes|antiinflamatorio
antiinflamatorios|anti-inflamatorio|anti-inflamatorios|antiinflamatorios no esteroideos|aines|antipirético|antipiretico|antipiréticos
antipireticos|relajante muscular|relajantes musculares|miorrelajante|miorrelajantes|antimigrañoso|antimicótico|antimicotico|antimicóticos
antimicoticos|antifúngico|antifungico|antifúngicos|antifungicos|antipalúdico|antipaludico|antipalúdicos|antipaludicos|antimalárico
antimalarico|antimaláricos|antimalaricos|antifímicos|antifimicos|antituberculosos|antidepresivos tricíclicos|antidepresivos triciclicos|isrs
inhibidores selectivos de la recaptación de serotonina|inhibidores selectivos de la recaptacion de serotonina|irsn|imao|ansiolítico
ansiolitico|antipsicótico|antipsicotico|antipsicóticos|antipsicoticos|neuroléptico|neuroleptico|neurolépticos|neurolepticos
estabilizador del ánimo|estabilizador del animo|estabilizadores del ánimo|estabilizadores del animo|benzodiacepinas|sedantes|tranquilizantes
somnífero|somnifero|somníferos|somniferos|anticonvulsivo|anticonvulsivos|anticonvulsivante|anticonvulsivantes|antiepiléptico|antiepileptico
antiepilépticos|antiepilepticos|medicamento estimulante|medicamentos estimulantes|inhibidor de la bomba de protones
inhibidores de la bomba de protones|protector gástrico|protector gastrico|protectores gástricos|protectores gastricos|protector de estómago
protector de estomago|antiácido|antiacido|antiácidos|antiacidos|laxante|laxantes|antiemético|antiemetico|antieméticos|antiemeticos
antiespasmódico|antiespasmodico|antiespasmódicos|antiespasmodicos|inmunosupresor|inmunosupresores|antirretroviral|antirretrovirales
retrovirales|tratamiento antirretroviral|terapia antirretroviral|medicamentos biológicos|medicamentos biologicos|terapia biológica
terapia biologica|quimioterapia oral|quimio oral|quimioterapia en pastillas|hormonoterapia|inhibidor de la aromatasa
inhibidores de la aromatasa|bifosfonato|bifosfonatos|bisfosfonatos|quelante de fósforo|quelante de fosforo|quelantes de fósforo
quelantes de fosforo|anticonceptivo oral|anticonceptivos orales|anticonceptivos hormonales|anticonceptivo de emergencia
anticoncepción de emergencia|anticoncepcion de emergencia|terapia de reemplazo hormonal|terapia hormonal sustitutiva|reemplazo hormonal
bloqueadores de la pubertad|bloqueadores hormonales|terapia de testosterona|medicamentos psiquiátricos|medicamentos psiquiatricos
medicación psiquiátrica|medicacion psiquiatrica|medicamentos para la fertilidad|profilaxis preexposición|profilaxis preexposicion
profilaxis postexposición|profilaxis postexposicion|pastilla de la presión|pastilla de la presion|pastillas de la presión
pastillas de la presion|pastilla para la presión|pastilla para la presion|pastillas para la presión|pastillas para la presion
medicamento para la presión|medicamento para la presion|medicamentos para la presión|medicamentos para la presion|medicina de la presión
medicina de la presion|pastillas para la hipertensión|pastillas para la hipertension|medicamento para la hipertensión
medicamento para la hipertension|pastilla de la tensión|pastilla de la tension|pastillas de la tensión|pastillas de la tension
pastilla para la tensión|pastilla para la tension|pastillas para la tensión|pastillas para la tension|pastillas para la presión alta
pastillas para la presion alta|medicamento para la presión alta|medicamento para la presion alta|medicina para la presión alta
medicina para la presion alta|pastilla de la diabetes|pastillas de la diabetes|pastilla para la diabetes|pastillas para la diabetes
medicina para la diabetes|medicamento para la diabetes|medicamentos para la diabetes|pastilla para el azúcar|pastilla para el azucar
medicina para el azúcar|medicina para el azucar|medicamento para el azúcar|medicamento para el azucar|medicamentos para el azúcar
medicamentos para el azucar|pastilla del azúcar|pastilla del azucar|pastillas del azúcar|pastillas del azucar|pastillas para bajar el azúcar
pastillas para bajar el azucar|medicamento para bajar el azúcar|medicamento para bajar el azucar|pastillas para la glucosa
insulina de la noche|insulina de la mañana|inyección de insulina|inyeccion de insulina|inyecciones de insulina|pluma de insulina
plumas de insulina|bolígrafo de insulina|boligrafo de insulina|bomba de insulina|pastilla de la tiroides|pastillas de la tiroides
pastilla para la tiroides|pastillas para la tiroides|medicina para la tiroides|medicamento para la tiroides|pastillas para el hipotiroidismo
medicamento para el hipotiroidismo|pastillas de tiroides|hormona tiroidea|medicina de la tiroides|pastilla del colesterol
pastillas del colesterol|medicamento para el colesterol|pastillas para los triglicéridos|pastillas para los trigliceridos
medicamento para los triglicéridos|medicamento para los trigliceridos|pastillas para bajar el colesterol|pastilla para el colesterol
pastillas para el colesterol|medicina para el colesterol|medicamentos para el colesterol|pastilla del corazón|pastilla del corazon
pastillas del corazón|pastillas del corazon|medicina del corazón|medicina del corazon|medicamentos del corazón|medicamentos del corazon
pastilla para el corazón|pastilla para el corazon|pastillas para el corazón|pastillas para el corazon|medicina para el corazón
medicina para el corazon|medicamento para el corazón|medicamento para el corazon|medicamento para la arritmia
medicamentos para la insuficiencia cardiaca|pastilla para adelgazar la sangre|pastillas para adelgazar la sangre
medicina para adelgazar la sangre|medicamento para adelgazar la sangre|pastilla para diluir la sangre|pastillas para diluir la sangre
pastilla para la circulación|pastilla para la circulacion|pastillas para la circulación|pastillas para la circulacion
pastillas para los coágulos|pastillas para los coagulos|pastillas para orinar|pastilla de los nervios|pastillas de los nervios
pastilla para los nervios|pastillas para los nervios|medicina para los nervios|medicamento para los nervios|pastilla para la ansiedad
pastillas para la ansiedad|medicina para la ansiedad|medicamento para la ansiedad|pastillas para los ataques de pánico
pastillas para los ataques de panico|pastillas para el pánico|pastillas para el panico|pastillas para calmar los nervios
pastillas para la angustia|pastilla de la depresión|pastilla de la depresion|pastillas de la depresión|pastillas de la depresion
pastilla para la depresión|pastilla para la depresion|pastillas para la depresión|pastillas para la depresion|medicina para la depresión
medicina para la depresion|medicamento para la depresión|medicamento para la depresion|medicamentos para la depresión
medicamentos para la depresion|pastillas para dormir|pastilla para dormir|medicina para dormir|medicamento para dormir
medicamentos para dormir|pastillas para el insomnio|gotas para dormir|pastilla para el dolor|pastillas para el dolor|medicina para el dolor
medicamento para el dolor|pastillas para la migraña|medicamento para la migraña|pastillas para el ácido úrico|pastillas para el acido urico
medicamento para el ácido úrico|medicamento para el acido urico|pastillas para el dolor de cabeza|medicina para el dolor de cabeza
medicamento para la artritis|pastillas para la artritis|inyecciones para el dolor|parches para el dolor|parche de lidocaína
parche de lidocaina|parches de lidocaína|parches de lidocaina|calmantes para el dolor|pastillas para la fiebre|medicina para la fiebre
medicamento para la fiebre|supositorios para la fiebre|pastillas para la alergia|medicina para la alergia|medicamento para la alergia
pastillas para las alergias|spray de cortisona|inhalador de rescate|inhalador para el asma|bomba para el asma|bombita para el asma
bombita del asma|inhalador de mantenimiento|medicina para el asma|medicamento para el asma|pluma de adrenalina|gotas del glaucoma
gotas para el glaucoma|gotas para la presión del ojo|gotas para la presion del ojo|gotas oftálmicas|gotas oftalmicas|gotas para los oídos
gotas para los oidos|gotas óticas|gotas oticas|inyección para bajar de peso|inyeccion para bajar de peso|inyecciones para bajar de peso
inyección para adelgazar|inyeccion para adelgazar|pastillas para bajar de peso|pastilla para bajar de peso|pastillas para adelgazar
pastilla para adelgazar|medicamento para bajar de peso|parche de nicotina|chicle de nicotina|pastillas para dejar de fumar
medicamento para dejar de fumar|medicamento para dejar de beber|pastillas para dejar el alcohol|píldora anticonceptiva
pildora anticonceptiva|píldoras anticonceptivas|pildoras anticonceptivas|pastilla anticonceptiva|píldora del día después
pildora del dia despues|pastilla del día después|pastilla del dia despues|pastilla del día siguiente|pastilla del dia siguiente
píldora de emergencia|pildora de emergencia|inyección anticonceptiva mensual|inyeccion anticonceptiva mensual
inyección anticonceptiva trimestral|inyeccion anticonceptiva trimestral|inyección de cada mes|inyeccion de cada mes
inyección de cada tres meses|inyeccion de cada tres meses|inyecciones de testosterona|inyección de testosterona|inyeccion de testosterona
gel de testosterona|parches de estrógeno|parches de estrogeno|parche de estrógeno|parche de estrogeno|crema de estrógeno|crema de estrogeno
estrógeno vaginal|estrogeno vaginal|inyección de hormonas|inyeccion de hormonas|inyecciones de hormonas|inyecciones hormonales
hormonas para la menopausia|pastillas para la menopausia|inyecciones para la fertilidad|pastillas para la fertilidad
pastillas para embarazarse|inyecciones para estimular los ovarios|inyección de progesterona|inyeccion de progesterona|óvulos de progesterona
ovulos de progesterona|pastillas de quimio|pastillas de quimioterapia|quimio en pastillas|pastillas para el cáncer|pastillas para el cancer
inyección para subir las defensas|inyeccion para subir las defensas|inyecciones para subir las defensas|pastillas para la acidez
medicina para la acidez|pastillas para la gastritis|medicina para la gastritis|pastillas para el reflujo|pastillas para el estómago
pastillas para el estomago|medicina para el estómago|medicina para el estomago|pastillas para las agruras|medicina para las agruras
jarabe de la tos|medicina para la tos|medicamento para la tos|pastillas para la tos|medicina para la gripa|pastillas para la gripa
medicina para el resfriado|pastillas para las náuseas|pastillas para las nauseas|medicamento para las náuseas|medicamento para las nauseas
pastillas para el vómito|pastillas para el vomito|pastillas para el mareo|parche para el mareo|medicina para la diarrea
pastillas para el estreñimiento|ablandador de heces|ablandadores de heces|gotas para los cólicos|gotas para los colicos
pastillas para las convulsiones|medicamento para las convulsiones|pastillas para la epilepsia|medicamento para la epilepsia
medicamento para el tdah|medicamentos para el tdah|medicina para el tdah|pastillas para el tdah|pastilla para el tdah
medicamento para la hiperactividad|pastillas para la hiperactividad|medicamento para el déficit de atención
medicamento para el deficit de atencion|pastillas psiquiátricas|pastillas psiquiatricas|medicamento psiquiátrico|medicamento psiquiatrico
pastillas para la esquizofrenia|medicamento para la esquizofrenia|pastillas para la bipolaridad|medicamento para la bipolaridad
medicamento para el trastorno bipolar|pastillas de litio|medicina para el alzheimer|pastillas para el alzheimer|pastillas para el parkinson
medicina para el parkinson|medicamento para el parkinson|pastillas para los huesos|medicamento para la osteoporosis
pastillas para la osteoporosis|inyección para la osteoporosis|inyeccion para la osteoporosis|inyección para los huesos
inyeccion para los huesos|pastillas para la próstata|pastillas para la prostata|medicina para la próstata|medicina para la prostata
medicamento para la próstata|medicamento para la prostata|pastillita azul|pastillas para la disfunción eréctil
pastillas para la disfuncion erectil|medicamento para la disfunción eréctil|medicamento para la disfuncion erectil|pastilla para la erección
pastilla para la ereccion|pastillas para la erección|pastillas para la ereccion|pastillas para la vejiga|medicamento para la incontinencia
pastillas para la infección de orina|pastillas para la infeccion de orina|pastillas para el vih|medicamentos para el vih
medicamento para el vih|pastilla de la prep|pastillas de la prep|pastillas para la hepatitis c|pastillas para la tuberculosis
medicamento para la tuberculosis|pastillas para la malaria|pastillas contra la malaria|pastillas para los parásitos
pastillas para los parasitos|pastillas para las lombrices|medicamentos antirrechazo|medicamentos contra el rechazo|pastillas antirrechazo
medicamentos del trasplante|crema de cortisona|crema de esteroides|pomada de cortisona|inyecciones de cortisona|inyecciones de esteroides
pastillas de esteroides|tratamiento con esteroides|ciclo de prednisona|crema antibiótica|crema antibiotica|ungüento antibiótico
unguento antibiotico|crema antimicótica|crema antimicotica|crema para los hongos|crema para el acné|crema para el acne
pastillas para el acné|pastillas para el acne|inyecciones de vitamina b12|inyección de vitamina b12|inyeccion de vitamina b12
pastillas de potasio|hierro por la vena|infusión de hierro|infusion de hierro
`;
