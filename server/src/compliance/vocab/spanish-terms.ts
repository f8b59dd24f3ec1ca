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
insuficiencia renal|derrame cerebral|embolia|convulsiones|epilepsia|migraña|migrana|depresión posparto|depresion posparto|ansiedad|depresión
depresion|esquizofrenia|trastorno bipolar|autismo|alzheimer|demencia|párkinson|parkinson|fractura|fractura de tobillo|fractura de cadera
tobillo roto|brazo roto|pierna rota|cadera rota|esguince|quemaduras|quemadura|conmoción cerebral|conmocion cerebral|sobredosis|deshidratación
deshidratacion|infección de oído|infeccion de oido|infección urinaria|infeccion urinaria|infección de orina|infeccion de orina|apendicitis
cálculos renales|calculos renales|piedras en el riñón|piedras en el rinon|preeclampsia|aborto espontáneo|aborto espontaneo|embarazo de alto riesgo
prematuro|prematura|colesterol alto|anemia|obesidad|artritis|lupus|hepatitis|vih|sida|tuberculosis|dengue|cirrosis|covid largo|caída|caida
`;

export const SPANISH_PROCEDURES = `
cesárea|cesarea|cirugía|cirugia|operación|operacion|quimioterapia|quimio|radioterapia|diálisis|dialisis|trasplante|trasplante de riñón
trasplante de rinon|marcapasos|bypass|cateterismo|endoscopía|endoscopia|colonoscopía|colonoscopia|mamografía|mamografia|ultrasonido|ecografía
ecografia|resonancia magnética|resonancia magnetica|tomografía|tomografia|radiografía|radiografia|biopsia|puntos de sutura|yeso|ventilador
respirador|intubado|intubada|internado|internada|hospitalizado|hospitalizada|dado de alta|dada de alta|terapia física|terapia fisica
rehabilitación|rehabilitacion|parto|parto natural|inyecciones de fertilidad|tratamiento de fertilidad|tratamientos de fertilidad|fertilización in vitro|fertilizacion in vitro|inducción del parto|induccion del parto|bomba de insulina|reemplazo de rodilla|reemplazo de cadera
`;

export const SPANISH_LAB_TESTS = `
análisis de sangre|analisis de sangre|examen de sangre|prueba de embarazo|prueba de covid|prueba de vih|prueba de glucosa|azúcar en la sangre
azucar en la sangre|hemoglobina a1c|papanicolaou|prueba del sudor|análisis de orina|analisis de orina
`;

export const SPANISH_MEDICATIONS = `
metformina|insulina|losartán|losartan|amoxicilina|ibuprofeno|paracetamol|acetaminofén|acetaminofen|sertralina|fluoxetina|omeprazol|atorvastatina
levotiroxina|prednisona|antibiótico|antibiotico|antidepresivo|anticoagulante|pastillas para la presión|pastillas para la presion
`;
