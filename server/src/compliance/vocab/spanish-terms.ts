/**
 * Common Spanish words for conditions, procedures, tests and medicines, with and without accents (social posts often
 * drop them), read the way extra-terms.ts is: by findHealthTerms only. The core lists are English; without these a name
 * next to "neumonía" or "cesárea" had no health term beside it. Services and programmes ("vacunas", "clínica de
 * diabetes") are left out, as in the English lists.
 */
export const SPANISH_CONDITIONS = `
neumonía|neumonia|varicela|sarampión|sarampion|gripe|influenza|covid|bronquitis|asma|presión alta|presion alta|hipertensión|hipertension
azúcar alta|azucar alta|diabetes gestacional|cáncer de mama|cancer de mama|cáncer de próstata|cancer de prostata|cáncer de colon|cancer de colon
leucemia|tumor|infarto|ataque al corazón|ataque al corazon|ataque cardíaco|ataque cardiaco|insuficiencia cardíaca|insuficiencia cardiaca
insuficiencia renal|displasia renal|riñón displásico|rinon displasico|derrame cerebral|embolia|convulsiones|epilepsia|migraña|migrana|depresión posparto|depresion posparto|ansiedad|depresión
depresion|esquizofrenia|trastorno bipolar|autismo|alzheimer|demencia|párkinson|parkinson|fractura|fractura de tobillo|fractura de cadera
tobillo roto|brazo roto|pierna rota|cadera rota|esguince|quemaduras|quemadura|conmoción cerebral|conmocion cerebral|sobredosis|deshidratación
deshidratacion|infección de oído|infeccion de oido|infección urinaria|infeccion urinaria|infección de orina|infeccion de orina|apendicitis
cálculos renales|calculos renales|piedras en el riñón|piedras en el rinon|preeclampsia|aborto espontáneo|aborto espontaneo|embarazo de alto riesgo
prematuro|prematura|colesterol alto|anemia|obesidad|artritis|lupus|hepatitis|vih|sida|tuberculosis|dengue|cirrosis|covid largo|caída|caida
reflujo|soplo|soplo en el corazón|soplo en el corazon|soplo cardiaco|soplo cardíaco|fiebre|tos|gastritis|colitis
cataratas|catarata|glaucoma|prediabetes|diabetes tipo 1|diabetes tipo 2|hipotiroidismo|hipertiroidismo|tiroides|arritmia
hashimoto|tiroiditis de hashimoto|enfermedad de graves|frenillo lingual|frenillo corto
adormecimiento de los pies|adormecimiento de las manos|entumecimiento|hormigueo en los pies|hormigueo en las manos
acretismo placentario|placenta acreta|placenta percreta
nefritis lúpica|nefritis lupica|hernia de disco|hernia discal|hernias de disco|hernias discales|protrusiones discales
nuca quemada|espalda quemada|quemadura de sol|quemaduras de sol|quemado por el sol|quemada por el sol
taquicardia|fibrilación auricular|fibrilacion auricular|angina de pecho|trombosis|coágulo|coagulo|coágulos|coagulos
várices|varices|úlcera|ulcera|celiaquía|celiaquia|enfermedad celíaca|enfermedad celiaca|intolerancia a la lactosa
alergia al cacahuate|alergia al maní|alergia al mani|alergia a la penicilina|dermatitis|eccema|psoriasis|acné|acne
bronquiolitis|otitis|conjuntivitis|amigdalitis|faringitis|sinusitis|ictericia|cólicos|colicos|estreñimiento
estrenimiento|diarrea|vómito|vomito|vómitos|vomitos|sarpullido|salpullido|pañalitis|panalitis|rozadura
convulsión febril|convulsion febril|convulsiones febriles|displasia de cadera|escoliosis|síndrome de down
sindrome de down|labio leporino|paladar hendido|hipertensión gestacional|hipertension gestacional|placenta previa
amenaza de aborto|embarazo ectópico|embarazo ectopico|ovario poliquístico|ovario poliquistico|sop|ovarios poliquísticos
ovarios poliquisticos|miomas|quiste|quistes|virus del papiloma|clamidia|gonorrea|sífilis|sifilis|herpes|infertilidad
ataques de pánico|ataques de panico|ataque de pánico|ataque de panico|estrés postraumático|estres postraumatico
insomnio|apnea del sueño|apnea del sueno|enfisema|bronquitis crónica|bronquitis cronica|hipoglucemia|hiperglucemia
azúcar baja|azucar baja|neuropatía|neuropatia|neuropatía diabética|neuropatia diabetica|pie diabético|pie diabetico
retinopatía|retinopatia|nódulo|nodulo|nódulos|nodulos|bulto en el seno|bolita en el seno|cáncer de cuello uterino
cancer de cuello uterino|cáncer cervical|cancer cervical|cáncer de pulmón|cancer de pulmon|cáncer de piel
cancer de piel|cáncer de tiroides|cancer de tiroides|linfoma|melanoma|hepatitis c|hígado graso|higado graso
cálculos biliares|calculos biliares|piedras en la vesícula|piedras en la vesicula|hernia|hernia umbilical
hernia inguinal|infección vaginal|infeccion vaginal|candidiasis|anorexia|bulimia|trastorno alimenticio|adicción
adiccion|alcoholismo|sangrado|contracciones|náuseas|nauseas|mareos|desmayo|dolor de pecho|falta de aire
palpitaciones|presión baja|presion baja|triglicéridos altos|trigliceridos altos|colesterol malo|infarto cerebral
ataque cerebral|aneurisma|cardiopatía|cardiopatia|cardiopatía congénita|cardiopatia congenita|hipertensión arterial
hipertension arterial|enfermedad renal
roséola|roseola|hipercolesterolemia|hipercolesterolemia familiar|valvulopatía|valvulopatia|estenosis aórtica|estenosis aortica
reacción alérgica|reaccion alergica|anafilaxia|intoxicación por plomo|intoxicacion por plomo|golpe de calor|mordedura de perro|picadura de abeja
intento de suicidio|túnel carpiano|tunel carpiano|síndrome del túnel carpiano|sindrome del tunel carpiano|neumotórax|neumotorax|pulmón colapsado|pulmon colapsado|fractura de pelvis|fracturarse|se fracturó|se fracturo|ligamento cruzado|lesión de rodilla|lesion de rodilla|esguince de tobillo|dolor de espalda crónico|dolor de espalda cronico
cáncer de ovario|cancer de ovario|cáncer de pulmón|cancer de pulmon|cáncer de páncreas|cancer de pancreas|cáncer de estómago|cancer de estomago
derrame
síndrome nefrótico|sindrome nefrotico|síndrome nefrítico|sindrome nefritico|problemas de riñón|problemas del riñón|problemas de los riñones
problemas de rinon|problemas renales|problema renal|riñón poliquístico|riñones poliquísticos|rinon poliquistico|poliquistosis renal
potasio alto|fósforo alto|fosforo alto|pies hinchados|piernas hinchadas|retención de líquidos|retencion de liquidos
rechazo del trasplante|rechazo del riñón|anemia renal|hiperpotasemia|hiperkalemia|hiperfosfatemia|fístula infectada|fistula infectada
ambliopía|ambliopia|ojo perezoso|estrabismo|degeneración macular|degeneracion macular|desprendimiento de retina|pérdida auditiva
perdida auditiva|pérdida de audición|perdida de audicion|sordera|acúfenos|acufenos|zumbido en los oídos|miopía|miopia|hipermetropía
hipermetropia|astigmatismo|ojo seco|orzuelo|presión ocular alta|hipertensión ocular|menisco roto|rotura de menisco|desgarro de menisco
lesión de menisco|codo dislocado|hombro dislocado|dislocación de hombro|luxación de hombro|rotura del manguito rotador
desgarro del manguito rotador|lesión de hombro|lesion de hombro|lesión de ligamento|rotura de lca|desgarro de lca|lesión de lca|lca
fascitis plantar|fractura de muñeca|fractura de tobillo|fractura de brazo|fractura de pierna|fractura de clavícula|esguince de rodilla
se lastimó el ojo|lesión en el ojo|ojo morado|fractura por estrés|fractura por estres
recaída|recaida|trastornos de la alimentación|trastorno de la alimentación|trastornos alimenticios|trastorno alimenticio
metanfetamina|cocaína|cocaina|marihuana|pensamientos suicidas|ideas suicidas|autolesiones|síndrome de abstinencia
crup|laringotraqueítis|laringotraqueitis|tosferina|tos ferina|leucemia linfoblástica|leucemia linfoblastica|leucemia mieloide
retraso del lenguaje|retraso del habla|tartamudez|trastorno del espectro autista
placenta acreta|desprendimiento de placenta|hemorragia posparto|hemorragia postparto|parto prematuro|amenaza de parto prematuro
queratocono|caries|caries de biberón|caries de biberon|inconsciente|se quemó|se quemo
transposición de grandes arterias|transposicion de grandes arterias|tetralogía de fallot|tetralogia de fallot
condromalacia|condromalacia rotuliana|condromalacia patelar|epicondilitis|epicondilitis lateral|artrosis|artrosis de rodilla|artrosis de cadera
cortadura|cortaduras|corte en la frente|corte en la cabeza|corte en la mano|corte en el dedo|corte en la pierna|corte en la ceja|corte en la barbilla|chichón|chichon|raspón|raspon|raspones
chagas|enfermedad de chagas|mal de chagas|leucoplasia|leucoplaquia|úlcera venosa|ulcera venosa|alveolitis seca|alveolo seco|disfunción temporomandibular|disfuncion temporomandibular
`;

