"""The grammar of Colombian legal citations: word lists (data) and the compiled regexes built from them.

This module owns the vocabulary of citations and nothing else: unit words (artículo, parágrafo, numeral…), norm
words (ley, decreto, resolución…), named codes and statutes, ordinals, connectors and internal tails. Each regex is
built by a small named function from the data tables at the top, like eyecite's ``regexes.py``; the parser in
:mod:`regdesign.nlp.references` walks a text with them.

Guarantees:
* every regex except :data:`GENERIC_NAMED_RE` and :data:`ACRONYM_RE` runs on *lower-cased* text (no IGNORECASE: about
  three times faster); those two run on the original text because capital letters are their signal;
* no regex nests quantifiers over overlapping alternatives, nor puts two quantifiers over the same characters side
  by side (``\\s*,?\\s*`` is written ``\\s*(?:,\\s*)?``: same matches, but a long run of spaces no longer costs
  its square), so matching time is linear in the input (the benchmark times pathological inputs to hold this);
* lower-casing keeps string length (see :func:`lower_same_length`), so offsets found on the lower-cased text are
  offsets into the original.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------------------------------

LETTER = "a-záéíóúüñ"

#: Unit words (regex fragments on lower-cased text) → canonical unit.
UNIT_WORDS: tuple[tuple[str, str], ...] = (
    (r"art[íi]culos?", "artículo"),
    (r"arts?\.", "artículo"),
    # with the abbreviations of index tables and case notes ("par. 2 del art. 114-1 ET", "art. 150 num. 10 C.P."),
    # written as one alternative per first letters (the trigger scan is faster with fewer alternatives)
    (r"par(?:[áa]grafos?|[áa]gs?\.|s?\.)", "parágrafo"),
    (r"n(?:umerales|umeral|[úu]ms?\.)", "numeral"),
    (r"lit(?:erales|eral|s?\.)", "literal"),
    (r"inc(?:isos?|s?\.)", "inciso"),
    (r"ordinales", "ordinal"),
    (r"ordinal", "ordinal"),
    (r"subsecci[óo]n(?:es)?", "subsección"),
    (r"secci[óo]n(?:es)?", "sección"),
    (r"cap[íi]tulos?", "capítulo"),
    (r"t[íi]tulos?", "título"),
    (r"libros?", "libro"),
    (r"partes?", "parte"),
    (r"causal(?:es)?", "causal"),
    (r"anexos?", "anexo"),
    (r"ap[ée]ndices?", "apéndice"),  # "el Apéndice 13 del RAC 91": a numbered appendix, as an annex
    # the clauses of a contract or convenio, its own units as articles are a norm's ("la Cláusula Segunda", "la
    # cláusula anterior", "numeral 1 de la Cláusula Quinta"); a bare "cláusula penal" has no designator, so is no unit
    (r"cl[áa]usulas?", "cláusula"),
    # forms and matrices of terms of reference and pliegos ("Formato 3 – Experiencia", "Matriz 2"): cited only with
    # a number (a bare unit word needs a designator, so "en formato PDF" or "la matriz de riesgos" are not cited)
    (r"formatos?", "formato"),
    (r"matri(?:z|ces)", "matriz"),
    # numbered parts of a ruling or concept ("fundamento jurídico 4.2 de esta providencia", "acápite 3 supra",
    # "numeral 4 del acápite II de este concepto", "apartado 3.2 del presente documento")
    (r"fundamentos?[ \t]+jur[íi]dicos?", "fundamento jurídico"),
    (r"ac[áa]pites?", "acápite"),
    (r"apartados?", "apartado"),
    # the numbered recitals of a resolution or decree ("conforme al considerando 7"): cited only with a number, so
    # neither the heading "CONSIDERANDO:" nor the gerund "considerando que …" is a unit
    (r"considerandos?", "considerando"),
    # the units of a development plan's strategic part ("Programa 2.3 de la Línea Estratégica 2"): cited only with a
    # number, capitalised, in a text that is a plan (the parser checks it: "el programa 3 del canal" is prose)
    (r"l[íi]neas?[ \t]+estrat[ée]gicas?", "línea estratégica"),
    (r"programas?", "programa"),
)

#: Units whose words start a citation only right before a number ("Programa 2.2"): the trigger scan passes over the
#: common noun ("los programas de atención"); in a chain they are matched as any unit ("de la Línea Estratégica 2").
NUMBERED_TRIGGER_UNITS = frozenset({"línea estratégica", "programa"})
#: Units whose designators may be single letters ("literal a)", "literales c, d y e").
LETTER_UNITS = frozenset({"literal", "ordinal"})
#: Units whose designators may be Roman numerals written in capitals ("Título III", "Capítulo VI", "numeral IV").
ROMAN_UNITS = frozenset(
    {
        "título",
        "capítulo",
        "libro",
        "parte",
        "sección",
        "subsección",
        "numeral",
        "anexo",
        "apéndice",
        "acápite",
        "apartado",
    }
)

#: Spanish ordinals as written in norms → number. "primer"/"tercer" are the apocopated forms.
ORDINALS: dict[str, int] = {
    "primero": 1,
    "primera": 1,
    "primer": 1,
    "segundo": 2,
    "segunda": 2,
    "tercero": 3,
    "tercera": 3,
    "tercer": 3,
    "cuarto": 4,
    "cuarta": 4,
    "quinto": 5,
    "quinta": 5,
    "sexto": 6,
    "sexta": 6,
    "séptimo": 7,
    "séptima": 7,
    "septimo": 7,
    "octavo": 8,
    "octava": 8,
    "noveno": 9,
    "novena": 9,
    "décimo": 10,
    "décima": 10,
    "decimo": 10,
    "undécimo": 11,
    "undécima": 11,
    "duodécimo": 12,
    "duodécima": 12,
    "decimotercero": 13,
    "decimocuarto": 14,
    "decimoquinto": 15,
    "decimosexto": 16,
    "decimoséptimo": 17,
    "decimoctavo": 18,
    "decimonoveno": 19,
    "vigésimo": 20,
    "vigésima": 20,
}

#: Words that identify a unit relative to where the text is.
RELATIVE_PREFIXES: dict[str, str] = {
    "presente": "presente",
    "presentes": "presente",
    "este": "presente",
    "esta": "presente",
    "estos": "presente",
    "estas": "presente",
    "siguiente": "siguiente",
    "siguientes": "siguiente",
}
RELATIVE_SUFFIXES: dict[str, str] = {
    "anterior": "anterior",
    "anteriores": "anterior",
    "precedente": "anterior",
    "precedentes": "anterior",
    "siguiente": "siguiente",
    "siguientes": "siguiente",
}

#: Numbered norm kinds (regex on lower-cased text) → type of the contract; the boolean marks plural forms.
NORM_KINDS: tuple[tuple[str, str], ...] = (
    (r"leye?s?\s+estatutarias?", "ley estatutaria"),
    (r"leye?s?\s+org[áa]nicas?", "ley"),
    (r"decretos?\s*[-–]\s*leye?s?", "decreto ley"),
    (r"decretos?\s+leye?s?", "decreto ley"),
    (r"decretos?\s+con\s+fuerza\s+de\s+ley", "decreto ley"),
    (r"decretos?\s+legislativos?", "decreto legislativo"),
    (r"decretos?\s+extraordinarios?", "decreto ley"),
    (r"decretos?", "decreto"),
    (r"leyes", "ley"),
    (r"ley", "ley"),
    (r"res(?:oluci[óo]n(?:es)?|\.)", "resolución"),  # abbreviated in tables: "art. 5 Res. 3564 de 2015"
    (r"d(?:c)?tos?\.", "decreto"),  # "Dcto. 1082 de 2015"
    (r"l\.", "ley"),  # "art. 2 de la L. 80/93" (a capital L, and a year, are checked by the parser)
    (r"acuerdos?", "acuerdo"),
    (r"actos?\s+legislativos?", "acto legislativo"),
    (r"circular(?:es)?", "circular"),
    (r"conpes", "conpes"),
    (r"ordenanzas?", "otro"),
    (r"directivas?", "otro"),
    # international labour conventions ("Convenio 169 de la OIT"): a treaty has no type of the contract; "otro" with
    # the number, as the held-out sets annotate them; believed only with the organisation named after the number (the
    # parser checks it: "el Convenio 045 de 2026" of two entities is a contract, no citation)
    (r"convenios?", "otro"),
    # Andean decisions ("Decisión 486 de 2000", "Decisión Andina 351 de 1993"): the contract has no "decisión" type;
    # its nearest is "otro" (with the number), as the held-out sets annotate them
    (r"decisi[óo]n(?:es)?", "otro"),
    # numbered conceptos (of the Consejo de Estado's Sala de Consulta, of the DAFP…: "Concepto 1949 del 10 de julio
    # de 2009", "Conceptos 2324 de 2017 y 2420 de 2019"): "otro" with the number, as the held-out sets annotate them;
    # believed only with a year (the parser checks it: "el concepto 3 del pliego" is no citation)
    (r"conceptos?", "otro"),
    # numbered oficios (DIAN doctrine: "Oficio No. 906453 de 2023", "los Oficios 903117 y 905889 de 2024"): "otro" with
    # the number, believed only with a year, as conceptos
    (r"oficios?", "otro"),
    # administrative instructions of a superintendence (SNR: "Instrucción Administrativa 11 de 2015", "Instrucciones
    # Administrativas 01 y 05 de 2022"): no type of their own in the contract, "otro" with the number, as the held-out
    # sets annotate them; believed only with a year, as conceptos ("la instrucción administrativa 3 del manual" is prose)
    (r"instrucci[óo]n(?:es)?\s+administrativas?", "otro"),
    # the Reglamentos Aeronáuticos de Colombia by their acronym and part number ("RAC 100", "el Apéndice 13 del RAC
    # 91"): no type of their own in the contract, "otro" with the number, as the held-out sets annotate them; believed
    # only in capitals (the parser checks it: "rac" in lower-case prose is no citation)
    (r"rac", "otro"),
    # the Normas Internacionales de Auditoría by their acronym and number ("NIA 700", "la NIA 705"): "otro" with the
    # number, as the held-out sets annotate them; believed only in capitals, as "RAC"
    (r"nia", "otro"),
)

#: Words that may stand between a norm kind and its number ("Decreto número 4299", "Circular Externa 100-2").
NORM_FILLERS = (
    r"n[úu]mero",
    r"no\.",
    r"nro\.?",
    r"n\.?\s?[°º]\.?",
    r"externas?",  # "Circulares Externas 6 y 11 de 2024": the plural qualifier of a plural kind
    r"internas?",
    r"conjuntas?",
    r"municipal(?:es)?",
    r"distrital(?:es)?",
    r"departamental(?:es)?",
    # the issuing body of a university or council norm ("Acuerdo Superior 1 de 1994", "Acuerdos Superiores 095 de
    # 2015 y 310 de 2017", "Acuerdo Académico 12 de 2020", "Resolución Rectoral 345 de 2019"); a number must follow,
    # so "un acuerdo superior a lo pactado" or "la resolución rectoral que se expida" stay out
    r"superior(?:es)?",
    r"acad[ée]mic[oa]s?",
    r"rectoral(?:es)?",
    r"metropolitan[oa]s?",
    r"presidencial",
    r"social",
    r"reglamentari[oa]",
    r"org[áa]nic[oa]",  # "Resolución Reglamentaria Orgánica 042 de 2020", "Resolución Orgánica 7350 de 2013" (CGR)
    r"nacional",
    r"ministerial",
    r"[úu]nico\s+reglamentario",
    r"[úu]nico",
    r"andinas?",
    # the qualifiers of a doctrinal act ("Concepto General Unificado No. 0912 de 2018", "Concepto General No. 6363")
    r"generales",
    r"general",
    r"unificad[oa]s?",
)

#: Named norms without number (lower-case phrases; accents are made optional when compiled) → type.
NAMED_NORMS: tuple[tuple[str, str], ...] = (
    ("constitución política de colombia de 1991", "constitución"),
    ("constitución política de colombia", "constitución"),
    ("constitución política de 1991", "constitución"),
    ("constitución política", "constitución"),
    ("constitución nacional", "constitución"),
    ("constitución de 1991", "constitución"),
    ("constitución de colombia", "constitución"),
    ("carta política de 1991", "constitución"),
    ("carta política", "constitución"),
    ("carta constitucional", "constitución"),
    ("carta fundamental", "constitución"),
    ("carta magna", "constitución"),
    ("circular externa única", "circular"),
    ("circular única", "circular"),
    ("circular básica jurídica", "circular"),
    ("circular externa básica jurídica", "circular"),
    ("circular básica contable y financiera", "circular"),
    ("circular externa básica contable y financiera", "circular"),
    ("código civil", "código"),
    ("código penal colombiano", "código"),
    ("código penal", "código"),
    ("código de procedimiento penal", "código"),
    ("código de procedimiento civil", "código"),
    ("código general del proceso", "código"),
    ("código de comercio", "código"),
    ("código sustantivo del trabajo", "código"),
    ("código procesal del trabajo y de la seguridad social", "código"),
    ("código procesal del trabajo", "código"),
    ("código de procedimiento administrativo y de lo contencioso administrativo", "código"),
    ("código contencioso administrativo", "código"),
    ("código de minas", "código"),
    ("código nacional de policía y convivencia", "código"),
    ("código nacional de seguridad y convivencia ciudadana", "código"),
    ("código nacional de policía", "código"),
    ("código de policía", "código"),
    ("código nacional de tránsito terrestre", "código"),
    ("código nacional de tránsito", "código"),
    ("código de la infancia y la adolescencia", "código"),
    ("código disciplinario único", "código"),
    ("código general disciplinario", "código"),
    ("código electoral", "código"),
    ("código de régimen municipal", "código"),
    ("código de régimen departamental", "código"),
    ("código de régimen político y municipal", "código"),
    ("código sanitario nacional", "código"),
    ("código penitenciario y carcelario", "código"),
    ("código de petróleos", "código"),
    ("código aduanero", "código"),
    ("código nacional de recursos naturales renovables y de protección al medio ambiente", "código"),
    ("código de recursos naturales", "código"),
    ("código de comercio colombiano", "código"),
    ("estatuto tributario", "estatuto"),
    ("estatuto orgánico del sistema financiero", "estatuto"),
    ("estatuto orgánico del presupuesto", "estatuto"),
    ("estatuto general de contratación de la administración pública", "estatuto"),
    ("estatuto anticorrupción", "estatuto"),
    ("estatuto de ciudadanía juvenil", "estatuto"),
    ("estatuto del consumidor", "estatuto"),
    ("estatuto de la oposición", "estatuto"),
    ("estatuto de arbitraje nacional e internacional", "estatuto"),
    ("acuerdo final para la terminación del conflicto y la construcción de una paz estable y duradera", "otro"),
    # the Reglamentos Aeronáuticos by their long name ("RAC 100" by its acronym is a numbered kind: see NORM_KINDS)
    ("reglamentos aeronáuticos de colombia", "otro"),
    ("reglamento aeronáutico de colombia", "otro"),
    ("reglamento aeronáutico colombiano", "otro"),
    # the building code (adopted by the Decreto 926 de 2010), with or without its id ("NSR-10" alone: NAMED_ACRONYMS)
    ("reglamento colombiano de construcción sismo resistente nsr-10", "otro"),
    ("reglamento colombiano de construcción sismo resistente", "otro"),
    ("reglamento colombiano de construcción sismorresistente", "otro"),
)

#: Acronyms of codes and statutes, matched case-sensitively on the original text.
NAMED_ACRONYMS: dict[str, str] = {
    "CPACA": "código",
    "CGP": "código",
    "CST": "código",
    "EOSF": "estatuto",
    # the Código Procesal del Trabajo y de la Seguridad Social ("artículo 66A del CPT y SS", "del C.P.T. y S.S.")
    "CPTSS": "código",
    "CPT y SS": "código",
    "C.P.T. y S.S.": "código",
    "NSR-10": "otro",  # the Reglamento Colombiano de Construcción Sismo Resistente ("Títulos J y K de la NSR-10")
}

#: Abbreviations that name a norm only right after a unit ("art. 424 ET", "art. 150 num. 10 C.P.", "art. 1502 C.C."):
#: alone they are too ambiguous ("ET" in "et al.", "C.C." for a cédula), so they are never triggers. Case-sensitive.
UNIT_ACRONYMS: dict[str, str] = {
    "E.T.": "estatuto",
    "ET": "estatuto",
    "C.P.": "constitución",
    "C.N.": "constitución",
    "C.Pol.": "constitución",
    "C.C.": "código",
    "C.Co.": "código",
    "C. de Co.": "código",
    "C.G.P.": "código",
    "C.S.T.": "código",
    "C.P.C.": "código",
    "C.P.P.": "código",
    "CPC": "código",
    "CPP": "código",
    "C.C.A.": "código",
    "CCA": "código",
    "C.P.A.C.A.": "código",
}

#: Words that start a generic named code/statute ("Código de Minas", "Estatuto Orgánico del Presupuesto").
GENERIC_NAMED_HEADS: dict[str, str] = {"código": "código", "codigo": "código", "estatuto": "estatuto"}

#: Kinds of the citing document in internal tails ("de la presente ley", "de este decreto").
SELF_KINDS = (
    r"ley",
    r"decreto\s*[-–]?\s*ley",
    r"decreto",
    r"resoluci[óo]n",
    r"acuerdo",
    r"c[óo]digo",
    r"estatuto",
    r"disposici[óo]n",
    r"ordenanza",
    r"circular",
    r"reglamento",
    r"norma",
    r"documento",
    r"acto\s+legislativo",
    r"t[ée]rminos\s+de\s+referencia",
    r"pliego(?:\s+de\s+condiciones)?",
    r"convocatoria",
    r"adenda",  # "artículos primero a tercero de esta adenda" (an adenda to a pliego de condiciones, itself)
    # a tax authority's own act of inquiry ("numeral 1.2 del presente requerimiento", "… de este requerimiento
    # especial")
    r"requerimiento(?:\s+especial)?",
    # a court's press release and a citizen's appeal, each with numbered sections of its own ("numeral 1.2 de este
    # comunicado", "numerales 2.1 a 2.3 de este recurso")
    r"comunicado",
    r"recurso",
    r"escritura(?:\s+p[úu]blica)?",  # a notarial deed's own clauses ("cláusula tercera de esta escritura")
    r"proyecto\s+de\s+acuerdo",
    r"providencia",
    r"sentencia",
    r"concepto",
    r"memorando",
    r"estudio(?:\s+previo)?",  # "numeral 6 del presente estudio" (the estudio previo of a contract, itself)
    r"cl[áa]usula",
    r"acta",  # "numeral primero de la presente acta" (an acta de liquidación, of a meeting)
    r"convenio",
    # a collective agreement's own clauses ("cláusula 4 de la presente convención", "parágrafo de la cláusula 12 de
    # esta convención colectiva")
    r"convenci[óo]n(?:\s+colectiva(?:\s+de\s+trabajo)?)?",
    r"contrato",
    # the decisions of a tribunal or an authority ("capítulo III de este laudo", "numeral 2 del presente auto")
    r"laudo(?:\s+arbitral)?",
    r"fallo",
    r"decisi[óo]n",  # "numeral V de esta decisión" (an inspector's, an authority's own decision)
    r"auto",
    r"acto(?:\s+administrativo)?",
    # the instruments of an entity's own management ("numeral 4.2 de esta política", "paso 3 del presente
    # procedimiento"): only with a demonstrative or "presente" (the tail), so "la política de datos del Gobierno" stays out
    r"pol[íi]tica",
    r"manual",
    r"gu[íi]a",
    r"protocolo",
    r"lineamientos?",
    r"instructivo",
    r"procedimiento",
    r"oficio",
)

#: Amending verbs that may join two unit groups of one citation ("numeral 8 y adiciónense los numerales 34…",
#: "modifica el parágrafo 2 y adiciona parágrafo transitorio al art. 25").
AMENDING_VERBS = (
    r"adici[óo]n[ea]n?se",
    r"modif[íi]qu[ea]n?se",
    r"agr[ée]gu[ea]n?se",
    r"der[óo]gu[ea]n?se",
    r"sustit[úu]y[ae]n?se",
    r"subr[óo]gu[ea]n?se",
    r"adicionar",
    r"modificar",
    r"agregar",
    r"derogar",
    r"sustituir",
    r"incl[úu]y[ae]n?se",
    r"adicionan?",
    r"modifican?",
    r"agregan?",
    r"derogan?",
    r"sustituyen?",
    r"subrogan?",
    r"incluyen?",
)

#: Past participles that turn a unit at the start of a clause into the LABEL of a validity note, inside or outside
#: ``< >`` ("Parágrafo 2 adicionado por …", "Inciso modificado por …", "Parágrafos 7 y 8 adicionados …").
NOTE_PARTICIPLES = (
    r"modificad",
    r"adicionad",
    r"derogad",
    r"sustituid",
    r"subrogad",
    r"corregid",
    r"reglamentad",
    r"declarad",
    r"prorrogad",
    r"suspendid",
    r"agregad",
    r"incorporad",
    r"interpretad",
    r"aclarad",
    r"compilad",
    r"renumerad",
)

#: Anaphoric adjectives written BEFORE a unit or norm word ("dicho artículo", "el citado decreto", "la mencionada
#: ley", "los referidos numerales"): the unit or norm cited just before. "mismo" is one of them.
ANAPHORIC_ADJECTIVES: frozenset[str] = frozenset(
    f"{stem}{end}"
    for stem in ("mism", "dich", "susodich", "citad", "precitad", "mencionad", "referid", "aludid")
    for end in ("o", "a", "os", "as")
)
#: Demonstratives that point back like "dicho" before a unit word without number ("Ese artículo fue modificado …",
#: "esa disposición", after "el artículo 56 del CPACA"): the unit cited just before. "este"/"esta" are not among
#: them: they name the citing document's own unit ("este artículo" = the present one).
DEMONSTRATIVES: frozenset[str] = frozenset({"ese", "esa", "esos", "esas"})
#: Anaphoric phrases written AFTER a unit or norm word ("el artículo citado", "la ley en cita", "del decreto antes
#: mencionado", "el numeral en comento"), lower-case regex.
ANAPHORIC_POSTPOSED = (
    r"(?:(?:antes|anteriormente|arriba|ya|previamente|atr[áa]s)[ \t]+)?"
    r"(?:citad|precitad|mencionad|referid|aludid|reseñad|indicad|señalad)[oa]s?"
    r"|en[ \t]+(?:cita|comento|menci[óo]n|estudio)"
)
#: Latin pointers to the norm cited just before, after a unit ("artículo 24 ibídem", "numeral 3 ejusdem").
IBIDEM = r"ib[íi]d(?:em|\.)|e[ij]usdem|[íi]dem"

#: Words that, right before a capitalised unit word, make it a citation rather than a heading run into the line
#: ("el Artículo 5", "del CAPÍTULO II", "Ver Artículo 3"); compared lower-cased.
CITING_WORDS = frozenset(
    {
        "el",
        "la",
        "los",
        "las",
        "lo",
        "del",
        "de",
        "al",
        "a",
        "en",
        "y",
        "e",
        "o",
        "u",
        "su",
        "sus",
        "según",
        "segun",
        "conforme",
        "por",
        "con",
        "que",
        "ver",
        "véase",
        "vease",
        "este",
        "esta",
        "estos",
        "estas",
        "dicho",
        "dicha",
        "mismo",
        "misma",
        "cuyo",
        "cuya",
        "cuyos",
        "cuyas",
        *ANAPHORIC_ADJECTIVES,
        "sobre",
        "entre",
        "hasta",
        "desde",
        "mediante",
        "bajo",
        "tal",
        "cual",
        "como",
        "para",
        "sin",
        "un",
        "una",
        "ante",
        "tras",
        "no",
        "ni",
        "modifica",
        "adiciona",
        "deroga",
        "sustituye",
    }
)


#: Words that, in a generic "Código …"/"Estatuto …" name, start something else.
GENERIC_NAME_STOPWORDS = (
    "Ley",
    "Leyes",
    "Decreto",
    "Decretos",
    "Artículo",
    "Artículos",
    "Parágrafo",
    "Numeral",
    "Literal",
    "Inciso",
    "Resolución",
    "Acuerdo",
    "Constitución",
    "Sentencia",
    "Capítulo",
    "Título",
    "Libro",
    "Parte",
    "El",
    "La",
    "Los",
    "Las",
    "En",
    "Para",
    "Por",
    "Se",
    "Que",
    "Con",
    "Sin",
)

# ---------------------------------------------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------------------------------------------

_ACCENTS = {"á": "[áa]", "é": "[ée]", "í": "[íi]", "ó": "[óo]", "ú": "[úu]"}


def lower_same_length(text: str) -> str:
    """``text.lower()``, but never changing the length (so offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def phrase_pattern(phrase: str) -> str:
    """A lower-case phrase as a regex: accents optional, any run of whitespace between words."""
    out = []
    for word in phrase.split():
        out.append("".join(_ACCENTS.get(ch, re.escape(ch)) for ch in word))
    return r"\s+".join(out)


def alternation(patterns: list[str] | tuple[str, ...]) -> str:
    return "(?:" + "|".join(patterns) + ")"


def build_unit_re() -> re.Pattern[str]:
    """A unit word at the current position; one named group per canonical unit is not needed, the caller maps."""
    return re.compile(alternation([p for p, _ in UNIT_WORDS]) + rf"(?![{LETTER}])")


def unit_of(word: str) -> str | None:
    """Canonical unit of a lower-cased unit word (memoised: the same few words come back all the time)."""
    unit = _UNIT_CACHE.get(word)
    if unit is None and word not in _UNIT_CACHE:
        unit = next((u for pattern, u in _UNIT_COMPILED if pattern.fullmatch(word)), None)
        if len(_UNIT_CACHE) < 512:
            _UNIT_CACHE[word] = unit
    return unit


_UNIT_CACHE: dict[str, str | None] = {}


#: Words that may stand before a unit word and belong to the citation ("presente artículo", "primer inciso",
#: "dicho artículo").
UNIT_PREFIXES = frozenset(
    {*RELATIVE_PREFIXES, *ORDINALS, *ANAPHORIC_ADJECTIVES, *DEMONSTRATIVES, "último", "última", "ultimo", "ultima"}
)

#: After "concepto"/"oficio": its number ahead, maybe after one or two qualifier words and "No.".
#: Or an issuer's id glued to a year-first sequence ("Concepto SSPD-OJ-2019-412").
_DOCTRINE_NUMBER_AHEAD = (
    r"(?=[ \t]+(?:(?:[a-záéíóúüñ]{2,20}[ \t]+){0,2}(?:(?:no\.|nro\.?|n[°º]\.?|n[úu]mero)[ \t]*)?\d"
    r"|[a-z]{2,10}(?:-[a-z]{1,10}){0,3}-(?:19|20)\d\d-\d))"
)

#: Norm words that start a citation (lower-cased regex fragments).
NORM_TRIGGERS = (
    r"leye?s?",
    r"d(?:ecretos?|c?tos?\.)",
    r"l\.",
    r"res(?:oluci[óo]n(?:es)?|\.)",
    r"acuerdos?",
    r"actos?\s+legislativos?",
    r"circular(?:es)?",
    r"conpes",
    r"constituci[óo]n",
    r"carta(?:\s+(?:pol[íi]tica|constitucional|fundamental|magna))?",  # "la Carta" alone: see the parser
    r"c[óo]digos?",
    r"codificaci[óo]n(?:es)?",  # only ever an anaphora ("dicha codificación"): a code named before
    r"estatutos?",
    r"sentencias?",
    r"cpaca",
    r"cgp",
    r"cst",
    r"eosf",
    r"cpt(?:ss|[ \t]+y[ \t]+ss)",  # "CPTSS", "CPT y SS" (capitals checked on the original text by the parser)
    r"c\.p\.t\.[ \t]+y[ \t]+s\.s\.",
    r"rac(?=[ \t]+\d)",  # "RAC 100": before its number only (capitals checked by the parser)
    r"nia(?=[ \t]+\d)",  # "NIA 700": the same
    # "Reglamentos Aeronáuticos de Colombia", "Reglamento Colombiano de Construcción Sismo Resistente" (NAMED_NORMS)
    r"reglamentos?(?=[ \t]+(?:aeron[áa]utic|colombiano[ \t]+de[ \t]+construcci))",
    r"nsr-10(?!\d)",  # "la NSR-10" (capitals checked on the original text by the parser)
    r"ordenanzas?",
    r"directivas?",
    r"decisi[óo]n(?:es)?",
    r"convenios?" + _DOCTRINE_NUMBER_AHEAD,  # "Convenio 169 de la OIT" (the parser checks the organisation)
    # a concepto or an oficio (doctrine of the DIAN, of a ministry) only before its number, maybe after a qualifier or
    # an issuer and "No.": "Concepto General Unificado No. 0912", "Oficio No. 906453"; "por concepto de", "el oficio
    # de la referencia", "mediante oficio del 3 de mayo" are prose
    r"conceptos?" + _DOCTRINE_NUMBER_AHEAD,
    r"oficios?" + _DOCTRINE_NUMBER_AHEAD,
    r"instrucci[óo]n(?:es)?[ \t]+administrativas?",
    r"autos?",
    r"providencias?",
)


#: The same triggers as whole lower-cased tokens of spaCy's Spanish tokenizer (the component's pre-filter).
TRIGGER_TOKENS = frozenset(
    f"{stem}{end}"
    for stems, ends in (
        (
            (
                "artículo",
                "articulo",
                "parágrafo",
                "paragrafo",
                "inciso",
                "capítulo",
                "capitulo",
                "título",
                "titulo",
                "libro",
                "parte",
                "anexo",
                "apéndice",
                "apendice",
                "formato",
                "decreto",
                "acuerdo",
                "acto",
                "código",
                "codigo",
                "estatuto",
                "sentencia",
                "ordenanza",
                "directiva",
                "convenio",
                "auto",
                "providencia",
                "acápite",
                "acapite",
                "apartado",
                "considerando",
                "cláusula",
                "clausula",
                "concepto",
                "oficio",
                "programa",
                "línea",
                "linea",
            ),
            ("", "s"),
        ),
        (("instrucción", "instruccion"), ("",)),
        (("instruccion",), ("es",)),
        (("numeral", "literal", "ordinal", "causal", "circular"), ("", "es")),
        (
            (
                "sección",
                "seccion",
                "subsección",
                "subseccion",
                "resolución",
                "resolucion",
                "decisión",
                "decision",
                "codificación",
                "codificacion",
            ),
            ("",),
        ),
        (
            (
                "matriz",
                "matrices",
                "secciones",
                "subsecciones",
                "decisiones",
                "resoluciones",
                "codificaciones",
                "ley",
                "leyes",
                "lei",
                "l.",
                "fundamento",
                "fundamentos",
                "art",
                "arts",
                "conpes",
                "carta",
                "par",
                "pars",
                "parág",
                "parag",
                "parágs",
                "num",
                "nums",
                "núm",
                "núms",
                "lit",
                "lits",
                "inc",
                "incs",
                "par.",
                "pars.",
                "parág.",
                "parag.",
                "num.",
                "nums.",
                "núm.",
                "núms.",
                "lit.",
                "lits.",
                "inc.",
                "incs.",
                "res",
                "res.",
                "dto",
                "dto.",
                "dtos",
                "dtos.",
                "dcto",
                "dcto.",
                "dctos",
                "dctos.",
                "constitución",
                "constitucion",
                "cpaca",
                "cgp",
                "cst",
                "eosf",
                "cptss",
                "cpt",
                "c.p.t.",
                "rac",
                "nia",
                "reglamento",
                "reglamentos",
                "decreto-ley",
                "decretos-leyes",
                "decreto-ley",
                "art.",
                "arts.",
            ),
            ("",),
        ),
    )
    for stem in stems
    for end in ends
)


def trigger_units() -> str:
    """The unit words of the trigger scan (an alternation): those of :data:`NUMBERED_TRIGGER_UNITS` only before a
    number."""
    return alternation([rf"{p}(?=[ \t]+\d)" if u in NUMBERED_TRIGGER_UNITS else p for p, u in UNIT_WORDS])


def build_trigger_re() -> re.Pattern[str]:
    """Where a citation may start: a unit word or a norm word. Prefix words ("presente", "primer") are looked up
    before the unit word by the parser: putting them in this scan would halve its speed."""
    unit_patterns = [p for p, _ in UNIT_WORDS]
    units = trigger_units()
    # Every alternative starts with a plain letter: a look-ahead on those letters lets the engine skip the other
    # positions of the text without trying the whole alternation at each (about 25% faster; same matches).
    firsts = {p[0] for p in (*unit_patterns, *NORM_TRIGGERS)}
    if not all(c.isalpha() and c.isascii() for c in firsts):  # pragma: no cover - a guard for future word lists
        raise ValueError("trigger patterns must start with a plain letter")
    first = "".join(sorted(firsts))
    return re.compile(
        rf"(?=[{first}])(?:\b(?P<unit>{units})(?![{LETTER}])|\b(?P<norm>{alternation(list(NORM_TRIGGERS))})"
        rf"(?![{LETTER}]))"
    )


def build_ruling_dash_re() -> re.Pattern[str]:
    """The dash of a ruling id without the word "Sentencia" ("t-406", "su-601a"), on lower-cased text: the scan looks
    for the dash and checks the letters behind it (starting on the letters, it would try every c/t/a/s of the text).
    The parser then checks the capitals and wants a year (see :func:`build_ruling_id_re`). Also the dash between the
    number and the year of a Corte Suprema id ("sp2144-2016", "ap5224-2019": digits before it, a year after it)."""
    return re.compile(r"[-–](?:(?=\d)(?:(?<=(?<![\w-])[cta].)|(?<=(?<![\w-])su.))|(?<=\d.)(?=(?:19|20)\d\d(?!\d)))")


def build_norm_kind_re() -> re.Pattern[str]:
    """A numbered norm's kind word(s), its fillers, at the current position."""
    kinds = "|".join(f"(?P<k{i}>{p})" for i, (p, _) in enumerate(NORM_KINDS))
    fillers = alternation(list(NORM_FILLERS))
    return re.compile(rf"(?:{kinds})(?![{LETTER}])(?P<fill>(?:\s*(?<![{LETTER}]){fillers}(?![{LETTER}]))*)")


def build_norm_number_re() -> re.Pattern[str]:
    """The number of a norm: digits with optional hyphenated groups and a stray asterisk ("1943*"), and the ordinal
    mark some old laws are cited with ("Ley 5ª de 1992", "Ley 4a. de 1913": a letter only before the year). Never the
    head of an id with letters after a hyphen or glued to it ("Resolución No. 2026-TC-01873", "No. 160TH-RES2611-05873":
    a file's code, not resolution 2026 or 160)."""
    return re.compile(
        r"\s*(?P<num>\d{1,15}(?:-\d{1,6})*)(?![\d.,]\d)(?!-[A-Za-z0-9])(?!(?![Dd][Ee])[A-Za-z]{2}[A-Za-z0-9\-])"
        r"(?:[ªº°]|[ao]\.?(?=[ \t]+del?[ \t]+(?:1[89]|20)\d\d(?!\d)))?(?P<star>\*)?(?![\d])"
    )


#: Lower-case particles allowed inside an issuer name written between kind and number ("MINSALUD Y PROTECCIÓN").
ISSUER_PARTICLES = frozenset({"y", "e", "de", "del", "la", "las", "los", "el", "para"})


def build_acronym_between_re() -> re.Pattern[str]:
    """An issuer between the kind and the number: one acronym ("Resolución MinTIC 1519") or a short capitalised name
    ("Resolución MINSALUD Y PROTECCIÓN SOCIAL 385 de 2020"), at most 6 words; the parser checks the capitals on the
    original text (and wants a year after the number when the issuer has several words). Words are separated by
    blanks, so each word can end in one place only (no backtracking blow-up)."""
    word = rf"[{LETTER}][{LETTER}\-]{{0,19}}"
    return re.compile(rf"\s+(?P<acr>{word}(?:[ \t]+{word}){{0,5}})(?![{LETTER}\-])(?=\s*(?:n[úu]mero\s+|no\.\s*)?\d)")


def build_year_re() -> re.Pattern[str]:
    """`` de 2019``, ``del 2015``, ``de1995``, `` del 9 de mayo de 2013``, `` de 7 de julio de 2016``."""
    date = rf"(?:(?:el\s+)?(?:\d{{1,2}}|1o|1º|primero)\s+de\s+[{LETTER}]+\s+(?:de|del)\s*)"
    return re.compile(rf"\s*(?:,\s*)?(?:de|del)\s*{date}?(?:año\s+)?(?P<year>1[89]\d\d|20\d\d)(?!\d)")


def build_sentencia_re() -> re.Pattern[str]:
    """A ruling: "Sentencia C-274 de 2013", "Sentencia C- 274 del 9 de mayo de 2013", "Sentencia T-760/08"."""
    return re.compile(
        r"sentencias?\s+(?:(?:de\s+)?(?:tutela|constitucionalidad|unificaci[óo]n)\s+)?(?:n[úu]mero\s+|no\.\s*)?"
        rf"(?P<let>su|[ctat]|sl|sp|stc|stp)\s*[-–]\s*(?P<num>\d{{1,5}})(?P<suf>[a-z](?![{LETTER}\d]))?"
        r"(?:\s*[-/]\s*(?P<yy>\d{2}|\d{4})(?!\d))?"
    )


def build_sentencia_more_re() -> re.Pattern[str]:
    """Another ruling in a list after "Sentencias …": ", T-760 de 2008", " y C-355 de 2006"."""
    return re.compile(
        r"\s*(?:,\s*(?:y\s+|e\s+)?|\s(?:y|e)\s+)(?P<let>su|[ctat]|sl|sp|stc|stp)\s*[-–]\s*(?P<num>\d{1,5})"
        rf"(?P<suf>[a-z](?![{LETTER}\d]))?(?:\s*[-/]\s*(?P<yy>\d{{2}}|\d{{4}})(?!\d))?"
    )


def build_ruling_id_re() -> re.Pattern[str]:
    """A ruling written by its id alone, on the ORIGINAL text: "T-406 de 1992", "SU-601A de 1999", "C-211/17". The id
    (C-/T-/SU-/A- + number + optional letter, capitals) is believed only with a year after it; the parser checks it.
    A Corte Suprema id ("SP2144-2016", "CSJ AP5224-2019", "STP1234-2020": chamber capitals glued to the number, the
    year after a dash) is a ruling of its own shape (groups ``clet``/``cnum``/``cyy``)."""
    return re.compile(
        r"(?<![\w-])(?:(?P<let>SU|[CTA])[-–](?P<num>\d{1,5})(?P<suf>[A-Z](?![\w]))?"
        r"(?:[-/](?P<yy>\d{2}|\d{4})(?![\d]))?"
        r"|(?:CSJ[ \t]+)?(?P<clet>S[PLC]|A[PLC]|ST[PLC]|AT[PLC])(?P<cnum>\d{1,5})[-–](?P<cyy>(?:19|20)\d\d)(?![\w]))"
    )


def build_named_re() -> re.Pattern[str]:
    """The named norms of :data:`NAMED_NORMS`, longest first, at the current position."""
    ordered = sorted(range(len(NAMED_NORMS)), key=lambda i: len(NAMED_NORMS[i][0]), reverse=True)
    parts = [f"(?P<n{i}>{phrase_pattern(NAMED_NORMS[i][0])})" for i in ordered]
    return re.compile(alternation(parts) + rf"(?![{LETTER}])")


def name_tail_pattern() -> str:
    """Capitalised words of a proper name, joined by lower-case particles ("de Procedimiento Administrativo y de lo
    Contencioso Administrativo"); at most 12 words, each capitalised word consumed once (no backtracking blow-up)."""
    stop = "|".join(GENERIC_NAME_STOPWORDS)
    cap_word = rf"(?!(?:{stop})\b)[A-ZÁÉÍÓÚÑ][{LETTER}A-ZÁÉÍÓÚÑ]+"
    conn = r"(?:de|del|la|las|los|lo|y|e|para|el|en|al)"
    return rf"(?P<name>(?:(?:[ \t]+{conn}){{0,3}}[ \t]+{cap_word}){{1,12}})"


def build_generic_named_re() -> re.Pattern[str]:
    """A capitalised code/statute name not in the list ("Código Nacional de Tránsito Terrestre"): on the ORIGINAL."""
    return re.compile(rf"(?:C[óo]digo|Estatuto){name_tail_pattern()}")


def build_law_name_re() -> re.Pattern[str]:
    """The name of a law written as its appositive ("Ley 2069 de 2020, Ley de Emprendimiento", "Ley 137 de 1994,
    Estatutaria de los Estados de Excepción"): capitalised, opened by "de"/"del" (not "Ley Estatutaria por medio de la
    cual …", a title). On the ORIGINAL text."""
    head = r"(?:Ley(?:[ \t]+(?:Estatutaria|Org[áa]nica))?|Estatutaria|Org[áa]nica)"
    return re.compile(rf"{head}(?=[ \t]+del?[ \t]){name_tail_pattern()}")


def build_name_tail_re() -> re.Pattern[str]:
    """The name after a head word ("Decreto Único Reglamentario" + "del Sector de …"): on the ORIGINAL text."""
    return re.compile(name_tail_pattern())


def build_unit_acronym_re() -> re.Pattern[str]:
    """:data:`UNIT_ACRONYMS` at the current position of the ORIGINAL text, longest first, not run into a word."""
    alts = "|".join(re.escape(a) for a in sorted(UNIT_ACRONYMS, key=len, reverse=True))
    return re.compile(rf"(?:{alts})(?![A-Za-z0-9ÁÉÍÓÚÑáéíóúñ])")


def build_direct_norm_re() -> re.Pattern[str]:
    """Blanks between a unit and a norm written straight after it, with no "de la"/"del" ("art. 79 Ley 142 de 1994",
    "art. 319 EOSF"): the parser then wants a norm right there."""
    return re.compile(r"[ \t]{1,3}(?=[a-zA-ZÁÉÍÓÚÑáéíóúñ])")


def build_acronym_re() -> re.Pattern[str]:
    # longest first, escaped ("C.P.T. y S.S." has periods); no letter or digit on either side
    acronyms = sorted(NAMED_ACRONYMS, key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(map(re.escape, acronyms)) + r")(?![A-Za-z0-9])")


def build_designator_res() -> dict[str, re.Pattern[str]]:
    """Designators of a unit: numbers ("5", "4o", "9°", "1o.", "256-1", "305A", "2.2.3.3.3.5", "43.2.2", "5 o"),
    letters for literales ("a)", "e"), capital Roman numerals, ordinal words ("segundo", "décima (10)")."""
    ordinal_mark = rf"(?:[ \t]?[oº°ª](?![{LETTER}\d])(?!\s*\d)|[º°ª])"
    number = rf"\d{{1,5}}(?:\.\d{{1,4}})*(?:-\d{{1,4}})?(?:-?[a-np-z](?![{LETTER}\d]))?{ordinal_mark}?"
    ordinals = sorted(ORDINALS, key=len, reverse=True)
    word = (
        rf"(?:{alternation([phrase_pattern(o) for o in ordinals] + ['[úu]nic[oa]'])}"
        rf"|transitori[oa]s?(?:[ \t]+\d{{1,3}}{ordinal_mark}?)?)(?![{LETTER}])(?:[ \t]*\(\d{{1,3}}\))?"
    )
    letter = rf"\(?[{LETTER}]\)|[a-zñ](?![{LETTER}\d])"
    roman = r"(?=[ivxlc])(?:x{0,3}|xl|l|lx{1,3}|xc)(?:ix|iv|v?i{0,3})(?![" + LETTER + r"\d])"
    return {
        "number": re.compile(number),
        "word": re.compile(word),
        "letter": re.compile(letter),
        "roman": re.compile(roman),
    }


def build_separator_re() -> re.Pattern[str]:
    """Between two designators of one unit: ", ", " y ", ", y ", " o ", " a " / " al " / " hasta " (a range)."""
    return re.compile(r"[ \t]*,[ \t]*(?:(?P<y1>y|e|y/o)\s+)?|\s+(?P<rng>a|al|hasta)\s+|\s+(?P<y2>y|e|o|u|y/o)\s+")


def build_nest_re() -> re.Pattern[str]:
    """A unit group nested in the next one: " del ", " de la ", " de los ", " al ", " a la "."""
    return re.compile(
        rf"{PARTIAL}\s*(?:,\s*)?(?:del|de\s+l[oa]s?|de\s+el|de|al|a\s+l[oa]s?|a)\s+(?:(?P<poss>sus?)[ \t]+)?"
    )


#: "(parcial)" written after a unit or a norm in demands and rulings ("numeral 4 (parcial) del artículo 140"): part of
#: the citation, skipped between its pieces.
PARTIAL = r"(?:[ \t]*\(parcial(?:mente)?\))?"


#: Amending nouns that join two unit groups of one citation, as subject lines write them ("Adición del Capítulo
#: Tercero al Título V y modificación del numeral 2.5 del Capítulo Segundo … de la Circular Única").
AMENDING_NOUNS = (
    r"adici[óo]n",
    r"modificaci[óo]n",
    r"sustituci[óo]n",
    r"subrogaci[óo]n",
    r"derogaci[óo]n",
    r"derogatoria",
    r"supresi[óo]n",
)


def build_sibling_re() -> re.Pattern[str]:
    """A sibling unit group of the same citation: " y el ", ", y los ", " y del ", " y adiciónense los ", " y
    modificación del ", ", "."""
    verbs = alternation([*AMENDING_VERBS, *AMENDING_NOUNS])
    det = r"(?:el|la|los|las|del|de\s+l[oa]s?|al|un|una|unos|dos|tres|cuatro)"
    return re.compile(
        rf"\s*(?:,\s*)?(?:y|e|o|y/o)\s+(?:(?:la\s+)?(?P<verb>{verbs})\s+)?(?:{det}\s+)?"
        rf"|[ \t]*,[ \t]*(?:{det}\s+)?"
        rf"|(?P<dot>\.[ \t]+)"
        rf"|(?P<adj>[ \t]+)"
    )


def build_norm_connector_re() -> re.Pattern[str]:
    """Between the last unit group and the norm: " de la ", " del ", ", de la ", " al ", " de Ia " (OCR)."""
    return re.compile(rf"{PARTIAL}\s*(?:,\s*)?(?:del|de\s+(?:la|el|los|las|ia)|de|al|a\s+la|a\s+los|a\s+las)\s+")


def build_self_tail_re() -> re.Pattern[str]:
    """The citing document itself after a unit: " de la presente ley", " de esta ley", " del presente decreto"."""
    kinds = alternation(list(SELF_KINDS))
    own = (
        rf"(?:de\s+(?:la\s+|el\s+)?|del\s+)(?:presente|esta|este)(?:\s+mism[oa])?\s+{kinds}(?![{LETTER}])"
        # a plural own instrument or part ("de los presentes lineamientos", "de estos términos de referencia",
        # "numeral 4 de estas consideraciones", "artículo 12 de estos estatutos"; not "las consideraciones de la Corte")
        rf"|de\s+(?:l[oa]s\s+)?(?:presentes|estos|estas)\s+(?:lineamientos|t[ée]rminos\s+de\s+referencia|consideraciones|estatutos)(?![{LETTER}])"
    )
    # a part of a decision ("numeral 10 de la parte motiva", "… de la parte resolutiva de esta providencia"; not
    # "… de la parte motiva de la Resolución 5 de 2020", the part of another act)
    part = rf"de\s+la\s+parte\s+(?:motiva|resolutiva|considerativa)(?![{LETTER}])(?:\s*,?\s*{own}|(?!\s*,?\s*del?\s))"
    # a section of the decision itself, then the decision named ("numeral 3 de los antecedentes de la presente
    # providencia"; not "los considerandos de la Sentencia C-…": the own instrument must follow)
    section = rf"de\s+(?:los\s+(?:antecedentes|considerandos|hechos|fundamentos)|las\s+consideraciones)\s*,?\s*{own}"
    # the same sections with no instrument named, as the parts of a decision ("numeral 4 de las consideraciones",
    # "numeral 2 de los considerandos"); not "las consideraciones de la Corte", "los antecedentes del Decreto 5"
    bare = (
        rf"de\s+(?:los\s+(?:antecedentes|considerandos)|las\s+consideraciones)(?![{LETTER}])"
        rf"(?!\s*,?\s*(?:del?|expuest|citad|señalad|de\s+(?:la|el|los|las))\s)"
    )
    return re.compile(rf"\s*(?:,\s*)?(?:{own}|{part}|{section}|{bare})")


#: Norm words an anaphora may name ("de la misma ley", "del citado decreto", "de la ley en cita").
ANAPHORIC_KINDS: tuple[str, ...] = (
    r"leye?s?",
    r"decretos?(?:\s*[-–]?\s*leye?s?)?",
    r"resoluci[óo]n(?:es)?",
    r"acuerdos?",
    r"c[óo]digos?",
    r"estatutos?",
    r"ordenamientos?\s+tributarios?",  # "del citado ordenamiento tributario": the Estatuto Tributario (typed estatuto)
    # "del mismo ordenamiento": the code or statute named last (see the parser's emit_anaphoric); not "del mismo
    # ordenamiento jurídico / territorial", a legal order, not a norm
    r"ordenamientos?(?![ \t]+(?:jur[íi]dic|territorial|legal|constitucional|intern|nacional|positiv|colombian))",
    r"constituci[óo]n",
    r"carta(?:\s+pol[íi]tica)?",  # "de la misma Carta": the Constitution, capitalised (see the parser's anaphoric_tail)
    r"actos?\s+legislativos?",
    r"circular(?:es)?",
    r"codificaci[óo]n(?:es)?",  # "de la misma codificación": a code named before (typed código)
    r"decisi[óo]n(?:es)?",
    r"reglamentos?",  # "del mismo reglamento": the last reglamento named ("RAC 100"), typed otro
    r"normas?",
    r"disposici[óo]n(?:es)?",
)


def build_anaphoric_tail_re() -> re.Pattern[str]:
    """A norm named before, after a unit: " de la misma ley", " del referido Estatuto", " de dicha resolución", " de
    ese decreto", " de aquella ley" (a demonstrative, not followed by a qualifier: see build_qualifier_after_re; the
    distal aquel/aquella is the older of the last two norms of its family), " de la Ley Estatutaria"
    (a compound type without number: the last norm of exactly that type), " de la ley en cita", " del decreto antes
    citado", " ibídem", " ejusdem", " de la misma" (no noun: the last norm of that gender)."""
    kinds = alternation(list(ANAPHORIC_KINDS))
    adj = alternation(sorted({*ANAPHORIC_ADJECTIVES, "señalado", "señalada", "anterior"}, key=len, reverse=True))
    return re.compile(
        rf"\s*(?:,\s*)?(?:del|de(?:\s+l[oa]s?)?)\s+{adj}\s+(?P<kind>{kinds})(?![{LETTER}])"
        rf"|\s*(?:,\s*)?(?:del|de\s+l[oa]s?)\s+(?P<kind2>{kinds})[ \t]+(?:{ANAPHORIC_POSTPOSED})(?![{LETTER}])"
        rf"|\s*(?:,\s*)?(?:de\s+(?P<dem>ese|esa|aquel|aquella)\s+(?P<kind3>{kinds})"
        rf"|(?:del|de[ \t]+la)[ \t]+(?P<typed>ley[ \t]+estatutaria|decreto[ \t]*[-–]?[ \t]*ley|decreto[ \t]+legislativo))"
        rf"(?![{LETTER}])(?![ \t]*,?[ \t]*(?:que|de|del|por|a|para|cuy[oa]s?|donde|n[oº°.]|\d)(?![{LETTER}]))"
        rf"|(?:(?<=[0-9][oº°])\.)?(?:[ \t]*,)?[ \t]+(?P<ibid>{IBIDEM})(?![{LETTER}])"
        rf"|\s*(?:,\s*)?(?:del|de[ \t]+(?:la|esta|este))[ \t]+(?P<ord>{ORDINAL_POINTERS})(?![{LETTER}]){_NO_NOUN_AFTER}"
        rf"|\s*(?:,\s*)?de[ \t]+(?P<dist>aquel(?:la)?)(?![{LETTER}]){_NO_NOUN_AFTER}"
        rf"|\s*(?:,\s*)?(?:del|de[ \t]+la)[ \t]+(?P<same>mism[oa])(?![{LETTER}]){_NO_NOUN_AFTER}"
    )


#: "de la primera", "del segundo", "de esta última": one of the two norms just named (lower-case regex). The distal
#: pronoun "de aquella" / "de aquel" (no article) is read the same way: see the parser's ``ordinal_norm``.
ORDINAL_POINTERS = r"primer[oa]|segund[oa]|[úu]ltim[oa]"
#: A conjugated verb (or an adverb) right after a pronoun-like "la misma" ("los artículos 4 y 8 de la misma obligan
#: a …", "del mismo fijó …", "de la misma también …"): a plural, past or future ending (-an, -en, -ron, -ó, -rá, -rán), an
#: adverb in -mente, or a common singular verb of legal prose; never one of the nouns that end like a plural verb
#: ("del mismo orden", "del mismo régimen", "del mismo plan"). Lower-case look-ahead.
_VERB_AFTER = (
    r"(?!(?:orden|desorden|origen|r[ée]gimen|examen|imagen|margen|volumen|dictamen|resumen|crimen|gravamen|certamen"
    r"|abdomen|germen|virgen|joven|polen|esp[ée]cimen|carmen|plan|clan|gran|juan|bien|tren|quien|cien)"
    r"(?![a-záéíóúüñ]))"
    r"(?:[a-záéíóúüñ]{2,}(?:an|en|ron|ó|rán?|mente)"
    r"|obliga|fija|regula|define|consagra|determina|contempla|prohíbe|prohibe|permite|autoriza|faculta|indica|crea"
    r"|impone|asigna|atribuye|reconoce|otorga|dice|precisa|desarrolla|reglamenta|modifica|adiciona|deroga|sustituye"
    r"|trata|exceptúa|exceptua|excluye|incluye|contiene|prescribe|estipula|limita|remite|enumera|ha|fue|debe|puede"
    r"|está|sigue|también|además|tampoco)(?![a-záéíóúüñ])"
)
#: Words that may follow a pronoun-like "la primera" ("del artículo 24 de la primera y …"); any other word makes it
#: an adjective of a noun ("de la primera instancia", "del segundo inciso"). Lower-case look-ahead.
_NO_NOUN_AFTER = (
    r"(?=[ \t]*(?:[^\sa-záéíóúüñ]|\n|\Z)|[ \t]+(?:y|e|o|u|ni|en|que|se|a|al|del|de|con|para|por|sobre|sin|como|no"
    r"|lo|le|les|las|los|son|es|establece|dispone|prevé|preve|señala|exige|ordena)(?![a-záéíóúüñ])|[ \t]+"
    + _VERB_AFTER
    + r")"
)


def build_bare_kind_re() -> re.Pattern[str]:
    """A norm word alone (no number, no name) at the current position: the head of a bare anaphora ("dicha ley",
    "el citado decreto", "la ley en cita")."""
    return re.compile(rf"(?P<kind>{alternation(list(ANAPHORIC_KINDS[:-2]))})(?![{LETTER}])")


def build_anaphoric_before_re() -> re.Pattern[str]:
    """An anaphoric adjective right before a norm or unit word, at the end of a look-back ("dicha ", "el citado ")."""
    adj = alternation(sorted(ANAPHORIC_ADJECTIVES, key=len, reverse=True))
    return re.compile(rf"(?<![{LETTER}])(?P<adj>{adj})[ \t]+\Z")


def build_demonstrative_before_re() -> re.Pattern[str]:
    """A singular demonstrative right before a norm word, at the end of a look-back ("ese ", "esa ", "aquella ")."""
    return re.compile(rf"(?<![{LETTER}])(?P<dem>ese|esa|aquel|aquella)[ \t]+\Z")


def build_qualifier_after_re() -> re.Pattern[str]:
    """What makes "ese decreto" another norm than the one named before: a relative clause or a complement right after
    the norm word ("ese decreto que se expida", "esa ley de la República", "aquel acuerdo por expedir")."""
    return re.compile(rf"[ \t]*,?[ \t]*(?:que|de|del|por|a|para|cuy[oa]s?|donde)(?![{LETTER}])")


#: Participles that name the provision under review in a constitutionality (or annulment) ruling.
REVIEWED_PARTICIPLES = r"(?:acusad|demandad|impugnad)[oa]s?"


def build_reviewed_tail_re() -> re.Pattern[str]:
    """After a unit, the provision under review: " acusado" ("el artículo 12 acusado"), or " de la disposición
    demandada" / " de la norma acusada" / " del artículo impugnado" / " del precepto acusado" (lower-case)."""
    return re.compile(
        rf"[ \t]+(?P<part>{REVIEWED_PARTICIPLES})(?![{LETTER}])"
        rf"|[ \t]*,?[ \t]*(?:del|de[ \t]+la)[ \t]+(?:disposici[óo]n|norma|precepto|art[íi]culo"
        rf"|(?P<whole>{REVIEWED_NORM_NOUNS}))[ \t]+{REVIEWED_PARTICIPLES}(?![{LETTER}])"
    )


#: Nouns of a whole norm that a participle names as the act under review ("el decreto acusado", "la resolución
#: demandada", "el acto administrativo impugnado").
REVIEWED_NAMED_NOUNS = r"decreto|ley|resoluci[óo]n|acuerdo|ordenanza|circular"
REVIEWED_NORM_NOUNS = REVIEWED_NAMED_NOUNS + r"|acto(?:[ \t]+administrativo)?"


def build_bare_reviewed_before_re() -> re.Pattern[str]:
    """ "… la norma acusada desarrolla …": the noun before a singular participle of review, at the end of a look-back
    (lower-case): with no unit before it, the phrase names the act under review itself. Not "el acto demandado" alone
    (the claim's act described, as "del análisis del acto demandado": no set annotates it; after a unit it still is
    the act under review, see build_reviewed_tail_re)."""
    nouns = REVIEWED_NAMED_NOUNS
    return re.compile(rf"(?<![{LETTER}])(?:el|la|esta|este)[ \t]+(?P<noun>norma|disposici[óo]n|{nouns})[ \t]+\Z")


def build_against_before_re() -> re.Pattern[str]:
    """ "Demanda de inconstitucionalidad contra el artículo 12 (parcial) de …", "solicitó declarar la nulidad del Decreto
    0415 de 2025", "solicitó la suspensión provisional (de los efectos) de la Resolución …", "suspender
    provisionalmente el Decreto …", "Acto demandado: Decreto 0917 de 2026": "contra", "nulidad del/de la", a
    provisional suspension (the claim of an auto) or a demanda's header label right before a citation, at the end of
    a look-back of AGAINST_REACH characters (lower-case): the citation names the provision under review (the object of
    the claim)."""
    art = r"(?:(?:el|la|los|las)[ \t]+)?"
    of = r"(?:del|de[ \t]+l[oa]s?)[ \t]+"
    effects = r"efectos[ \t]+(?:jur[íi]dicos[ \t]+)?"
    # the label of a demanda's header ("Acto demandado: Decreto 0917 de 2026", "Norma acusada: …")
    label = (
        rf"(?:actos?(?:[ \t]+administrativos?)?|normas?|disposici[óo]n(?:es)?)[ \t]+{REVIEWED_PARTICIPLES}[ \t]*:[ \t]*"
    )
    return re.compile(
        rf"(?<![a-záéíóúüñ])(?:contra[ \t]+{art}|nulidad[ \t]+{of}"
        rf"|suspensi[óo]n[ \t]+provisional[ \t]+(?:de[ \t]+(?:los[ \t]+)?{effects})?{of}"
        rf"|suspender[ \t]+provisionalmente[ \t]+(?:los[ \t]+{effects}{of})?{art}|{label})\Z"
    )


#: How far before a citation AGAINST_BEFORE_RE looks ("suspensión provisional de los efectos jurídicos de la ").
AGAINST_REACH = 56


def build_anaphoric_after_re() -> re.Pattern[str]:
    """An anaphoric phrase right after a norm or bare unit word ("ley en cita", "artículo citado", "decreto antes
    mencionado")."""
    return re.compile(rf"[ \t]+(?:{ANAPHORIC_POSTPOSED})(?![{LETTER}])")


def build_elliptic_re() -> re.Pattern[str]:
    """After a norm, the next member of an elliptic chain: "; 14 de la Ley 790", ", 45 de la …", " y 96 de la …"."""
    return re.compile(r"[ \t]*[,;][ \t]*(?:(?:y|e)\s+)?(?=\d)|\s+(?:y|e)\s+(?=\d)")


def build_plural_more_re() -> re.Pattern[str]:
    """After "Leyes 812 de 2003": ", 1151 de 2007", " y 1753 de 2015"."""
    return re.compile(r"[ \t]*,[ \t]*(?:(?:y|e)\s+)?(?=\d)|\s+(?:y|e)\s+(?=\d)")


#: The prefixes of the ids of the Consejo Superior de la Judicatura and its Consejos Seccionales (lower-case regex):
#: "PSAA06-3334" (Presidencia de la Sala Administrativa), "PCSJA20-11567" (Presidencia del Consejo Superior, acuerdo),
#: "PCSJC20-11" (its circular), "CSJANTA17-123" (a Consejo Seccional: "CSJ" and its seat).
JUDICIAL_ID_PREFIX = r"psaa|pcsj[ac]|csj[a-z]{2,8}"


def build_judicial_id_re() -> re.Pattern[str]:
    """A Judicatura id written as the issuer glued to its number, at the acronym: the two-digit year, a hyphen and the
    sequential number ("pcsja20-11567"); lower-cased text (the parser checks the capitals)."""
    return re.compile(rf"(?:{JUDICIAL_ID_PREFIX})(?P<yy>\d\d)-(?P<num>\d{{1,6}})(?![\d\-])")


def build_judicial_more_re() -> re.Pattern[str]:
    """After "Acuerdos PCSJA20-11567": another id of the list, " y PCSJA20-11632", ", PSAA16-10476" (the member
    starts at the id)."""
    return re.compile(rf"(?:[ \t]*,[ \t]*(?:(?:y|e)\s+)?|\s+(?:y|e)\s+)(?=(?:{JUDICIAL_ID_PREFIX})\d\d-\d)")


def build_siblings_after_re() -> re.Pattern[str]:
    """ " y siguientes" after an article number ("artículos 63 y siguientes", "arts. 2.1.1.2.1.1 y ss.")."""
    return re.compile(r"\s+y\s+(?:siguientes(?![" + LETTER + r"])|ss\.|sigs\.)")


def build_attached_re() -> re.Pattern[str]:
    """A comma before a unit attached to one designator ("artículo 150, numeral 10, de …")."""
    return re.compile(r"[ \t]*[,.]?[ \t]*")


#: Characters that may precede a heading of the document's own provisions on its line (Markdown marks, quotes).
HEADING_PREFIX_CHARS = frozenset(" \t#>*_\"“”'«»-–—")


def build_heading_prefix_re() -> re.Pattern[str]:
    """A run of :data:`HEADING_PREFIX_CHARS` (the parser walks back over them; the regex states the same set)."""
    return re.compile(r"[ \t#>*_\"“”'«»\-–—]*")


def build_heading_after_re() -> re.Pattern[str]:
    """What follows the label of a heading: ".", ":", a dash, the end of the line, or a capitalised epigraph."""
    return re.compile(r"[ \t]*(?:\*+[ \t]*)?(?:[.:;\-–—]|\n|\Z|\*)|[ \t]+[A-ZÁÉÍÓÚÑ]{2}")


def build_note_re() -> re.Pattern[str]:
    """A compiler's note on one line: ``<Artículo modificado por …>``."""
    return re.compile(r"<[^<>\n]*>")


def build_unit_after_norm_re() -> re.Pattern[str]:
    """Between a norm and a unit written after it ("Constitución Política en su artículo 2º", "Ley 1712 del 2014,
    parágrafo 3 del artículo 9", and with blanks only, group ``blank``, "Ley 1712 de 2014 art. 9"), on one line. Group
    ``poss``: "en su(s)" (after a comma, the parser reads the unit as a reference of its own); group ``rel``: the
    relative "cuyo/cuya/cuyos/cuyas" ("Ley Estatutaria 1266 de 2008, cuyo artículo 13 …"), which always starts a new
    reference to the norm just named (the norm's own reference ends at its year)."""
    return re.compile(
        r"(?:[ \t]*,)?[ \t]+(?:(?P<poss>en[ \t]+sus?)|(?P<rel>cuy[oa]s?))[ \t]+|[ \t]*,[ \t]*"
        r"|(?P<blank>[ \t]+)(?=(?:arts?\.|n[úu]ms?\.|lits?\.|pars?\.|incs?\.|art[íi]culos?|numeral|literal|par[áa]grafo|inciso)"
        r"[ \t])"
    )


def build_paren_unit_re() -> re.Pattern[str]:
    """An opening parenthesis right after a citation, before a unit ("… Ley 1753 de 2015 (par. 4: …)")."""
    return re.compile(r"[ \t]*\([ \t]*")


def build_paren_close_re() -> re.Pattern[str]:
    """What may follow a unit in parentheses for it to be an elliptic pointer: ")", ":", ";", ","."""
    return re.compile(r"[ \t]*[):;,]")


def build_note_label_after_re() -> re.Pattern[str]:
    """After a unit that labels a validity note: a participle ("modificado", "adicionados") or "por el/la" ("par. 9
    por el art. 1 del Decreto …"), optionally after a comma or a short clause between commas, as Senate
    jurisprudence lines write them ("- Artículos 13 a 33, en su texto original, declarados INEXEQUIBLES …", "- Título
    II, con la sustitución efectuada por la Ley 1755 de 2015, revisado en control previo …")."""
    parts = alternation([*NOTE_PARTICIPLES, "revisad"])
    return re.compile(
        rf"(?:[ \t]*,(?:[ \t]*[^,.;:\n<>]{{1,80}},)?)?[ \t]+(?:{parts})[oa]s?(?![{LETTER}])"
        rf"|[ \t]+por[ \t]+(?:el|la|los|las)[ \t]"
    )


def build_run_in_heading_after_re(punct: bool) -> re.Pattern[str]:
    """After the label of a heading run into a line ("… ACUERDA TÍTULO I DISPOSICIONES …", "· CAPITULO II-INFORMACIÓN",
    "… pública Artículo 1°. Objeto …"): "." / ":" and/or a dash (required when ``punct``: a label written in small
    letters, "Artículo 1°. Objeto"), then a capital letter, a bullet, a table bar, ">" or the end of the line."""
    end = r"(?:[A-ZÁÉÍÓÚÑ\"“·|>]|\n|\Z)"
    if punct:
        return re.compile(rf"[ \t]*(?:[.:][ \t]*(?:[-–—][ \t]*)?|[-–—][ \t]*){end}|[ \t]*(?:\n|\Z)")
    return re.compile(rf"(?:[ \t]*[.:])?[ \t]*(?:[-–—][ \t]*)?{end}")


def build_self_name_before_re() -> re.Pattern[str]:
    """The title formula that issues the document itself, right before its own name ("Por medio del cual se expide el
    Decreto Único Reglamentario del Sector …", "por la cual se expide el Código General del Proceso", "se compila y
    actualiza el Estatuto Tributario del Distrito …"). Group ``update``: "se actualiza el …" alone, the document's own
    name only when a territory is in or right after the name (:data:`TERRITORY_AFTER_RE`: "… del Municipio de …"); elsewhere it
    updates another norm ("se actualiza el Código Penal")."""
    return re.compile(
        r"(?:se[ \t]+(?:expiden?|adoptan?|compilan?)(?:[ \t]+y[ \t]+(?:se[ \t]+)?actualizan?)?|exp[íi]dese|ad[óo]ptase"
        r"|comp[íi]lase|(?P<update>se[ \t]+actualizan?))[ \t]+(?:el|la|los|las)[ \t]+\Z"
    )


def build_possessive_before_re() -> re.Pattern[str]:
    """ "su"/"sus"/"cuyo"/"cuyas" right before a unit ("Su artículo 147 fija …", "…, cuyos artículos 68 y 69"): the
    unit of a norm just named."""
    return re.compile(rf"(?<![{LETTER}])(?:sus?|cuy[oa]s?)[ \t]+\Z")


def build_relative_noun_before_re() -> re.Pattern[str]:
    """ "cuyo"/"cuyas" and a short noun phrase before a unit ("…, cuyas excepciones de los artículos 18 y 19", "cuyo
    régimen de transición del artículo 5"): the unit of the norm just named. At most three plain words; at the end of
    a look-back."""
    return re.compile(
        rf"(?<![{LETTER}])cuy[oa]s?(?:[ \t]+[{LETTER}]+){{1,3}}[ \t]+(?:del|de(?:[ \t]+l[oa]s?)?|en[ \t]+(?:el|la|los|las))"
        r"[ \t]+\Z"
    )


#: Head words of named instruments that are no Colombian norm of the contract's types ("Convención sobre los Derechos
#: de las Personas con Discapacidad", "Reglamento General de Protección de Datos de la Unión Europea", "Pacto
#: Internacional de Derechos Civiles y Políticos"): typed "otro" when a unit cites them.
INSTRUMENT_HEADS = (
    r"Convenci[óo]n",
    r"Convenio",
    r"Pacto",
    r"Tratado",
    r"Protocolo",
    r"Declaraci[óo]n",
    r"Reglamento",
    r"Carta",
    r"Directiva",
)


def build_instrument_re() -> re.Pattern[str]:
    """A named instrument after a unit ("artículo 9 de la Convención sobre los Derechos de …"), on the ORIGINAL text:
    a head word, then capitalised words joined by particles (also "sobre", "con", "contra", "entre", "relativo a"),
    at most 14 words, each consumed once (linear), and the period that names an agreement ("… de Trabajo 2023-2026")."""
    stop = "|".join(GENERIC_NAME_STOPWORDS)
    cap_word = rf"(?!(?:{stop})\b)[A-ZÁÉÍÓÚÑ][{LETTER}A-ZÁÉÍÓÚÑ]+"
    conn = r"(?:de|del|la|las|los|lo|y|e|para|el|en|al|sobre|con|contra|entre|relativ[oa]s?|a)"
    heads = alternation(list(INSTRUMENT_HEADS))
    # the period an agreement between parties is named by ("cláusula 18 de la Convención Colectiva de Trabajo
    # 2023-2026"): part of its name
    period = r"(?:[ \t]+(?:19|20)\d\d(?:[ \t]?[-–][ \t]?(?:19|20)\d\d)?(?![\d\-–]))?"
    # a name ending in an enumeration of plural capitalised words ("Pacto Internacional de Derechos Económicos, Sociales
    # y Culturales"): the commas belong to the name only when the words agree in the plural and "y"/"e" closes the list
    # (not "… de la Convención de Viena, Colombia y Perú firmaron")
    plural = rf"(?!(?:{stop})\b)[A-ZÁÉÍÓÚÑ][{LETTER}A-ZÁÉÍÓÚÑ]*s(?![{LETTER}])"
    listed = rf"(?:(?<=s)(?:[ \t]*,[ \t]+{plural}){{1,4}}[ \t]+(?:y|e)[ \t]+{plural})?"
    return re.compile(rf"{heads}(?:(?:[ \t]+{conn}){{0,3}}[ \t]+{cap_word}){{1,14}}{listed}{period}")


def build_alias_definition_re() -> re.Pattern[str]:
    """The short name a text defines for a norm it has just cited, inside the parenthesis after it ("Decreto 1082 de 2015
    (en adelante, DUR 1082)", "… Administración Pública (en adelante, EGCAP)", "(en lo sucesivo «EOSF»)"), on the
    ORIGINAL text: an acronym (two capitals or more), optionally with a number; the group ``alias``."""
    return re.compile(
        r"(?i:en[ \t]+adelante|en[ \t]+lo[ \t]+sucesivo)(?:[ \t]+(?i:denominad[oa]|llamad[oa]))?[ \t]*[,:]?[ \t]*"
        r"(?:(?i:el|la|los|las)[ \t]+)?[\"“«']?"
        r"(?P<alias>[A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑáéíóúñ]{0,10}[A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑáéíóúñ]{0,10}(?:[ \t]\d{1,5})?)"
        r"[\"”»']?[ \t]*\)"
    )


def build_self_mention_re() -> re.Pattern[str]:
    """The citing document named between an antecedent and a possessive ("la presente ley", "este decreto", "el
    proyecto de ley")."""
    kinds = alternation(list(SELF_KINDS))
    return re.compile(rf"(?<![{LETTER}])(?:(?:presente|esta|este)[ \t]+{kinds}|proyectos?[ \t]+de)(?![{LETTER}])")


def build_superior_re() -> re.Pattern[str]:
    """ "artículo 311 superior", "artículos 25 y 53 superiores", "artículo 154 constitucional": how rulings and
    statements of reasons name the Constitution after an article (never the comparative "superior a/al")."""
    return re.compile(
        rf"(?:[ \t]*,)?[ \t]+(?P<w>superior(?:es)?(?![{LETTER}])(?!\s+(?:a|al)\s)|constitucional(?:es)?(?![{LETTER}]))"
    )


#: Short verbs of a norm that is the subject of its sentence, before the unit it holds the rule in ("la Ley 1801 de
#: 2016, Código …, en los numerales 2 y 6 del artículo 146, tipifica …", "el Decreto 1079 de 2015, …, compila en la
#: Sección 2 …").
INSERTED_UNIT_VERBS = (
    r"compila|establece|dispone|regula|prev[ée]|contempla|consagra|se[ñn]ala|define|fija|recoge|incluye|contiene"
)


def build_inserted_unit_re() -> re.Pattern[str]:
    """After a norm (and its appositive name), an inserted phrase that opens with a unit of that norm: ", en los
    numerales …", ", compila en la Sección …" (lower-case; the unit word follows the match)."""
    return re.compile(
        rf"[ \t]*,[ \t]*(?:(?:{INSERTED_UNIT_VERBS})[ \t]+)?en[ \t]+(?:el|la|los|las)[ \t]+(?=[{LETTER}])"
    )


def build_subject_before_re() -> re.Pattern[str]:
    """What stands right before a norm that opens its sentence or clause, at the end of a look-back (lower-case):
    a sentence or clause start, or "que", and the article ("Que la Ley 1801 …", ". El Decreto 1079 …")."""
    return re.compile(rf"(?:\A|[.;:\n][ \t]*|(?<![{LETTER}])que[ \t]+)(?:el|la)[ \t]+\Z")


def build_inserted_unit_after_re() -> re.Pattern[str]:
    """After the unit of an inserted phrase: a comma, or the verb or object of the sentence, never a connector that
    would give the unit a norm of its own ("de", "del", "ibídem")."""
    return re.compile(rf"[ \t]*,|[ \t]+(?!(?:de|del|ibídem|ibidem)(?![{LETTER}]))[{LETTER}]")


def build_bare_carta_re() -> re.Pattern[str]:
    """ "la Carta" alone after a unit ("artículo 83 de la Carta"), on the ORIGINAL text: capitalised, and not "Carta de
    X"/"Carta del X" (another instrument, or a letter)."""
    return re.compile(r"Carta(?![\w])(?![ \t]+(?:de|del|[A-ZÁÉÍÓÚÑ])[\w ])")


def build_acronym_before_re() -> re.Pattern[str]:
    """A norm abbreviation written BEFORE its unit ("C.P., art. 25", "(E.T. art. 240"), at the end of a look-back
    window of the ORIGINAL text."""
    alts = "|".join(re.escape(a) for a in sorted(UNIT_ACRONYMS, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z0-9ÁÉÍÓÚÑáéíóúñ.])(?P<acr>{alts})[ \t]*(?:,[ \t]*)?\Z")


def build_comma_acronym_re() -> re.Pattern[str]:
    """A norm abbreviation after a comma, closing a unit chain ("art. 13, inc. 3, C.P."), on the ORIGINAL text."""
    alts = "|".join(re.escape(a) for a in sorted(UNIT_ACRONYMS, key=len, reverse=True))
    return re.compile(rf"[ \t]*,[ \t]*(?P<acr>{alts})(?![A-Za-z0-9ÁÉÍÓÚÑáéíóúñ])")


def build_concordance_semi_re() -> re.Pattern[str]:
    """ "; " before a unit on a Senate concordance line ("Ley 80 de 1993; Art. 8o. Num. 1o. Lit. j)", "Decreto 1078 de
    2015; Título 9, Parte 2, Libro 2"): the parser then wants a unit group there."""
    return re.compile(r"\.?[ \t]*;[ \t]*(?=[a-zí])")


def build_secondary_before_re() -> re.Pattern[str]:
    """A norm named as the modifier of another ("la Ley 1341 de 2009, modificada por la Ley 1978 de 2019"): a
    secondary mention that does not replace the antecedent of "la misma ley"; so is the law that granted the powers a
    decree was issued with ("… en ejercicio de las facultades conferidas por el artículo 11 de la Ley 29 de 1990").
    Searched at the end of a look-back."""
    parts = alternation([*NOTE_PARTICIPLES, "conferid", "otorgad", "concedid"])
    return re.compile(
        rf"(?<![{LETTER}])(?:{parts}[oa]s?|{PARTICIPLE_ABBREVIATIONS})(?:[ \t]+parcialmente)?[ \t]+(?:por|mediante)[ \t]+"
        r"(?:(?:el|la|los|las)[ \t]+)?\Z"
    )


#: Abbreviated participles of validity notes and case notes ("mod. por el art. 93 de la Ley 1474 de 2011", "adic. por",
#: "derog. por"), lower-case regex.
PARTICIPLE_ABBREVIATIONS = r"(?:mod(?:if)?|adic|sust|subr|der(?:og)?|reglam|corr)\."


#: Amending verbs in the active voice, present or preterite ("modifica", "reglamentó"), lower-case regex.
ACTIVE_AMEND_VERBS = (
    r"modific(?:a|an|[óo]|aron)|adicion(?:a|an|[óo]|aron)|derog(?:a|an|[óo]|aron)|sustitu(?:ye|yen|y[óo]|yeron)"
    r"|subrog(?:a|an|[óo]|aron)|reform(?:a|an|[óo]|aron)|reglament(?:a|an|[óo]|aron)"
)


def build_active_amend_before_re() -> re.Pattern[str]:
    """An amending verb in the active voice right before the norm it acts on ("… y modifica el Código Nacional de
    Tránsito", "que reglamentó la Ley 1150"), at the end of a look-back: that norm is the object of the sentence."""
    return re.compile(rf"(?<![{LETTER}])(?:{ACTIVE_AMEND_VERBS})[ \t]+(?:el|la|los|las)[ \t]+\Z")


def build_acts_on_gap_re() -> re.Pattern[str]:
    """The whole gap between a norm and an anaphora is its amending verb ("la Ley 2195 de 2022 modificó dicha ley"): the
    norm acts on the one the anaphora names, so that is another norm (a norm does not amend itself)."""
    return re.compile(
        rf"[ \t]*,?[ \t]*(?:{ACTIVE_AMEND_VERBS})(?:[ \t]+(?:parcialmente|expresamente))?[ \t]+"
        r"(?:(?:el|la|los|las)[ \t]+)?\Z"
    )


def build_repealed_before_re() -> re.Pattern[str]:
    """A repealing verb in the active voice right before the norm it repeals, at the end of a look-back, maybe with the
    unit that repeals it set off by commas ("la Resolución 165 de 2023 … derogó, en su artículo 88, la Resolución 42 de
    2020"): the repealed norm is the object, not the subject the text goes on about."""
    return re.compile(
        rf"(?<![{LETTER}])derog(?:a|an|[óo]|aron)(?:[ \t]*,[^,;.\n]{{1,40}},)?[ \t]+(?:el|la|los|las)[ \t]+\Z"
    )


def build_slash_year_re() -> re.Pattern[str]:
    """The year after a slash, right after a norm number: "Ley 80/93", "Decreto 1082/2015"."""
    return re.compile(r"/(?P<yy>\d{4}|\d{2})(?![\d/])")


def build_relative_suffix_re() -> re.Pattern[str]:
    return re.compile(
        r"[ \t]+(?P<rel>" + "|".join(sorted(RELATIVE_SUFFIXES, key=len, reverse=True)) + rf")(?![{LETTER}])"
    )


MONTHS = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"

#: Labels of a case number in rulings and autos ("exp.", "expediente", "rad.", "radicado", "radicación número:").
CASE_NUMBER_LABELS: tuple[str, ...] = (
    r"exps?\.",
    r"expedientes?",
    r"rads?\.",
    r"radicados?",
    r"radicaci[óo]n",
    r"proceso",
)


def build_dated_ruling_re() -> re.Pattern[str]:
    """A ruling or auto identified by its date and case number, as the Consejo de Estado's are cited ("sentencia del 3
    de mayo de 2018, exp. 45123", "auto de 12 de junio de 2019, C.P. Ana Pérez, Rad. 11001-03-26-000-2016-00123-00
    (57.123)", "Sentencia de unificación del 25 de septiembre de 2013 (exp. 25.363)", "sentencia de la Sección Primera
    del 22 de septiembre de 2022, radicado 11001-03-24-000-2017-00352-00", "sentencia de unificación 2020CE-SUJ-4-005
    del 26 de noviembre de 2020"), on lower-cased text. The date
    gives the year; the action's acronym glued to the case number ("…-01(AP)") is part of it; without a case number the
    pattern does not match (the case's own acts, "la sentencia del 9 de
    septiembre de 2020, proferida por el Tribunal", are no citations). Every part is bounded: linear time."""
    labels = alternation(list(CASE_NUMBER_LABELS))
    day = r"(?:\d{1,2}|1o|1º|primero)"
    # what identifies the ruling after its date: a case number after its label, or the chamber that gave it
    tail = (
        rf"(?:(?:[ \t]*[,(][ \t]*|[ \t]+)(?:{labels})(?:[ \t]+(?:n[úu]mero|no\.|nro\.?|n\.?[ \t]?[º°o]\.?))?[ \t]*:?[ \t]*"
        r"(?P<case>\d[\d.\-–]{1,40}\d(?:[ \t]*\([ \t]*\d[\d.\-]{0,12}[ \t]*\))?"
        # the action's acronym after the radicado ("-2016-01215-01(AP)", "(ACU)", "(REV)"): part of the case number
        rf"(?:[ \t]?\([a-z]{{2,5}}\)(?![{LETTER}]))?)(?![\d])"
        rf"|(?P<chamber>{COURT_CHAMBER}))"
    )
    return re.compile(
        r"(?:sentencias?|autos?|providencias?|fallos?)"
        r"(?:[ \t]+de[ \t]+(?:unificaci[óo]n|tutela|constitucionalidad)(?:[ \t]+jurisprudencial)?)?"
        # the Consejo de Estado's id of a unification ruling before its date ("sentencia de unificación
        # 2020CE-SUJ-4-005 del 26 de noviembre de 2020", "… SUJ-012-S2 del 18 de julio de 2018", the chamber's code
        # last): it identifies the ruling, no case number is needed after
        r"(?P<uid>[ \t]+(?:(?:19|20)\d\dce-)?su[jp]-\d{1,4}(?:-[a-z]{0,2}\d{1,4}){1,2}(?![\d\-]))?"
        # the chamber that gave it, before the date ("sentencia de la Sección Primera del 22 de septiembre de 2022")
        r"(?:[ \t]+de[ \t]+la[ \t]+(?:secci[óo]n[ \t]+(?:primera|segunda|tercera|cuarta|quinta)"
        r"(?:[ \t]*,?[ \t]+subsecci[óo]n[ \t]+[abc](?![a-záéíóúüñ]))?|sala[ \t]+plena)"
        # … or the court, then its chamber after commas ("sentencia del Consejo de Estado, Sección Tercera, del 28 de
        # julio de 2011, radicado …")
        r"|[ \t]+del[ \t]+consejo[ \t]+de[ \t]+estado(?:[ \t]*,[ \t]*secci[óo]n[ \t]+(?:primera|segunda|tercera|cuarta"
        r"|quinta)(?:[ \t]*,[ \t]*subsecci[óo]n[ \t]+[abc](?![a-záéíóúüñ]))?)?)?"
        r"(?:[ \t]*,)?[ \t]+(?:(?:de|del)[ \t]+(?:fecha[ \t]+)?|proferid[oa][ \t]+el[ \t]+)?"
        rf"{day}[ \t]+de[ \t]+(?:{MONTHS})[ \t]+(?:de|del)[ \t]*(?P<year>1[89]\d\d|20\d\d)(?!\d)"
        r"(?:[ \t]*,[ \t]*(?:c\.[ \t]?p\.|consejer[oa][ \t]+ponente|m\.[ \t]?p\.)[ \t]*:?[^\n,;()]{3,60}?)?"
        # the tail, required unless the id was written: no case number and no chamber, no match
        rf"{tail}?(?(uid)|(?(case)|(?(chamber)|(?!))))"
    )


#: The chamber of a high court after a ruling's date, which identifies the ruling as a case number does ("sentencia de
#: unificación del 11 de agosto de 2020 de la Sección Segunda", "…, Sala de Casación Laboral de la Corte Suprema de
#: Justicia"), lower-case regex.
COURT_CHAMBER = (
    r"[ \t]*,?[ \t]+(?:de[ \t]+la[ \t]+)?(?:secci[óo]n[ \t]+(?:primera|segunda|tercera|cuarta|quinta)"
    r"|sala[ \t]+plena|sala[ \t]+de[ \t]+(?:consulta[ \t]+y[ \t]+servicio[ \t]+civil|casaci[óo]n[ \t]+(?:civil|laboral|penal)))"
    r"(?:[ \t]+(?:del[ \t]+consejo[ \t]+de[ \t]+estado|de[ \t]+la[ \t]+corte[ \t]+suprema[ \t]+de[ \t]+justicia))?"
    r"(?![a-záéíóúüñ])"
)


def build_andean_tail_re() -> re.Pattern[str]:
    """The issuer that is part of an Andean decision's name: " de la Comisión de la Comunidad Andina", " del Acuerdo
    de Cartagena", " de la Comunidad Andina de Naciones"."""
    return re.compile(
        r"[ \t]*,?[ \t]+(?:de[ \t]+la|del)[ \t]+(?:comisi[óo]n[ \t]+(?:de[ \t]+la[ \t]+comunidad[ \t]+andina"
        r"|del[ \t]+acuerdo[ \t]+de[ \t]+cartagena)|comunidad[ \t]+andina|acuerdo[ \t]+de[ \t]+cartagena)"
        r"(?:[ \t]+de[ \t]+naciones)?(?:[ \t]*\((?:can|ccan)\))?"
    )


def build_defined_as_re() -> re.Pattern[str]:
    """The close of an appositive that defines a short name, inside parentheses after a norm ("…, en adelante
    CPACA)", "; en lo sucesivo, el «Estatuto»)"), on lower-cased text."""
    return re.compile(
        r"[ \t]*[,;]?[ \t]*(?:en[ \t]+adelante|en[ \t]+lo[ \t]+sucesivo|en[ \t]+adelante[ \t]+denominad[oa])"
        r"[ \t]*[,:]?[ \t]*(?:(?:el|la|los|las)[ \t]+)?[\"“«']?[\w.\-]{2,24}[\"”»']?[ \t]*\)"
    )


#: Words that open a Senate label line outside ``< >`` ("- Inciso adicionado al numeral 1 por …", "Aparte subrayado
#: del numeral 7 declarado EXEQUIBLE …", "Texto modificado del literal c) …").
LABEL_LINE_WORDS: tuple[str, ...] = (
    r"incisos?",
    r"apartes?",
    r"expresi[óo]n(?:es)?",
    r"textos?",
    r"frases?",
    r"palabras?",
    r"par[áa]grafos?",
    r"numerales?",
    r"literales?",
    r"ordinales?",
    r"art[íi]culos?",
    r"oraci[óo]n(?:es)?",
)


def build_label_line_head_re() -> re.Pattern[str]:
    """The start of a Senate label line up to a unit word, on lower-cased text: the label word, at most four plain
    words (no punctuation: "Parágrafo. Lo dispuesto en el…" is prose), then "al"/"del"/"de la"/"en el"."""
    words = alternation(list(LABEL_LINE_WORDS))
    return re.compile(
        rf"[ \t\-–—•*·]*{words}(?:[ \t]+[{LETTER}0-9º°]+){{0,4}}[ \t]+(?:al|del|de[ \t]+la|a[ \t]+la|en[ \t]+el)[ \t]+"
    )


def build_own_heading_label_re() -> re.Pattern[str]:
    """The label that opens the heading of one of the document's own articles, up to its epigraph ("ARTÍCULO 1o.
    FINALIDAD …", "### Artículo 5. "), on lower-cased text at a line start."""
    return re.compile(r"[ \t#*\"“]*art[íi]culo[ \t]+\d{1,4}[a-z]?(?:[ \t]?[oº°])?[ \t]*[.:\-–—][ \t]*")


def build_focus_gap_re() -> re.Pattern[str]:
    """Between a norm and a unit of it singled out after a comma ("Decreto 1078 de 2015, en especial el Título 9 de la
    Parte 2 del Libro 2", "Ley 1581 de 2012, particularmente los artículos 4 y 5"), on lower-cased text (fullmatch)."""
    return re.compile(
        r"[ \t]*,[ \t]*(?:en[ \t]+especial|en[ \t]+particular|especialmente|particularmente|principalmente"
        r"|sobre[ \t]+todo|concretamente|en[ \t]+concreto)(?:[ \t]*,)?[ \t]+(?:(?:en[ \t]+)?(?:el|la|los|las)[ \t]+)?"
    )


def build_court_after_re() -> re.Pattern[str]:
    """After "Sección Tercera"/"Subsección B": the court it divides ("del Consejo de Estado", "de esta Corporación",
    ", Subsección A"), on lower-cased text."""
    return re.compile(
        r"[ \t]*(?:,[ \t]*subsecci[óo]n|,[ \t]*sala|[ \t]+(?:del[ \t]+consejo[ \t]+de[ \t]+estado|del[ \t]+tribunal"
        r"|de[ \t]+(?:la|esta|esa)[ \t]+(?:corporaci[óo]n|sala|corte)|de[ \t]+lo[ \t]+contencioso))"
    )


def build_bis_re() -> re.Pattern[str]:
    """ " bis", " ter", " quáter" after a designator ("Título VII bis", "artículo 27 bis")."""
    return re.compile(rf"[ \t]+(?:bis|ter|qu[áa]ter)(?![{LETTER}])")


def build_lower_roman_re() -> re.Pattern[str]:
    """A lower-case Roman sub-numeral closed by a parenthesis ("iii)", "(iv)", "v)"), as sub-numerals of a literal
    are written; the parenthesis is what tells it from a word."""
    return re.compile(r"\(?(?=[ivxl])(?:x{0,3}|xl|l)(?:ix|iv|v?i{0,3})\)")


# ---------------------------------------------------------------------------------------------------------------
# Compiled
# ---------------------------------------------------------------------------------------------------------------

_UNIT_COMPILED = [(re.compile(p), u) for p, u in UNIT_WORDS]
NORM_TYPES_BY_GROUP = {f"k{i}": t for i, (_, t) in enumerate(NORM_KINDS)}
NAMED_TYPES_BY_GROUP = {f"n{i}": t for i, (_, t) in enumerate(NAMED_NORMS)}

TRIGGER_RE = build_trigger_re()
UNIT_RE = build_unit_re()
NORM_KIND_RE = build_norm_kind_re()
NORM_NUMBER_RE = build_norm_number_re()
ACRONYM_BETWEEN_RE = build_acronym_between_re()
YEAR_RE = build_year_re()
SENTENCIA_RE = build_sentencia_re()
SENTENCIA_MORE_RE = build_sentencia_more_re()
NAMED_RE = build_named_re()
GENERIC_NAMED_RE = build_generic_named_re()
ACRONYM_RE = build_acronym_re()
UNIT_ACRONYM_RE = build_unit_acronym_re()
DIRECT_NORM_RE = build_direct_norm_re()
DESIGNATOR_RES: dict[str, re.Pattern[str]] = build_designator_res()
SEPARATOR_RE = build_separator_re()
NEST_RE = build_nest_re()
SIBLING_RE = build_sibling_re()
NORM_CONNECTOR_RE = build_norm_connector_re()
SELF_TAIL_RE = build_self_tail_re()
ANAPHORIC_TAIL_RE = build_anaphoric_tail_re()
ELLIPTIC_RE = build_elliptic_re()
PLURAL_MORE_RE = build_plural_more_re()
JUDICIAL_ID_RE = build_judicial_id_re()
JUDICIAL_PREFIX_RE = re.compile(JUDICIAL_ID_PREFIX)
JUDICIAL_MORE_RE = build_judicial_more_re()
SIBLINGS_AFTER_RE = build_siblings_after_re()
ATTACHED_RE = build_attached_re()
HEADING_PREFIX_RE = build_heading_prefix_re()
HEADING_AFTER_RE = build_heading_after_re()
NOTE_RE = build_note_re()
RELATIVE_SUFFIX_RE = build_relative_suffix_re()
SUPERIOR_RE = build_superior_re()
INSERTED_UNIT_RE = build_inserted_unit_re()
SUBJECT_BEFORE_RE = build_subject_before_re()
INSERTED_UNIT_AFTER_RE = build_inserted_unit_after_re()
BARE_CARTA_RE = build_bare_carta_re()
ACRONYM_BEFORE_RE = build_acronym_before_re()
COMMA_ACRONYM_RE = build_comma_acronym_re()
CONCORDANCE_SEMI_RE = build_concordance_semi_re()
SECONDARY_BEFORE_RE = build_secondary_before_re()
SLASH_YEAR_RE = build_slash_year_re()
RULING_ID_RE = build_ruling_id_re()
RULING_DASH_RE = build_ruling_dash_re()
UNIT_AFTER_NORM_RE = build_unit_after_norm_re()
PAREN_UNIT_RE = build_paren_unit_re()
PAREN_CLOSE_RE = build_paren_close_re()
NOTE_LABEL_AFTER_RE = build_note_label_after_re()
RUN_IN_HEADING_AFTER_RE = build_run_in_heading_after_re(punct=False)
RUN_IN_HEADING_PUNCT_RE = build_run_in_heading_after_re(punct=True)
AMENDING_VERB_RE = re.compile(alternation(list(AMENDING_VERBS)))
SELF_NAME_BEFORE_RE = build_self_name_before_re()
#: A territory in or right after a norm's name ("Estatuto Tributario del Distrito Especial …", "… del Municipio de").
TERRITORY_AFTER_RE = re.compile(r"[ \t]+(?:del|de[ \t]+la)[ \t]+(?:distrito|municipio|departamento|ciudad)(?![a-z])")
POSSESSIVE_BEFORE_RE = build_possessive_before_re()
#: "cuyo"/"cuyas" right before a unit ("…, cuyo parágrafo 6"): a relative, whose antecedent is the noun just before.
RELATIVE_POSSESSIVE_BEFORE_RE = re.compile(rf"(?<![{LETTER}])cuy[oa]s?[ \t]+\Z")
#: A contract spoken of after its clause ("la cláusula décima segunda del contrato", "… de dicho convenio"): a clause
#: of a contract the text discusses, not of the text itself (that one is "del presente contrato"). A bare "del mismo" /
#: "de la misma" after a clause ("la liquidación del contrato conforme a la cláusula vigésima del mismo") points back
#: to that contract too: norms have articles, not cláusulas, so it is never an article of the code cited before.
OTHER_CONTRACT_AFTER_RE = re.compile(
    r"(?:[ \t]+(?:primer|segund|tercer|cuart|quint|sext|s[ée]ptim|octav|noven)[oa])?"  # "décima segunda"
    rf"[ \t]*,?[ \t]*(?:(?:del|de[ \t]+(?:dicho|ese|aquel|tal|cada|un|el[ \t]+citado))"
    rf"[ \t]+(?:contrato|convenio)s?(?![{LETTER}])"
    rf"|(?:del[ \t]+mismo|de[ \t]+la[ \t]+misma)(?![{LETTER}])(?![ \t]+[{LETTER}]))"
)
SELF_MENTION_RE = build_self_mention_re()
BARE_KIND_RE = build_bare_kind_re()
ANAPHORIC_BEFORE_RE = build_anaphoric_before_re()
ANAPHORIC_AFTER_RE = build_anaphoric_after_re()
REVIEWED_TAIL_RE = build_reviewed_tail_re()
AGAINST_BEFORE_RE = build_against_before_re()
BARE_REVIEWED_BEFORE_RE = build_bare_reviewed_before_re()
DEMONSTRATIVE_BEFORE_RE = build_demonstrative_before_re()
QUALIFIER_AFTER_RE = build_qualifier_after_re()
DATED_RULING_RE = build_dated_ruling_re()
ANDEAN_TAIL_RE = build_andean_tail_re()
DEFINED_AS_RE = build_defined_as_re()
LABEL_LINE_HEAD_RE = build_label_line_head_re()
OWN_HEADING_LABEL_RE = build_own_heading_label_re()
FOCUS_GAP_RE = build_focus_gap_re()
COURT_AFTER_RE = build_court_after_re()
BIS_RE = build_bis_re()
LOWER_ROMAN_RE = build_lower_roman_re()
ACTIVE_AMEND_BEFORE_RE = build_active_amend_before_re()
ACTS_ON_GAP_RE = build_acts_on_gap_re()
REPEALED_BEFORE_RE = build_repealed_before_re()
RELATIVE_NOUN_BEFORE_RE = build_relative_noun_before_re()
INSTRUMENT_RE = build_instrument_re()
ALIAS_DEFINITION_RE = build_alias_definition_re()


def build_group_start_re() -> re.Pattern[str]:
    """A unit group at the current position: optional relative/ordinal word, then the unit word."""
    prefixes = alternation([phrase_pattern(p) for p in sorted(UNIT_PREFIXES, key=len, reverse=True)])
    units = alternation([p for p, _ in UNIT_WORDS])
    return re.compile(rf"(?:(?P<pre>{prefixes})\s+)?(?P<unit>{units})(?![{LETTER}])")


GROUP_START_RE = build_group_start_re()
NAME_TAIL_RE = build_name_tail_re()
LAW_NAME_RE = build_law_name_re()


def build_link_group_re(link: re.Pattern[str]) -> re.Pattern[str]:
    """``link`` (NEST_RE or SIBLING_RE) only where a unit group starts right after it: one call instead of two in the
    parser's chain loop. The link is an atomic group, so it matches exactly as ``link.match`` would (no other way of
    matching it is tried to make the group fit); the group is a look-ahead whose ``pre``/``unit`` are
    GROUP_START_RE's."""
    return re.compile(rf"(?>{link.pattern})(?={GROUP_START_RE.pattern})")


NEST_GROUP_RE = build_link_group_re(NEST_RE)
SIBLING_GROUP_RE = build_link_group_re(SIBLING_RE)


#: The proceeding's own procedural act: a numbered auto as the instrument of an impersonal past verb ("Mediante Auto
#: No. 412 de 2024 se abrió el proceso", "Con Auto 133 de 2025 se le imputó responsabilidad") is a step of the case
#: the document decides, not a citation (an auto cited as precedent has an agent: "en el Auto 121 de 2018 la Corte
#: adoptó…"). Before the auto, on the lowercase text; after its year, on the lowercase text.
PROCEDURAL_AUTO_BEFORE_RE = re.compile(
    r"(?:^|[^a-záéíóúñ])(?:mediante|con|por\s+medio\s+del?|a\s+trav[ée]s\s+del?)\s+(?:el\s+)?$"
)
PROCEDURAL_AUTO_AFTER_RE = re.compile(
    r"[ \t]*,?[ \t]*se[ \t]+(?:(?:le|les|lo|los|la|las)[ \t]+)?[a-záéíñú]+(?:ó|aron|ieron)(?![a-záéíóúñ])"
)