export const SPANISH_PROCEDURES = `
cesárea|cesarea|cirugía|cirugia|operación|operacion|quimioterapia|quimio|radioterapia|diálisis|dialisis|trasplante|trasplante de riñón
trasplante de rinon|marcapasos|bypass|cateterismo|endoscopía|endoscopia|colonoscopía|colonoscopia|mamografía|mamografia|ultrasonido|ecografía
ecografia|resonancia magnética|resonancia magnetica|tomografía|tomografia|radiografía|radiografia|biopsia|puntos de sutura|yeso|ventilador
respirador|intubado|intubada|internado|internada|hospitalizado|hospitalizada|dado de alta|dada de alta|terapia física|terapia fisica
rehabilitación|rehabilitacion|parto|parto natural|inyecciones de fertilidad|tratamiento de fertilidad|tratamientos de fertilidad|fertilización in vitro|fertilizacion in vitro|inducción del parto|induccion del parto|bomba de insulina|reemplazo de rodilla|reemplazo de cadera
angioplastia|stent|bypass coronario|cirugía de corazón abierto|cirugia de corazon abierto|cirugía de corazón
cirugia de corazon|ablación|ablacion|histerectomía|histerectomia|ligadura de trompas|vasectomía|vasectomia
circuncisión|circuncision|amigdalectomía|amigdalectomia|apendicectomía|apendicectomia|cirugía de vesícula
cirugia de vesicula|legrado|episiotomía|episiotomia|epidural|anestesia epidural|amniocentesis|mastectomía|mastectomia
lumpectomía|lumpectomia|reconstrucción mamaria|reconstruccion mamaria|cirugía bariátrica|cirugia bariatrica
manga gástrica|manga gastrica|bypass gástrico|bypass gastrico|hemodiálisis|hemodialisis|transfusión|transfusion
transfusión de sangre|transfusion de sangre|recambio eritrocitario|revisión de válvula|revision de valvula|revisión de la válvula|revision de la valvula|augmentación vesical|augmentacion vesical|ampliación vesical|ampliacion vesical|cistoplastia de aumento|recambio de glóbulos rojos|recambio de globulos rojos|exanguinotransfusión|exanguinotransfusion|punción lumbar|puncion lumbar|cateterismo cardiaco|cateterismo cardíaco
electrocardiograma|ecocardiograma|prueba de esfuerzo|holter|densitometría|densitometria|colposcopía|colposcopia
crioterapia|inseminación|inseminacion|inseminación artificial|inseminacion artificial|fertilización|fertilizacion
cirugía de cataratas|cirugia de cataratas|cirugía de rodilla|cirugia de rodilla|cirugía de cadera|cirugia de cadera
cirugía de espalda|cirugia de espalda|implante anticonceptivo|colocación del diu
colocacion del diu
examen físico deportivo|examen fisico deportivo|reemplazo de válvula|reemplazo de valvula|cambio de válvula|cambio de valvula|expansor de tejido|expansores
reimplante|extracción de muelas|extraccion de muelas|puntadas
reemplazo total de cadera|reemplazo total de rodilla|reconstrucción del ligamento cruzado|reconstruccion del ligamento cruzado|fisioterapia|fisioterapia de rodilla|artroscopia|cirugía de columna|cirugia de columna
fístula arteriovenosa|fistula arteriovenosa|fístula|fistula|catéter de diálisis|cateter de dialisis|catéter|cateter|injerto vascular
acceso vascular|colecistectomía|colecistectomia
frenotomía|frenotomia|cesárea-histerectomía|cesarea-histerectomia|implante|implantes|implante coclear|implantes cocleares|trasplante de córnea|trasplante de cornea|reconstrucción de lca|reconstruccion de lca
reconstrucción del lca|cirugía de lca|cirugia de lca|cirugía de cataratas|cirugia de cataratas|cirugía láser de ojos|lasik
cirugía de menisco|cirugia de menisco|parche del ojo|parche en el ojo|aparatos auditivos|aparato auditivo|audiometría|audiometria
terapia de lenguaje|terapia del lenguaje|terapia del habla|terapia ocupacional|prótesis|protesis|braquiterapia
selladores|selladores dentales|endodoncia|tratamiento de conducto|frenos|brackets|carillas|carillas de porcelana|resonancia|resonancia de rodilla
fue operado|fue operada|fue operada de|recién operado|operado del corazón|operada del corazón|operado del corazon|operada del corazon
`;

export const SPANISH_LAB_TESTS = `
análisis de sangre|analisis de sangre|examen de sangre|prueba de embarazo|prueba de covid|prueba de vih|prueba de glucosa|azúcar en la sangre
azucar en la sangre|hemoglobina a1c|papanicolaou|prueba del sudor|análisis de orina|analisis de orina
prueba del talón|prueba del talon|tamiz neonatal|tamiz metabólico|tamiz metabolico|tamiz auditivo
prueba de tolerancia a la glucosa|curva de tolerancia a la glucosa|curva de glucosa|glucosa en ayunas|glucosa
hemoglobina glicosilada|hemoglobina glucosilada|colesterol|triglicéridos|trigliceridos|creatinina|biometría hemática
biometria hematica|examen de orina|urocultivo|cultivo de garganta|prueba rápida de estreptococo
prueba rapida de estreptococo|antígeno prostático|antigeno prostatico|prueba de vph|prueba del vph
resultado del papanicolaou|papanicolaou anormal|papanicolaou alterado|prueba de tiroides|perfil tiroideo
perfil de lípidos|perfil de lipidos|carga viral|conteo de cd4|prueba de hierro|nivel de hierro|niveles de hierro
hemoglobina|plaquetas|azúcar en ayunas|azucar en ayunas|prueba de embarazo positiva
nivel de plomo|prueba de plomo|plomo en sangre|plomo en la sangre|prueba de colinesterasa|colinesterasa
fósforo|fosforo|potasio|albúmina|albumina|filtrado glomerular|tasa de filtración glomerular|hormona paratiroidea|nitrógeno ureico
ferritina|nivel de potasio|niveles de potasio|nivel de fósforo|niveles de fósforo
presión ocular|presion ocular|presión del ojo|presion del ojo|vitamina d|nivel de vitamina d|campo visual|agudeza visual
pruebas de alergia|prueba de alergia|pruebas de alergias|prueba de parche|pruebas de parche
presión arterial|presion arterial|su presión|su presion
`;

export const SPANISH_MEDICATIONS = `
metformina|insulina|losartán|losartan|amoxicilina|ibuprofeno|paracetamol|acetaminofén|acetaminofen|sertralina|fluoxetina|omeprazol|atorvastatina
levotiroxina|prednisona|antibiótico|antibiotico|antidepresivo|anticoagulante|pastillas para la presión|pastillas para la presion
aspirina|clopidogrel|warfarina|apixabán|apixaban|rivaroxabán|rivaroxaban|simvastatina|rosuvastatina|pravastatina
enalapril|lisinopril|captopril|metoprolol|carvedilol|amlodipino|hidroclorotiazida|furosemida|espironolactona
glibenclamida|sitagliptina|empagliflozina|dapagliflozina|semaglutida|ozempic|insulina glargina|insulina nph
insulina rápida|insulina rapida|ácido fólico|acido folico|sulfato ferroso|pastillas de hierro|anticonceptivos
pastillas anticonceptivas|inyección anticonceptiva|inyeccion anticonceptiva|parche anticonceptivo
píldora del día siguiente|pildora del dia siguiente|azitromicina|cefalexina|nitrofurantoína|nitrofurantoina|naproxeno
diclofenaco|loratadina|cetirizina|salbutamol|inhalador|budesonida|montelukast|escitalopram|citalopram|paroxetina
venlafaxina|clonazepam|alprazolam|quetiapina|ansiolíticos|ansioliticos|antidepresivos|antibióticos|antibioticos
anticoagulantes|nitroglicerina|estatinas|diuréticos|diureticos|metronidazol|clotrimazol|fluconazol|progesterona
estrógenos|estrogenos|terapia hormonal|misoprostol|oxitocina|vitaminas prenatales|hierro
metilfenidato|atomoxetina|risperidona|aripiprazol|lisdexanfetamina|peróxido de benzoilo|peroxido de benzoilo|multivitamínico|multivitaminico
isotretinoína|isotretinoina|tretinoína|tretinoina|anticonceptivo|parche de nicotina|chicles de nicotina
tamoxifeno|letrozol|anastrozol|herceptin|trastuzumab
donepezilo|memantina|rivastigmina
medicina para la presión|medicina para la presion|pastillas para la presión|pastillas para la presion|pastillas para el azúcar|pastillas para el azucar
`;
