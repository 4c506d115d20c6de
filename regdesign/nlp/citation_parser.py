"""Citation parsing: Colombian normative references in raw text (the hot path of the NLP pass).

This module owns the verb :func:`extract_references` (re-exported by :mod:`regdesign.nlp.references`, which also
holds the ``regdesign_references`` spaCy component). It reads a citation the way a Colombian lawyer does: units
nested at any depth ("inciso 2 del literal a) del numeral 2 del presente artículo"), lists and ranges ("artículos 14
a 18"), elliptic chains naming several norms ("los artículos 189, numeral 11, de la Constitución Política; 14 de la
Ley 790 del 2002…"), internal and anaphoric references ("el artículo anterior", "del presente artículo"), every kind
of norm (leyes, decretos, decretos ley, resoluciones, acuerdos, actos legislativos, CONPES, circulares, the
Constitution, named codes and statutes, rulings) and the Senate compiler's notes in ``< >``.

It imports neither spaCy nor numpy and is fully typed, so that ``make`` compiles it (with
:mod:`regdesign.nlp.citation_grammar`) to a C extension with mypyc (``tools/build_native.py``); the same source runs
as plain Python where no compiler is at hand, with identical results (the golden tests run on whichever is imported).
Annotations are enforced at run time in the compiled module: keep them exact.

Design: a case-insensitive scan for trigger words (:data:`~regdesign.nlp.citation_grammar.TRIGGER_RE`) on the
lower-cased text, then a forward parse with small anchored regexes (bounded look-ahead, no backtracking over the
whole text), so time grows linearly with the input. The spaCy component skips the scan: it starts the parse at the
trigger tokens it finds among the doc's lower-case token ids, and only for docs that have one (see
:class:`ReferencesComponent`). Cheap exact pre-tests (a character class, a word present in the window) spare the
regex calls that could not match; ``tests/data/references/golden_*.json`` hold the outputs fixed.

Guarantees:
* offsets are Python string indices into the text given, and ``text[start:end] == reference.text``;
* references are sorted and never overlap;
* spans start at the smallest unit named, leave out a leading el/la/los/las, never end in punctuation, and leave out
  dynamic formulas ("o la norma que la modifique");
* headings of the document's own provisions ("ARTÍCULO 5o. OBJETO.", "### Artículo 5. Objeto.", and run into a
  flattened line: "… DECRETA: TÍTULO I NORMAS GENERALES CAPÍTULO I …") and its title line ("LEY 1712 DE 2014" as
  first line, or "LEY 2052 DE 2020 (Agosto 25) …" opening the text) are not references, nor is its own name in the
  title formula ("se expide el Decreto Único Reglamentario del Sector …"); labels of validity notes ("<Artículo
  modificado por …>", and outside ``< >`` "Parágrafo 2 adicionado por …") are not references, the norms inside them
  are (with ``note=True`` inside ``< >``);
* a norm written straight after its unit ("art. 79 Ley 142 de 1994", "art. 424 ET") or a unit written after its norm
  ("Constitución Política en su artículo 2º", "Ley 1712 del 2014, parágrafo 3 del artículo 9") is one reference; a
  unit after "su"/"sus"/"cuyo" points into the norm named just before ("… la Ley 1955 de 2019 … Su artículo 147 …",
  "Ley Estatutaria 1266 de 2008, cuyo artículo 13": two references); a bare article far beyond a document's own
  ("ARTÍCULO PRIMERO … SEXTO" and "el artículo 47") is one of the norm under discussion;
* the Constitution is recognised under the names courts use ("la Carta", "Carta Fundamental", "artículo 13 superior",
  "C.P., art. 29", "art. 48, inc. 2, C.P."); "del mismo artículo [N]", "de su artículo", "de la misma ley" and "ibídem"
  point back to the norm cited before (never to a ruling; "la misma ley" skips norms named only inside ``< >`` or as
  the modifier of another, "cuyo parágrafo" takes the noun right before it); "artículo 3 del Decreto demandado" is
  the act a demanda is against ("contra el Decreto …", "Acto demandado: Decreto …"), never an own article; each member of a list sharing one type word is a reference ("Conpes 3920 y 3995",
  "Decretos 1078 y 1083 de 2015", the year written once going to the members before it); a ruling id with a year is a
  ruling without the word "Sentencia" ("T-406 de 1992"); a Senate concordance line ("Ley 80 de 1993; Art. 8o.") and
  two names for one norm ("Estatuto Anticorrupción (Ley 1474 de 2011)", "Ley 1955 de 2019 (art. 147)") are one
  reference each;
* a short name the text defines for a norm it cites ("Decreto 1082 de 2015 (en adelante, DUR 1082)") is a reference
  to that norm where defined and wherever written after; an anaphora skips a norm named as the modifier of another
  ("…, modificado por / mod. por …"), takes the year a nearby citation wrote, and reads "de la primera"/"del segundo"/
  "de esta última" as one of the two norms just named; a bare unit smaller than an article belongs to the article cited
  just before in its sentence, or to a nearby citation that named the same unit ("la causal del lit. e)");
* ``target``, ``status`` and ``provision`` are left ``None`` (the resolver fills them).

Example:
    >>> [r.text for r in extract_references("según el numeral 3 del artículo 147 de la Ley 1955 de 2019.")]
    ['numeral 3 del artículo 147 de la Ley 1955 de 2019']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from regdesign.model import Reference
from regdesign.nlp import citation_grammar as g


def _load_trigger_scan() -> Any:
    """The compiled scan for trigger words (:mod:`regdesign.nlp._trigscan`, built by ``make``), or None: without it
    the parser runs ``TRIGGER_RE.finditer`` (the same matches, about 4 times slower on legal text)."""
    from regdesign.native import use_docscan

    if not use_docscan():
        return None
    try:
        from regdesign.nlp._trigscan import TriggerScan
        from regdesign.nlp.regex_prefixes import match_prefixes
    except ImportError:  # pragma: no cover - a broken build: finditer is used
        return None
    return TriggerScan(g.TRIGGER_RE, match_prefixes(g.TRIGGER_RE, 3))


#: The compiled trigger scan in use (None: ``finditer``); see :func:`trigger_matches`.
TRIGGER_SCAN: Any = _load_trigger_scan()


def trigger_matches(low: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`~regdesign.nlp.citation_grammar.TRIGGER_RE` in a lower-cased text, in order: the
    compiled scan's when it is built, else ``finditer``'s (the same, tested)."""
    if TRIGGER_SCAN is not None:
        found: list[re.Match[str]] = TRIGGER_SCAN.matches(low)
        return iter(found)
    return g.TRIGGER_RE.finditer(low)


_UPPER_RE = re.compile(r"[A-ZÁÉÍÓÚÑ]")
_INT_RE = re.compile(r"\d+")
_LETTER_SUFFIX_RE = re.compile(r"(?<=\d)-([A-Z])$")
_ORDINAL_TAIL_RE = re.compile(r"(?<=\d)[ \t]?[oº°ª]\.?$|(?<=\d)\.$")
_PAREN_RE = re.compile(r"[ \t]*\(\d+\)$")
_DOT_CONTINUES_RE = re.compile(r"[ \t]*(?:,|(?:del|de|y|e|o|al|a)[ \t])")
#: "que compiló el", "que compila la", "que recopiló los" right before a norm: the norm a decreto único took in, named
#: as its modifier (not the antecedent of "del mismo decreto"). Lower-case, searched at the end of a short look-back.
_COMPILED_BEFORE_RE = re.compile(
    r"(?<![a-záéíóúüñ])que[ \t]+(?:compil|recopil)(?:ó|o|a|aron|an)[ \t]+(?:el|la|los|las)[ \t]+\Z"
)
_INDEFINITE_RE = re.compile(r"\b(?:un|una|unos|unas|dos|tres|cuatro|cinco|nuevos?|nuevas?)\s+\Z")
_OF_WHOLE_RE = re.compile(r"[ \t]+del?[ \t]")  # "… parte de la pena", "… parte del beneficio"
#: "a la" / "hasta la" right before an ordinal and "parte" ("se reducirá a la cuarta parte", "hasta la tercera
#: parte"): an amount reduced or raised to a fraction, not a Part cited (lower-case, searched before the ordinal).
_FRACTION_BEFORE_RE = re.compile(r"(?<![a-záéíóúüñ])(?:a|hasta)[ \t]+la[ \t]+\Z")
#: A form of "formar" or "hacer" right before a bare "parte" ("que forma parte de este contrato", "hacen parte del
#: presente acuerdo", "entrarán a formar parte"): the idiom "be part of", not the document's own Part. Lower-case,
#: searched in a window of _PART_IDIOM_REACH characters before the unit word.
_PART_IDIOM_RE = re.compile(
    r"(?<![a-záéíóúüñ])(?:form(?:a|an|ar|ará|arán|aría|arían|aba|aban|ando|ó|aron|e|en)"
    r"|ha(?:ce|cen|cer|rá|rán|ría|rían|cía|cían|ciendo|ga|gan)|hi(?:zo|cieron))[ \t]+\Z"
)
_PART_IDIOM_REACH = 16
#: Between a unit added and the unit it is added to ("un parágrafo al artículo 12", "un inciso a la cláusula 5").
_ADDED_TO_RE = re.compile(r"[ \t]+(?:al|a[ \t]+l[ao]s?)[ \t]+")
_ADDED_TO_STARTS = (" al", " a ")
_OPEN_QUOTES = frozenset('"“«')
_CLOSE_QUOTES = frozenset('"”»')
#: After a quoted term: its definition (":", "significa", "se entiende").
_DEFINED_AFTER_RE = re.compile(r"[ \t]*(?::|significa(?![a-záéíóúüñ])|se[ \t]+entiende(?![a-záéíóúüñ]))")
#: The epigraph of a heading written in small letters after its label ("Sección 3.1 Valor del Contrato.", "Sección 4.6
#: Cesión."): a capitalised word and at most seven more, no digits, closed by a period (original text).
_EPIGRAPH_AFTER_RE = re.compile(
    r"[ \t]+[A-ZÁÉÍÓÚÑ][a-záéíóúüñ]{1,19}(?:[ \t]+[a-záéíóúüñA-ZÁÉÍÓÚÑ]{1,20}){0,7}\.(?=[ \t\n]|\Z)"
)
#: The name of a contract's Part after "Parte" ("Sección 4.5 de la Parte Especial", "… de esta Parte General"): the
#: Part that contains the unit cited (capitalised; checked on the original text).
_PART_NAME_RE = re.compile(r"[ \t]+(?P<name>general|especial)(?![a-záéíóúüñ])")
_LAW_QUALIFIER_RE = re.compile(r"[ \t]+(estatutaria|org[áa]nica)(?![a-záéíóúñ])")  # "la misma ley estatutaria"
# "del mismo estatuto laboral", "del citado código penal": the adjective of a code or statute named back
_CODE_QUALIFIER_RE = re.compile(
    r"[ \t]+(?:laboral|tributario|penal|civil|disciplinario|aduanero|minero|electoral|procesal|sustantivo"
    r"|org[áa]nico|financiero|comercial|contencioso|administrativo|nacional|municipal|departamental|distrital)"
    r"(?![a-záéíóúñ])"
)
# "del mismo acuerdo de valorización": a subject noun after an anaphoric kind (a name only when a norm of that kind
# named before has it in its sentence; see named_qualifier)
# "del mismo decreto reglamentario": the kind's adjective after an anaphoric "decreto" belongs to the citation
_DECREE_QUALIFIER_RE = re.compile(r"[ \t]+reglamentario(?![a-záéíóúñ])")
_SUBJECT_QUALIFIER_RE = re.compile(
    r"[ \t]+de[ \t]+(?!(?:la|el|los|las|lo|un|una|su|sus|este|esta|ese|esa|dich[oa]|manera|forma|modo|conformidad"
    r"|acuerdo|igual|nuevo|todo|toda|cada|otro|otra)(?![a-záéíóúñ]))([a-záéíóúñ]{4,})(?![a-záéíóúñ])"
)
# the rest of a sector named by a list in a decree's name: ", Industria y Turismo", ", Ciudad y Territorio"
_SECTOR_LIST_RE = re.compile(
    r"(?:,[ \t]+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)+[ \t]+(?:y|e)[ \t]+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?![A-Za-zÁÉÍÓÚÑáéíóúñ0-9])"
)
# the number of an own article heading ("ARTÍCULO 23. COMPETENCIA."), lower-cased, MULTILINE
_ARTICLE_HEADING_NUMBER_RE = re.compile(r"^[ \t>*#]*art[íi]culo[ \t]+(\d{1,4})[ \t]*[oº°]?[ \t]*[.:\-–—]", re.M)
_BILL_RE = re.compile(r"\bproyectos?\s+de\s+\Z")
_TRAILING_PUNCT = " \t\n.,;:"
_FRONT_MATTER_RE = re.compile(r"---[ \t]*\n.*?\n---[ \t]*\n", re.S)
_TITLE_STRIP = ' \t#*_."“”'
_MONTHS = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
#: The date in parentheses after a norm's own title ("(julio 8)", "(Agosto 25)", "(8 de julio)"), on its line, the
#: next one, or after a blank line.
_TITLE_DATE_RE = re.compile(
    rf"[ \t]*(?:\n[ \t]*){{0,2}}\((?i:[ \t]*(?:(?:{_MONTHS})[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+de[ \t]+(?:{_MONTHS})))"
)
#: The rest of a header's title line when it is a date with an abbreviated month ("RESOLUCIÓN No. 018734 DE 27 NOV
#: 2026", "… DEL 3 SEPT. DE 2026", "… DE 27-NOV-2026"), as the full month ("… DE 27 DE NOVIEMBRE DE 2026") is read.
_ABBR_DATE_LINE_RE = re.compile(
    r"(?i:[ \t]*,?[ \t]*(?:de|del)?[ \t]*\d{1,2}[ \t]*[-/. ][ \t]*(?:de[ \t]+)?"
    r"(?:ene|feb|mar|abr|may|jun|jul|ago|sept?|set|oct|nov|dic)\.?[ \t]*[-/. ][ \t]*(?:de[ \t]+)?(?:19|20)\d\d[ \t.]*)"
)
#: The longest tail _ABBR_DATE_LINE_RE is tried on (characters): a short date fits with room to spare.
_ABBR_DATE_SPAN = 60
#: The title formula on the line after a norm's own title ('"Por medio del cual se adopta …').
_MONTH_RE = re.compile(rf"(?i:(?<![a-z])(?:{_MONTHS})(?![a-z]))")
_TITLE_FORMULA_RE = re.compile(
    r"\n(?:[ \t]*\n)?[ \t\"“*_]*(?i:por[ \t]+(?:medio[ \t]+)?(?:del|de[ \t]+la|de[ \t]+l[oa]s|el|la|l[oa]s)[ \t]+cual)"
)
#: A territorial qualifier written (capitalised) after a named code or statute ("Estatuto Tributario Nacional",
#: "Estatuto Tributario Municipal"), on the ORIGINAL text.
_TERRITORIAL_RE = re.compile(r" (?:Nacional|Distrital|Municipal|Departamental)(?![A-Za-zÁÉÍÓÚáéíóúñÑ])")
_SAME_YEAR_RE = re.compile(r" del mismo año(?![a-záéíóúüñ])")
#: A statute's or code's capitalised name ending right before a parenthesis ("…, Estatuto Tributario del Municipio de
#: Itagüí (en adelante ETM)"), on the ORIGINAL text.
_NAMED_BEFORE_PAREN_RE = re.compile(
    r"(?<![A-Za-zÁÉÍÓÚáéíóúñÑ])(Estatuto|C[óo]digo)(?:[ \t]+(?:[A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚáéíóúñÑü]*|de|del|la|las|los|y|e))+"
    r"[ \t]*\Z"
)
#: … or a territorial complement: "Estatuto Tributario del Municipio de Itagüí", "del Distrito de Medellín" (ORIGINAL text).
_TERRITORIAL_OF_RE = re.compile(
    r"[ \t]+del[ \t]+(?:Municipio|Distrito|Departamento)[ \t]+de[ \t]+[A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚáéíóúñÑü]+"
    r"(?:[ \t]+[A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚáéíóúñÑü]+){0,2}"
    # "Estatuto Tributario de Envigado": the place's name right after "de" (capitalised, not "De acuerdo")
    r"|[ \t]+de[ \t]+[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+(?:[ \t]+[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+){0,2}(?![A-Za-zÁÉÍÓÚáéíóúñÑü])"
)
#: After a capitalised name opened by "Código": an identifier goes on ("GJ-PO-04", "CIIU 6201"), on the ORIGINAL text.
_CODE_ID_AFTER_RE = re.compile(r"-[A-Za-z0-9]|[ \t]+(?:No\.[ \t]*)?\d")
#: … or the name is no code's: an identifier scheme's acronym alone ("Código SNIES", "Código DANE", "Código CIIU",
#: "Código QR") or a common noun ("Código de Barras", "Código Postal", "Código de Verificación"), on the ORIGINAL text.
_CODE_ID_NAME_RE = re.compile(
    r"(?:C[óo]digo|Estatuto)[ \t]+(?:[A-ZÑ]{2,}|de[ \t]+Barras|Postal|de[ \t]+Verificaci[óo]n|de[ \t]+Seguimiento)"
)
_HEADER_REACH = 400  # how far into the text the document's header (issuer, title, date) may reach (characters)
_PAGE = 4096  # bounded look-ahead of a single citation (characters)
_REPEAL_REACH = 200  # how far before a repealing verb its subject norm may be named (characters)
_POSSESSIVE_REACH = 400  # how far back "su artículo 5" looks for the norm it belongs to (characters)
# Small patterns of the parser, compiled once (``re.match(pattern, …)`` pays a cache look-up on every call).
_COMMA_RE = re.compile(r"[ \t]*,[ \t]*")
_NUMBER_WORD_RE = re.compile(r"\s*(?:n[úu]mero|no\.)")
_DE_AFTER_RE = re.compile(r"\s+(?:de|del)\s")
_DE_1991_RE = re.compile(r"\s+de\s+(?:1991|colombia)")
_DOCUMENTO_RE = re.compile(r"documentos?\s+$")
_NEW_UNIT_RE = re.compile(r"\s*(?:a\s|al\s|:|,)")
_NOTE_OPEN_RE = re.compile(r"<[ \t]*\Z")
_UNIQUE_DECREE_RE = re.compile(
    r"decreto[ \t]+(?:[úu]nico(?:[ \t]+reglamentario)?|reglamentario[ \t]+[úu]nico)(?![a-záéíóúüñ])"
)
#: A DUR's name written as the appositive of its number without the word "Decreto" ("Decreto 1072 de 2015, Único
#: Reglamentario del Sector Trabajo"): lower-cased; the original must start with a capital (_UNIQUE_NAME_CAPS).
_UNIQUE_NAME_RE = re.compile(r"[úu]nico[ \t]+reglamentario(?![a-záéíóúüñ])")
_UNIQUE_NAME_CAPS = ("Único ", "Unico ", "ÚNICO ", "UNICO ")
_CONSTITUTION_YEAR_RE = re.compile(r"[ \t]+de[ \t]+(?P<year>1991|1886)(?!\d)")
_PAREN_OPEN_RE = re.compile(r"[ \t]*\([ \t]*")
_PAREN_END_RE = re.compile(r"[ \t]*\)")
_PAREN_ACRONYM_RE = re.compile(r"[ \t]*\([ \t]*[A-ZÁÉÍÓÚÑ](?:[A-ZÁÉÍÓÚÑ]|\.(?=[A-ZÁÉÍÓÚÑ])){1,11}\.?[ \t]*\)")
_DASH_OPEN_RE = re.compile(r"[ \t]*[—–][ \t]*")
_AUTO_RE = re.compile(r"autos?[ \t]+(?:n[úu]mero[ \t]+|no\.[ \t]*|nro\.?[ \t]*)?(?=\d)")
#: A numbered decision identified by its issuer's acronym (in capitals on the ORIGINAL text) between the head word and
#: the number: "Auto TP-SA 019 de 2018", "Auto SDSJ 0932 de 2026", "Auto PARM No. 1187 de 2025", "Sentencia
#: Interpretativa TP-SA-SENIT 1 de 2019" (the JEP's ids, which fit no sentencia number pattern); lower-cased text.
_ISSUER_ID_RE = re.compile(
    r"(?:autos?|sentencia(?:[ \t]+interpretativa)?)[ \t]+(?P<acr>[a-z]{2,8}(?:-[a-z]{1,8}){0,3})[ \t]+"
    r"(?:n[úu]mero[ \t]+|no\.[ \t]*|nro\.?[ \t]*)?(?=\d)"
)
#: Acronyms that are not an issuer: a number's label, or a Colombian ruling's letters written without their dash
#: ("Sentencia SU 214 de 2016" is a sentencia of its own pattern, not an "otro").
_NOT_ISSUER_IDS = frozenset({"no", "nro", "su", "sl", "sp", "stc", "stp", "sc", "de", "del"})
#: A court before "Sección Primera"/"Subsección B" (the court's division, not a unit of a norm), on the ORIGINAL text.
_COURT_BEFORE_RE = re.compile(
    r"(?:Consejo de Estado|Contencioso Administrativo|Sala [A-ZÁÉÍÓÚa-záéíóú ]{2,40}|Tribunal[^,\n]{0,60})"
    r"[ \t]*,[ \t]*\Z"
)
#: A ruling's head word before "Sección Cuarta" ("la sentencia de la Sección Cuarta del 9 de …", "auto de la Sección
#: Primera"): the court's chamber that gave it (lower-cased).
_RULING_OF_BEFORE_RE = re.compile(
    r"(?<![a-záéíóúüñ])(?:sentencias?|autos?|fallos?|providencias?)[ \t]+de[ \t]+la[ \t]+\Z"
)
#: A court named in the text before "la Sección Tercera" (lower-cased): the section is the court's.
_COURT_NAME_RE = re.compile(r"consejo de estado|contencioso administrativo|tribunal administrativo|corte suprema")
_COURT_REACH = 4000
#: " de 2009" right after a norm's kind, with no number: the whole designation of a norm named by year.
_YEAR_ONLY_RE = re.compile(r" de[ \t]+(1[89]\d\d|20\d\d)(?![\d/.,-]\d)(?!\d)")
#: A court's chamber named by its ordinal (lower-cased): "sección quinta", "subsección b".
_COURT_CHAMBER_RE = re.compile(r"secci[óo]n (?:primera|segunda|tercera|cuarta|quinta)(?![a-z])")
_SAME_REACH = 1500  # how far back "del mismo artículo" looks for the article it repeats (characters)
_SAME_NUMBERED_REACH = 6000  # … when it repeats the number ("del mismo artículo 140"), a much stronger signal
#: After a bare number in a plural list: a quantity ("y 10 días", "y 5%"), not another member of the list.
_QUANTITY_AFTER_RE = re.compile(
    r"[ \t]*(?:%|por[ \t]+ciento|(?:d[íi]as?|meses|mes|años?|horas?|semanas?|salarios?|smmlv|pesos|millones|veces|"
    r"personas|entidades|art[íi]culos?|numerales|folios|p[áa]ginas)(?![a-záéíóúüñ]))"
)
_SAME_WORDS = g.ANAPHORIC_ADJECTIVES | g.DEMONSTRATIVES  # "del mismo artículo", "dicho numeral", "el citado artículo"
#: Cheap tests that must hold for a pattern to match (each one exact: it only spares calls that would fail).
_RELATIVE_NEXT = frozenset({*(word[0] for word in g.RELATIVE_SUFFIXES), " ", "\t"})
_SEPARATOR_NEXT = frozenset({",", "a", "h", "y", "e", "o", "u"})
_DASHES = frozenset({"-", "–", "—"})
#: A plural unit smaller than an article ("los literales citados", "dichos numerales"): the units cited before.
_PLURAL_SUBUNIT_RE = re.compile(
    r"(?<![a-záéíóúüñ])(?:numerales|literales|incisos|par[áa]grafos|ordinales)(?![a-záéíóúüñ])"
)
#: A dash between two numbers of a range ("artículos 5 – 9", "arts. 641–647"): the parser wants a number after it.
_DASH_RANGE_RE = re.compile(r"[ \t]?[-–—][ \t]?(?=\d)")
#: The Estatuto Tributario right after a list: its hyphenated article numbers are numbers, not ranges.
_ET_AFTER_RE = re.compile(
    r"[ \t]*,?[ \t]*(?:del?[ \t]+(?:l[ao]s?[ \t]+|el[ \t]+)?)?(?:estatuto[ \t]+tributario|e\.[ \t]?t\.?|et)(?![a-z])"
)
_GENERIC_HEADS = ("Código", "Codigo", "Estatuto")  # GENERIC_NAMED_RE starts with (?:C[óo]digo|Estatuto)
_ACRONYMS = tuple(g.NAMED_ACRONYMS)
#: ANAPHORIC_TAIL_RE needs one of these (its adjectives, ibídem/ibid., "de ese/esa", a compound type "Ley Estatutaria" /
#: "Decreto Ley" / "Decreto Legislativo"); the most frequent first, since the check stops at the first found ("dem"
#: covers "ejusdem").
# Words without which some rare patterns cannot match in a window (the patterns run on the lower-cased window): a
# window is searched for them once, on the first need of each flag (see _Parser.may), which spares the regex calls
# that would fail.
_MAY_FOLLOW = 1  # "siguientes" after a list (SIBLINGS_AFTER_RE)
_MAY_BILL = 2  # "Proyecto de Acuerdo 012 de 2024" (_BILL_RE)
_MAY_SELF = 4  # SELF_TAIL_RE: presente / esta / este, "de la parte motiva", or "de las consideraciones"
_MAY_REVIEWED = 8  # a participle naming the provision under review ("acusado", "demandada", "impugnado")
_MAY_ANAPHORIC = 16  # "mismo", "citado", "anterior"… (ANAPHORIC_TAIL_RE and the bare anaphoras)
_MAY_WORDS: dict[int, tuple[str, ...]] = {
    _MAY_FOLLOW: ("siguientes", " ss.", "sigs."),
    _MAY_BILL: ("proyecto",),
    _MAY_SELF: ("presente", "est", "parte ", "consider", "antecedentes "),
    _MAY_REVIEWED: ("acusad", "demandad", "impugnad"),
    _MAY_ANAPHORIC: (
        "ley", "ib", "de es", "mism", "dem", "dich", "aquel", "anterior", "señalad", "ltim", "legislativ", "primer",
        "indicad", "citad", "segund", "mencionad", "referid", "en menci", "aludid", "en cita", "en comento",
        "en estudio", "reseñad",
    ),
}  # fmt: skip
_NUMBER_DESIGNATOR_MATCH = g.DESIGNATOR_RES["number"].match
_BIS_STARTS = (" bis", " ter", " qu", "\tbis")
_LOWER_ROMAN_FIRST = frozenset("ivxl(")
_AGAINST_REACH = g.AGAINST_REACH  # how far back the object of a claim looks for "contra" / "nulidad de"
#: How far back a bare anaphoric norm ("dicha ley", "el citado decreto") looks for its antecedent (characters).
_ANAPHORA_REACH = 3000
#: How far back the decree of a decimal article named by anaphora may be ("… del mismo decreto" after a plain decree):
#: the decimal path identifies it, so farther than any other antecedent (characters).
_DUR_REACH = 10_000
#: How far back a unit in parentheses looks for the norm of its sentence ("la Ley 1712 de 2014 … (lit. a) del art. 4)").
_PAREN_POINTER_REACH = 300
_WORD_DESIGNATOR_MATCH = g.DESIGNATOR_RES["word"].match
#: How far back "de la primera" / "de esta última" looks for the two norms it chooses between (characters).
_ORDINAL_REACH = 600
#: How far back a bare sub-unit ("el literal a)", "la causal del lit. e)") looks for the citation whose unit it repeats.
_REPEAT_REACH = 2000
#: How far back a bare sub-unit right after a cited article ("… en su artículo 8 …; entre ellas, el literal a)") looks.
_SUBUNIT_REACH = 200
#: Units smaller than an article: bare, they may be units of the article cited just before.
#: How a law's appositive name may open (see :meth:`_Parser.appositive`).
_LAW_NAME_STARTS = ("ley ", "estatutaria", "orgánica", "organica")
_SUBUNITS = frozenset({"literal", "numeral", "inciso", "parágrafo", "ordinal"})
#: Units whose designator followed by "anterior"/"siguiente" is a section of the citing document ("numeral 2 anterior").
_OWN_SECTION_UNITS = _SUBUNITS | {"cláusula"}
#: "anterior a/al …" after a unit: a time relation ("anterior a la reforma"), not the unit just above.
#: What after "artículo 24 citado" names where or by whom it is cited ("citado en la Ley 80", "citado por la Sala").
_AFTER_POSTPOSED_RE = re.compile(r"[ \t]+(?:en|por|a|al|de|del|como)(?![a-záéíóúüñ])")
#: The second group of a number written with a space as thousands separator ("101 029" de 2026).
_SPACED_THOUSANDS_RE = re.compile(r" (\d{3})(?![\d.,])")
#: Norm types whose articles are never decimal ("artículo 74.1" of a law is its numeral 74.1).
_UNDOTTED_LAWS = frozenset({"ley", "ley estatutaria"})
#: The names an annex is designated by instead of a number ("Anexo Técnico", "Anexo General"), written with a capital
#: (lower-case: "el anexo técnico que se expida" is a description); an appendix too, and the number a series of them
#: carries after the name ("Apéndice Técnico 1", "Apéndice Financiero 1": the whole is the designator).
_ANNEX_NAME_RE = re.compile(
    r"(?:t[ée]cnico|general|financiero|jur[íi]dico|econ[óo]mico|operativo|metodol[óo]gico)(?![a-záéíóúüñ])"
    r"(?:[ \t](?:no\.[ \t]?)?\d{1,3}(?![\d.,]\d|[a-záéíóúüñ]))?"
)
#: A Título designated by one capital letter ("Título A", "Títulos J y K" of the NSR-10; original text).
_TITLE_LETTER_RE = re.compile(r"[A-Z](?![A-Za-zÁÉÍÓÚÑáéíóúüñ0-9])")
#: The capitalised word "Título(s)" right before, or a letter and "," or "y" in a list of them ("Títulos J, K y L").
_TITLE_WORD_BEFORE_RE = re.compile(r"(?:T[íi]tulos?|[A-Z](?:,|[ \t]+y))[ \t]{1,3}\Z")
#: The units an annex name designates ("Anexo Técnico", "Apéndice Financiero 1").
_NAMED_ANNEX_UNITS = frozenset({"anexo", "apéndice"})
_ANNEX_NAME_FIRST = frozenset("tgfjeom")
#: "del anexo técnico" closing a clause (punctuation, or "y" + a verb or noun, not "y del …"): the citing document's
#: own technical annex, not a description ("el anexo técnico que se expida") nor another norm's ("… de la Resolución …").
_OWN_TECHNICAL_ANNEX_RE = re.compile(
    r"(?P<name> t[ée]cnico)(?=$|[.,;:)\n]| [ye] (?!(?:de|del|al|a|la|las|el|los|en|que)(?![a-záéíóúüñ]))[a-záéíóúüñ])"
)
#: Units of terms of reference and contracts written with their title after a dash ("Anexo 1 – Anexo Técnico",
#: "Formato 3 – Experiencia", "Matriz 1 – Experiencia"): the title (capitalised words, maybe joined by "de") is part
#: of the citation. Runs on the original text (capitals are the signal).
_TITLED_UNITS = frozenset({"anexo", "formato", "matriz"})
_TITLE_WORD = (
    r"(?!(?:Leye?s?|LEYE?S?|Decretos?|DECRETOS?|Resoluci[óo]n(?:es)?|RESOLUCI[ÓO]N|Acuerdos?|ACUERDOS?|Circular"
    r"|CIRCULAR|Constituci[óo]n|CONSTITUCI[ÓO]N|C[óo]digo|C[ÓO]DIGO|Estatuto|ESTATUTO)(?![a-záéíóúüñA-ZÁÉÍÓÚÑ]))"
    r"[A-ZÁÉÍÓÚÑ][a-záéíóúüñA-ZÁÉÍÓÚÑ]{1,30}"
)  # a capitalised word that is not a norm's kind ("Anexo 3 – Ficha Técnica de la Ley 80 de 1993")
_UNIT_TITLE_RE = re.compile(
    rf"[ \t]+[–—-][ \t]+{_TITLE_WORD}(?:[ \t]+(?:(?:de|del)(?:[ \t]+(?:la|las|los))?[ \t]+)?{_TITLE_WORD})*"
    r"(?![a-záéíóúüñA-ZÁÉÍÓÚÑ0-9])"
)
#: A labelled date or radicado on the line after a header's own title ("Fecha: 22/09/2026", "Radicado No.: 2026…").
_TITLE_LABEL_RE = re.compile(
    r"\n[ \t]*(?:Fecha|FECHA|Radicado|RADICADO|Radicación|RADICACIÓN)(?:[ \t]+(?:No\.?|N°|número))?[ \t]*:"
)
#: A labelled line (one to three words and a colon: "PARA:", "ASUNTO:", "Referencia:", "Magistrada sustanciadora:")
#: on the line after a header's own title in capitals, or after one blank line.
_HEADER_LABEL_RE = re.compile(
    r"\n(?:[ \t]*\n)?[ \t]*[A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑáéíóúñ.]{1,24}(?:[ \t]+[A-Za-zÁÉÍÓÚÑáéíóúñ.]{1,24}){0,2}[ \t]*:"
)
#: A place-and-date line after a header's own title ("Bogotá, D.C., veinticuatro (24) de septiembre de …",
#: "Medellín, 3 de mayo de 2026"): one to three capitalised words and a comma; a month must follow on that line.
_PLACE_DATE_RE = re.compile(
    r"\n(?:[ \t]*\n)?[ \t]*[A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑáéíóúñ.]{1,24}(?:[ \t]+[A-Za-zÁÉÍÓÚÑáéíóúñ.]{1,24}){0,2}[ \t]*,"
)
#: "en concordancia con la", "en armonía con el": a norm named right after is named as agreeing with another.
_CONCORDANT_BEFORE_RE = re.compile(
    r"en[ \t]+(?:concordancia|armon[íi]a|consonancia)[ \t]+con[ \t]+(?:(?:la|el|los|las|lo)[ \t]+)?\Z"
)
#: The line of the case a decision belongs to, right after its own title ("Proceso verbal abreviado – Expediente …",
#: "Expediente: 2026-01893", "Radicado 05001…"), as inspectors' and courts' headers write it.
_CASE_LINE_RE = re.compile(
    r"\n[ \t]*(?:Proceso|PROCESO|Expediente|EXPEDIENTE|Radicado|RADICADO|Radicación|RADICACIÓN|Rad\.)(?![A-Za-zÁÉÍÓÚÑáéíóúñ])"
)
#: First letters of the relative words after a designator and of the postposed anaphoric phrases (cheap gates
#: before their regexes: most designators are followed by "de", "y" or punctuation).
_RELATIVE_STARTS = ("anterior", "precedente", "siguiente")
_POSTPOSED_STARTS = (
    "citad", "precitad", "mencionad", "referid", "aludid", "reseñad", "indicad", "señalad", "en ", "antes", "arriba",
    "anteriormente", "ya ", "previamente", "atr",
)  # fmt: skip
_BEFORE_A_RE = re.compile(r"[ \t]+al?(?![a-záéíóúüñ])")
#: Norm families named with a feminine word ("la primera") and with a masculine one ("el primero").
#: Norms whose articles may be numbered with dots ("2.2.1.2.4.2.6"): decretos únicos and resoluciones únicas.
_DOTTED_TYPES = frozenset({"decreto", "resolución"})
#: Relatives that name a unit by its place ("numeral anterior", "artículo siguiente"), not by its container.
_POINTING_RELATIVES = frozenset({"anterior", "siguiente"})
#: Units cited only with a number (see UNIT_WORDS): bare, "formato" and "matriz" are common nouns.
_NUMBERED_ONLY_UNITS = frozenset({"formato", "matriz", "línea estratégica", "programa"})
#: The units of a development plan's strategic part: units only in a text that is a plan (see plan_unit).
_PLAN_UNITS = frozenset({"línea estratégica", "programa"})
#: A development plan named (the text is one, or adopts one): "Plan de Desarrollo Municipal 2024-2027".
_PLAN_TEXT_RE = re.compile(r"[Pp]lan(?:es)?[ \t]+(?:[Mm]unicipal[ \t]+|[Dd]epartamental[ \t]+)?de[ \t]+[Dd]esarrollo")
_FEMININE = frozenset({"ley", "resolución", "circular", "constitución", "directiva", "ordenanza"})
_MASCULINE = frozenset({"decreto", "acuerdo", "código", "estatuto", "acto", "conpes"})
_NO_FAMILIES: frozenset[str] = frozenset()
#: Never the owner of a bare "artículo 6" in a text without articles (see the parser's emit_discussed): norms without
#: articles, and the Constitution, the yardstick a ruling or concept cites in passing ("los artículos 25 y 53
#: superiores … del parágrafo 2 del artículo 140": the statute under review).
_NOT_DISCUSSED_TYPES = frozenset({"conpes", "sentencia", "otro", "circular", "directiva", "constitución"})
#: How the look-back before a norm word ends when a demonstrative may stand there (DEMONSTRATIVE_BEFORE_RE's words).
_DEMONSTRATIVE_ENDS = ("ese ", "esa ", "quel ", "quella ", "ese\t", "esa\t", "quel\t", "quella\t")
#: Words before a ruling-shaped id that make it another kind of act ("Concepto C-214 de 2023" of Colombia Compra).
_NOT_RULING_BEFORE_RE = re.compile(
    r"(?<![a-záéíóúüñ])(?:conceptos?|oficios?|radicados?|memorandos?)[ \t]+(?:n[úu]mero[ \t]+|no\.[ \t]*)?\Z"
)
#: A sentence end in a gap ("… 2012. El literal a) …"): no bare sub-unit reaches over it to the article before.
_YEAR_REACH = 1500  # how far back an anaphora finds the year of a norm its antecedent cited without one (characters)
_SENTENCE_END_RE = re.compile(r"[.!?][ \t\n]")
#: "…, y en el" right before a unit: a coordination parallel to a possessive "en su artículo …" (emit_parallel_possessive).
_PARALLEL_EN_BEFORE_RE = re.compile(r"(?:,[ \t]*|[ \t]+)y[ \t]+en[ \t]+(?:el|la|los|las)[ \t]+\Z")
_IN_POSSESSIVE_BEFORE_RE = re.compile(r"(?<![a-záéíóúñ])en[ \t]+sus?[ \t]+\Z")
_PARALLEL_REACH = 250  # how far (characters) the parallel unit may stand from the possessive citation it continues
#: An insertion between a subject norm and its verb, opened after the norm by a comma and a participle, an adjective in
#: -ble or "que" (", aplicable a … en virtud del", ", que modificó la"); see inserted_subject.
_INSERTION_OPEN_RE = re.compile(r"[ \t]*,[ \t]*(?:que|[a-záéíóúñ]+(?:[aií]d[oa]s?|bles?))[ \t]")
#: … closed by a comma and the subject's verb before "su"/"sus" (", dispone en su", ", establece en sus").
_INSERTION_CLOSE_RE = re.compile(
    r"[ \t]*,[ \t]*(?!(?:y|e|o|u|ni|que|como|así|el|la|los|las|en|con|de|del|a|al)[ \t])"
    r"[a-záéíóúñ]+(?:[ \t]+[a-záéíóúñ]+){0,3}[ \t]+sus?[ \t]+"
)
#: A pointing adverb right after (" supra") or right before ("supra, ") an own part of a ruling (lower-case text).
_ADVERB_AFTER_RE = re.compile(r"[ \t]+(?:supra|infra)(?![a-záéíóúüñ])")
_ADVERB_BEFORE_RE = re.compile(r"(?<![a-záéíóúüñ])(supra|infra)[ \t]*,[ \t]*\Z")
#: The label of a ruling's reporting judge in its header ("Magistrado ponente:", "Consejera ponente:"; maybe without the
#: colon, on its own line under the name: "HERNÁN DARÍO OSPINA VÉLEZ / Magistrado ponente").
_PONENTE_LABEL_RE = re.compile(r"[A-ZÁÉÍÓÚ][a-záéíóúñ]+[ \t]+ponente(?![a-záéíóúñ])[ \t]*:?")
#: The participle of the act that issued a code, between the code and that act (", expedido mediante la ").
_ISSUED_BY_RE = re.compile(
    r"[ \t]*,[ \t]*(?:expedid|adoptad|aprobad)[oa][ \t]+(?:por|mediante)[ \t]+(?:(?:el|la)[ \t]+)?"
)
#: A capitalised norm kind alone after a unit (" del Acuerdo no …", " de la Resolución."): no number, no name after it.
#: What may follow a capitalised norm kind written alone (see _BARE_KIND_AFTER_RE): punctuation, or a lower-case word
#: that continues no name ("de", "del", "número", "que" do).
_BARE_KIND_END_RE = re.compile(
    r"(?=[ \t]*[,.;:)]|[ \t]+(?!(?:de|del|n[úu]mero|que)(?![a-záéíóúñ])|no?[.º°])[a-záéíóúñ])"
)
#: Between an own article and a unit of it after "su" ("del artículo 3 y de su parágrafo 2", "… y su numeral 5").
_OWN_POSSESSIVE_GAP_RE = re.compile(r"[ \t]*,?[ \t]+(?:y|e|o)[ \t]+(?:(?:de|en|a)[ \t]+)?sus?[ \t]+")
#: The international labour organisation after a convenio's number (lower-case text): see labour_convention.
_LABOUR_ORG_AFTER_RE = re.compile(
    r"[ \t]+de[ \t]+la[ \t]+(?:oit|organizaci[óo]n[ \t]+internacional[ \t]+del[ \t]+trabajo)(?![a-záéíóúñ])"
)
_BARE_KIND_AFTER_RE = re.compile(
    r"[ \t]+(?:del|de[ \t]+la)[ \t]+(Acuerdo|Resoluci[óo]n|Decreto|Circular|Convenio)"
    r"(?=[ \t]*[,.;:)]|[ \t]+(?!(?:de|del|n[úu]mero|que)(?![a-záéíóúñ])|no?[.º°])[a-záéíóúñ])"
)
#: How far (characters) a dotted numeral may stand from the citation of the article its head names ("sus numerales
#: 87.1 a 87.7. Conforme al numeral 87.4").
_ARTICLE_NUMERAL_REACH = 300
#: Singular "same article" words: "del mismo artículo", "el citado artículo" (one article, never a list of them).
_SINGULAR_SAME = frozenset({"mismo", "citado", "referido", "mencionado", "señalado", "aludido", "precitado"})
#: A Libro heading of the text's own ("LIBRO 2", "LIBRO SEGUNDO" at a line start): a text structured in books.
_OWN_BOOK_RE = re.compile(r"(?m)^[ \t#*>]*LIBRO[ \t]")
#: "así:" that closes a line and opens a list of items labelled "a)", "1.", "2)" (no quote, no heading).
_ANNOUNCE_RE = re.compile(r"así[ \t]*:[ \t]*\n[ \t\n]*(?:[a-z]|\d{1,2})[).][ \t]")
_ANNOUNCE_GAP_RE = re.compile(r"[ \t]*,?[ \t]*")
_ANNOUNCE_REACH = 600
#: An amending formula on the line of the announcing citation: the list after "así:" is new text, not a walk-through.
_AMENDING_RE = re.compile(
    r"quedar[áa]n?|modif[íi]quese|modif[íi]case|adici[óo]nese|adici[óo]nase|sustit[úu]yase|subr[óo]guese|der[óo]guese"
    r"|reempl[áa]cese|in[cs]l[úu]yase|agr[ée]guese"
)
#: A sentence that opens by pointing back at the units just enumerated, up to a sub-unit: "Entre ellos, el ".
_AMONG_THEM_RE = re.compile(r"[ \t]*entre[ \t]+(?:ellos|ellas|otros|otras)[ \t]*,?[ \t]*(?:el|la|los|las)[ \t]+")
#: The gapping of a passive clause: "… fue subrogado por el Decreto 620 de 2020, y el Título 9 por …" (emit_gapped).
_GAP_AND_RE = re.compile(r"[ \t]*,?[ \t]*y[ \t]+(?:el|la|los|las)[ \t]+\Z")
_PASSIVE_BY_RE = re.compile(
    r"[ \t]*,?[ \t]*(?:fue|fueron|ha[ \t]+sido|han[ \t]+sido|ser[áa]n?)[ \t]+[a-záéíóúñ]+[ \t]+por[ \t]+"
    r"(?:el|la|los|las)[ \t]+\Z"
)
#: Designators of the last inciso of an article ("inciso final", "inciso último"), lower-case.
#: Unit words as a heading of the citing text writes them (lower-case patterns; see _Parser.own_heading).
_HEADING_UNIT_WORDS = {
    "artículo": "art[íi]culo",
    "capítulo": "cap[íi]tulo",
    "título": "t[íi]tulo",
    "sección": "secci[óo]n",
    "subsección": "subsecci[óo]n",
    "parágrafo": "par[áa]grafo",
}
_LAST_INCISO_STARTS = ("final", "últim", "ultim")
_LAST_INCISO_RE = re.compile(r"(?:final|[úu]ltim[oa])(?![a-záéíóúüñ])")
#: A line that opens an article of the text itself ("ARTÍCULO 5o.", "Artículo 2.2.2.5.1. Objeto.", "### Artículo 3",
#: '"ARTÍCULO 1.', the corpus' "## art:20 — …") or one of its parágrafos ("PARÁGRAFO 2o."), lower-cased, MULTILINE: a text without one (a concepto, a circular, an exposición de motivos, a
#: ruling) has no articles of its own.
_OWN_ARTICLE_LINE_RE = re.compile(
    r"^[ \t>\"“«*#]*(?:art[íi]culo[ \t]+(?:[úu]nico|primero|\d+(?:\.\d+)*[ \t]*(?:[a-z](?![a-záéíóúüñ]))?[ \t]*[oº°]?"
    r"[ \t]*(?:[.:\-–—]|$))|art:[ \t]*\d|par[áa]grafo(?:[ \t]+(?:\d+[ \t]*[oº°]?|[úu]nico|transitorio))?[ \t]*[.:\-–—])",
    re.MULTILINE,
)
#: A line opening one of the text's own cláusulas ("CLÁUSULA PRIMERA. OBJETO.", "Cláusula 3:"), lower-cased, MULTILINE: the
#: parágrafos of a contract of cláusulas are no evidence of articles of its own.
_OWN_CLAUSE_LINE_RE = re.compile(r"^[ \t>*#]*cl[áa]usula[ \t]+[a-záéíóú0-9]+[ \t]*[oº°]?[ \t]*[.:\-–—]", re.MULTILINE)
#: A clause of a contract the text speaks of ("la cláusula décima del contrato"), lower-cased.
_OTHER_CLAUSE_RE = re.compile(
    r"(?<![a-záéíóúüñ])cl[áa]usula[ \t]+[a-záéíóú0-9]+(?:[ \t]+[a-záéíóú]+[oa])?[ \t]*,?[ \t]*del[ \t]+contrato(?![a-záéíóúüñ])"
)
#: The same, for a dotted article of a decreto único ("ARTÍCULO 2.2.2.5.1. Objeto.").
_OWN_DOTTED_LINE_RE = re.compile(r"^[ \t>\"“«*#]*art[íi]culo[ \t]+\d+\.\d+\.\d+", re.MULTILINE)
#: The text's own bill or initiative named in running text ("El proyecto consta de doce artículos", "esta iniciativa"),
#: lower-cased: after it, a bare "artículo 1" of an exposición de motivos is the bill's (internal). "el proyecto de ley"
#: alone may be another law's bill ("al revisar el proyecto de ley estatutaria").
_OWN_BILL_RE = re.compile(
    r"(?<![a-záéíóúüñ])(?:(?:el|este|del|al)[ \t]+proyecto(?![ \t]+de[ \t]+ley)|presente[ \t]+proyecto"
    r"|(?:esta|la|presente)[ \t]+iniciativa|texto[ \t]+(?:radicado|propuesto|aprobado)|pliego[ \t]+de[ \t]+modificaciones)"
    r"(?![a-záéíóúüñ])"
)
#: Right after a bare article: the bill's ("artículo 8 del proyecto", "artículo 12 del texto radicado").
_OWN_BILL_TAIL_RE = re.compile(
    r"[ \t]*,?[ \t]*de(?:l|[ \t]+la|[ \t]+esta)[ \t]+(?:proyecto|texto|iniciativa|ponencia)(?![a-záéíóúüñ])"
)
#: A number right after the norm word of an anaphora ("del mismo Decreto 1078"), lower-cased.
_NUMBER_AFTER_KIND_RE = re.compile(r"[ \t]+(?:n[oº°.]+[ \t]*)?(?P<number>\d+)(?![.,]?\d)")
#: Between two members of a list of CONPES documents, over the title of the first: ", Política Nacional …, y ".
_TITLE_GAP_RE = re.compile(r"[ \t]*,[ \t]*[^,;.:()\n\d]{3,150},[ \t]*(?:y|e)[ \t]+(?=\d)")
#: How far back a bare article of a text without articles looks for the norm under discussion (characters).
_DISCUSSED_REACH = 1500
#: A line opening one of the document's own articles, numbered in digits (group 1) or in ordinal words ("ARTÍCULO
#: PRIMERO:", "Artículo décimo segundo.", "ARTÍCULO 5o. OBJETO"), on the lower-cased text.
_OWN_ARTICLE_NUMBER_RE = re.compile(
    r"^[ \t>\"“«*#]*art[íi]culo[ \t]+(?:(\d{1,4})[ \t]*[oº°]?|(?:[a-záéíóú]+[ \t]+)?(?:[úu]nic|primer|segund|tercer|cuart"
    r"|quint|sext|s[ée]ptim|octav|noven|d[ée]cim|und[ée]cim|duod[ée]cim|vig[ée]sim|trig[ée]sim)o)[ \t]*(?:[.:\-–—]|$)",
    re.MULTILINE,
)
_INSTRUMENT_FIRSTS = frozenset("CPTDR")  # first letters of g.INSTRUMENT_HEADS
_NUMBERED_FIRSTS = frozenset("ldraco")  # ley, decreto, resolución, acuerdo, acto legislativo, circular, conpes


# ---------------------------------------------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------------------------------------------


def normalize_designator(raw: str) -> str:
    """An article/unit number as the contract wants it: "4o" → "4", "cuarto" → "4", "305a" → "305A", "01" → "1";
    keeps "256-1", "2.2.3.3.3.5"; "décima (10)" → "10"."""
    value = _DESIGNATOR_CACHE.get(raw)
    if value is None:
        value = _normalize_designator(raw)
        if len(_DESIGNATOR_CACHE) > 4096:  # a pure function: the memo only bounds its memory
            _DESIGNATOR_CACHE.clear()
        _DESIGNATOR_CACHE[raw] = value
    return value


_DESIGNATOR_CACHE: dict[str, str] = {}
_FIRST_INT_RE = re.compile(r"\d+")


def _normalize_designator(raw: str) -> str:
    if raw.isdigit():
        return str(int(raw))
    value = _PAREN_RE.sub("", raw.strip()).strip()
    low = g.lower_same_length(value)
    if low in g.ORDINALS:
        return str(g.ORDINALS[low])
    if low.startswith("transitori") and any(c.isdigit() for c in value):
        # "artículo transitorio 5 del Acto Legislativo 01 de 2017": the transitional article's number ("5"); the
        # word stays in the span (a bare "parágrafo transitorio" has no number and keeps its word)
        return str(int(_FIRST_INT_RE.search(value).group(0)))  # type: ignore[union-attr]
    value = _ORDINAL_TAIL_RE.sub("", value).rstrip(".")
    if value and value[0].isdigit():
        value = _INT_RE.sub(lambda m: str(int(m.group(0))), value).upper()
        return _LETTER_SUFFIX_RE.sub(r"\1", value)  # "33-A" is written "33A" too: one article
    if value.endswith(")"):
        return value
    return value.upper() if value.isalpha() and len(value) > 1 and low not in ("único", "única") else value


def normalize_number(raw: str) -> str:
    """A norm number without leading zeros in each digit group ("019" → "19", "100-000002" → "100-2")."""
    if raw.isdecimal():  # all \d characters: the same as the sub below, faster
        return str(int(raw))
    return _INT_RE.sub(lambda m: str(int(m.group(0))), raw)


def _full_year(raw: str) -> int:
    """ "1993" → 1993; a two-digit year as Colombian citations write it ("80/93", "T-760/08") → 1993, 2008."""
    year = int(raw)
    if year > 999:
        return year
    return 2000 + year if year < 50 else 1900 + year


def _is_range(first: str, last: str) -> bool:
    """Two plain numbers, the second greater (and within the reach :func:`_expand_range` expands): a range's ends."""
    if first.isdigit() and last.isdigit():
        a, b = int(first), int(last)
        return a < b <= a + 400
    return False


def _is_form_code(values: list[str]) -> bool:
    """Designators of a form that are catalogue codes of the issuing office ("formato 2516", "formatos 1732 y 1647"
    of the DIAN), not the numbers of the citing document's own forms, which are numbered from 1 ("Formato 3"): three
    or more digits, each of them."""
    return bool(values) and all(len(v) >= 3 and v.isdigit() for v in values)


def _plural_before(low: str, p: int) -> bool:
    """Whether the unit word ending at ``p`` is plural ("artículos", "arts.", "numerales", "núms."): every plural
    unit word ends in "s" (or "s." abbreviated); no singular one does."""
    c = low[p - 1 : p]
    return c == "s" or (c == "." and low[p - 2 : p - 1] == "s")


def _expand_range(first: str, last: str) -> list[str]:
    if first.isdigit() and last.isdigit():
        a, b = int(first), int(last)
        if a < b <= a + 400:
            return [str(n) for n in range(a + 1, b + 1)]
    return [last]


# ---------------------------------------------------------------------------------------------------------------
# Parse structures
# ---------------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Group:
    """One unit group: "numerales 1, 2 y 3", "presente artículo", "inciso anterior", "parágrafo"."""

    start: int
    end: int
    unit: str
    values: list[str] = field(default_factory=list)
    relative: str | None = None
    prefix: str | None = None
    attached_end: int = -1  # end of a unit attached to one designator ("150, numeral 10")
    attached_start: int = -1
    title_start: int = -1  # where a title after a dash starts ("Anexo 1 – Anexo Técnico"): not part of the sub

    @property
    def identified(self) -> bool:
        return bool(self.values) or self.relative is not None or self.prefix is not None


@dataclass(slots=True)
class _Chain:
    groups: list[_Group]
    links: list[str]  # link before groups[i+1]: "nest", "sibling", "dot", "adj"

    @property
    def start(self) -> int:
        return self.groups[0].start

    @property
    def end(self) -> int:
        return self.groups[-1].end


@dataclass(slots=True)
class _Norm:
    start: int
    end: int
    type: str
    number: str | None = None
    year: int | None = None
    plural: bool = False
    ruling: bool = False  # a ruling or auto typed "otro" (by date and case number): never an antecedent of anaphora
    also: str | None = None  # the family of an appositive name ("Ley 769 de 2002, Código Nacional …": "código")
    judicial: bool = False  # cited by a Judicatura id ("Acuerdo PCSJA20-11567"): a list goes on with ids
    year_id: bool = False  # a concepto by an id that opens with its year ("Concepto 2019-0543"): so are the others


# ---------------------------------------------------------------------------------------------------------------
# The parser
# ---------------------------------------------------------------------------------------------------------------


_NORM_KIND_TYPES: dict[str, str] = {}


#: A correspondence number that starts with its year ("2026-0451"): an oficio so numbered is a letter sent, not doctrine.
_YEAR_PREFIX_RE = re.compile(r"(?:19|20)\d\d-")
#: A concepto's id that opens with its year ("2019-0543", "2019-412" after "SSPD-OJ-"): the year, then a sequence
_YEAR_ID_RE = re.compile(r"((?:19|20)\d\d)-(?!(?:19|20)\d\d$)\d{1,6}")  # (not a period: "2019-2020")


def _radicado_consecutive(number: str) -> str:
    """An oficio cited by its radicado, "100208192-903": a dependency code (six digits or more) and the consecutive
    that numbers the oficio; its number is the consecutive, as a concepto cited by radicación keeps its own short
    number. Any other hyphenated number is kept."""
    code, _, rest = number.partition("-")
    return rest if len(code) >= 6 and rest.isdigit() else number


def _norm_kind_type(kind_text: str, m: re.Match[str]) -> str:
    """The norm type of the kind group of ``NORM_KIND_RE`` that matched ``kind_text``. The alternatives are tried in
    order and each one ends before a non-letter, so the same kind text always selects the same alternative: the answer
    is remembered per kind text (a few dozen spellings: "ley", "decretos ley", "res."…; bounded all the same)."""
    ntype = _NORM_KIND_TYPES.get(kind_text)
    if ntype is None:
        groups = m.groups()
        index = 0
        while groups[index] is None:
            index += 1
        ntype = g.NORM_KINDS[index][1]
        if len(_NORM_KIND_TYPES) < 10_000:
            _NORM_KIND_TYPES[kind_text] = ntype
    return ntype


class _Parser:
    """Walks one window of a text. ``low`` is the lower-cased window; positions are window-relative until emitted."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.base = start
        self.low = g.lower_same_length(text[start:end])
        self.n = len(self.low)
        self.refs: list[Reference] = []
        self.last_by_family: dict[str, Reference] = {}
        # antecedents of "la misma ley" / "ibídem" named in running text (not inside < >, nor as the modifier of
        # another norm: "la Ley 1341 de 2009, modificada por la Ley 1978 de 2019"); "norm" = the last that is no ruling
        self.last_in_text: dict[str, Reference] = {}
        has_notes = text.find("<", start, end) >= 0
        self.notes = [(m.start(), m.end()) for m in g.NOTE_RE.finditer(text, start, end)] if has_notes else []
        self.note_starts = [s for s, _ in self.notes]
        self._title: tuple[int, int] | None = None
        self._title_known = False  # _title is computed on first need
        self._first: tuple[int, int] | None = None  # the first line, even of a one-line text (computed on need)
        self._courts: list[int] | None = None  # starts of court names in the window (computed on need)
        self._sections: dict[str, bool] = {}  # dotted numbers of the text's own sections (see own_section)
        self._own_articles = -1  # whether the window has article headings of its own (see has_own_articles)
        self._own_dotted = -1  # … dotted ones (see has_own_dotted_articles)
        self._other_clauses = -1  # whether bare clauses are another contract's (see bare_other_clause)
        self._own_top = -1  # the highest own article number (see own_article_top)
        self._plan = -1  # whether the text names a development plan, whose units it may cite (see plan_unit)
        self._penal = -1  # whether the window is a penal court's text, where "C.P." is the Código Penal (on need)
        self._asked = 0  # the _MAY_* flags looked up in this window so far (see may)
        self._present = 0  # … and those whose words it holds
        self.reviewed: Reference | None = None  # the provision under review, once a participle named it
        # "la norma acusada" with no unit before it: window offset of the noun → (end of the participle, noun)
        self.bare_reviewed: dict[int, tuple[int, str]] = {}
        # starts (text offsets) of norms named as the modifier of another ("…, modificado por el artículo 2 de la Ley
        # 1383 de 2010"): "del mismo artículo" skips them when the modified citation is nearby
        self.secondary: set[int] = set()
        self.anaphoric: set[int] = set()  # starts of references that point back to a norm named before
        # the year of each numbered norm cited with one, and where that citation ends: an anaphora to "la Ley 1150"
        # cited without year takes it when it was written nearby
        self.years: dict[tuple[str, str], tuple[int, int]] = {}
        # numbered norms named once with an appositive code or statute ("Ley 906 de 2004, Código de Procedimiento
        # Penal"): (type, number) → that family; a later citation of the number is again the antecedent of "el mismo
        # código" (see register_also)
        self.also: dict[tuple[str, str], str] = {}
        # short names the text defines for norms ("(en adelante, DUR 1082)"): definitions found up front, the norm
        # each one names filled in when the walk reaches it
        self.alias_defs: dict[int, tuple[str, int]] = {}  # window offset of the alias → (alias, offset of "(")
        self.aliases: dict[str, _Norm] = {}
        self.alias_starts: list[int] = []
        if "adelante" in self.low or "sucesivo" in self.low:
            self.find_alias_definitions()

    # -- small helpers ------------------------------------------------------------------------------------------

    def may(self, flag: int) -> bool:
        """Whether the window holds one of the words of ``flag`` (see :data:`_MAY_WORDS`), without which the patterns
        that ask cannot match: each flag is looked up once, on its first need (most windows never ask for most)."""
        if not self._asked & flag:
            self._asked |= flag
            low = self.low
            for word in _MAY_WORDS[flag]:
                if word in low:
                    self._present |= flag
                    break
        return (self._present & flag) != 0

    def orig(self, a: int, b: int) -> str:
        return self.text[self.base + a : self.base + b]

    def is_upper_at(self, p: int) -> bool:
        return self.text[self.base + p].isupper()

    def in_note(self, a: int, b: int) -> bool:
        if not self.notes:
            return False
        i = bisect.bisect_right(self.note_starts, self.base + a) - 1
        return i >= 0 and self.notes[i][1] >= self.base + b

    # -- short names defined by the text -----------------------------------------------------------------------

    def find_alias_definitions(self) -> None:
        """ "Decreto 1082 de 2015 (en adelante, DUR 1082)": the definitions of short names, and every later place where
        one is written (walked with the triggers; each is a reference to the norm it was defined for)."""
        text, base, low = self.text, self.base, self.low
        found: list[re.Match[str]] = []
        for word in ("adelante", "sucesivo"):  # the pattern is tried only around these words (a full scan is slow)
            i = low.find(word)
            while i >= 0:
                m = g.ALIAS_DEFINITION_RE.search(text, base + max(0, i - 8), min(base + self.n, base + i + 80))
                if m is not None and m.start() <= base + i:
                    found.append(m)
                i = low.find(word, i + 1)
        for m in found:
            alias = m.group("alias")
            if alias in g.NAMED_ACRONYMS:
                continue  # "CPACA", "CGP": named codes in their own right
            line = text.rfind("\n", 0, m.start()) + 1
            paren = text.rfind("(", max(line, m.start() - 200), m.start())
            if paren < 0 or text.find(")", paren, m.start()) >= 0:
                continue
            self.alias_defs[m.start("alias") - base] = (alias, paren - base)
        if not self.alias_defs:
            return
        words = sorted({alias for alias, _ in self.alias_defs.values()}, key=len, reverse=True)
        pattern = re.compile(rf"(?<![\w])(?:{'|'.join(re.escape(w) for w in words)})(?![\w])")
        first = min(self.alias_defs) + base
        self.alias_starts = [m.start() - base for m in pattern.finditer(text, first, base + self.n)]

    def define_alias(self, p: int) -> None:
        """Give the alias defined at ``p`` the norm cited right before its parenthesis (or inside it, a numbered one
        first: "Ley 1437 de 2011 (Código …, en adelante X)")."""
        alias, paren = self.alias_defs[p]
        a, open_ = self.base + p, self.base + paren
        best: Reference | None = None
        for ref in reversed(self.refs):
            if ref.end > a:
                continue
            if ref.start < open_ and self.text[ref.end : open_].strip(" \t"):
                break  # not right before the parenthesis
            if (
                ref.scope == "external"
                and ref.type
                and ref.type != "sentencia"
                and (best is None or (ref.number is not None and best.number is None))
            ):
                best = ref
            if ref.start < open_:
                break
        if best is not None and best.number is not None:
            # "Acuerdo 018 de 2021, Estatuto Tributario del Municipio de Itagüí (en adelante ETM)": the short name
            # abbreviates the statute's name written right before the parenthesis, not the numbered norm
            named = _NAMED_BEFORE_PAREN_RE.search(self.text, max(0, best.start, open_ - 160), open_)
            if named is not None:
                self.aliases[alias] = _Norm(0, 0, "estatuto" if named.group(1)[0] == "E" else "código", None, None)
                return
        if best is not None and best.type is not None:
            year = best.year if best.year is not None else self.year_of(best.type, best.number, a)
            self.aliases[alias] = _Norm(0, 0, best.type, best.number, year)

    def alias_norm(self, p: int) -> _Norm | None:
        """A defined short name written at ``p`` ("del DUR 1082", "el EGCAP"), as the norm it names."""
        text, a = self.text, self.base + p
        for alias, norm in self.aliases.items():
            end = a + len(alias)
            if text.startswith(alias, a) and end - self.base <= self.n and not text[end : end + 1].isalnum():
                return _Norm(p, end - self.base, norm.type, norm.number, norm.year)
        return None

    def from_alias(self, p: int) -> int:
        if p in self.alias_defs:
            self.define_alias(p)
        norm = self.alias_norm(p)
        if norm is None:
            return p + 1
        self.emit_norm(p, norm, None)
        return norm.end

    def year_of(self, ntype: str, number: str | None, at: int) -> int | None:
        """The year of norm ``ntype`` ``number`` as a citation ending at most :data:`_YEAR_REACH` before ``at`` (a text
        offset) wrote it, else None (a year written far away is not the reader's: "year not written nearby")."""
        if number is None:
            return None
        known = self.years.get((ntype, number))
        return known[0] if known is not None and 0 <= at - known[1] <= _YEAR_REACH else None

    # -- designators ---------------------------------------------------------------------------------------------

    def designator(self, p: int, unit: str) -> tuple[int, str] | None:
        low = self.low
        found: tuple[int, str] | None
        m = _NUMBER_DESIGNATOR_MATCH(low, p)
        if m:
            end = m.end()
            if low.startswith(".", end) and _DOT_CONTINUES_RE.match(self.text, self.base + end + 1):
                end += 1  # "numeral 9o., y 313", "numeral 43.2.2. del artículo 43": the dot is the number's
            found = end, normalize_designator(self.orig(p, m.end()))
        else:
            m = _WORD_DESIGNATOR_MATCH(low, p)
            found = (m.end(), normalize_designator(low[p : m.end()])) if m else self.designator_rest(p, unit)
        if found is not None and low.startswith(_BIS_STARTS, found[0]):
            b = g.BIS_RE.match(low, found[0])  # "Título VII bis", "artículo 27 bis": one designator
            if b:
                return b.end(), f"{found[1]} {low[found[0] : b.end()].strip()}"
        return found

    def designator_rest(self, p: int, unit: str) -> tuple[int, str] | None:
        res = g.DESIGNATOR_RES
        low = self.low
        if unit == "inciso" and low.startswith(_LAST_INCISO_STARTS, p):
            m = _LAST_INCISO_RE.match(low, p)  # "inciso final", "inciso último": kept as written
            if m:
                return m.end(), self.orig(p, m.end())
        if unit in g.LETTER_UNITS:
            m = res["letter"].match(low, p)
            if m and low[p] != "y":
                return m.end(), low[p : m.end()].strip("(")
        if unit in g.ROMAN_UNITS:
            m = res["roman"].match(low, p)
            if m and m.end() > p and self.orig(p, m.end()).isupper():
                return m.end(), self.orig(p, m.end())
        if (
            unit == "título"
            and _TITLE_LETTER_RE.match(self.text, self.base + p)
            and _TITLE_WORD_BEFORE_RE.search(self.text, self.base + p - 11 if p > 11 else self.base, self.base + p)
        ):
            return p + 1, self.orig(p, p + 1)  # "Título A", "Títulos J y K" (of the NSR-10): a capital letter
        if unit in _NAMED_ANNEX_UNITS and low[p : p + 1] in _ANNEX_NAME_FIRST:
            # "Anexo Técnico", "Anexo General": an annex named, not numbered; "Apéndice Técnico 1": named and numbered
            m = _ANNEX_NAME_RE.match(low, p)
            if m and self.text[self.base + p].isupper():
                return m.end(), self.orig(p, m.end())
        if unit != "artículo" and (low[p : p + 1] in _LOWER_ROMAN_FIRST):
            m = g.LOWER_ROMAN_RE.match(self.text, self.base + p)  # "numerales iii), iv) y v) del literal j)"
            if m and m.end() - self.base <= self.n:
                return m.end() - self.base, self.orig(p, m.end() - self.base).strip("(")
        return None

    def designator_list(self, p: int, group: _Group, *, after_word: bool = True, single: bool = False) -> int:
        """Designators after the unit word at ``p`` (whitespace included; or right at ``p`` when ``after_word`` is
        false, in an elliptic chain); fills ``group.values``; returns the end."""
        low = self.low
        q = p
        while q < self.n and q - p < 3 and low[q] in " \t\n":
            q += 1
        if q == p and after_word:
            return p
        first = self.designator(q, group.unit)
        if first is None:
            return p
        end, value = first
        group.values.append(value)
        hyphen = "-" in value
        while not single:
            if group.unit == "artículo":
                attached = self.attached_unit(end)
                if attached is not None:
                    if group.attached_end < 0:  # sub keeps the first ("300, numeral 9o., y 313, numeral 3o.")
                        group.attached_start, group.attached_end = attached
                    end = attached[1]
            c = low[end : end + 1]
            # SEPARATOR_RE needs a comma, or whitespace followed by whitespace, a comma, or a/al/hasta/y/e/o/u
            m = None
            if c == ",":
                m = g.SEPARATOR_RE.match(low, end)
            elif c.isspace():
                c = low[end + 1 : end + 2]
                if c in _SEPARATOR_NEXT or c.isspace():
                    m = g.SEPARATOR_RE.match(low, end)
            if m is None and c in _DASHES and after_word:
                q = self.dash_range(end, p, group)
                if q == end:
                    break
                end = q
                continue
            if m:
                nxt = self.designator(m.end(), group.unit)
                if nxt is not None:
                    if m.group("rng"):
                        group.values.extend(_expand_range(group.values[-1], nxt[1]))
                    else:
                        group.values.append(nxt[1])
                        hyphen = hyphen or "-" in nxt[1]
                    end = nxt[0]
                    continue
            break
        if hyphen and after_word and _plural_before(low, p) and not _ET_AFTER_RE.match(low, end):
            # "arts. 1-33", "numerales 2-4": after a plural unit word, two plain numbers, the second the greater, are
            # a range; a hyphenated number stays one ("artículo 240-1", "artículos 771-2 y 771-5", "arts. 12-2 E.T.")
            values: list[str] = []
            for value in group.values:
                first_number, _, last_number = value.partition("-")
                if _is_range(first_number, last_number):
                    values.append(first_number)
                    values.extend(_expand_range(first_number, last_number))
                else:
                    values.append(value)
            group.values = values
        m = g.SIBLINGS_AFTER_RE.match(low, end) if self.may(_MAY_FOLLOW) else None
        return m.end() if m else end

    def dash_range(self, end: int, p: int, group: _Group) -> int:
        """A range written with a dash at ``end``, after a plural unit word ending at ``p`` ("artículos 5 – 9", "arts.
        641–647"): its last number is added to ``group`` (expanded as " a " is) and the new end returned; anything
        else ("artículo 5 – Objeto", "Anexo 1 – Anexo Técnico") leaves ``end``."""
        low = self.low
        d = _DASH_RANGE_RE.match(low, end)
        nxt = self.designator(d.end(), group.unit) if d and _plural_before(low, p) else None
        if nxt is not None and _is_range(group.values[-1], nxt[1]):
            group.values.extend(_expand_range(group.values[-1], nxt[1]))
            return nxt[0]
        return end

    def attached_unit(self, p: int) -> tuple[int, int] | None:
        """ ", numeral 11" after an article number: a smaller unit qualifying that one designator."""
        if self.low.find(",", p, p + 8) < 0:  # the pattern needs a comma within the 8 characters
            return None
        m = _COMMA_RE.match(self.low[p : p + 8])
        if not m:
            return None
        q = p + m.end()
        s = g.GROUP_START_RE.match(self.low, q)
        if not s or s.group("pre") or g.unit_of(s.group("unit")) in (None, "artículo"):
            return None
        if s.group("unit").endswith("s"):
            return None  # "su artículo 3, numerales 1, 2 y 6": a list of its own (a reference of the same article)
        sub = _Group(q, s.end(), g.unit_of(s.group("unit")) or "")
        end = self.designator_list(s.end(), sub, single=True)
        if not sub.values:
            return None
        if self.low.startswith(" de", end):
            n = g.NEST_GROUP_RE.match(self.low, end)
            if n and not n.group("pre") and g.unit_of(n.group("unit")) is not None:
                return None  # "artículo 4, numeral 1 del artículo 5": that numeral is a unit of the next article
        return q, end

    # -- groups and chains ---------------------------------------------------------------------------------------

    def group_from_match(self, start: int, pre: str | None, unit_word: str, end: int) -> _Group | None:
        unit = g.unit_of(unit_word)
        if unit is None or (unit in _PLAN_UNITS and not self.plan_unit(end - len(unit_word))):
            return None
        group = _Group(start, end, unit)
        if pre:
            if pre in g.RELATIVE_PREFIXES:
                group.relative = g.RELATIVE_PREFIXES[pre]
            elif pre in g.ORDINALS:
                group.values.append(str(g.ORDINALS[pre]))
            group.prefix = pre
        else:
            low = self.low
            c = low[end : end + 1]
            m = (
                g.RELATIVE_SUFFIX_RE.match(low, end)
                if (c == " " or c == "\t") and low[end + 1 : end + 2] in _RELATIVE_NEXT
                else None
            )  # a space or tab, then a relative word (or more space)
            if m:
                group.relative = g.RELATIVE_SUFFIXES[m.group("rel")]
                group.end = m.end()
                return group
        group.end = self.designator_list(end, group)
        if unit == "causal" and not group.values and group.relative == "presente":
            return None  # "reglamenta esta causal": a ground spoken of, not a provision (the contract's units)
        if len(group.values) == 1 and group.unit in _TITLED_UNITS and self.low[group.end : group.end + 1] == " ":
            t = _UNIT_TITLE_RE.match(self.text, self.base + group.end)
            if t and t.end() - self.base <= self.n:
                # "Anexo 1 – Anexo Técnico", "Formato 3 – Experiencia": its title
                group.title_start, group.end = group.end, t.end() - self.base
        if group.unit == "formato" and group.title_start < 0 and _is_form_code(group.values):
            return None  # "el formato 2516", "formato 1732": a form of the tax office's catalogue, not an own annex
        if group.values and group.unit in _OWN_SECTION_UNITS:
            low = self.low
            q = group.end
            m = (
                g.RELATIVE_SUFFIX_RE.match(low, q)
                if low[q : q + 1] in (" ", "\t") and low.startswith(_RELATIVE_STARTS, q + 1)
                else None
            )
            # "numeral 4.1 anterior", "numeral 5.3 siguiente": a section of the citing document; so is "el numeral 2
            # anterior" or "la cláusula 3 precedente" (not "siguiente(s)" after a whole number: "artículos 10 y
            # siguientes" lists; nor "anterior a/al": "el numeral 2 anterior a la reforma" dates a version)
            if m and ("." in group.values[-1] or (m.group("rel")[0] != "s" and not _BEFORE_A_RE.match(low, m.end()))):
                group.relative = g.RELATIVE_SUFFIXES[m.group("rel")]
                group.end = m.end()
        if (
            not group.values
            and group.prefix is None
            and self.low[end : end + 1] in (" ", "\t")
            and self.may(_MAY_ANAPHORIC)
        ):
            m = g.ANAPHORIC_AFTER_RE.match(self.low, end)  # "el artículo citado", "el numeral en comento"
            if m:
                group.prefix = "citado"
                group.end = m.end()
        elif (
            group.values
            and group.prefix is None
            and group.relative is None
            and self.low[group.end : group.end + 1] in (" ", "\t")
            and self.low.startswith(_POSTPOSED_STARTS, group.end + 1)
            and self.may(_MAY_ANAPHORIC)
        ):
            # "el artículo 24 citado", "el numeral 3 en comento": that unit of the norm cited before, as "el citado
            # artículo 24" (not "artículo 24 citado en/por …", whose norm or author follows)
            low = self.low
            m = g.ANAPHORIC_AFTER_RE.match(low, group.end)
            if m and not _AFTER_POSTPOSED_RE.match(low, m.end()):
                group.prefix = "citado"
                group.end = m.end()
        return group

    def plan_unit(self, p: int) -> bool:
        """ "el Programa 2.2", "Programa 2.3 de la Línea Estratégica 2": a unit of a development plan's strategic part,
        capitalised, in a text (the window) that names a development plan (looked up once)."""
        if not self.is_upper_at(p):
            return False
        if self._plan < 0:
            self._plan = 1 if _PLAN_TEXT_RE.search(self.text, self.base, self.base + self.n) else 0
        return self._plan == 1

    def chain_from(self, first: _Group) -> _Chain:
        chain = _Chain([first], [])
        low = self.low
        while len(chain.groups) < 40:
            end = chain.end
            m = g.NEST_GROUP_RE.match(low, end)  # NEST_RE, then GROUP_START_RE at its end (one call)
            if m:
                nxt = self.group_from_match(m.end(), m.group("pre"), m.group("unit"), m.end("unit"))
                if nxt is not None and nxt.unit == "parte" and not nxt.values:
                    self.part_name(nxt)
                if nxt is not None and (
                    nxt.identified or self.bare_ok(nxt) or self.norm_follows(nxt) or self.own_bare_annex(chain, nxt)
                ):
                    chain.groups.append(nxt)
                    chain.links.append("poss" if m.group("poss") else "nest")  # "numeral 4 de su artículo 14"
                    continue
            last = chain.groups[-1]
            if last.relative is not None and chain.links and chain.links[-1] == "nest":
                break  # "numeral 1 del presente anexo, el numeral 5 del presente concepto": the container closes it
            if last.title_start >= 0:
                break  # "Formato 3 – Experiencia y la Matriz 2": a unit named with its title is cited alone
            m = g.SIBLING_GROUP_RE.match(low, end)
            if m:
                nxt = self.group_from_match(m.end(), m.group("pre"), m.group("unit"), m.end("unit"))
                if nxt is not None:
                    kind = "dot" if m.group("dot") else "adj" if m.group("adj") else "sibling"
                    ok = nxt.identified or m.group("verb") is not None or self.bare_ok(nxt)
                    if kind == "dot" and not self.is_upper_at(nxt.start):
                        ok = False
                    if kind == "adj" and not nxt.values:
                        ok = False
                    if (
                        kind == "sibling"
                        and last.prefix in _SAME_WORDS
                        and (not last.values or (chain.links and chain.links[-1] == "nest"))
                    ):
                        # "parágrafo 2 del mismo artículo y del artículo 368 ibídem", "inciso 3 del mismo artículo 11
                        # y el literal d) del numeral 2 del artículo 164 de la Ley 1437": the anaphora is closed
                        ok = False
                    if kind == "sibling" and last.relative in _POINTING_RELATIVES and not last.values and nxt.values:
                        # "del numeral anterior y del numeral 2 del presente concepto": a unit that points by its
                        # place is whole; the numbered unit after it is another citation, with its own container
                        ok = False
                    if kind == "sibling" and (nxt.unit in _PLAN_UNITS) != (last.unit in _PLAN_UNITS):
                        # "los programas de los artículos 5 a 7 y de la Línea Estratégica 5": the plan's own units
                        # are another structure than the articles; each is its own citation
                        ok = False
                    if ok:
                        chain.groups.append(nxt)
                        chain.links.append(kind)
                        continue
            break
        return chain

    def part_name(self, group: _Group) -> None:
        """ "Sección 4.5 de la Parte Especial", "Capítulo IV de esta Parte General": a Part named, as the container of
        a unit, is designated by its name (in the span); "Parte" and the name capitalised ("la parte general del plan"
        is prose, and a Part alone, "PARTE ESPECIAL" over a contract's sections, is its heading)."""
        e = group.end
        m = _PART_NAME_RE.match(self.low, e) if self.low.startswith(" ", e) else None
        if m is None:
            return
        if self.is_upper_at(e - 5) and self.is_upper_at(m.start("name")):
            group.values.append(self.orig(m.start("name"), m.end()))
            group.end = m.end()

    def other_contract_clause(self, chain: _Chain) -> bool:
        """ "la cláusula décima segunda del contrato", "Su cláusula vigésima contiene el pacto arbitral" (after a
        contract was described): a clause of a contract the text discusses, which is no norm and no part of the text
        (a contract's own clauses are "la cláusula anterior", "de la presente cláusula", or bare)."""
        low = self.low
        if g.OTHER_CONTRACT_AFTER_RE.match(low, chain.end):
            return True
        a = chain.start
        return (
            chain.groups[0].unit == "cláusula"
            and g.POSSESSIVE_BEFORE_RE.search(low, a - 7 if a > 7 else 0, a) is not None
        )

    def bare_other_clause(self, chain: _Chain) -> bool:
        """ "por la fórmula de la cláusula sexta" in an acta that liquidates a contract: a bare clause (no relative, no
        own instrument after it) of a whole text with no cláusula headings of its own, that cites "la cláusula … del
        contrato" elsewhere, is a clause of that contract (a contract's own clauses open its lines)."""
        if len(chain.groups) != 1 or (self.may(_MAY_SELF) and g.SELF_TAIL_RE.match(self.low, chain.end)):
            return False
        if self._other_clauses < 0:
            low = self.low
            first = low.find("\n\n")
            whole = first >= 0 and low.find("\n\n", first + 2) >= 0
            self._other_clauses = (
                1 if whole and _OTHER_CLAUSE_RE.search(low) and not _OWN_CLAUSE_LINE_RE.search(low) else 0
            )
        return self._other_clauses == 1

    def self_tail_follows(self, group: _Group) -> bool:
        """ "el anexo del presente decreto", "el parágrafo de la presente cláusula": a bare unit (singular) of the
        citing document itself."""
        low = self.low
        e = group.end
        return (
            self.may(_MAY_SELF)
            and low.startswith(" de", e)
            and not low.endswith("s", 0, e)
            and g.SELF_TAIL_RE.match(low, e) is not None
        )

    def own_bare_annex(self, chain: _Chain, group: _Group) -> bool:
        """ "como consta en el numeral 4 del anexo.": a numbered unit of THE annex of the citing document (singular,
        bare, closed by punctuation: no norm, no relative clause after it) is one internal citation, as "numeral 4 del
        Anexo Técnico"."""
        low = self.low
        e = group.end
        return (
            group.unit == "anexo"
            and not group.values
            and group.prefix is None
            and group.relative is None
            and not low.endswith("s", 0, e)
            and bool(chain.groups[-1].values)
            and (e >= self.n or low[e] in ".,;:)\n" or self.own_technical_annex(group))
        )

    def own_technical_annex(self, group: _Group) -> bool:
        """ "conforme a los numerales 3.1 a 3.4 del anexo técnico.", "… del anexo técnico y mantener …": THE technical
        annex of the citing document (lower-case, no norm after it); the name joins the citation's span."""
        low = self.low
        e = group.end
        if not low.startswith(" t", e):
            return False
        m = _OWN_TECHNICAL_ANNEX_RE.match(low, e)
        if m is None:
            return False
        group.end = m.end("name")
        return True

    def bare_ok(self, group: _Group) -> bool:
        """A unit without designator ("el parágrafo del artículo 19") is a citation only if a unit nests it; never a
        form or a matrix, named only by their number ("la matriz del Anexo 3" cites the annex: "matriz" is prose)."""
        if group.unit in _NUMBERED_ONLY_UNITS:
            return False
        m = g.NEST_GROUP_RE.match(self.low, group.end)
        if not m:
            return False
        nxt = self.group_from_match(m.end(), m.group("pre"), m.group("unit"), m.end("unit"))
        return nxt is not None and nxt.identified

    def possessive_subunit(self, group: _Group) -> bool:
        """ "El artículo 147 de la Ley 1955 de 2019 ordenó …; su parágrafo extendió …": a bare sub-unit after "su" is
        one of the external article cited last, shortly before (see emit_possessive)."""
        a = group.start
        if group.unit not in _SUBUNITS or not self.low.endswith("su ", 0, a) or not self.refs:
            return False
        if a > 3 and self.low[a - 4].isalpha():
            return False
        prev = self.refs[-1]
        return (
            prev.scope == "external"
            and prev.article is not None
            and prev.type not in _NOT_DISCUSSED_TYPES
            and 0 <= self.base + a - prev.end <= _POSSESSIVE_REACH
        )

    def anaphoric_tail_follows(self, group: _Group) -> bool:
        """ "el parágrafo de la misma disposición", "el inciso de la citada ley": a bare unit of a norm named before (a
        norm word is written; "parágrafo ibídem" alone is not enough)."""
        if not self.may(_MAY_ANAPHORIC):
            return False
        t = self.anaphoric_tail(group.end)
        return t is not None and t.group("ibid") is None

    def anaphoric_tail(self, p: int) -> re.Match[str] | None:
        """:data:`ANAPHORIC_TAIL_RE` at ``p``, but "la misma Carta" only capitalised (the Constitution; "de la misma
        carta" is a letter)."""
        t = g.ANAPHORIC_TAIL_RE.match(self.low, p)
        if t is not None:
            kind = t.group("kind") or t.group("kind2") or t.group("kind3")
            if kind is not None and kind.startswith("carta") and not self.is_upper_at(t.start(kind_group(t))):
                return None
        return t

    def norm_follows(self, group: _Group) -> bool:
        """ "…del numeral IV del Anexo del Decreto 2641 de 2012": a bare unit just before its norm."""
        return self.norm_after(group.end, group) is not None

    def norm_after(self, p: int, last: _Group | None = None) -> _Norm | None:
        """The norm of a unit chain ending at ``p``: after a connector ("… de la Ley 80 de 1993", "… del EOSF"), or
        written straight after the unit ("art. 79 Ley 142 de 1994", "art. 424 ET", "art. 150 num. 10 C.P."), where
        only a numbered norm, a named one or an abbreviation counts (never a bare word)."""
        low = self.low
        c = g.NORM_CONNECTOR_RE.match(low, p)
        if c:
            q = c.end()
            norm = self.norm_at(q)
            if norm is None and low.startswith("carta", q):
                m = g.BARE_CARTA_RE.match(self.text, self.base + q)  # "artículo 83 de la Carta"
                if m and m.end() - self.base <= self.n:
                    return _Norm(q, m.end() - self.base, "constitución")
            if norm is None and self.text[self.base + q : self.base + q + 1] in ("C", "E"):
                m = g.UNIT_ACRONYM_RE.match(self.text, self.base + q)  # "art. 632 del E.T.", "artículo 355 de la C.P."
                if m and m.end() - self.base <= self.n:
                    return _Norm(q, m.end() - self.base, self.acronym_type(m.group(0)))
            if norm is None and self.text[self.base + q : self.base + q + 1] in _INSTRUMENT_FIRSTS:
                # "artículo 9 de la Convención sobre los Derechos de las Personas con Discapacidad": a named instrument
                m = g.INSTRUMENT_RE.match(self.text, self.base + q)
                if m and m.end() - self.base <= self.n:
                    return _Norm(q, m.end() - self.base, "otro")
            return norm
        numbered = last is not None and last.unit == "artículo" and bool(last.values) and last.relative is None
        if numbered and (
            low.startswith(("superior", "constitucional"), p + 1)
            or (last is not None and last.attached_end >= 0 and low.startswith(",", p))
        ):
            # "artículo 311 superior", and after the article's own units "artículo 313, numeral 7, superior": the
            # Constitution, in rulings
            m = g.SUPERIOR_RE.match(low, p)
            if m:
                return _Norm(m.start("w"), m.end(), "constitución")
        if low[p : p + 1] == "," and last is not None and last.values:
            m = g.COMMA_ACRONYM_RE.match(self.text, self.base + p)  # "art. 13, inc. 3, C.P."
            if m and m.end() - self.base <= self.n:
                return _Norm(m.start("acr") - self.base, m.end() - self.base, self.acronym_type(m.group("acr")))
            c = _COMMA_RE.match(low, p)
            q = c.end() if c else p
            if q < self.n and self.is_upper_at(q) and low[q : q + 1] in _NUMBERED_FIRSTS and last.relative is None:
                # "lit. e), num. 4, art. 2, Ley 1150 de 2007": a numbered, dated norm after a comma closes the chain
                norm = self.norm_at(q)
                if (
                    norm is not None
                    and norm.number is not None
                    and norm.year is not None
                    and norm.type != "sentencia"
                    and not norm.ruling
                    and not norm.plural
                ):
                    return norm
        d = g.DIRECT_NORM_RE.match(low, p) if low[p : p + 1] in (" ", "\t") else None
        if d is None or (last is not None and (not last.values or last.relative is not None)):
            return None  # "artículo siguiente Constitución": only a numbered unit takes its norm without "de"
        q = d.end()
        m = g.UNIT_ACRONYM_RE.match(self.text, self.base + q)
        if m and m.end() - self.base <= self.n:
            return _Norm(q, m.end() - self.base, self.acronym_type(m.group(0)))
        norm = self.norm_at(q)
        if norm is None or norm.type == "sentencia" or (norm.number is None and not self.is_upper_at(q)):
            return None
        return norm

    # -- norms ---------------------------------------------------------------------------------------------------

    def norm_at(self, p: int) -> _Norm | None:
        low = self.low
        if low.startswith("sentencia", p):
            return self.sentencia_at(p)
        if low.startswith(("auto", "providencia", "fallo"), p):
            return self.auto_at(p)
        m = g.NORM_KIND_RE.match(low, p)
        if m and low.startswith("l.", p) and not self.is_upper_at(p):
            m = None  # "L. 80/93" is a law; a small "l." is not
        if m:
            # the kind groups k0, k1… come first in the pattern, one of them matched, and the "fill" group (always
            # matched, maybe empty) starts where it ends; which one matched depends only on the kind's text (see
            # _kind_type), so it is looked up instead of scanning the match's groups
            kind_text = low[p : m.start("fill")]
            ntype = _norm_kind_type(kind_text, m)
            q = m.end()
            # whitespace, then a letter: never a digit
            a = (
                g.ACRONYM_BETWEEN_RE.match(low, q)
                if low[q : q + 1].isspace() and not low[q + 1 : q + 2].isdigit()
                else None
            )
            words = self.issuer_words(a.start("acr"), a.end("acr")) if a else 0
            if words and a is not None:
                q = a.end()
                f = _NUMBER_WORD_RE.match(low[q : q + 10])
                if f:
                    q += f.end()
            num = g.NORM_NUMBER_RE.match(low, q)
            if num:
                norm = _Norm(p, num.end(), ntype, normalize_number(num.group("num")))
                norm.plural = kind_text.split()[0].endswith("s") and ntype != "conpes"
                y = g.YEAR_RE.match(low, num.end())
                if y is None and low.startswith("/", num.end()):
                    y = g.SLASH_YEAR_RE.match(low, num.end())  # "Ley 80/93"
                elif y is None and low[num.end() : num.end() + 1] == " " and len(num.group("num")) <= 3:
                    # "Resolución CREG 101 029 de 2026": thousands written apart with a space (CREG, CRA series);
                    # believed only with a year right after the second group
                    sp = _SPACED_THOUSANDS_RE.match(low, num.end())
                    y = g.YEAR_RE.match(low, sp.end()) if sp else None
                    if sp and y:
                        norm.number = normalize_number(num.group("num") + sp.group(1))
                if y is None and words:
                    y = self.joint_year(num.end())  # "Resolución Conjunta SNR 1732 IGAC 221 de 2018"
                if (
                    words == 1
                    and a is not None
                    and num.start("num") == a.end("acr")
                    and not self.judicial_id(norm, a.start("acr"), a.end("acr"), num.end("num"))
                ):
                    return None  # "el Acuerdo PCSJA20 del Consejo": a Judicatura prefix, but no whole id
                if y:
                    norm.year = _full_year(y.group(y.lastgroup or "year"))
                    norm.end = y.end()
                elif norm.judicial:
                    pass  # the id's year
                elif kind_text.startswith("concept") and self.year_id(norm, num.group("num")):
                    pass  # "Concepto SSPD-OJ-2019-412", "Conceptos 2019-0543 y 2022-0113": the year in the id
                elif low.startswith(" del mismo a", num.end()) and self.same_year(norm, num.end()):
                    pass  # "el Acuerdo 049 de 1990, aprobado por el Decreto 758 del mismo año": the year just written
                elif (
                    words > 1
                    or kind_text.endswith(".")
                    or (
                        kind_text.startswith(("concept", "oficio", "instrucc"))
                        and not (norm.plural and self.list_year_follows(num.end()))
                    )
                ):
                    # "DECRETO EXPEDIDO EN 2019", "una res. 5": only believed with a year; a concepto or an oficio
                    # too, or a list of them whose last member has it ("los Oficios 903117 y 905889 de 2024")
                    return None
                if kind_text.startswith("decisi"):
                    return self.andean_decision(norm)
                if kind_text.startswith("conven"):
                    return self.labour_convention(norm)
                if kind_text.startswith("rac") and not self.text.startswith("RAC", self.base + p):
                    return None  # "RAC 100" in capitals is the Reglamento Aeronáutico; "rac 5" in prose is not
                if kind_text == "nia" and not self.text.startswith("NIA", self.base + p):
                    return None  # "NIA 700", an auditing standard, in capitals only
                if norm.number is not None and "-" in norm.number and kind_text.startswith("oficio"):
                    if _YEAR_PREFIX_RE.match(norm.number):
                        return None  # "MEDIANTE OFICIO No. 2026-0451 DEL 3 DE NOVIEMBRE": correspondence, not doctrine
                    norm.number = _radicado_consecutive(norm.number)
                self.appositive(norm)
                return norm
            if ntype == "decreto" and "nico" in (m.group("fill") or ""):
                return self.unique_decree(p, m.end())
            if self.years and not kind_text.endswith("s") and low.startswith(" de ", q):
                known = self.year_only(p, q, ntype)  # "el Acuerdo de 2009", after "Acuerdo 033 de 2009"
                if known is not None:
                    return known
        m = g.NAMED_RE.match(low, p)
        if m:
            norm = _Norm(p, m.end(), g.NAMED_TYPES_BY_GROUP[m.lastgroup or ""])  # one group per alternative
            if norm.type == "constitución":
                return self.constitution_year(norm)
            norm.end = self.territorial_end(norm.end)
            return self.named_with_number(norm)
        if low.startswith("constituci", p):
            bare = self.bare_constitution(p)
            return self.constitution_year(bare) if bare is not None else None
        m = (
            g.GENERIC_NAMED_RE.match(self.text, self.base + p)
            if self.text.startswith(_GENERIC_HEADS, self.base + p)
            else None
        )
        if (
            m
            and m.end() - self.base <= self.n
            and not _CODE_ID_AFTER_RE.match(self.text, m.end())
            and not _CODE_ID_NAME_RE.fullmatch(self.text, m.start(), m.end())
            and not (self.text.startswith(":", m.end()) and self.at_line_start(p))
        ):
            # (not "Código GJ-PO-04", "Código CIIU 6201", "Código SNIES", "Código DANE": a document's or a
            # classification's code, not a named code; nor "Código Postal: 050021", a form's label opening a line)
            head = g.lower_same_length(self.orig(p, p + 7))
            return self.named_with_number(
                _Norm(p, m.end() - self.base, "código" if head.startswith("c") else "estatuto")
            )
        m = g.ACRONYM_RE.match(self.text, self.base + p) if self.text.startswith(_ACRONYMS, self.base + p) else None
        if m and m.end() - self.base <= self.n:
            return _Norm(p, m.end() - self.base, g.NAMED_ACRONYMS[m.group(0)])
        return self.alias_norm(p) if self.aliases else None

    def at_line_start(self, p: int) -> bool:
        """Only blanks (or list marks) stand between the start of its line and window offset ``p``."""
        a = self.base + p
        line = self.text.rfind("\n", 0, a) + 1
        return not self.text[line:a].strip(" \t-–•*#>|")

    def constitution_year(self, norm: _Norm) -> _Norm:
        """ "Constitución Política de 1991": the year is written, so it is recorded (and kept in the span)."""
        text = self.low[norm.start : norm.end]
        if "1991" in text:
            norm.year = 1991
            return norm
        m = _CONSTITUTION_YEAR_RE.match(self.low, norm.end)
        if m:
            norm.year, norm.end = int(m.group("year")), m.end()
        return norm

    def same_year(self, norm: _Norm, q: int) -> bool:
        """ "Decreto 758 del mismo año" at window offset ``q``: the year of the citation just before (in its sentence,
        within :data:`_SUBUNIT_REACH`) becomes the norm's, its span ending at "año"; False when there is none."""
        m = _SAME_YEAR_RE.match(self.low, q)
        if m is None or not self.refs:
            return False
        prev, a = self.refs[-1], self.base + norm.start
        if prev.year is None or prev.end > a or a - prev.end > _SUBUNIT_REACH or "." in self.text[prev.end : a]:
            return False
        norm.year, norm.end = prev.year, m.end()
        return True

    def territorial_end(self, end: int) -> int:
        """Where a named code or statute ending at window offset ``end`` ends with its territorial qualifier: "Estatuto
        Tributario Nacional", "Estatuto Tributario del Municipio de Itagüí", "Estatuto Tributario de Envigado" (the
        qualifier is in the name)."""
        if self.low[end : end + 1] != " ":
            return end
        nxt = self.base + end + 1
        c = self.text[nxt : nxt + 1]
        if c in ("N", "D", "M"):
            t = _TERRITORIAL_RE.match(self.text, self.base + end)
            if t and t.end() - self.base <= self.n:
                return t.end() - self.base
        elif c == "d" and self.text.startswith(("del ", "de "), nxt):
            t = _TERRITORIAL_OF_RE.match(self.text, self.base + end)
            if t and t.end() - self.base <= self.n:
                return t.end() - self.base
        return end

    def named_with_number(self, norm: _Norm) -> _Norm:
        """ "Estatuto Anticorrupción (Ley 1474 de 2011)", "Código General del Proceso (Ley 1564 de 2012)": a named norm
        with its number in parentheses right after it is ONE norm, typed by the number (two names for one norm); so is
        one with its number between dashes ("Código de Procedimiento Administrativo … —Ley 1437 de 2011—", the
        closing dash left out)."""
        low = self.low
        if low.find("(", norm.end, norm.end + 3) < 0:
            d = _DASH_OPEN_RE.match(low, norm.end)
            if d is None or not low.startswith(("ley", "decreto"), d.end()):
                return norm
            inner = self.norm_at(d.end())
            if inner is None or inner.number is None or inner.type == "sentencia" or inner.plural:
                return norm
            inner.start = norm.start
            return inner
        m = _PAREN_OPEN_RE.match(low, norm.end)
        if not m:
            return norm
        if not low.startswith(("ley", "decreto", "acuerdo", "ordenanza"), m.end()):
            # "Código de Procedimiento Administrativo y de lo Contencioso Administrativo (CPACA)": its short name in
            # parentheses right after it is an appositive (two names for one norm): one reference over both
            a = _PAREN_ACRONYM_RE.match(self.text, self.base + norm.end)
            if a and a.end() - self.base <= self.n:
                norm.end = a.end() - self.base
            return norm
        inner = self.norm_at(m.end())
        if inner is None or inner.number is None or inner.type == "sentencia":
            return norm
        close = _PAREN_END_RE.match(low, inner.end)
        if not close:
            return norm
        inner.start, inner.end, inner.plural = norm.start, close.end(), False
        if inner.also is None and norm.type in ("código", "estatuto"):
            inner.also = norm.type  # "… del mismo estatuto" after "Estatuto Tributario (Decreto 624 de 1989)"
        return inner

    def year_only(self, p: int, q: int, ntype: str) -> _Norm | None:
        """ "la matriz de usos del Acuerdo de 2009": a capitalised kind and a bare year, no number, is the norm of that
        type and year cited with its number before ("Acuerdo 033 de 2009"): external, number null (as written), the
        year. Without such an antecedent ("la Ley de 1993" alone) it is nothing."""
        y = _YEAR_ONLY_RE.match(self.low, q)
        if y is None or not self.is_upper_at(p):
            return None
        year = int(y.group(1))
        at = self.base + p
        for (t, _), (known, end) in self.years.items():
            if t == ntype and known == year and end <= at:
                norm = _Norm(p, y.end(), ntype, None)
                norm.year = year
                return norm
        return None

    def joint_year(self, q: int) -> re.Match[str] | None:
        """The year of a joint act numbered by each of its issuers ("Resolución Conjunta SNR 1732 IGAC 221 de 2018"),
        after the first issuer's number at ``q``: a second issuer (capitals on the original text), its number, then the
        year; the act keeps the first number. None when anything else follows."""
        low = self.low
        a = g.ACRONYM_BETWEEN_RE.match(low, q) if low[q : q + 1] in (" ", "\t") else None
        if a is None or not self.issuer_words(a.start("acr"), a.end("acr")):
            return None
        q = a.end()
        f = _NUMBER_WORD_RE.match(low[q : q + 10])
        if f:
            q += f.end()
        num = g.NORM_NUMBER_RE.match(low, q)
        return g.YEAR_RE.match(low, num.end()) if num else None

    def judicial_id(self, norm: _Norm, a: int, e: int, b: int) -> bool:
        """ "Acuerdo PCSJA20-11567" (the acronym from ``a`` to ``e``, the number ending at ``b``): an id of the Consejo
        Superior de la Judicatura (or of a Consejo Seccional), the issuer glued to the two-digit year and, after the
        hyphen, the sequential number, which is the norm's number; the year is the id's unless a "de 2020" after it
        says otherwise (the caller sees to that). False for a Judicatura prefix glued to digits that are no whole id
        ("PCSJA20"); any other acronym glued to a number is left as it is."""
        m = g.JUDICIAL_ID_RE.match(self.low, a)
        if m is None or m.end() != b:
            return g.JUDICIAL_PREFIX_RE.fullmatch(self.low, a, e) is None
        norm.number = normalize_number(m.group("num"))
        norm.year = 2000 + int(m.group("yy"))
        norm.judicial = True
        return True

    def year_id(self, norm: _Norm, raw: str) -> bool:
        """ "Concepto SSPD-OJ-2019-412", "Conceptos 2019-0543 y 2022-0113" (CTCP): a concepto numbered by an id that
        opens with its year, no year written after it; the year is the id's, and the id is no number of the contract
        (digits only), so the number is left out, as the held-out sets annotate them."""
        m = _YEAR_ID_RE.fullmatch(raw)
        if m is None:
            return False
        norm.number = None
        norm.year = int(m.group(1))
        norm.year_id = True
        return True

    def issuer_words(self, a: int, b: int) -> int:
        """Number of words of an issuer written between kind and number when it looks like one (else 0): every word
        an acronym or capitalised name with at least two capitals ("MinTIC", "MINSALUD", "PROTECCIÓN"), joined by
        particles ("Y", "de"); the first and last words are not particles."""
        words = self.orig(a, b).split()
        if g.lower_same_length(words[-1]) in g.ISSUER_PARTICLES:
            return 0
        if words[0] in ("de", "del") and len(words) > 1:
            # "Acuerdo de Junta Directiva 012 de 2023": an organ named with capitals after "de" (a year is required)
            named = [w for w in words[1:] if g.lower_same_length(w) not in g.ISSUER_PARTICLES]
            if len(named) == 1 and g.NORM_KIND_RE.fullmatch(g.lower_same_length(named[0])):
                return 0  # "las decisiones del Acuerdo 012 de 2018": the norm after "de" is the one cited, no issuer
            return len(words) if named and all(w[0].isupper() for w in named) else 0
        if g.lower_same_length(words[0]) in g.ISSUER_PARTICLES:
            return 0
        for word in words:
            if g.lower_same_length(word) in g.ISSUER_PARTICLES:
                continue
            if len(_UPPER_RE.findall(word)) < 2:
                return 0
        return len(words)

    def sentencia_at(self, p: int) -> _Norm | None:
        m = g.SENTENCIA_RE.match(self.low, p)
        if not m:
            return self.dated_ruling(p) or self.issuer_id_decision(p)
        return self.ruling(p, m)

    def issuer_id_decision(self, p: int) -> _Norm | None:
        """ "Auto TP-SA 019 de 2018", "Sentencia Interpretativa TP-SA-SENIT 1 de 2019": a decision numbered after its
        issuer's acronym (capitals on the original text, one or more hyphenated parts), with its year: type "otro",
        the number after the acronym."""
        low = self.low
        m = _ISSUER_ID_RE.match(low, p)
        if m is None or m.group("acr") in _NOT_ISSUER_IDS or not self.orig(m.start("acr"), m.end("acr")).isupper():
            return None
        num = g.NORM_NUMBER_RE.match(low, m.end())
        y = g.YEAR_RE.match(low, num.end()) if num else None
        if num is None or y is None:
            return None
        if g.PROCEDURAL_AUTO_AFTER_RE.match(low, y.end()) and g.PROCEDURAL_AUTO_BEFORE_RE.search(
            low[max(0, p - 24) : p]
        ):
            return None  # "Mediante Auto SDSJ 0932 de 2026 se avocó conocimiento": a step of this proceeding
        return _Norm(p, y.end(), "otro", normalize_number(num.group("num")), int(y.group("year")), ruling=True)

    def dated_ruling(self, p: int) -> _Norm | None:
        """ "sentencia del 3 de mayo de 2018, exp. 45123", "auto de 12 de junio de 2019, Rad. 11001-03-…": a ruling or
        auto of the Consejo de Estado (or any court) by date and case number; type "otro", the year of the date."""
        low = self.low
        if low.find(" de ", p, p + 40) < 0:  # the date needs "de" soon after the head word
            return None
        m = g.DATED_RULING_RE.match(low, p)
        if not m:
            return None
        end = m.end()
        if m.group("case") and low.startswith(")", end) and low.find("(", m.end("year"), m.start("case")) >= 0:
            end += 1  # "… de 2013 (exp. 25.363)": the parenthesis closes the citation
        return _Norm(p, end, "otro", None, int(m.group("year")), ruling=True)

    def auto_at(self, p: int) -> _Norm | None:
        """ "Auto 004 de 2009" (a numbered auto, with its year), or an auto / providencia by date and case number."""
        low = self.low
        m = _AUTO_RE.match(low, p)
        if m:
            num = g.NORM_NUMBER_RE.match(low, m.end())
            y = g.YEAR_RE.match(low, num.end()) if num else None
            if num and y:
                if g.PROCEDURAL_AUTO_AFTER_RE.match(low, y.end()) and g.PROCEDURAL_AUTO_BEFORE_RE.search(
                    low[max(0, p - 24) : p]
                ):
                    return None  # "Mediante Auto No. 412 de 2024 se abrió el proceso": a step of this proceeding
                norm = _Norm(p, y.end(), "otro", normalize_number(num.group("num")), int(y.group("year")), ruling=True)
                norm.plural = low.startswith("autos", p)
                return norm
            if num and low.startswith("autos", p) and self.list_year_follows(num.end()):
                # "los Autos 110 y 548 de 2021": the year written after the last member is theirs (see share_year)
                norm = _Norm(p, num.end(), "otro", normalize_number(num.group("num")), None, ruling=True)
                norm.plural = True
                return norm
        return self.dated_ruling(p) or self.issuer_id_decision(p)

    def list_year_follows(self, end: int) -> bool:
        """Whether a list of bare numbers after ``end`` (", 548 y 1405") ends with a year ("… de 2021")."""
        low = self.low
        for _ in range(20):
            m = g.PLURAL_MORE_RE.match(low, end)
            num = g.NORM_NUMBER_RE.match(low, m.end()) if m else None
            if num is None:
                return False
            if g.YEAR_RE.match(low, num.end()):
                return True
            end = num.end()
        return False

    def labour_convention(self, norm: _Norm) -> _Norm | None:
        """ "Convenio 169 de la OIT", "Convenio 87 de la Organización Internacional del Trabajo": a numbered convenio is
        a treaty only with the organisation named right after it (in the span); else it is an agreement between
        parties ("el Convenio 045 de 2026"), no citation."""
        m = _LABOUR_ORG_AFTER_RE.match(self.low, norm.end)
        if m is None:
            return None
        norm.end = m.end()
        return norm

    def andean_decision(self, norm: _Norm) -> _Norm | None:
        """ "Decisión 486 de 2000 de la Comisión de la Comunidad Andina", "Decisión Andina 351 de 1993": believed with a
        year or a capital D; the Andean issuer is part of the name."""
        if norm.year is None and not self.is_upper_at(norm.start):
            return None  # "la decisión 3 del comité"
        low = self.low
        if low.find("andin", norm.end, norm.end + 60) >= 0 or low.find("cartagena", norm.end, norm.end + 60) >= 0:
            m = g.ANDEAN_TAIL_RE.match(low, norm.end)
            if m:
                norm.end = m.end()
        return norm

    def ruling(self, p: int, m: re.Match[str]) -> _Norm:
        suffix = (m.group("suf") or "").upper()
        norm = _Norm(p, m.end(), "sentencia", f"{m.group('let').upper()}-{int(m.group('num'))}{suffix}")
        yy = m.group("yy")
        if yy:
            norm.year = _full_year(yy)
        else:
            y = g.YEAR_RE.match(self.low, m.end())
            if y:
                norm.year = int(y.group("year"))
                norm.end = y.end()
        norm.plural = self.low.startswith("sentencias", p)
        return norm

    def bare_constitution(self, p: int) -> _Norm | None:
        """ "Constitución" alone means the Constitution when written with a capital and not "constitución de X"."""
        if p + 12 > self.n:
            return None  # "Constitución" cut by the window's end
        word = self.orig(p, p + 12)
        if not (word[0] == "C" and word[1:].islower()):
            return None
        after = self.low[p + 12 : p + 40]
        if _DE_AFTER_RE.match(after) and not _DE_1991_RE.match(after):
            return None
        if self.low[max(0, p - 6) : p].endswith("corte "):
            return None
        return _Norm(p, p + 12, "constitución")

    def unique_decree(self, p: int, q: int) -> _Norm | None:
        """ "Decreto Único Reglamentario del Sector …, Decreto 1078 de 2015": one norm, typed by its number."""
        m = g.NAME_TAIL_RE.match(self.text, self.base + q)
        if m and m.end() - self.base > self.n:
            m = None  # the name runs past the window (it used to end in an IndexError): as GENERIC_NAMED_RE does
        end = self.sector_list_end(m.end() - self.base) if m else q
        norm = _Norm(p, end, "decreto")
        a = _COMMA_RE.match(self.low[end : end + 6])
        if a:
            inner = self.norm_at(end + a.end())
            if inner is not None and inner.number:
                inner.start = p
                return inner
        return norm if m else None

    def sector_list_end(self, end: int) -> int:
        """ "Decreto Único Reglamentario del Sector Comercio, Industria y Turismo": a sector named by a list of
        capitalised words ("…, Ciudad y Territorio") stays in the decree's name; ``end`` is where the name's first word
        group ends (window offset)."""
        if not self.text.startswith(", ", self.base + end):
            return end
        m = _SECTOR_LIST_RE.match(self.text, self.base + end)
        return m.end() - self.base if m and m.end() - self.base <= self.n else end

    def appositive(self, norm: _Norm) -> None:
        """ "Ley 1801 de 2016, Código Nacional de Policía y Convivencia", "Decreto 1078 de 2015, Decreto Único
        Reglamentario del Sector de Tecnologías …": the name joins the numbered norm."""
        low = self.low
        a = _COMMA_RE.match(low[norm.end : norm.end + 6])
        if not a:
            return
        q = norm.end + a.end()
        if low.startswith("decreto", q) and norm.type.startswith("decreto"):
            m = _UNIQUE_DECREE_RE.match(low, q)
            t = g.NAME_TAIL_RE.match(self.text, self.base + m.end()) if m else None
            if t and t.end() - self.base <= self.n:
                norm.end = self.sector_list_end(t.end() - self.base)
            return
        if norm.type == "decreto" and self.text.startswith(_UNIQUE_NAME_CAPS, self.base + q):
            # "Decreto 1072 de 2015, Único Reglamentario del Sector Trabajo": the DUR's name without the word
            # "Decreto", capitalised and followed by its sector or matter (a bare "único" in prose has neither)
            m = _UNIQUE_NAME_RE.match(low, q)
            t = g.NAME_TAIL_RE.match(self.text, self.base + m.end()) if m else None
            if t and t.end() - self.base <= self.n:
                norm.end = self.sector_list_end(t.end() - self.base)
            return
        if norm.type.startswith("ley") and low.startswith(_LAW_NAME_STARTS, q):
            m = g.LAW_NAME_RE.match(self.text, self.base + q)
            if m and m.end() - self.base <= self.n:
                norm.end = m.end() - self.base  # "Ley 137 de 1994, Estatutaria de los Estados de Excepción"
            return
        if not (low.startswith("c", q) or low.startswith("estatuto", q)):
            return
        m = g.NAMED_RE.match(low, q)
        if m:
            norm.end = self.territorial_end(m.end())
            norm.also = g.NAMED_TYPES_BY_GROUP[m.lastgroup or ""]
            return
        m = g.GENERIC_NAMED_RE.match(self.text, self.base + q)
        if m and m.end() - self.base <= self.n:
            norm.end = m.end() - self.base
            norm.also = "estatuto" if low.startswith("estatuto", q) else "código"

    # -- emission ------------------------------------------------------------------------------------------------

    def emit(self, start: int, end: int, **fields: object) -> Reference | None:
        text = self.low
        if end > self.n:  # a norm read past the window's end: never emitted (it used to end in an IndexError)
            return None
        end = _rstrip_end(text, start, end)
        if end <= start:
            return None
        a, b = self.base + start, self.base + end
        ref = Reference(start=a, end=b, text=self.text[a:b], note=self.in_note(start, end), **fields)  # type: ignore[arg-type]
        self.refs.append(ref)
        if ref.scope == "external" and ref.type:
            family = _family(ref.type)
            self.last_by_family[family] = ref
            self.last_by_family["*"] = ref
            if ref.number is not None and ref.year is not None:
                self.years[(ref.type, ref.number)] = (ref.year, b)
            if ref.type != "sentencia":
                self.last_by_family["norm"] = ref
                secondary = "norm" in self.last_in_text and (
                    (
                        (
                            self.low.find("por", start - 8 if start > 8 else 0, start) >= 0
                            or "mediante" in self.low[start - 14 if start > 14 else 0 : start]
                        )
                        and (
                            g.SECONDARY_BEFORE_RE.search(self.low, max(0, start - 40), start) is not None
                            or self.issued_code_before(start)
                        )
                    )
                    # "Decreto 1074 de 2015, …, que compiló el Decreto 735 de 2013": the decree a DUR took in
                    or _COMPILED_BEFORE_RE.search(self.low, max(0, start - 24), start) is not None
                )
                if secondary:
                    self.secondary.add(a)
                if not ref.note:
                    # a modifier is the antecedent of its family only when none was named before; of "ibídem" / "la
                    # misma disposición" only when no norm was ("artículo 14 del CPACA, sustituido por el artículo 1 de
                    # la Ley 1755 de 2015 … ibídem": the CPACA)
                    if not secondary or family not in self.last_in_text:
                        if family not in self.last_in_text or not self.repealed_object(start, family):
                            # ("la Resolución 165 … derogó la Resolución 42 … la citada resolución": 165, the subject)
                            self.last_in_text[family] = ref
                        if self.also and ref.number is not None:
                            also = self.also.get((ref.type, ref.number))
                            if also is not None:
                                # "artículo 348 de la Ley 906 de 2004 … artículo 351 del mismo código": the code is
                                # the law the text named as one, cited last by its number
                                self.last_in_text[also] = ref
                                self.last_by_family[also] = ref
                    if (not secondary or "norm" not in self.last_in_text) and not (
                        ref.article is None and "norm" in self.last_in_text and self.concordant(start)
                    ):
                        self.last_in_text["norm"] = ref
        return ref

    def repealed_object(self, start: int, family: str) -> bool:
        """ "Que la Resolución 165 de 2023 desarrolló el sistema … y derogó, en su artículo 88, la Resolución 42 de 2020.
        … el artículo 11 de la citada resolución": a norm named as the object of a repealing verb whose subject is a norm
        of the same family named before in the same sentence does not become the antecedent of its family: the subject
        stays that of "la citada resolución" (a repealed norm is not the one the text goes on about). A possessive right
        after the object is still the object's ("deroga la Ley 1753 de 2015 y su artículo 5")."""
        low = self.low
        i = start - 60 if start > 60 else 0
        if low.find("derog", i, start) < 0:
            return False
        m = g.REPEALED_BEFORE_RE.search(low, i, start)
        if m is None:
            return False
        v = m.start()
        a = self.base + v
        for ref in reversed(self.refs):
            if ref.start >= a:
                continue  # the norm being named, or "en su artículo 88" between the verb and it
            s = ref.end - self.base
            if s < 0 or v - s > _REPEAL_REACH:
                return False
            if ref.scope != "external" or ref.type is None or ref.note or _family(ref.type) != family:
                continue
            gap = low[s:v] if s < v else ""
            return "\n" not in gap and ";" not in gap and not _SENTENCE_END_RE.search(gap)
        return False

    def issued_code_before(self, start: int) -> bool:
        """ "El Código General del Proceso, expedido mediante la Ley 1564 de 2012, … su artículo 336": a law named as
        the act that issued the code (or statute) named right before it is a modifier of that code, which stays the
        subject ("su artículo", "ibídem" point to the code). The law is the one just emitted (``refs[-1]``)."""
        refs = self.refs
        if len(refs) < 2:
            return False
        code = refs[-2]
        if code.type not in ("código", "estatuto") or code.scope != "external" or code.note:
            return False
        gap = code.end - self.base
        return 0 <= gap < start and start - gap <= 40 and _ISSUED_BY_RE.fullmatch(self.low, gap, start) is not None

    def concordant(self, start: int) -> bool:
        """ "Según el artículo 18 de la Ley 1712 de 2014, …, en concordancia con la Ley Estatutaria 1581 de 2012. …
        conforme al artículo 21 de la norma citada": a whole norm named only as in agreement with the one the text
        follows is not the antecedent of "la norma citada" / "ibídem" (the norm cited before still is)."""
        low = self.low
        i = start - 12 if start > 12 else 0
        return (
            low.find("con", i, start) >= 0
            and _CONCORDANT_BEFORE_RE.search(low, i - 14 if i > 14 else 0, start) is not None
        )

    def emit_unit_of_norm(
        self, start: int, end: int, norm: _Norm, article: str | None, articles: tuple[str, ...], sub: str | None
    ) -> None:
        """A citation of units of ``norm`` (external), which is then also the antecedent of its appositive's family."""
        self.emit(
            start,
            end,
            scope="external",
            type=norm.type,
            number=norm.number,
            year=norm.year,
            article=article,
            articles=articles,
            sub=sub,
        )
        self.register_also(norm)

    def register_also(self, norm: _Norm) -> None:
        """ "Ley 769 de 2002, Código Nacional de Tránsito Terrestre": the citation just emitted is also the antecedent
        of "dicho código" (its appositive's family)."""
        if norm.also is None or not self.refs:
            return
        ref = self.refs[-1]
        if ref.scope != "external" or ref.type is None:
            return
        self.last_by_family[norm.also] = ref
        if self.last_in_text.get(_family(ref.type)) is ref:
            self.last_in_text[norm.also] = ref
        if ref.number is not None:
            self.also[(ref.type, ref.number)] = norm.also

    def emit_in(
        self, prev: Reference, start: int, end: int, article: str | None, articles: tuple[str, ...], sub: str | None
    ) -> Reference | None:
        """An external reference to units of the norm that ``prev`` cites (back-references, possessives, lists); the
        year of that norm when ``prev`` did not write it but an earlier citation did ("la Ley 1150" → 2007)."""
        year = prev.year
        if year is None and prev.type is not None:
            year = self.year_of(prev.type, prev.number, self.base + start)
        if article and prev.type in _UNDOTTED_LAWS and "." in article:
            article, articles, sub = _law_numeral(article, articles, sub)  # "artículo 74.1 de la misma ley"
        self.anaphoric.add(self.base + start)
        return self.emit(
            start, end, scope="external", type=prev.type, number=prev.number, year=year,
            article=article, articles=articles, sub=sub,
        )  # fmt: skip

    def emit_gapped(self, chain: _Chain) -> bool:
        """ "el Título 17 … del Decreto 1078 de 2015 fue subrogado por el Decreto 620 de 2020, y el Título 9 por el
        Decreto 767 de 2022": a unit whose verb is left out ("y el Título 9 [fue subrogado] por …") is a unit of the
        norm the passive clause spoke of, when it names the same kind of unit."""
        low = self.low
        if not low.startswith(" por ", chain.end) or len(self.refs) < 2:
            return False
        agent, subject = self.refs[-1], self.refs[-2]
        b = agent.end - self.base
        if b < 0 or b > chain.start or not _GAP_AND_RE.match(low[b : chain.start]):
            return False
        if subject.scope != "external" or subject.type in (None, "sentencia"):
            return False
        c = subject.end - self.base
        if c < 0 or not _PASSIVE_BY_RE.match(low[c : agent.start - self.base]):
            return False
        first = g.UNIT_RE.match(g.lower_same_length(subject.text))
        if first is None or g.unit_of(first.group(0)) != chain.groups[0].unit:
            return False
        article, articles, sub = _articles_and_sub(self, chain)
        self.emit_in(subject, chain.start, chain.end, article, articles, sub)
        return True

    def paired_split(self, chain: _Chain) -> int:
        """The sibling link that joins two whole "sub-unit of article" chains written with a determiner ("el numeral
        1 del artículo 5 y el numeral 8 del artículo 4 de …", "el inciso 2 del artículo 3, y el parágrafo del artículo
        7 de …"): its index, or -1. A bare article list after it ("parágrafo 3 del artículo 9o, y los artículos 11 y
        32 de la Ley 1712 de 2014") stays one citation."""
        groups, links = chain.groups, chain.links
        for k in range(1, len(links) - 1):
            if links[k] != "sibling" or links[k - 1] != "nest" or links[k + 1] != "nest":
                continue
            left, right = groups[k], groups[k + 1]
            if left.unit != "artículo" or not left.values or right.unit not in _SUBUNITS or right.relative is not None:
                continue
            if groups[k - 1].unit not in _SUBUNITS or groups[k + 2].unit != "artículo" or not groups[k + 2].values:
                continue
            gap = self.low[left.end : right.start].rstrip()
            if gap.endswith((" el", " la", " los", " las")):
                return k
        return -1

    def emit_norm(self, start: int, norm: _Norm, chain: _Chain | None, end: int = -1) -> None:
        article, articles, sub = _articles_and_sub(self, chain)
        if norm.type == "constitución" and article and "." in article and article.split(".")[0].isdigit():
            # the Constitution has no decimal articles: "artículo 241.4" is numeral 4 of article 241
            head, _, rest = article.partition(".")
            article, articles = head, tuple(head if a == article else a for a in articles)
            sub = sub or f"numeral {rest}"
        elif article and norm.type in _UNDOTTED_LAWS and "." in article:
            article, articles, sub = _law_numeral(article, articles, sub)
        self.emit_unit_of_norm(start, norm.end if end < 0 else end, norm, article, articles, sub)

    # -- the walk ------------------------------------------------------------------------------------------------

    def run(self, positions: Iterable[int] | None = None) -> list[Reference]:
        """Parse from every trigger: found by the regex scan, or at ``positions`` (window-relative, ascending) that a
        caller already knows (the spaCy component finds them among its tokens). A position inside the reference just
        read is skipped before its trigger is matched (the ruling ids before it wait for the next trigger that is
        read: the cursor does not move in between, so they are walked in the same order with the same outcome)."""
        low = self.low
        cursor = 0
        match = g.TRIGGER_RE.match
        source = list(positions) if positions is not None else None
        n_source = len(source) if source is not None else 0
        found = trigger_matches(low) if source is None else None
        from_unit, from_norm = self.from_unit, self.from_norm
        # ruling ids alone ("T-406 de 1992") are found by a scan of their own (on the dash: a look-up at every c/t/a/s
        # of the trigger scan would double its time); they are walked in text order with the triggers
        rulings = _ruling_starts(low)
        # places where a short name defined by the text is written ("DUR 1082"), and bare phrases naming the act under
        # review ("la norma acusada"), walked the same way (negative keys)
        starts = rulings
        if self.may(_MAY_REVIEWED):
            self.find_bare_reviewed()
        extra = [*self.alias_starts, *self.bare_reviewed] if self.bare_reviewed else self.alias_starts
        if extra:
            rulings = sorted([*rulings, *(-1 - a for a in extra)], key=_extra_start)
            starts = [_extra_start(r) for r in rulings]
        k = 0
        n_extra = len(rulings)
        i = 0
        while True:
            if source is not None:
                if i >= n_source:
                    break
                p = source[i]
                i += 1
                if p < cursor:
                    continue
                m = match(low, p)
                if m is None:
                    continue
            else:
                assert found is not None
                m = next(found, None)
                if m is None:
                    break
            while k < n_extra and starts[k] < m.start():
                if starts[k] >= cursor:
                    cursor = max(cursor, self.from_extra(rulings[k]))
                k += 1
            if m.start() < cursor:
                continue
            reached = from_unit(m) if m.group("unit") else from_norm(m.start("norm"))
            if reached > cursor:
                cursor = reached
        for r in rulings[k:]:
            if _extra_start(r) >= cursor:
                cursor = max(cursor, self.from_extra(r))
        return self.refs

    def from_extra(self, key: int) -> int:
        """A ruling id (key = its start), a defined short name or a bare phrase of review (key = -1 - its start)."""
        if key >= 0:
            return self.from_ruling(key)
        p = -1 - key
        return self.from_bare_reviewed(p) if p in self.bare_reviewed else self.from_alias(p)

    def find_bare_reviewed(self) -> None:
        """ "Adujo que la norma acusada desarrolla …": where a singular participle of review ("acusado", "demandada",
        "impugnado") follows a noun of a norm ("norma", "disposición", "decreto", "resolución" …) and its article, the
        phrase names the act under review; found around the participles only (they are rare words)."""
        low = self.low
        n = self.n
        for stem in ("acusad", "demandad", "impugnad"):
            i = low.find(stem)
            while i >= 0:
                j = i + len(stem)
                if j < n and low[j] in "oa" and (j + 1 >= n or not low[j + 1].isalpha()):
                    m = g.BARE_REVIEWED_BEFORE_RE.search(low, i - 26 if i > 26 else 0, i)
                    if m:
                        self.bare_reviewed[m.start("noun")] = (j + 1, m.group("noun"))
                i = low.find(stem, j)

    def from_bare_reviewed(self, p: int) -> int:
        """ "la norma acusada", "el decreto demandado" with no unit before it: the act under review, when the ruling
        named it as the object of the claim ("… solicitó declarar la nulidad del Decreto 0415 de 2025", "demanda …
        contra la Resolución 12 de 2024") and that object is a whole norm (a claim against an article or a fragment
        is described, not cited, by "la disposición acusada"); a norm noun must agree with its type ("el decreto
        acusado" is no law)."""
        end, noun = self.bare_reviewed[p]
        a = self.base + p
        target = self.provision_against(a)
        if target is None or target.article is not None or target.sub is not None or target.type is None:
            return end
        if noun != "norma" and not noun.startswith(("disposici", "acto")) and not target.type.startswith(noun[:4]):
            return end
        self.emit_in(target, p, end, None, (), None)
        return end

    def from_norm(self, p: int) -> int:
        norm = self.norm_at(p)
        if norm is None:
            if self.bare_reviewed and p in self.bare_reviewed:
                return self.from_bare_reviewed(p)
            if self.low.startswith("carta", p):
                return self.bare_carta(p)
            if self.low.startswith("directiva", p):
                return self.bare_directive(p)
            if self.may(_MAY_ANAPHORIC):
                return self.bare_anaphora(p)
            return self.bare_demonstrative(p) if self.low.endswith(_DEMONSTRATIVE_ENDS, 0, p) else p + 1
        if norm.ruling:
            if norm.number is not None and self.is_upper_at(p) and self.is_title(p, norm.end):
                return norm.end  # "AUTO 2118 DE 2026" heading the auto itself
            return self.emit_ruling(norm)
        start = p
        if norm.type == "conpes":
            before = self.low[max(0, p - 12) : p]
            d = _DOCUMENTO_RE.search(before)
            if d:
                start = p - (len(before) - d.start())
        if self.is_title(start, norm.end) or (self.may(_MAY_BILL) and _BILL_RE.search(self.low, max(0, p - 14), p)):
            return norm.end  # the document's own title, or a bill ("Proyecto de Acuerdo 012 de 2024"), not a norm
        if norm.number is None and self.is_own_name(p, norm.end):
            return norm.end  # "… se expide el Decreto Único Reglamentario del Sector …": the document's own name
        if norm.number is None and self.is_upper_at(p) and self.in_caps_heading(start, norm.end):
            return norm.end
        chain = self.unit_after_norm(norm)
        if chain is None and not norm.plural:
            wide = self.defined_as(norm)
            chain = self.unit_after_norm(wide) if wide is not None else None
            if chain is not None and wide is not None:
                norm = wide  # "Ley 1437 de 2011 (Código de …, en adelante CPACA), arts. 13 a 33": one reference
        if chain is not None:
            article, articles, sub = _articles_and_sub(self, chain)
            self.emit_unit_of_norm(start, chain.end, norm, article, articles, sub)
            return self.paren_unit(chain.end)
        self.emit_norm(start, norm, None)
        after = self.more_norms(norm)
        if after == norm.end and self.low.startswith(",", after):
            after = self.inserted_unit(start, after)
        return self.paren_unit(after)

    def is_own_name(self, p: int, end: int) -> bool:
        """Whether the named norm (no number) at window offset ``p`` is the document's own name in its title formula:
        "se expide/adopta/compila el …", and "se actualiza el …" when a territory is in or right after the name ("se
        actualiza el Estatuto Tributario del Distrito …", "el Código de Rentas del Departamento"); not a quoted title
        of a norm cited just before."""
        m = g.SELF_NAME_BEFORE_RE.search(self.low, p - 40 if p > 40 else 0, p)
        if m is None or (m.group("update") and not g.TERRITORY_AFTER_RE.search(self.low, p, end + 16)):
            return False
        return not self.quoted_title_of_cited_norm(p)

    def inserted_unit(self, start: int, end: int) -> int:
        """ "Que la Ley 1801 de 2016, Código Nacional …, en los numerales 2 y 6 del artículo 146, tipifica …", "el
        Decreto 1079 de 2015, Decreto Único …, compila en la Sección 2 del Capítulo 1 … del Libro 2 las disposiciones":
        a norm that opens its sentence (its subject), then an inserted phrase — only "en" or a short verb and "en" —
        opening with a unit chain that names no norm of its own: that unit is the subject norm's (a reference of its
        own, to the norm just emitted), unless the citing text has a heading of that article (or of that kind of
        structural unit) itself. Returns where the walk goes on (``end`` when nothing was read)."""
        low = self.low
        if not self.refs or self.refs[-1].start != self.base + start:
            return end
        if not g.SUBJECT_BEFORE_RE.search(low, start - 14 if start > 14 else 0, start):
            return end
        m = g.INSERTED_UNIT_RE.match(low, end)
        chain = self.chain_at(m.end()) if m else None
        if chain is None or any(grp.relative for grp in chain.groups):
            return end
        if not g.INSERTED_UNIT_AFTER_RE.match(low, chain.end):
            return end
        top = chain.groups[-1]
        for grp in chain.groups:
            if grp.unit == "artículo":
                top = grp
        if self.own_heading(top.unit, top.values[0] if top.unit == "artículo" and top.values else None):
            return end
        article, articles, sub = _articles_and_sub(self, chain)
        self.emit_in(self.refs[-1], chain.start, chain.end, article, articles, sub)
        return chain.end

    def own_heading(self, unit: str, value: str | None) -> bool:
        """Whether a line of the citing text opens a unit of its own of that kind (with that designator, when given):
        "ARTÍCULO 146.", "CAPÍTULO II" (lower-case, MULTILINE; only asked after an inserted unit, which is rare)."""
        word = _HEADING_UNIT_WORDS.get(unit, re.escape(unit))
        designator = re.escape(g.lower_same_length(value)) if value is not None else r"[0-9ivxlc]"
        pattern = rf"(?m)^[ \t#*>\"“]*{word}[ \t]+{designator}(?:[oº°ª]\.?)?(?![0-9a-záéíóúüñ])"
        return re.search(pattern, self.low) is not None

    def emit_ruling(self, norm: _Norm) -> int:
        """A ruling or auto typed "otro" ("sentencia del 3 de mayo de 2018, exp. 45123", "Auto 004 de 2009"): emitted,
        but never the antecedent of "la misma ley", "ibídem" or "su artículo" (as rulings with an id are not)."""
        saved = (dict(self.last_by_family), dict(self.last_in_text))
        self.emit(norm.start, norm.end, scope="external", type=norm.type, number=norm.number, year=norm.year)
        # "los Autos 110 de 2019, 548 de 2021 y 1405 de 2023": one reference per numbered member, as for laws
        end = self.more_norms(norm) if norm.plural and norm.number is not None else norm.end
        self.last_by_family, self.last_in_text = saved
        return end

    def bare_anaphora(self, p: int) -> int:
        """ "dicha ley", "el citado decreto", "la ley en cita", "del mismo código": a norm word without number, with an
        anaphoric adjective before or after it, is the norm of that kind named shortly before in running text (the
        same antecedents as "artículo 2 de la misma ley"); nothing without one."""
        low = self.low
        k = g.BARE_KIND_RE.match(low, p)
        if not k:
            return p + 1
        start, end = p, k.end()
        before = (
            g.ANAPHORIC_BEFORE_RE.search(low, p - 14 if p > 14 else 0, p) if p > 0 and low[p - 1] in " \t" else None
        )
        if before:
            start = before.start("adj")
        else:
            after = g.ANAPHORIC_AFTER_RE.match(low, end) if low[end : end + 1] in (" ", "\t") else None
            if after is None:
                return self.bare_demonstrative(p) if low.endswith(_DEMONSTRATIVE_ENDS, 0, p) else end
            end = after.end()
        family = _family(_kind_type(k.group("kind")))
        antecedents = self.last_by_family if self.in_note(start, end) else self.last_in_text
        prev = antecedents.get(family)
        a = self.base + start
        subject = prev
        if prev is not None and prev.end <= a:
            prev = self.acted_on(prev, start, family)
            if prev is not None and prev.type != "decreto ley" and _is_decree_law_kind(k.group("kind")):
                prev = self.last_of_type("decreto ley", start, self.in_note(start, end)) or prev
        if family == "ley" and before is not None:
            end, prev = self.law_qualifier(end, prev, start, self.in_note(start, end))
        if prev is None or prev.end > a or a - prev.end > _ANAPHORA_REACH:
            return end
        self.emit_in(prev, start, end, None, (), None)
        if subject is not prev and subject is not None:
            self.keep_subject(subject)
        return end

    def bare_carta(self, p: int) -> int:
        """ "… los límites temporales que impone la Carta.": "la Carta" alone (capitalised, not "Carta de …") is the
        Constitution in a text that named it before (by any name); elsewhere it is a letter ("la carta de
        presentación", "la Carta de Derechos", "Carta de compromiso")."""
        text = self.text
        a = self.base + p
        m = g.BARE_CARTA_RE.match(text, a) if text.startswith("Carta", a) else None
        if m is None or m.end() - self.base > self.n or not self.low.endswith("la ", 0, p):
            return p + 5
        if self.last_by_family.get("constitución") is None:
            return m.end() - self.base
        self.emit(p, m.end() - self.base, scope="external", type="constitución")
        return m.end() - self.base

    def bare_directive(self, p: int) -> int:
        """ "… en contravía de la Directiva y de la Ley 21 de 1991": "la Directiva" alone (capitalised, no number nor
        name after it) is the one numbered directiva the text named before, when it named exactly one; elsewhere it is
        a board ("la Directiva, la Comisión Empresarial" of an association) or prose."""
        end = p + 9
        a = self.base + p
        if not self.text.startswith("Directiva", a) or not self.low.endswith("la ", 0, p):
            return end
        if _BARE_KIND_END_RE.match(self.text, a + 9) is None:
            return end
        found: Reference | None = None
        for ref in self.refs:
            if ref.type != "otro" or ref.number is None or ref.scope != "external" or ref.note:
                continue
            if not g.lower_same_length(ref.text).startswith("directiva"):
                continue
            if found is not None and (found.number, found.year) != (ref.number, ref.year):
                return end  # two directivas named: "la Directiva" is ambiguous
            found = found or ref
        if found is not None:
            self.emit_in(found, p, end, None, (), None)
        return end

    def bare_demonstrative(self, p: int) -> int:
        """ "… creada por el artículo 316 del Decreto 883 de 2015. La adscripción no modifica la estructura adoptada por
        ese decreto": a singular demonstrative (ese/esa, or the distal aquel/aquella) before a norm word without number
        is that norm named shortly before in the same paragraph (the last of its family; for aquel/aquella, the older of
        the last two, as "de aquella"). A demonstrative is weaker than "dicho": a norm word followed by a qualifier is
        another norm ("ese decreto que se expida", "esa ley de la República"), and nothing is emitted without an
        antecedent nearby."""
        low = self.low
        d = g.DEMONSTRATIVE_BEFORE_RE.search(low, p - 9 if p > 9 else 0, p)
        k = g.BARE_KIND_RE.match(low, p) if d else None
        if d is None or k is None or k.group("kind").endswith("s"):
            return p + 1
        start, end = d.start("dem"), k.end()
        if g.QUALIFIER_AFTER_RE.match(low, end):
            return end
        word = d.group("dem")
        ntype = _kind_type(k.group("kind"))
        family = _family(ntype)
        if (family in _FEMININE) != word.endswith("a"):
            return end  # "ese ley": no agreement, no anaphora
        prev = self.last_in_text.get(family)
        if word.startswith("aquel") and prev is not None:
            prev = self.ordinal_norm(start, word, self.in_note(start, end)) or prev
        a = self.base + start
        if prev is None or prev.end > a or a - prev.end > _ORDINAL_REACH or prev.type is None:
            return end
        if _family(prev.type) != family or "\n\n" in low[prev.end - self.base : start]:
            return end
        self.emit_in(prev, start, end, None, (), None)
        return end

    def keep_subject(self, subject: Reference) -> None:
        """After "la Ley 2195 de 2022 modificó dicha ley", "sus artículos 9 a 11" and "ibídem" still point at the subject
        (Ley 2195), not at the object the anaphora resolved to."""
        self.last_by_family["*"] = subject
        self.last_by_family["norm"] = subject
        self.last_in_text["norm"] = subject

    def acted_on(self, prev: Reference, p: int, family: str) -> Reference | None:
        """ "la Ley 2195 de 2022 modificó dicha ley", "… reglamentó el artículo 3 de la misma ley": when all that stands
        between the antecedent and the anaphora is an amending verb, the antecedent acts on the norm the anaphora
        names, which is therefore another one: the last different norm of that family named before it (None when
        there is none). Not when the antecedent is itself the object of an amending verb and the anaphora's verb is
        the next of a series after a comma ("sustituye el artículo 1.2.1.28.1.1 del Decreto 1625 de 2016, modifica el
        inciso 2 del artículo 1.2.1.28.1.3 del mismo decreto": both act on that decree)."""
        gap_start = prev.end - self.base
        if gap_start < 0 or p - gap_start > 40 or not g.ACTS_ON_GAP_RE.match(self.low, gap_start, p):
            return prev
        s = prev.start - self.base
        if (
            self.low.startswith(",", gap_start)
            and s > 0
            and g.ACTIVE_AMEND_BEFORE_RE.search(self.low, s - 30 if s > 30 else 0, s)
        ):
            return prev
        key = (prev.type, prev.number, prev.year)
        for ref in reversed(self.refs):
            if ref.end > prev.start:
                continue
            if prev.start - ref.end > _ANAPHORA_REACH:
                break
            if ref.scope != "external" or ref.type is None or ref.note or ref.type == "sentencia":
                continue
            if (family in ("*", "norm") or _family(ref.type) == family) and (ref.type, ref.number, ref.year) != key:
                return ref
        return None

    def defined_as(self, norm: _Norm) -> _Norm | None:
        """A norm with an appositive in parentheses that defines its short name ("Ley 1437 de 2011 (Código de …, en
        adelante CPACA)", "Código … (Ley 1437 de 2011, en adelante CPACA)", "Ley 1437 de 2011 (en adelante CPACA)"): the
        norm widened over the parentheses, typed by the numbered name; None when there is no such appositive."""
        low = self.low
        if low.find("(", norm.end, norm.end + 3) < 0:
            return None
        if low.find("adelante", norm.end, norm.end + 160) < 0 and low.find("sucesivo", norm.end, norm.end + 160) < 0:
            return None
        m = _PAREN_OPEN_RE.match(low, norm.end)
        if not m:
            return None
        q = m.end()
        inner: _Norm | None = None
        if not low.startswith("en ", q):
            inner = self.norm_at(q)
            if inner is None or inner.type == "sentencia" or inner.ruling:
                return None
            q = inner.end
        d = g.DEFINED_AS_RE.match(low, q)
        if not d:
            return None
        best = inner if inner is not None and inner.number is not None and norm.number is None else norm
        return _Norm(norm.start, d.end(), best.type, best.number, best.year)

    def from_ruling(self, p: int) -> int:
        """ "T-406 de 1992", "SU-601A de 1999", "C-211/17": a ruling by its id alone (capitals, and a year)."""
        m = g.RULING_ID_RE.match(self.text, self.base + p)
        if not m or m.end() - self.base > self.n:
            return p + 1
        if m.group("clet"):  # "SP2144-2016", "CSJ AP5224-2019": a Corte Suprema id, its year in it
            number = f"{m.group('clet')}-{int(m.group('cnum'))}"
            end = m.end() - self.base
            low = self.low
            # "sentencia SL4650-2017", "sentencia CSJ SL1947-2020": the span starts at "sentencia", as "Sentencia C-…"
            if p >= 10 and low.startswith("sentencia", p - 10) and low[p - 1] in " \t":
                p -= 10 if p == 10 or not low[p - 11].isalnum() else 0
            if self.base + p <= _HEADER_REACH and (self.is_title(p, end) or self.under_ponente(p, end)):
                return end  # "Magistrado ponente: … / SC3127-2026 / Radicación n.° …": the ruling's own id
            self.emit(p, end, scope="external", type="sentencia", number=number, year=int(m.group("cyy")))
            return end
        norm = _Norm(
            p, m.end() - self.base, "sentencia", f"{m.group('let')}-{int(m.group('num'))}{m.group('suf') or ''}"
        )
        if m.group("yy"):
            norm.year = _full_year(m.group("yy"))
        else:
            y = g.YEAR_RE.match(self.low, norm.end)
            if not y or self.low[norm.end : y.start("year")].count("de") > 2:
                return norm.end  # no year: too weak ("la ruta C-1", "el formato A-3")
            norm.year, norm.end = int(y.group("year")), y.end()
        before = _NOT_RULING_BEFORE_RE.search(self.low, p - 24 if p > 24 else 0, p) if p > 0 else None
        if before is not None:
            # "Concepto C-214 de 2023": an act of another kind numbered like a ruling (no ruling number, typed "otro")
            return self.emit_ruling(_Norm(before.start(), norm.end, "otro", None, norm.year, ruling=True))
        self.emit(p, norm.end, scope="external", type="sentencia", number=norm.number, year=norm.year)
        return norm.end

    def quoted_title_of_cited_norm(self, p: int) -> bool:
        """'la Ley 1801 de 2016, "Por la cual se expide el Código Nacional de …"': the title formula is quoted right
        after a citation, so the name is the cited norm's (a reference), not the citing document's own name."""
        low = self.low
        q = max(low.rfind('"', max(0, p - 80), p), low.rfind("“", max(0, p - 80), p))
        if q < 0 or "\n" in low[q:p] or not low.startswith("por", q + 1) or not self.refs:
            return False
        prev = self.refs[-1]
        gap = self.text[prev.end : self.base + q]
        return prev.scope == "external" and prev.end <= self.base + q and not gap.strip(" \t,.;:")

    def more_norms(self, norm: _Norm) -> int:
        """ "Leyes 812 de 2003, 1151 de 2007 y 1753 de 2015" / "Sentencias T-391 de 2007 y T-760 de 2008" / "Conpes
        3920 y 3995" / "Decretos 1078 y 1083 de 2015": one reference per member; a year written once after the last
        members is theirs too (the members before it that have none)."""
        end = norm.end
        if not norm.plural and norm.type != "conpes":  # "Conpes 3920 y 3995": the word is the same in the plural
            return end
        low = self.low
        first = len(self.refs) - 1  # the first member was just emitted
        if first < 0 or self.refs[first].end != self.base + _rstrip_end(low, norm.start, end):
            first = -1
        members = [first] if first >= 0 else []
        while True:
            if norm.type == "sentencia":
                m = g.SENTENCIA_MORE_RE.match(low, end)
                if not m:
                    break
                nxt = self.ruling(m.start("let"), m)
                if self.emit(nxt.start, nxt.end, scope="external", type="sentencia", number=nxt.number, year=nxt.year):
                    members.append(len(self.refs) - 1)
                end = nxt.end
                continue
            if norm.judicial:
                # "Acuerdos PCSJA20-11567 y PCSJA20-11632 de 2020": each id a member, from the id on
                # (a bare number after the ids is a member as in any list: "… y 11632 de 2020")
                m = g.JUDICIAL_MORE_RE.match(low, end)
                i = g.JUDICIAL_ID_RE.match(low, m.end()) if m else None
                if m is not None and i is not None and self.orig(m.end(), i.start("yy")).isupper():
                    y = g.YEAR_RE.match(low, i.end())
                    stop = y.end() if y else i.end()
                    if self.emit(
                        m.end(),
                        stop,
                        scope="external",
                        type=norm.type,
                        number=normalize_number(i.group("num")),
                        year=int(y.group("year")) if y else 2000 + int(i.group("yy")),
                    ):
                        members.append(len(self.refs) - 1)
                    end = stop
                    continue
            titled = False
            m = g.PLURAL_MORE_RE.match(low, end)
            if not m and norm.type == "conpes" and low.endswith("documentos ", 0, norm.start):
                # "los documentos CONPES 3975 de 2019, Política Nacional para …, y 4144 de 2025": over a title
                m = _TITLE_GAP_RE.match(low, end)
                titled = True
            if not m:
                break
            num = g.NORM_NUMBER_RE.match(low, m.end())
            if not num:
                break
            y = g.YEAR_RE.match(low, num.end())
            if titled and y is None:
                break
            if y is None and _QUANTITY_AFTER_RE.match(low, num.end()):
                break  # "Leyes 100 de 1993 y 10 días": a quantity, not a member
            stop = y.end() if y else num.end()
            number: str | None = normalize_number(num.group("num"))
            year: int | None = int(y.group("year")) if y else None
            if norm.year_id and y is None:
                i = _YEAR_ID_RE.fullmatch(num.group("num"))
                if i is None:
                    break
                number, year = None, int(i.group(1))  # "… y 2022-0113": another id with its year
            if self.emit(m.end(), stop, scope="external", type=norm.type, number=number, year=year):
                members.append(len(self.refs) - 1)
            end = stop
        self.share_year(members)
        return end

    def share_year(self, members: list[int]) -> None:
        """Give the year written after the last members of a list to the members right before them that have none."""
        year = None
        for i in reversed(members):
            ref = self.refs[i]
            if ref.year is not None:
                year = ref.year
            elif year is not None:
                self.refs[i] = new = replace(ref, year=year)
                for antecedents in (self.last_by_family, self.last_in_text):
                    for key, value in antecedents.items():
                        if value is ref:
                            antecedents[key] = new

    def prefix_before(self, p: int) -> tuple[int, str | None]:
        """The word before a unit word when it belongs to the citation ("presente", "este", "primer")."""
        low = self.low
        q = p
        while q > 0 and low[q - 1] in " \t":
            q -= 1
        if q == p or q == 0:
            return p, None
        s = q
        while s > 0 and s > q - 16 and low[s - 1].isalpha():
            s -= 1
        word = low[s:q]
        if word in g.UNIT_PREFIXES and (s == 0 or not low[s - 1].isalnum()):
            return s, word
        return p, None

    def from_unit(self, m: re.Match[str]) -> int:
        start, pre = self.prefix_before(m.start())
        first = self.group_from_match(start, pre, m.group("unit"), m.end("unit"))
        if first is None:
            return m.end()
        if first.prefix in ("siguiente", "siguientes") and _NEW_UNIT_RE.match(self.low[first.end : first.end + 4]):
            return first.end  # "Adiciónese el siguiente parágrafo al artículo 14 …": a new unit, not a citation
        if (
            first.unit == "parte"
            and not first.values
            and first.prefix is None
            and _PART_IDIOM_RE.search(self.low, max(first.start - _PART_IDIOM_REACH, 0), first.start)
        ):
            return m.end("unit")  # "el inventario que forma parte de este contrato": the idiom, no Part cited
        if first.unit == "causal" and not first.values and first.relative is None and first.prefix is None:
            # "las causales de los numerales 1 a 9 del artículo 41 …", "la causal del literal c) del presente
            # artículo": the ground is named by the unit it nests, and the citation starts at that unit
            return m.end("unit")
        if not (first.values or first.relative is not None or first.prefix is not None) and (
            not (
                self.bare_ok(first)
                or self.anaphoric_tail_follows(first)
                or self.possessive_subunit(first)
                or self.self_tail_follows(first)
            )
            or _INDEFINITE_RE.search(self.low, first.start - 8 if first.start > 8 else 0, first.start)
        ):
            return m.end("unit")  # "Adiciónese un parágrafo al artículo 14": the new unit is not cited
        chain = self.chain_from(first)
        if self.is_heading(chain):
            return first.end
        a = first.start
        if len(chain.groups) > 1 and self.low.startswith(_ADDED_TO_STARTS, first.end) and self.added_unit(chain):
            return first.end  # "adicionó un parágrafo transitorio al artículo 12": the citation is the article
        if a > 0 and self.low[a - 1] in _OPEN_QUOTES and self.is_defined_term(chain):
            return chain.end
        last = chain.groups[-1]
        if (
            last.unit == "cláusula"
            and last.relative is None
            and (self.other_contract_clause(chain) or self.bare_other_clause(chain))
        ):
            return chain.end
        if "sibling" in chain.links:
            chain = _style_break(self.possessive_list_end(chain))
        end = chain.end
        # the norm
        norm = self.norm_after(end, chain.groups[-1])
        if norm is not None:
            if "sibling" in chain.links:
                k = self.paired_split(chain)
                if k >= 0:
                    # "el numeral 1 del artículo 5 y el numeral 8 del artículo 4 de la Ley 80 de 1993": two citations
                    # of the same norm, the first ending at its own article
                    head = _Chain(chain.groups[: k + 1], chain.links[:k])
                    self.emit_norm(chain.start, norm, head, head.end)
                    chain = _Chain(chain.groups[k + 1 :], chain.links[k + 1 :])
            self.emit_norm(chain.start, norm, chain)
            after = self.elliptic(chain, norm)
            if after == norm.end and not norm.plural:
                after = self.units_after_cited(after)
            return self.paren_unit(after)
        # the citing document itself
        t = g.SELF_TAIL_RE.match(self.low, end) if self.may(_MAY_SELF) else None
        if t:
            return self.emit_internal(chain, t.end())
        t = self.anaphoric_tail(end) if self.may(_MAY_ANAPHORIC) else None
        if t:
            return self.emit_anaphoric(chain, t)
        if self.may(_MAY_REVIEWED):
            # before a bare kind: "artículo 3 del Decreto demandado" is the act under review, not THE decree named
            reached = self.emit_reviewed(chain)
            if reached:
                return reached
        if self.text.startswith(" de", self.base + end):
            reached = self.emit_bare_kind(chain, end)
            if reached:
                return reached
        if self.may(_MAY_REVIEWED):
            t = g.REVIEWED_TAIL_RE.match(self.low, end)
            if t is not None and t.group("whole"):
                # "artículo 3 del decreto demandado" with no such act named: a unit of an act not cited, never one of
                # the text's own
                return t.end()
        if first.unit == "parte" and first.prefix in g.ORDINALS and self.is_fraction(chain):
            return chain.end
        if self.is_run_in_heading(chain):
            return first.end
        chain = _drop_dot_links(chain)
        if self.is_note_label(chain) or self.is_court_section(chain) or self.in_own_epigraph(chain):
            return chain.end
        if (
            self.emit_gapped(chain)
            or self.emit_colon_list(chain)
            or self.emit_table_cell(chain)
            or self.emit_focus_unit(chain)
            or self.emit_acronym_before(chain)
            or self.emit_same_article(chain)
            or self.emit_possessive(chain)
            or self.emit_parallel_possessive(chain)
            or self.emit_paren_pointer(chain)
            or self.emit_subunit_anaphora(chain)
            or self.emit_compiled_part(chain)
            or self.emit_discussed(chain)
        ):
            return chain.end
        return self.emit_internal(chain, chain.end)

    def has_own_dotted_articles(self) -> bool:
        """Whether the window has a line opening a dotted article of its own ("ARTÍCULO 2.2.2.5.1."), once."""
        if self._own_dotted < 0:
            self._own_dotted = 1 if _OWN_DOTTED_LINE_RE.search(self.low) else 0
        return self._own_dotted == 1

    def has_own_articles(self) -> bool:
        """Whether the window may have articles of its own (computed once, on first need): it has a line opening one
        (or one of their parágrafos, unless the text is made of cláusulas: a contract's parágrafos are its cláusulas'),
        or it is no whole document (a line or a paragraph, maybe cut out of a statute: fewer than two paragraph
        breaks), where nothing says it has none."""
        if self._own_articles < 0:
            low = self.low
            first = low.find("\n\n")
            whole = first >= 0 and low.find("\n\n", first + 2) >= 0
            own = 1 if not whole else 0
            if whole:
                for m in _OWN_ARTICLE_LINE_RE.finditer(low):
                    if not m.group(0).lstrip(' \t>"“«*#').startswith("par"):
                        own = 1  # an article heading of its own
                        break
                    if own == 0:
                        if not _OWN_CLAUSE_LINE_RE.search(low):
                            own = 1  # a parágrafo of its own: one of its articles'
                            break
                        own = 2  # a parágrafo of one of its cláusulas (a contract): go on looking for an article
                own = 0 if own == 2 else own
            self._own_articles = own
        return self._own_articles == 1

    def emit_discussed(self, chain: _Chain) -> bool:
        """ "… el artículo 5 de la misma ley califica como sensible. … solo pueden tratarse en los casos del artículo 6":
        a text without articles of its own (a concepto, a circular, an exposición de motivos, a ruling) cannot cite its
        own "artículo 6": a bare article there is one of the norm under discussion, the last norm named in running text
        shortly before (not a ruling, nor a norm named as the modifier of another). Not after the text's own bill was
        named ("El proyecto consta de doce artículos. El artículo 1 adopta …": the bill's, internal). A bare dotted
        article ("artículos 2.2.1.1.1.7.1 y siguientes") is one of the decreto único cited shortly before, also in a text
        with articles of its own, unless some of those are dotted too (a decree adding a chapter to a DUR)."""
        last = chain.groups[-1]
        if last.unit != "artículo" or not last.values or any(grp.relative for grp in chain.groups):
            return False
        a = self.base + chain.start
        dotted = last.values[0].count(".") >= 2
        if not dotted:
            prev = self.last_in_text.get("norm")
            if prev is None or prev.end > a or a - prev.end > _DISCUSSED_REACH:
                return False  # nothing under discussion nearby (tested before the look at the text's own headings)
        if self.has_own_articles():
            if not dotted:
                return self.emit_beyond_own(chain, a)
            if self.has_own_dotted_articles():
                return False
            owner = self.dotted_norm(chain, self.in_note(chain.start, chain.end))
            if owner is None:
                return False
            article, articles, sub = _articles_and_sub(self, chain)
            self.emit_in(owner, chain.start, chain.end, article, articles, sub)
            return True
        prev = self.dotted_norm(chain, self.in_note(chain.start, chain.end)) if dotted else None
        if prev is None:
            prev = self.last_in_text.get("norm")
        if prev is None or prev.end > a or a - prev.end > _DISCUSSED_REACH:
            return False
        if prev.type in _NOT_DISCUSSED_TYPES and not self.constitution_in_sentence(prev, a):
            return False
        low = self.low
        if _OWN_BILL_TAIL_RE.match(low, chain.end) or _OWN_BILL_RE.search(low, prev.end - self.base, chain.start):
            return False  # "el artículo 8 del proyecto", or the bill named since the norm: the bill's article
        para = low.rfind("\n\n", 0, prev.start - self.base)
        for ref in reversed(self.refs):
            if ref.end <= self.base + para:
                break
            if ref.scope == "internal" and ref.article is not None:
                return False  # "Se elimina el artículo 12 del texto radicado, … se renumeran los artículos 13 y 14"
        article, articles, sub = _articles_and_sub(self, chain)
        self.emit_in(prev, chain.start, chain.end, article, articles, sub)
        return True

    def constitution_in_sentence(self, prev: Reference, a: int) -> bool:
        """ "La Constitución Política reconoce … (artículo 7) y dispone, en el parágrafo del artículo 330, que …": the
        Constitution is no norm under discussion across sentences (texts cite it, then discuss a law's bare articles),
        but a bare article in the very sentence that names it as a whole, with no other norm cited between, is one of
        its."""
        if prev.type != "constitución" or not self.refs or self.refs[-1] is not prev or prev.note:
            return False
        # the subject: the Constitution named as a whole in that sentence, only its own articles cited since ("los
        # artículos 25 y 53 superiores … del parágrafo 2 del artículo 140": the law under review's)
        for ref in reversed(self.refs):
            if ref.type != "constitución" or ref.scope != "external":
                return False
            if a - ref.end > _POSSESSIVE_REACH or "\n" in self.text[ref.end : a]:
                return False
            if _SENTENCE_END_RE.search(self.text, ref.end, a) is not None:
                return False
            if ref.article is None and ref.sub is None:
                return True
        return False

    def emit_compiled_part(self, chain: _Chain) -> bool:
        """ "el Decreto Único Reglamentario 1068 de 2015 compiló, en el Título 2 de la Parte 7 del Libro 2, …": a bare
        part down to a Libro (the structure of a decreto único or a code) in the sentence of the decree or code named
        last in running text, with no other citation between them, is a part of that norm (external), not the text's
        own — unless the text has Libros of its own (a line opening "LIBRO")."""
        groups = chain.groups
        if groups[-1].unit != "libro" or not groups[-1].values or any(grp.relative for grp in groups):
            return False
        if not self.refs:
            return False
        prev = self.refs[-1]
        a = self.base + chain.start
        if (
            prev is not self.last_in_text.get("norm")
            or prev.type is None
            or _family(prev.type) not in ("decreto", "código")
            or prev.end > a
            or _SENTENCE_END_RE.search(self.text, prev.end, a) is not None
            or _OWN_BOOK_RE.search(self.text) is not None
        ):
            return False
        article, articles, sub = _articles_and_sub(self, chain)
        self.emit_in(prev, chain.start, chain.end, article, articles, sub)
        return True

    def own_article_top(self) -> int:
        """The highest article number of the document's own (computed once, on first need): the largest number of its
        own article headings or, when they are numbered in words ("ARTÍCULO PRIMERO: …", "ARTÍCULO SEXTO: …"), their
        count; 0 when the window is no whole document (fewer than two paragraph breaks) or has no such heading."""
        if self._own_top < 0:
            low = self.low
            first = low.find("\n\n")
            top = 0
            if first >= 0 and low.find("\n\n", first + 2) >= 0:
                count = 0
                for m in _OWN_ARTICLE_NUMBER_RE.finditer(low):
                    count += 1
                    if m.group(1) is not None:
                        top = max(top, int(m.group(1)))
                top = max(top, count)
            self._own_top = top
        return self._own_top

    def emit_beyond_own(self, chain: _Chain, a: int) -> bool:
        """ "ARTÍCULO PRIMERO … ARTÍCULO SEXTO" and, in its considerations, "el numeral 1 del artículo 47": a bare article
        far beyond the document's own (more than twice its highest own article number and at least 10 past it) cannot
        be internal; it is one of the norm under discussion: the last citation before it of that same article (text
        offset ``a``), else the last norm named in running text shortly before (as emit_discussed: not a ruling, nor
        the Constitution, nor a norm named as the modifier of another). A document that really cites its own later
        articles has headings up to them, so it keeps them internal."""
        value = chain.groups[-1].values[0]
        if not value.isdigit() or len(value) > 4:
            return False
        n = int(value)
        top = self.own_article_top()
        if top == 0 or n <= 2 * top or n < top + 10:
            return False
        near = next(
            (
                ref
                for ref in reversed(self.refs)
                if value in ref.articles
                and ref.end <= a
                and ref.scope == "external"
                and ref.type not in (None, "sentencia")
                and not ref.note
            ),
            None,
        )
        if near is None:
            near = self.last_in_text.get("norm")
            if near is None or near.end > a or a - near.end > _DISCUSSED_REACH or near.type in _NOT_DISCUSSED_TYPES:
                return False
        article, articles, sub = _articles_and_sub(self, chain)
        self.emit_in(near, chain.start, chain.end, article, articles, sub)
        return True

    def possessive_list_end(self, chain: _Chain) -> _Chain:
        """ "El Código General del Proceso regula … en sus artículos 291 y 292, y el artículo 8 de la Ley 2213 de 2022
        …": a list opened by a possessive already has its norm (the one "sus" points at), so a comma, a conjunction
        and a new article word ("…, y el artículo 8 …") start another citation; the chain is cut there."""
        a = chain.start
        opened = g.POSSESSIVE_BEFORE_RE.search(self.low, a - 7 if a > 7 else 0, a) is not None
        if not opened and "poss" not in chain.links:
            return chain
        for k, link in enumerate(chain.links):
            if link == "poss":
                opened = True
                continue
            if link != "sibling" or not opened:
                continue
            gap = self.low[chain.groups[k].end : chain.groups[k + 1].start]
            if "," in gap and gap.rstrip().endswith((" el", " la", " los", " las")):
                return _Chain(chain.groups[: k + 1], chain.links[:k])
            if g.AMENDING_VERB_RE.search(gap):
                # "adiciona su artículo 1.2.1.28.1.6 y deroga el parágrafo 2 de su artículo 1.2.1.28.1.4": a verb
                # opens another clause, whose object is another citation
                return _Chain(chain.groups[: k + 1], chain.links[:k])
            if chain.links[k - 1 : k] == ["poss"] and self.own_norm_after(chain, k + 1):
                # "parágrafo 2 de su artículo 1.2.1.28.1.4 y los artículos 1.2.1.28.1.8 a 1.2.1.28.1.10 del citado
                # decreto": the possessive closed the first unit's path; the list after it names its own norm
                return _Chain(chain.groups[: k + 1], chain.links[:k])
        return chain

    def own_norm_after(self, chain: _Chain, k: int) -> bool:
        """Whether the groups of ``chain`` from index ``k`` on are articles numbered with a determiner before them
        ("… y los artículos 8 a 10 del citado decreto") and the chain ends in a norm or an anaphoric tail of its own."""
        right = chain.groups[k]
        if right.unit != "artículo" or not right.values:
            return False
        gap = self.low[chain.groups[k - 1].end : right.start].rstrip()
        if not gap.endswith((" el", " los")):
            return False
        end = chain.end
        if self.may(_MAY_ANAPHORIC) and self.anaphoric_tail(end):
            return True
        return self.norm_after(end, chain.groups[-1]) is not None

    def is_court_section(self, chain: _Chain) -> bool:
        """ "Consejo de Estado, Sección Primera", "Sala de lo Contencioso Administrativo, Subsección B": a division of a
        court, not a unit of a norm."""
        first = chain.groups[0]
        if first.unit not in ("sección", "subsección") or len(chain.groups) > 1:
            return False
        if not self.is_upper_at(first.start):
            return self.is_court_own_section(first)
        if g.COURT_AFTER_RE.match(self.low, first.end):
            return True  # "Sección Tercera del Consejo de Estado", "Sección Tercera, Subsección A"
        a = self.base + first.start
        line_start = self.text.rfind("\n", max(0, a - 120), a) + 1
        if _COURT_BEFORE_RE.search(self.text, max(line_start, a - 120), a) is not None:
            return True
        s = first.start
        if _RULING_OF_BEFORE_RE.search(self.low, s - 24 if s > 24 else 0, s) is not None:
            return True  # "la sentencia de la Sección Cuarta del 9 de septiembre de 2020": the chamber of a court
        if any(ch.isdigit() for ch in self.low[first.start : first.end]):
            return False  # "Sección 3": a section of a norm
        # "la Sección Tercera" (an ordinal word) in a text about a court: its division
        if self._courts is None:  # where courts are named in the window (found once: linear in many sections)
            self._courts = [m.start() for m in _COURT_NAME_RE.finditer(self.low)]
        i = bisect.bisect_left(self._courts, first.start) - 1
        return i >= 0 and first.start - self._courts[i] <= _COURT_REACH

    def is_court_own_section(self, first: _Group) -> bool:
        """ "que asigna a esta Sección los asuntos electorales", "que esta Sección ha aplicado": in a ruling of a court
        whose divisions are named by ordinals (a court named before, and "Sección Quinta" somewhere in the window), a
        capitalised "Sección" after the demonstrative "esta" is the court's chamber speaking of itself, not a section
        of the document (norms number their sections: "Sección 3", "la presente Sección")."""
        if first.prefix != "esta" or first.values or not self.is_upper_at(first.end - len(first.unit)):
            return False
        if self._courts is None:
            self._courts = [m.start() for m in _COURT_NAME_RE.finditer(self.low)]
        if not self._courts or self._courts[0] > first.start:
            return False
        return _COURT_CHAMBER_RE.search(self.low) is not None

    def acronym_type(self, acr: str) -> str:
        """The type of a unit abbreviation ("E.T." → estatuto). "C.P." is the Constitución Política, except in the text
        of a penal court that names the Código Penal (a "Sala de Casación Penal" ruling), where it is that code."""
        if acr == "C.P." and self.penal():
            return "código"
        return g.UNIT_ACRONYMS[acr]

    def penal(self) -> bool:
        """Whether the window names the Código Penal and a penal chamber or court ("Sala de Casación Penal", "Sala
        Penal", "Juzgado … Penal"): decided once per window, on first need."""
        if self._penal < 0:
            low = self.low
            named = "código penal" in low or "codigo penal" in low
            court = "casación penal" in low or "casacion penal" in low or "sala penal" in low or "juzgado penal" in low
            self._penal = 1 if named and court else 0
        return self._penal == 1

    def emit_acronym_before(self, chain: _Chain) -> bool:
        """ "C.P., art. 25", "(E.T. art. 240)": the norm's abbreviation written before the unit."""
        a = self.base + chain.start
        if a < 2 or self.text[a - 1] not in " \t,":
            return False
        w = max(0, a - 16)
        if self.text.find("C", w, a) < 0 and self.text.find("E", w, a) < 0:  # every abbreviation starts so
            return False
        m = g.ACRONYM_BEFORE_RE.search(self.text, w, a)
        if m is None:
            return False
        start = m.start("acr") - self.base
        if start < 0 or (self.refs and self.refs[-1].end > self.base + start):
            return False  # the abbreviation closes the citation before ("art. 13 C.P., art. 25")
        article, articles, sub = _articles_and_sub(self, chain)
        ntype = self.acronym_type(m.group("acr"))
        self.emit(start, chain.end, scope="external", type=ntype, article=article, articles=articles, sub=sub)
        return True

    def emit_after_previous_article(self, chain: _Chain, prev: Reference) -> bool:
        """ "ARTÍCULO 23. … los literales a) a c) del artículo anterior …; las de los literales d) y e) del mismo
        artículo": "mismo artículo" after the document's "artículo anterior" is the article before the one whose
        heading the text is in (22), internal; nothing when no numbered article heading comes before."""
        if not g.lower_same_length(prev.text).endswith(("artículo anterior", "articulo anterior")):
            return False
        p = prev.start - self.base
        number = None
        for m in _ARTICLE_HEADING_NUMBER_RE.finditer(self.low, p - 4000 if p > 4000 else 0, p):
            number = m.group(1)
        if number is None or int(number) < 2:
            return False
        article = str(int(number) - 1)
        _, _, sub = _articles_and_sub(self, chain)
        self.emit(chain.start, chain.end, scope="internal", article=article, articles=(article,), sub=sub)
        return True

    def emit_same_article(self, chain: _Chain) -> bool:
        """ "parágrafo 2 del mismo artículo", "numeral 2 del mismo artículo 140": the article cited just before (the
        last one with that number, when it is written); external when that citation was, with its norm."""
        group = next((grp for grp in chain.groups if grp.prefix in _SAME_WORDS), None)
        if group is None:
            return False
        if group.prefix in g.DEMONSTRATIVES:
            return self.emit_demonstrative(chain, group)
        if group.unit != "artículo":
            return self.emit_same_unit(chain, group)
        a = self.base + chain.start
        wanted = group.values[0] if group.values else None
        reach = _SAME_NUMBERED_REACH if wanted else _SAME_REACH
        found: Reference | None = None
        for prev in reversed(self.refs):
            if prev.end > a:
                continue
            if a - prev.end > reach:
                break
            if prev.article is None and prev.relative == "anterior" and not wanted and prev.scope == "internal":
                if self.emit_after_previous_article(chain, prev):
                    return True
                continue
            if prev.article is None or prev.type == "sentencia" or (wanted and wanted not in prev.articles):
                continue
            if prev.scope == "external" and prev.start in self.secondary:
                # "artículo 6 de la Ley 769 de 2002, modificado por el artículo 2 de la Ley 1383 de 2010, … el parágrafo 3
                # del mismo artículo": the modified article, not its modifier (which stays the fallback)
                found = found or prev
                continue
            if not wanted and len(prev.articles) > 1 and group.prefix in _SINGULAR_SAME:
                # "… numeral 2 del artículo 336 del CGP, por violación de los artículos 1602, 1613 y 1614 del Código
                # Civil … numeral 1 del mismo artículo": one article is none of a list of several; a list stays the
                # fallback when no single article was cited before
                found = found or prev
                continue
            found = prev
            break
        if found is not None:
            prev = found
            article, articles, sub = _articles_and_sub(self, chain)
            if prev.scope != "external":
                if group.prefix in ("mismo", "misma", "mismos", "mismas") or article is not None or sub is not None:
                    return False
                # "el citado artículo" after an internal citation: that article of the document
                self.emit(chain.start, chain.end, scope="internal", article=prev.article, articles=(prev.article,))
                return True
            if article is None and prev.article is not None:
                article, articles = prev.article, (prev.article,)
            self.emit_in(prev, chain.start, chain.end, article, articles, sub)
            return True
        return False

    def emit_demonstrative(self, chain: _Chain, group: _Group) -> bool:
        """ "El artículo 56 del CPACA … Ese artículo fue modificado …": a demonstrative is weaker than "dicho" (it is
        also plain prose: "ese artículo de consumo"), so it points only at the reference just before, when that one
        cites the same unit, shortly before in the same paragraph, and the unit is neither numbered nor qualified
        ("ese artículo de …"). Without such a reference the phrase is prose: consumed, nothing emitted (True)."""
        if group.values or len(chain.groups) > 1:
            return False
        if not self.refs:
            return True
        low = self.low
        if _DE_AFTER_RE.match(low, chain.end):
            return True  # "ese artículo de consumo", "esa disposición de la asamblea"
        prev = self.refs[-1]
        gap_start = prev.end - self.base
        if gap_start < 0 or chain.start - gap_start > _POSSESSIVE_REACH or "\n\n" in low[gap_start : chain.start]:
            return True
        if group.unit == "artículo":
            if prev.article is None or prev.sub is not None or prev.type == "sentencia":
                return True
        elif prev.sub is None or not prev.sub.startswith(group.unit):
            return True  # "… del Decreto 1082 de 2015 reglamenta esa causal": no causal was cited
        if prev.scope != "external":
            self.emit(
                chain.start, chain.end, scope="internal", article=prev.article, articles=prev.articles, sub=prev.sub
            )
        else:
            self.emit_in(prev, chain.start, chain.end, prev.article, prev.articles, prev.sub)
        return True

    def emit_same_unit(self, chain: _Chain, group: _Group) -> bool:
        """ "numeral iv) del mismo literal", "el citado numeral", "dicho parágrafo": the last citation nearby that names a
        unit of that kind; external (its norm and article) when that citation was."""
        if not any(grp.values for grp in chain.groups):
            # "dicho parágrafo", "el citado numeral": no designator to cite; "el mismo parágrafo" stays internal
            if group.prefix in ("mismo", "misma", "mismos", "mismas"):
                return False
            self.emit_bare_same_unit(chain, group)
            return True
        a = self.base + chain.start
        for prev in reversed(self.refs):
            if prev.end > a:
                continue
            if a - prev.end > _SAME_REACH:
                break
            if prev.type == "sentencia" or not _names_unit(prev.text, group.unit):
                continue
            if prev.scope != "external":
                return False
            article, articles, sub = _articles_and_sub(self, chain)
            if article is None:
                article, articles = prev.article, prev.articles
            self.emit_in(prev, chain.start, chain.end, article, articles, sub)
            return True
        return False

    def emit_bare_same_unit(self, chain: _Chain, group: _Group) -> None:
        """ "dicho capítulo" (no designator) naming a unit larger than an article that no citation nearby named: a unit of
        the norm named last in the same paragraph ("el artículo 33 ejusdem … sujetas a dicho capítulo"). When a
        citation nearby named a unit of that kind, a unit larger than an article points into that citation's norm ("el
        Título 17 … del Decreto 1078 de 2015 … las referencias a dicho título"), while a smaller one repeats the
        citation and is no new reference ("el parágrafo 2 del mismo artículo 140 … integrará dicho parágrafo")."""
        if len(chain.groups) != 1:
            return
        a = self.base + chain.start
        for prev in reversed(self.refs):
            if prev.end > a:
                continue
            if a - prev.end > _SAME_REACH:
                break
            if prev.type != "sentencia" and _names_unit(prev.text, group.unit):
                if prev.scope == "external" and group.unit not in _SUBUNITS and group.unit != "artículo":
                    self.emit_in(prev, chain.start, chain.end, prev.article, prev.articles, group.unit)
                elif prev.scope == "external" and _PLURAL_SUBUNIT_RE.search(self.low, chain.start, chain.end):
                    self.emit_cited_subunits(chain, group, prev)
                return
        if group.unit in _SUBUNITS or group.unit == "artículo" or not self.refs:
            return
        named = self.last_in_text.get("norm")
        last = self.refs[-1]
        if named is None or last.scope != "external" or last.type == "sentencia" or named.end != last.end:
            return
        gap_start = named.end - self.base
        if gap_start < 0 or chain.start - gap_start > _POSSESSIVE_REACH or "\n" in self.low[gap_start : chain.start]:
            return
        self.emit_in(named, chain.start, chain.end, None, (), group.unit)

    def emit_cited_subunits(self, chain: _Chain, group: _Group, prev: Reference) -> None:
        """Plural "los literales citados", "dichos numerales" after "el literal a) del artículo 118 de la Ley 1474 de
        2011 … el literal c) del mismo artículo": the units cited just before (not a repeat, as a singular "dicho
        parágrafo" is): one reference to that norm and article, its sub the designators of those citations in turn."""
        a = self.base + chain.start
        cited = [prev]
        for earlier in reversed(self.refs):
            if earlier.end > prev.start or earlier is prev:
                continue
            if a - earlier.end > _SAME_REACH or (earlier.type, earlier.number, earlier.article) != (
                prev.type,
                prev.number,
                prev.article,
            ):
                break
            if earlier.scope != "external" or not _names_unit(earlier.text, group.unit):
                break
            cited.append(earlier)
        subs = [ref.sub for ref in reversed(cited) if ref.sub]
        designators = [sub.partition(" ")[2] for sub in subs if " " in sub and " de" not in sub]
        sub = prev.sub
        if len(designators) > 1 and len(designators) == len(subs):
            words = _PLURAL_SUBUNIT_RE.search(self.low, chain.start, chain.end)
            plural = words.group(0) if words else group.unit
            sub = f"{plural} {', '.join(designators[:-1])} y {designators[-1]}"
        self.emit_in(prev, chain.start, chain.end, prev.article, prev.articles, sub)

    def tail_follows(self, chain: _Chain) -> bool:
        """A norm, the citing document or an anaphoric norm right after a unit chain."""
        p = chain.end
        if self.norm_after(p, chain.groups[-1]) is not None:
            return True
        if self.may(_MAY_SELF) and g.SELF_TAIL_RE.match(self.low, p):
            return True
        return bool(self.may(_MAY_ANAPHORIC) and self.anaphoric_tail(p))

    def chain_at(self, p: int) -> _Chain | None:
        """A unit chain starting right at ``p`` whose first unit has a designator and that names no norm of its own
        (the unit of a norm written before it), or None."""
        s = g.GROUP_START_RE.match(self.low, p)
        if not s or s.group("pre"):
            return None
        first = self.group_from_match(p, None, s.group("unit"), s.end("unit"))
        if first is None or not first.values:
            return None
        chain = _drop_dot_links(self.chain_from(first))
        if self.tail_follows(chain):
            return None
        return chain

    def unit_after_norm(self, norm: _Norm) -> _Chain | None:
        """ "Constitución Política en su artículo 2º", "Ley 1712 del 2014, parágrafo 3 del artículo 9": the unit written
        after its (singular) norm (after "cuyo", a reference of its own: see emit_possessive)."""
        if norm.plural or norm.type == "sentencia":
            return None
        low = self.low
        c = low[norm.end : norm.end + 1]
        if c == ";" or (c == " " and low.startswith(";", norm.end + 1)):
            return self.concordance_chain(norm)
        if c != "," and c != " " and c != "\t":
            return None
        m = g.UNIT_AFTER_NORM_RE.match(low, norm.end)
        if m and ((c == "," or norm.number is not None) and m.group("poss") or m.group("rel")):
            # "el Decreto 1078 de 2015, en sus artículos 2.2.9.1.1.1 a …", "la Ley Estatutaria 1751 de 2015 en su
            # artículo 2" (a numbered norm, comma or not): a possessive of its own ("Constitución Política en su
            # artículo 2º" stays one reference); "Ley Estatutaria 1266 de 2008, cuyo artículo 13 …": the relative
            # starts a new reference to the norm (emit_possessive)
            return None
        if m and m.group("blank"):
            # blanks only: a dated norm (or a named one) and a unit in small letters or abbreviated ("Ley 1712 de 2014
            # art. 9", "Ley 80 de 1993 Num. 3"), never a heading in capitals ("Constitución ARTÍCULO 1o")
            q = m.end()
            word = self.orig(q, q + 5)
            if (norm.number is not None and norm.year is None) or not (word[0].islower() or "." in word):
                return None
        return self.chain_at(m.end()) if m else None

    def concordance_chain(self, norm: _Norm) -> _Chain | None:
        """A Senate concordance line, "Ley 80 de 1993; Art. 8o. Num. 1o. Lit. j)" or "Ley 80 de 1993; Art. 4o.; Art.
        18": the units after the semicolons belong to the norm that opens the line (one reference)."""
        a = self.base + norm.start
        i = a
        while i > 0 and self.text[i - 1] in " \t-•*·":
            i -= 1
        if i > 0 and self.text[i - 1] != "\n":
            return None
        low = self.low
        groups: list[_Group] = []
        links: list[str] = []
        p = norm.end
        while len(groups) < 40:
            m = g.CONCORDANCE_SEMI_RE.match(low, p)
            if not m:
                break
            s = g.GROUP_START_RE.match(low, m.end())
            if not s or s.group("pre"):
                break
            first = self.group_from_match(m.end(), None, s.group("unit"), s.end("unit"))
            if first is None or not first.values:
                break
            chain = self.chain_from(first)
            if self.tail_follows(chain):
                break
            if groups:
                links.append("sibling")
            groups.extend(chain.groups)
            links.extend(chain.links)
            p = chain.end
        return _Chain(groups, links) if groups else None

    def paren_unit(self, end: int) -> int:
        """ "… art. 59 Ley 1753 de 2015 (par. 4: …)": a unit in parentheses right after a citation is a unit of that
        citation's norm (its article only when written)."""
        low = self.low
        if low.find("(", end, end + 4) < 0 or not self.refs:
            return end
        m = g.PAREN_UNIT_RE.match(low, end)
        if not m:
            return end
        chain = self.chain_at(m.end())
        if chain is None or not g.PAREN_CLOSE_RE.match(low, chain.end):
            return end
        prev = self.refs[-1]
        if prev.scope != "external" or prev.end != self.base + end:
            return end
        article, articles, sub = _articles_and_sub(self, chain)
        close = _PAREN_END_RE.match(low, chain.end)
        if close and prev.article is None and prev.sub is None and article is not None:
            # "Ley 1955 de 2019 (art. 147)": the article in parentheses completes the citation: one reference
            b = self.base + close.end()
            self.refs[-1] = new = replace(
                prev, end=b, text=self.text[prev.start : b], article=article, articles=articles, sub=sub
            )
            for antecedents in (self.last_by_family, self.last_in_text):
                for key, value in antecedents.items():
                    if value is prev:
                        antecedents[key] = new
            return close.end()
        self.emit_in(prev, chain.start, chain.end, article, articles, sub)
        return chain.end

    def emit_possessive(self, chain: _Chain) -> bool:
        """ "…adoptado por la Ley 1955 de 2019, ordenó … Su artículo 147 fija …": "su"/"sus" before a unit points into
        the norm named last, when it was named in the same paragraph, shortly before, with no mention of the citing
        document nor internal reference in between. The article of that citation is inherited only when the chain names none ("el artículo
        5 de la Ley 80 de 1993 y su parágrafo")."""
        a = chain.start
        low = self.low
        if (
            "poss" not in chain.links
            and not g.POSSESSIVE_BEFORE_RE.search(low, a - 7 if a > 7 else 0, a)
            and not (
                "cuy" in low[a - 60 if a > 60 else 0 : a] and g.RELATIVE_NOUN_BEFORE_RE.search(low, max(0, a - 60), a)
            )
        ):
            return False  # neither "su artículo 5", "cuyo artículo 5" nor "cuyas excepciones de los artículos 18 y 19"
        if self.own_possessive(chain):
            return True
        prev = self.last_by_family.get("*")
        subject = self.last_in_text.get("norm")
        if prev is not None and subject is not None and subject is not prev and self.only_external_after(subject):
            # "el artículo 32 de la Ley 136 de 1994, modificado por el artículo 18 de la Ley 1551 de 2012. Su numeral 1":
            # the subject, not its modifier (nor a ruling or a norm named inside < >)
            prev = subject
        relative = g.RELATIVE_POSSESSIVE_BEFORE_RE.search(low, a - 7 if a > 7 else 0, a) is not None
        if prev is not None and self.refs and self.refs[-1] is prev:
            if not relative:
                # (not after "cuyo": a relative's antecedent is the noun right before it, "… modificó el artículo
                # 240-1 del Estatuto Tributario, cuyo parágrafo 6 …" is the Estatuto's, not the modifying law's)
                prev = self.active_subject(prev, a)
            if self.refs[-1] is prev:
                prev = self.inserted_subject(prev, a)
        if prev is None or (
            self.refs
            and self.refs[-1].start > prev.start
            and not self.only_external_after(prev)
            and not self.only_own_articles_after(prev, chain)
        ):
            return False  # "el artículo 2 de esta ley y su numeral 5": the antecedent is an internal reference
        gap_start = prev.end - self.base
        if gap_start < 0 or a - gap_start > _POSSESSIVE_REACH or "\n\n" in low[gap_start:a]:
            return False
        if g.SELF_MENTION_RE.search(low, gap_start, a):
            return False
        article, articles, sub = _articles_and_sub(self, chain)
        if article is None and prev.article is not None:
            article, articles = prev.article, prev.articles
        self.emit_in(prev, a, chain.end, article, articles, sub)
        return True

    def emit_parallel_possessive(self, chain: _Chain) -> bool:
        """ "la Ley 769 de 2002 … dispone en su artículo 3 que …, y en el parágrafo 3 del artículo 6 que …": an article
        (or a unit of one) coordinated by "y en el" with a possessive citation "en su artículo …" of the same sentence,
        with no norm of its own, continues the norm "su" pointed at (the parallel "en" repeats the possessive's)."""
        refs = self.refs
        if not refs:
            return False
        a = chain.start
        low = self.low
        m = _PARALLEL_EN_BEFORE_RE.search(low, a - 14 if a > 14 else 0, a)
        if m is None:
            return False
        prev = refs[-1]
        p = prev.start - self.base
        e = prev.end - self.base
        if prev.scope != "external" or prev.type is None or prev.note or p < 8 or e > m.start():
            return False
        if _IN_POSSESSIVE_BEFORE_RE.search(low, p - 8, p) is None:
            return False  # the reference before is no "en su artículo …"
        gap = low[e : m.start()]
        if len(gap) > _PARALLEL_REACH or "\n" in gap or ";" in gap or _SENTENCE_END_RE.search(gap):
            return False
        article, articles, sub = _articles_and_sub(self, chain)
        if article is None:
            return False  # "y en el parágrafo 2": whose article is unsaid
        self.emit_in(prev, a, chain.end, article, articles, sub)
        return True

    def own_possessive(self, chain: _Chain) -> bool:
        """ "los requisitos del artículo 3 y de su parágrafo 2": a unit below the article after "su", right after an
        article of the document itself (internal, no smaller unit), is that article's (internal, its article)."""
        refs = self.refs
        if not refs:
            return False
        prev = refs[-1]
        if prev.scope != "internal" or prev.article is None or prev.sub is not None or len(prev.articles) > 1:
            return False
        if any(grp.unit == "artículo" for grp in chain.groups):
            return False  # "el artículo 8 del proyecto remite a sus artículos 325 y 326": no article has articles
        e = prev.end - self.base
        a = chain.start
        if e < 0 or a - e > 16 or _OWN_POSSESSIVE_GAP_RE.fullmatch(self.low, e, a) is None:
            return False
        _article, _articles, sub = _articles_and_sub(self, chain)
        if sub is None:
            return False
        self.emit(a, chain.end, scope="internal", article=prev.article, articles=prev.articles, sub=sub)
        return True

    def only_own_articles_after(self, ref: Reference, chain: _Chain) -> bool:
        """ "el Estatuto Orgánico del Sistema Financiero: el artículo 8 del proyecto remite a sus artículos 325 y 326":
        an article has no articles, so the internal article references between ``ref`` and a possessive "sus artículos"
        cannot own them; true when only such references (a few, looked up backwards) follow ``ref``."""
        if chain.groups[0].unit != "artículo":
            return False
        for i in range(len(self.refs) - 1, max(-1, len(self.refs) - 5), -1):
            other = self.refs[i]
            if other is ref:
                return True
            if other.scope != "external" and (other.article is None or other.sub is not None):
                return False
        return False

    def active_subject(self, prev: Reference, a: int) -> Reference:
        """ "la Ley 1811 de 2016 otorga incentivos … y modifica el Código Nacional de Tránsito Terrestre, y su artículo 5
        ordena …": when the norm named last is the object of an amending verb and a comma opens a new clause before the
        possessive, "su" is the subject's (the norm named before, in the same sentence)."""
        p = prev.start - self.base
        gap_before = self.low[prev.end - self.base : a]
        if p < 0 or ("," not in gap_before and ";" not in gap_before):
            return prev
        if not g.ACTIVE_AMEND_BEFORE_RE.search(self.low, p - 30 if p > 30 else 0, p):
            return prev
        subject = self.ref_before(prev)
        if subject is None:
            return prev
        gap = self.text[subject.end : prev.start]
        if subject.scope != "external" or subject.type in (None, "sentencia") or subject.note or "\n" in gap:
            return prev
        if _SENTENCE_END_RE.search(gap) or len(gap) > _POSSESSIVE_REACH:
            return prev
        return subject

    def ref_before(self, prev: Reference) -> Reference | None:
        """The reference that ends before ``prev`` (the last one) starts, skipping any it encloses; None if there is
        none: the candidate subject of a sentence whose last citation is ``prev``."""
        i = len(self.refs) - 2
        while i >= 0 and self.refs[i].end > prev.start:
            i -= 1
        return self.refs[i] if i >= 0 else None

    def inserted_subject(self, prev: Reference, a: int) -> Reference:
        """ "el Decreto Ley 1045 de 1978, aplicable … en virtud del artículo 2.2.5.5.51 del Decreto 1083 de 2015, dispone
        en su artículo 8": a norm named inside an insertion set off by commas (opened by a participle, an adjective in
        -ble or "que") between the subject norm and its verb is not the owner of "su": the subject is."""
        base = self.base
        p = prev.start - base
        e = prev.end - base
        if p < 0 or _INSERTION_CLOSE_RE.fullmatch(self.low, e, a) is None:
            return prev  # no "<norm>, <verb> … su" right before the possessive
        subject = self.ref_before(prev)
        if subject is None:
            return prev
        s = subject.end - base
        if subject.scope != "external" or subject.type in (None, "sentencia") or subject.note or s < 0:
            return prev
        if p - s > _POSSESSIVE_REACH or _INSERTION_OPEN_RE.match(self.low, s, p) is None:
            return prev
        gap = self.low[s:p]
        if "\n" in gap or ";" in gap or gap.count(",") != 1 or _SENTENCE_END_RE.search(gap):
            return prev
        return subject

    def only_external_after(self, ref: Reference) -> bool:
        """Whether ``ref`` is among the last references and only external ones follow it (a few, looked up backwards)."""
        for i in range(len(self.refs) - 1, max(-1, len(self.refs) - 9), -1):
            other = self.refs[i]
            if other is ref:
                return True
            if other.scope != "external":
                return False
        return False

    def emit_table_cell(self, chain: _Chain) -> bool:
        """ "| Ley 1341 de 2009 | art. 2, num. 8 | Masificación … |": a unit that fills a cell of a table row, with no
        norm of its own, belongs to the norm named in an earlier cell of the same row (normative-framework tables of
        technical documents, CONPES and statements of reasons)."""
        a = chain.start
        low = self.low
        i = a
        while i > 0 and low[i - 1] in " \t":
            i -= 1
        if i == 0 or low[i - 1] != "|" or not self.refs:
            return False  # the unit does not open a cell
        j = chain.end
        while j < self.n and low[j] in " \t.,;":
            j += 1
        if low[j : j + 1] != "|":
            return False  # the cell says more than the unit
        prev = self.refs[-1]
        row = low.rfind("\n", 0, i) + 1
        p = prev.start - self.base
        if prev.scope != "external" or prev.type is None or p < row or prev.end - self.base >= i:
            return False  # no norm named earlier in this row
        if not low[row:p].lstrip(" \t").startswith("|") or g.SELF_MENTION_RE.search(low, prev.end - self.base, i):
            return False
        article, articles, sub = _articles_and_sub(self, chain)
        self.emit_in(prev, a, chain.end, article, articles, sub)
        return True

    def emit_colon_list(self, chain: _Chain) -> bool:
        """ "Ley 80 de 1993: numerales 1 y 4 del artículo 4, numeral 1 del artículo 5, artículo 26, numerales 1, 2 y 4":
        a list of units right after a numbered norm and a colon (same line) are units of that norm, one reference per unit
        group: a new group starts at a comma or "y" once the group has its article and the next units lead to another
        article ("artículo 26, numerales 1, 2 y 4" stays one group: those numerals have no article of their own)."""
        if not self.refs:
            return False
        prev = self.refs[-1]
        gap_start = prev.end - self.base
        if prev.scope != "external" or prev.type in (None, "sentencia") or prev.article is not None:
            return False
        if prev.number is None:  # a numbered norm only ("Código General: numeral 3" may be a heading's label)
            return False
        if not 0 <= gap_start < chain.start or chain.start - gap_start > 4:
            return False
        if self.low[gap_start : chain.start].strip(" \t") != ":":
            return False
        groups, links = chain.groups, chain.links
        a = 0
        has_article = groups[0].unit == "artículo"
        for k in range(1, len(groups) + 1):
            cut = k == len(groups)
            if not cut and links[k - 1] == "sibling" and has_article:
                j = k
                while j < len(groups) - 1 and groups[j].unit != "artículo" and links[j] == "nest":
                    j += 1
                cut = groups[j].unit == "artículo"
            if cut:
                seg = _Chain(groups[a:k], links[a : k - 1])
                article, articles, sub = _articles_and_sub(self, seg)
                self.emit_in(prev, seg.start, seg.end, article, articles, sub)
                a = k
                has_article = False
            if k < len(groups) and groups[k].unit == "artículo":
                has_article = True
        return True

    def emit_focus_unit(self, chain: _Chain) -> bool:
        """ "Decreto 1078 de 2015, en especial el Título 9 de la Parte 2 del Libro 2": a unit singled out right after the
        norm just cited ("en especial", "en particular", "particularmente" …) is a unit of that norm (a reference of its
        own, the norm's citation kept whole)."""
        if not self.refs:
            return False
        prev = self.refs[-1]
        gap_start = prev.end - self.base
        if prev.scope != "external" or prev.type in (None, "sentencia") or not 0 <= gap_start < chain.start:
            return False
        if chain.start - gap_start > 40 or g.FOCUS_GAP_RE.fullmatch(self.low, gap_start, chain.start) is None:
            return False
        article, articles, sub = _articles_and_sub(self, chain)
        if article is None and prev.article is not None:
            article, articles = prev.article, prev.articles
        self.emit_in(prev, chain.start, chain.end, article, articles, sub)
        return True

    def emit_paren_pointer(self, chain: _Chain) -> bool:
        """ "la Ley 1712 de 2014 … las entidades deben publicarla (lit. a) del art. 4)": a unit opening a parenthesis,
        with no norm of its own, in the same line shortly after a norm named in running text, is a unit of that norm."""
        a = chain.start
        low = self.low
        i = a
        while i > 0 and low[i - 1] in " \t":
            i -= 1
        if i == 0 or low[i - 1] != "(":
            return False
        prev = self.last_in_text.get("norm")
        if prev is None or not self.only_external_after(prev):
            return False
        gap_start = prev.end - self.base
        if gap_start < 0 or a - gap_start > _PAREN_POINTER_REACH or "\n" in low[gap_start:a]:
            return False
        if g.SELF_MENTION_RE.search(low, gap_start, a):
            return False
        article, articles, sub = _articles_and_sub(self, chain)
        if article is None and prev.article is not None and chain.groups[0].unit in _SUBUNITS:
            article, articles = prev.article, prev.articles  # "su artículo 4 consagra … (literal d))": of article 4
        self.emit_in(prev, a, chain.end, article, articles, sub)
        return True

    def emit_subunit_anaphora(self, chain: _Chain) -> bool:
        """A bare unit smaller than an article, with no norm and no relative word, that belongs to an external citation:
        the one just before it in the same sentence that cites an article ("La Ley 1581 de 2012 … en su artículo 8,
        enumera las facultades …; entre ellas, el literal a) reconoce …"), or a nearby one that named the same unit with
        the same designator ("el literal e) del numeral 4 del artículo 2 de la Ley 1150 de 2007 … la causal del lit.
        e)")."""
        groups = chain.groups
        lead = next((grp for grp in groups if grp.values), None)
        if lead is None or lead.unit not in _SUBUNITS or not self.refs:
            return False
        if any(grp.relative is not None or grp.unit not in _SUBUNITS and grp.unit != "causal" for grp in groups):
            return False
        a = self.base + chain.start
        low = self.low
        before = low[chain.start - 10 if chain.start > 10 else 0 : chain.start].rstrip(" \t,")
        if before.endswith(("supra", "infra")) or low.startswith((" supra", " infra"), chain.end):
            return False  # "(supra, numeral 6)": a part of the citing document
        if "." in lead.values[0] and self.own_section(lead.values[0]):
            return False  # "numeral 2.3" in a pliego whose own sections are numbered "2.3.": that section
        last = self.refs[-1]
        gap_start = last.end - self.base
        if (
            last.scope == "external"
            and last.article is not None
            and last.type != "sentencia"
            and 0 <= gap_start <= chain.start
            and chain.start - gap_start <= _SUBUNIT_REACH
            and "\n" not in low[gap_start : chain.start]
            and self.subunit_same_sentence(last.end, a)
            and not g.SELF_MENTION_RE.search(low, gap_start, chain.start)
        ):
            self.emit_in(last, chain.start, chain.end, last.article, last.articles, _group_text(self, lead))
            return True
        announced = self.announced_article(chain.start)
        if announced is not None:
            self.emit_in(
                announced, chain.start, chain.end, announced.article, announced.articles, _group_text(self, lead)
            )
            return True
        key = (lead.unit, lead.values[0])
        for prev in reversed(self.refs):
            if prev.end > a:
                continue
            if a - prev.end > _REPEAT_REACH:
                break
            if prev.scope != "external" or prev.type == "sentencia" or prev.article is None or prev.note:
                continue
            if key in _unit_keys(prev.text):
                self.emit_in(prev, chain.start, chain.end, prev.article, prev.articles, _group_text(self, lead))
                return True
        return False

    def announced_article(self, at: int) -> Reference | None:
        """ "se aplican los criterios del artículo 45 ibídem, así:\n\na) Criterios generales: según el literal A, …":
        an article cited to announce a list that walks through its parts; bare sub-units in the list's items (window
        offset ``at``, within :data:`_ANNOUNCE_REACH` of the colon) are units of that article. Not when the article is
        the object of an amending formula ("…, el cual quedará así:", "Adiciónese … así:"), whose new text, quoted or
        not, speaks of its own units (contract decision 7), nor when the list opens with a quote or a heading."""
        low = self.low
        p = low.rfind("así", at - _ANNOUNCE_REACH if at > _ANNOUNCE_REACH else 0, at)
        if p < 0:
            return None
        m = _ANNOUNCE_RE.match(low, p)
        if m is None:
            return None
        for ref in reversed(self.refs):
            b = ref.end - self.base
            if b > p:
                continue
            if ref.scope != "external" or ref.article is None or ref.type == "sentencia":
                return None
            if not _ANNOUNCE_GAP_RE.fullmatch(low, b, p):
                return None
            line = low.rfind("\n", 0, ref.start - self.base) + 1
            if _AMENDING_RE.search(low, line, p):
                return None
            for later in self.refs:  # only units of the same norm cited since (the list's earlier items)
                if later.end - self.base > p and (later.type, later.number) != (ref.type, ref.number):
                    return None
            return ref
        return None

    def subunit_same_sentence(self, b: int, a: int) -> bool:
        """Whether a bare sub-unit at ``a`` (text offset) is read in the sentence of the citation ending at ``b``: no
        sentence end between them, or one sentence end whose next sentence opens by pointing back at the units the
        article enumerates ("El artículo 28 de la Ley 1123 de 2007 enumera los deberes. Entre ellos, el numeral 10 …")."""
        m = _SENTENCE_END_RE.search(self.text, b, a)
        if m is None:
            return True
        return _AMONG_THEM_RE.fullmatch(self.low, m.end() - self.base, a - self.base) is not None

    def own_section(self, value: str) -> bool:
        """Whether the citing text has a section of its own numbered ``value`` ("2.3" → a line starting "2.3." or
        "## 2.3 "): a dotted numeral or literal with no norm then names that section."""
        found = self._sections.get(value)
        if found is None:
            pattern = rf"(?m)^[ \t#*>]*{re.escape(value)}\.?[ \t]"
            found = self._sections[value] = re.search(pattern, self.text) is not None
        return found

    def units_after_cited(self, end: int) -> int:
        """ "artículo 136 del Decreto 01 de 1984, numeral 10, literal d)": smaller units written after a citation that
        has its article belong to it (one reference, widened over them)."""
        low = self.low
        if low[end : end + 1] != "," or not self.refs:
            return end
        prev = self.refs[-1]
        if prev.end != self.base + _rstrip_end(low, 0, end) or prev.article is None or prev.scope != "external":
            return end
        m = _COMMA_RE.match(low, end)
        chain = self.chain_at(m.end()) if m else None
        if chain is None or any(grp.unit == "artículo" or grp.relative for grp in chain.groups):
            return end
        links_flat = all(link in ("sibling", "adj") for link in chain.links)
        sub = _group_text(self, chain.groups[-1] if links_flat else chain.groups[0])
        b = self.base + _rstrip_end(low, chain.start, chain.end)
        self.refs[-1] = new = replace(prev, end=b, text=self.text[prev.start : b], sub=sub)
        for antecedents in (self.last_by_family, self.last_in_text):
            for key, value in antecedents.items():
                if value is prev:
                    antecedents[key] = new
        return chain.end

    def emit_reviewed(self, chain: _Chain) -> int:
        """ "6.1. El artículo 12 acusado confiere …", "el inciso segundo de la disposición demandada": in a ruling, the
        provision under review, cited before (external): for a numbered article, the last citation of that article
        (else the provision under review, with that article); for a unit of "la disposición demandada", the provision
        under review. That provision is the one a participle pointed at last, else the citation written after "contra"
        ("Demanda de inconstitucionalidad contra el artículo 12 (parcial) de la Ley 2294 de 2023"). 0 when the
        participle does not follow or nothing was cited before."""
        t = g.REVIEWED_TAIL_RE.match(self.low, chain.end)
        if t is None:
            return 0
        article, articles, sub = _articles_and_sub(self, chain)
        if t.group("whole"):
            # "artículo 2 del decreto acusado": that article of the act under review (the object of the claim)
            whole = self.provision_against(self.base + chain.start)
            noun = t.group("whole")
            if (
                whole is None
                or whole.type is None
                or not (noun.startswith("acto") or whole.type == "otro" or whole.type.startswith(noun[:4]))
            ):
                return 0  # no claim named an act of that kind ("… del decreto demandado" after a claim against a law)
            self.emit_in(whole, chain.start, t.end(), article, articles, sub)
            return t.end()
        if t.group("part") and (article is None or len(chain.groups) > 1):
            return 0  # "el inciso acusado": no article named, nothing to point at
        a = self.base + chain.start
        target = self.reviewed or self.provision_against(a)
        if article is not None:
            for prev in reversed(self.refs):
                if prev.end > a:
                    continue
                if prev.scope == "external" and prev.type not in (None, "sentencia") and article in prev.articles:
                    target = prev
                    break
        if target is None or target.end > a:
            return 0
        if article is None:
            article, articles = target.article, target.articles
        ref = self.emit_in(target, chain.start, t.end(), article, articles, sub)
        if ref is not None and t.group("part"):
            self.reviewed = ref
        return t.end()

    def provision_against(self, a: int) -> Reference | None:
        """The first external citation before text offset ``a`` written right after "contra" (see emit_reviewed)."""
        low = self.low
        for ref in self.refs:
            if ref.start >= a:
                break
            s = ref.start - self.base
            if ref.scope != "external" or ref.type in (None, "sentencia") or s <= 0:
                continue
            if g.AGAINST_BEFORE_RE.search(low, s - _AGAINST_REACH if s > _AGAINST_REACH else 0, s):
                return ref
        return None

    def emit_bare_kind(self, chain: _Chain, end: int) -> int:
        """ "El artículo 6 del Acuerdo no invade …" after "Acuerdo Municipal 018 de 2023": a unit of a norm kind written
        capitalised without number or name (a lower-case word or punctuation follows, never "de …", a name's
        continuation) is one of THE norm of that kind the text named before, when it named exactly one; the kind is part
        of the span. Returns the end reached, or 0 when the rule does not apply."""
        m = _BARE_KIND_AFTER_RE.match(self.text, self.base + end)
        if m is None:
            return 0
        family = _kind_type(m.group(1))
        kind = g.lower_same_length(m.group(1))
        a = self.base + chain.start
        found: Reference | None = None
        for ref in self.refs:
            if ref.end > a:
                break
            if ref.scope != "external" or ref.type is None or ref.number is None or _family(ref.type) != family:
                continue
            if family == "otro" and not g.lower_same_length(ref.text).startswith(kind):
                continue  # "del Convenio" names a convenio, not the directiva or the ordenanza typed "otro" too
            if found is not None and (found.number, found.year) != (ref.number, ref.year):
                return 0  # two norms of that kind named: "del Acuerdo" is ambiguous
            if found is None:
                found = ref
        if found is None:
            return 0
        article, articles, sub = _articles_and_sub(self, chain)
        stop = m.end(1) - self.base
        self.emit_in(found, chain.start, stop, article, articles, sub)
        return stop

    def emit_article_numeral(self, chain: _Chain, end: int) -> bool:
        """ "definidos en sus numerales 87.1 a 87.7. Conforme al numeral 87.4, …": a dotted numeral whose head is the
        article of the external citation just before (shortly) is that article's numeral, not one of the text's own."""
        if not self.refs:
            return False
        value = chain.groups[0].values[0]
        head, _, rest = value.partition(".")
        prev = self.refs[-1]
        if (
            prev.scope != "external"
            or prev.article != head
            or not rest.isdigit()
            or self.base + chain.start - prev.end > _ARTICLE_NUMERAL_REACH
        ):
            return False
        self.emit_in(prev, chain.start, end, head, (head,), f"numeral {value}")
        return True

    def emit_internal(self, chain: _Chain, end: int) -> int:
        article, articles, sub = _articles_and_sub(self, chain)
        relative = next((grp.relative for grp in chain.groups if grp.relative), None)
        if article is None and relative is None and sub is None:
            return end
        lead = chain.groups[0]
        if len(chain.groups) == 1 and lead.unit == "anexo" and lead.relative == "presente" and not lead.values:
            return end  # "el presente anexo": the citing document itself (an annex), like "el presente decreto"
        if (
            lead.unit == "numeral"
            and len(chain.groups) == 1
            and len(lead.values) == 1
            and end == chain.end
            and "." in lead.values[0]
            and self.emit_article_numeral(chain, end)
        ):
            return end
        start = chain.start
        if end == chain.end:
            # "(numeral 2 supra)", "numeral 4 infra", "(supra, numeral 6)": the pointing adverb is part of the citation
            m = _ADVERB_AFTER_RE.match(self.low, end)
            if m is not None:
                end = m.end()
            else:
                m = _ADVERB_BEFORE_RE.search(self.low, start - 8 if start > 8 else 0, start)
                if m is not None:
                    start = m.start(1)
        self.emit(start, end, scope="internal", article=article, articles=articles, sub=sub, relative=relative)
        return end

    def emit_anaphoric(self, chain: _Chain, t: re.Match[str]) -> int:
        """ "artículo 2 de la misma ley", "del citado decreto", "artículo 6 ibídem": the norm named before — of the same
        kind, named in running text (not inside ``< >`` unless the anaphora is, nor as the modifier of another norm);
        "ibídem" and "la norma" take the last norm of any kind, never a ruling, and "artículo N ibídem" the last norm
        cited with that article N when there is one."""
        typed = t.group("typed")
        if typed is not None:
            # "del artículo 15 de la Ley Estatutaria": the last norm of exactly that type; none → the chain alone
            ntype = (
                "ley estatutaria"
                if typed.startswith("ley")
                else "decreto legislativo"
                if "g" in typed
                else "decreto ley"
            )
            named = self.last_of_type(ntype, chain.start, self.in_note(chain.start, t.end()))
            if named is None:
                return self.emit_internal(chain, chain.end)
            article, articles, sub = _articles_and_sub(self, chain)
            self.emit_in(named, chain.start, t.end(), article, articles, sub)
            return t.end()
        kind = t.group("kind") or t.group("kind2") or t.group("kind3") or ""
        provision = kind.startswith("disposici")  # "parágrafo de la misma disposición": the article cited before
        family = "norm" if t.group("ibid") or kind.startswith("norma") or provision else _family(_kind_type(kind))
        in_note = self.in_note(chain.start, t.end())
        antecedents = self.last_by_family if in_note else self.last_in_text
        prev = antecedents.get(family) or self.last_by_family.get(family)
        if prev is not None and kind.startswith("reglament") and not _is_regulation(prev):
            prev = None  # "del mismo reglamento": the last reglamento ("RAC 100"), not another "otro" (a convenio)
        body = kind.startswith("ordenamiento") and "tribut" not in kind  # "del mismo ordenamiento"
        if family == "estatuto" and (kind.startswith("e") or body):
            # "el artículo 870 de ese estatuto" after "del Código de Comercio": a code is a statute too, so "estatuto"
            # points back to the last code or statute named, whichever came last; so does "ordenamiento", a body of
            # law, and with neither named it is the norm named last ("artículo 14 del mismo ordenamiento" after a law)
            code = antecedents.get("código") or self.last_by_family.get("código")
            if code is not None and (prev is None or code.end > prev.end):
                prev = code
            if body and prev is None:
                prev = antecedents.get("norm") or self.last_by_family.get("norm")
        subject: Reference | None = None
        same = t.group("same")
        ordinal = t.group("ord") or t.group("dist") or same
        if ordinal:
            prev = self.ordinal_norm(chain.start, ordinal, in_note)
        else:
            dem = t.group("dem")
            if dem is not None and dem.startswith("aquel"):
                # "del artículo 29 de aquella ley" after "la Ley 909 … modificado por … la Ley 1960": the older of the
                # last two laws (the only one at hand, or else the last of the family, as "esa ley")
                ordinal = dem
                prev = self.ordinal_norm(chain.start, dem, in_note, family) or prev
        if t.group("ibid") and prev is not None:
            if prev.type == "otro" and prev.article is None:
                # (an instrument cited with articles is the one whose articles the text follows: "los artículos 6, 7
                # y 15 del Convenio … el numeral 2 del artículo 15 ibídem")
                prev = self.statute_before(chain, in_note) or prev
            prev = self.same_article_norm(chain, prev, in_note)
        elif prev is not None and not ordinal and prev.end <= self.base + chain.start:
            subject = prev
            prev = self.acted_on(prev, chain.start, family)
            if prev is not None and prev.type != "decreto ley" and _is_decree_law_kind(kind):
                prev = self.last_of_type("decreto ley", chain.start, in_note) or prev
        end = t.end()
        if family == "ley" and not t.group("ibid"):
            end, prev = self.law_qualifier(end, prev, chain.start, in_note)
        elif not t.group("ibid") and self.low.startswith(" ", end):
            if family in ("código", "estatuto"):
                m = _CODE_QUALIFIER_RE.match(self.low, end)
                if m is not None:
                    end = m.end()
            elif family in ("acuerdo", "decreto", "resolución") and self.low.startswith(" de ", end):
                end, prev = self.named_qualifier(end, prev, family, chain.start)
            elif family == "decreto" and self.low.startswith(" reglamentario", end):
                m = _DECREE_QUALIFIER_RE.match(self.low, end)  # "del mismo decreto reglamentario"
                if m is not None:
                    end = m.end()
        numbered = _NUMBER_AFTER_KIND_RE.match(self.low, end) if t.group("kind") else None
        if numbered is not None:
            # "del mismo Decreto 1078": the norm of that number named before, not the last of its family
            named = self.numbered_norm(family, normalize_number(numbered.group("number")), chain.start, in_note)
            if named is not None:
                prev, end = named, numbered.end()
        if prev is None:
            if not any(grp.values or grp.relative for grp in chain.groups):
                return end  # "el parágrafo de la ley citada" with no law cited before: nothing to point at
            return self.emit_internal(chain, end)
        article, articles, sub = _articles_and_sub(self, chain)
        if article is not None and article.count(".") >= 2 and prev.type in _DOTTED_TYPES and not ordinal:
            prev = self.dotted_owner(prev, chain.start, in_note)  # "artículos 2.2.1… del mismo decreto": the DUR
        if article is None and (t.group("ibid") or provision or same) and prev.article is not None:
            article, articles = prev.article, prev.articles  # "numeral 2 ibídem" after "artículo 14 del CPACA"
        self.emit_in(prev, chain.start, end, article, articles, sub)
        if subject is not None and subject is not prev:
            self.keep_subject(subject)
        return end

    def named_qualifier(self, end: int, prev: Reference | None, family: str, p: int) -> tuple[int, Reference | None]:
        """ "el artículo 5 del mismo acuerdo de valorización" after "la contribución de valorización …, decretada por
        el Acuerdo 012 de 2018" and a later "Acuerdo 030 de 2017": the last norm of that family (within the anaphora
        reach) whose sentence names the subject, not simply the last one; the subject is then part of the span. No
        such norm: the subject is prose ("del mismo decreto de manera …") and nothing changes."""
        m = _SUBJECT_QUALIFIER_RE.match(self.low, end)
        if m is None:
            return end, prev
        word = m.group(1)
        low = self.low
        for ref in reversed(self.refs):
            rs, re_ = ref.start - self.base, ref.end - self.base
            if re_ > p or p - rs > _ANAPHORA_REACH:
                continue
            if ref.scope != "external" or ref.type is None or _family(ref.type) != family:
                continue
            a = low.rfind(". ", rs - 200 if rs > 200 else 0, rs)
            b = low.find(". ", re_, re_ + 150)
            b = min(b if b >= 0 else re_ + 150, p)  # (never the anaphora's own subject, in the same sentence)
            i = low.find(word, a + 1 if a >= 0 else (rs - 200 if rs > 200 else 0), b)
            if i >= 0 and not low[i - 1 : i].isalpha() and not low[i + len(word) : i + len(word) + 1].isalpha():
                return m.end(), ref
        return end, prev

    def law_qualifier(self, end: int, prev: Reference | None, p: int, in_note: bool) -> tuple[int, Reference | None]:
        """ "La misma ley estatutaria no modificó …", "el artículo 5 de dicha ley orgánica": the kind's qualifier after
        an anaphoric "ley" belongs to the citation (its span ends after it); "estatutaria" names the last statutory law
        when the last law is not one."""
        m = _LAW_QUALIFIER_RE.match(self.low, end) if self.low.startswith(" ", end) else None
        if m is None:
            return end, prev
        if m.group(1).startswith("e") and (prev is None or prev.type != "ley estatutaria"):
            prev = self.last_of_type("ley estatutaria", p, in_note) or prev
        return m.end(), prev

    def last_of_type(self, ntype: str, p: int, in_note: bool) -> Reference | None:
        """ "el citado Decreto Ley" after "Decreto Ley 785 de 2005 … Decreto 1083 de 2015": the last external citation
        before window offset ``p`` of exactly that type (a kind written in full names it, not its family), within the
        anaphora reach; None when there is none."""
        a = self.base + p
        for ref in reversed(self.refs):
            if ref.end > a or ref.scope != "external" or (ref.note and not in_note):
                continue
            if a - ref.end > _ANAPHORA_REACH:
                return None
            if ref.type == ntype:
                return ref
        return None

    def numbered_norm(self, family: str, number: str, p: int, in_note: bool) -> Reference | None:
        """The last external citation before window offset ``p`` of a norm of ``family`` with ``number``, or None."""
        a = self.base + p
        for ref in reversed(self.refs):
            if ref.end > a or ref.type is None or ref.scope != "external" or (ref.note and not in_note):
                continue
            if ref.number == number and _family(ref.type) == family:
                return ref
        return None

    def ordinal_norm(self, p: int, word: str, in_note: bool, family: str = "") -> Reference | None:
        """ "artículo 24 de la primera" after "la Ley 1581 de 2012 y … la Ley 1480 de 2011": the first (or, for
        "segunda"/"última", the second) of the last two different norms named shortly before, of the gender the word
        has ("la primera" a ley/resolución…, "el primero" a decreto/acuerdo…); None when fewer than two are at hand
        (one is enough for "la última"). The distal pronoun "de aquella" / "de aquel" is the older of the last two
        different norms of its gender ("… de la Ley 2195 de 2022 … artículos 34 y 35 de la Ley 1474 de 2011, modificados
        por los artículos 2 y 3 de aquella" → Ley 2195), or the only one at hand. "de la misma" / "del mismo" without a
        noun is the last norm of its gender. With ``family`` ("de aquella ley"), only the norms of that family count."""
        a = self.base + p
        distal = word.startswith("aquel")
        same = word.startswith("mism")  # "artículo 372 de la misma": the last norm of that gender
        skip = (_FEMININE if not word.endswith("a") else _MASCULINE) if distal or same else _NO_FAMILIES
        seen: list[Reference] = []
        keys: set[tuple[str | None, str | None, int | None]] = set()
        for ref in reversed(self.refs):
            if ref.end > a:
                continue
            if a - ref.end > _ORDINAL_REACH or len(seen) == 2:
                break
            if ref.scope != "external" or ref.type is None or ref.type == "sentencia" or (ref.note and not in_note):
                continue
            if ref.start in self.anaphoric:
                continue  # "… de la primera y del artículo 62 de la segunda": the norms named, not the pointers
            if _family(ref.type) in skip or (family and _family(ref.type) != family):
                continue
            key = (ref.type, ref.number, ref.year)
            if key not in keys:
                keys.add(key)
                seen.append(ref)
        index = 1 if word.startswith("primer") else 0  # the older of the two for "la primera"
        if distal and not same:
            index = len(seen) - 1
        target = seen[index] if 0 <= index < len(seen) else None
        if target is None or target.type is None:
            return None
        other = _MASCULINE if word.endswith("a") else _FEMININE
        return None if _family(target.type) in other else target  # "la primera" is no decreto

    def same_article_norm(self, chain: _Chain, prev: Reference, in_note: bool) -> Reference:
        """For "artículo 2 ibídem": ``prev`` (the last norm), unless its articles are numbered in another style (the
        dotted articles of a decreto único, "2.2.1.2.1.2.20", cannot be "artículo 2"): then the last norm cited with
        article 2 nearby, if any. A dotted article ("artículo 2.2.1.2.4.2.6 ibídem") is never one of a law's: after "la
        Ley 1257 de 2008" it points to the decree (or resolution) with dotted articles cited shortly before."""
        article, _, _ = _articles_and_sub(self, chain)
        if article is not None and article.count(".") >= 2 and prev.type not in _DOTTED_TYPES:
            return self.dotted_norm(chain, in_note) or prev
        if article is None or not prev.articles or article in prev.articles:
            return prev
        if ("." in article) == ("." in prev.articles[0]):
            return prev
        a = self.base + chain.start
        for ref in reversed(self.refs):
            if a - ref.end > _SAME_REACH:
                break
            if (
                ref.scope == "external"
                and ref.type != "sentencia"
                and article in ref.articles
                and (in_note or not ref.note)
                and ref.end <= a
            ):
                return ref
        return prev

    def statute_before(self, chain: _Chain, in_note: bool) -> Reference | None:
        """For "artículo 64 ibídem" after an instrument typed "otro" (an ordenanza, a concepto, a ruling by date:
        "… de la Ordenanza 41 de 2020 … dentro de los límites de la Ordenanza 28 de 2025 … conforme al artículo 64
        ibídem"): the last norm of a contract type cited with an article shortly before, whose articles the text is
        following; None when there is none (then the instrument itself)."""
        a = self.base + chain.start
        for ref in reversed(self.refs):
            if ref.end > a:
                continue
            if a - ref.end > _ANAPHORA_REACH:
                break
            if (
                ref.scope == "external"
                and ref.type not in ("otro", "sentencia", None)
                and ref.article is not None
                and (in_note or not ref.note)
            ):
                return ref
        return None

    def dotted_owner(self, prev: Reference, p: int, in_note: bool) -> Reference:
        """For a decimal article ("artículos 2.2.1.2.3.1.7 a 2.2.1.2.3.1.9 del mismo decreto reglamentario", "artículo
        2.2.1.1.2.1.1 ibídem") whose antecedent ``prev`` is a decree (or resolution) the text last cited with a plain
        article ("artículo 4 del Decreto 092 de 2017"): a decreto único numbers its articles by their path, so the
        owner is the last norm of that family cited before with decimal articles (the DUR, "Decreto 1082 de 2015"),
        within :data:`_DUR_REACH`; ``prev`` when it was last cited with a decimal article, never with an article at
        all, or when no DUR is at hand."""
        key = (prev.type, prev.number, prev.year)
        family = _family(prev.type or "")
        plain = False
        a = self.base + p
        for ref in reversed(self.refs):
            if ref.end > a or ref.scope != "external" or ref.type is None or not ref.articles:
                continue
            if a - ref.end > _DUR_REACH:
                break
            dotted = ref.articles[0].count(".") >= 2
            if (ref.type, ref.number, ref.year) == key:
                if dotted:
                    return prev
                plain = True
            elif plain and dotted and _family(ref.type) == family and (in_note or not ref.note):
                return ref
        return prev

    def dotted_norm(self, chain: _Chain, in_note: bool) -> Reference | None:
        """The last decree or resolution cited shortly before ``chain`` (the owner of a dotted article), or None."""
        a = self.base + chain.start
        for ref in reversed(self.refs):
            if a - ref.end > _SAME_REACH:
                break
            if ref.scope == "external" and ref.type in _DOTTED_TYPES and (in_note or not ref.note) and ref.end <= a:
                return ref
        return None

    def elliptic(self, chain: _Chain, norm: _Norm) -> int:
        """ "…de la Constitución Política; 14 de la Ley 790 del 2002, 1o, numeral 4, de la Ley 962 de 2005": one
        reference per norm, each starting at its article number."""
        end = self.more_norms(norm)
        head = chain.groups[-1].unit
        low = self.low
        for _ in range(200):
            m = g.ELLIPTIC_RE.match(low, end)
            if not m:
                break
            group = _Group(m.end(), m.end(), head)
            group.end = self.designator_list(m.end(), group, after_word=False)
            if not group.values:
                break
            sub_chain = self.chain_from(group)
            nxt = self.norm_after(sub_chain.end, sub_chain.groups[-1])
            if nxt is None:
                break
            self.emit_norm(group.start, nxt, sub_chain)
            end = self.more_norms(nxt)
        return end

    # -- exclusions ----------------------------------------------------------------------------------------------

    def is_heading(self, chain: _Chain) -> bool:
        """ "ARTÍCULO 5o. OBJETO.", "PARÁGRAFO TRANSITORIO.", '"Artículo 10. Prohibición…', "### Artículo 5." """
        first = chain.groups[0]
        if not first.values or not self.is_upper_at(first.start):
            return False
        if any(link != "dot" for link in chain.links):
            return False
        a = self.base + first.start
        line_start = _only_prefix_before(self.text, a)
        if not line_start and not _after_colon(self.text, a):
            return False
        b = self.base + first.end
        if g.HEADING_AFTER_RE.match(self.text, b) is not None:
            return True
        # "Sección 3.1 Valor del Contrato. El valor …", "Sección 4.6 Cesión.": a numbered unit opening its line, then a
        # short capitalised epigraph closed by a period (a contract's or a plan's own section heading)
        return line_start and not chain.links and _EPIGRAPH_AFTER_RE.match(self.text, b) is not None

    def added_unit(self, chain: _Chain) -> bool:
        """ "adicionó un parágrafo transitorio al artículo 12", "adiciónese un numeral 7 al artículo 5 de la Ley 80":
        a unit with an indefinite article ("un", "una", "nuevo"…) put "al"/"a la" the next unit is new text, not a
        citation; the reference starts at the unit it is added to."""
        first = chain.groups[0]
        a = first.start
        if chain.links[0] != "nest" or not _INDEFINITE_RE.search(self.low, a - 8 if a > 8 else 0, a):
            return False
        return _ADDED_TO_RE.fullmatch(self.low, first.end, chain.groups[1].start) is not None

    def is_defined_term(self, chain: _Chain) -> bool:
        """A unit quoted whole and defined ('"Apéndice Técnico": significa cada uno de los documentos …': a colon or
        "significa" after the closing quote) is a term of the document's definitions, not a citation (the caller has
        seen the opening quote)."""
        b = self.base + chain.end
        if self.text[b : b + 1] not in _CLOSE_QUOTES:
            return False
        return _DEFINED_AFTER_RE.match(self.text, b + 1) is not None

    def is_note_label(self, chain: _Chain) -> bool:
        """ "<Inciso 1o. modificado por …>", and outside ``< >`` "Parágrafo 2 adicionado por …", "par. 9 por el art. 1
        del …": the unit words that label a validity note (a unit starting a clause, not after an article or
        preposition, followed by a participle or "por el/la")."""
        a = self.base + chain.start
        before = self.text[max(0, a - 3) : a]
        if "<" in before and _NOTE_OPEN_RE.search(before):
            return True
        if not g.NOTE_LABEL_AFTER_RE.match(self.low, chain.end):
            return False
        word = self.word_before(chain.start)
        if word is None or word not in g.CITING_WORDS or word in ("y", "e", "o", "u"):
            return True
        # a Senate label line outside < >: "Inciso adicionado al numeral 1 por …", "Aparte subrayado del numeral 7
        # declarado EXEQUIBLE …" (the label word opens the line; the unit is what the label is about)
        a = chain.start
        line = self.low.rfind("\n", a - 81 if a > 81 else 0, a) + 1  # a bounded look-back: linear on long lines
        if line == 0 and a > 80:
            return False
        return g.LABEL_LINE_HEAD_RE.fullmatch(self.low, line, a) is not None

    def in_own_epigraph(self, chain: _Chain) -> bool:
        """ "ARTÍCULO 1o. FINALIDAD DE LA PARTE PRIMERA.": a unit with no norm, in capitals, inside the epigraph of one
        of the document's own article headings, is part of the heading (a norm named there still is a reference)."""
        a, b = self.base + chain.start, self.base + chain.end
        if not self.text[a : b if b < a + 12 else a + 12].isupper():
            return False
        low = self.low
        line = low.rfind("\n", chain.start - 161 if chain.start > 161 else 0, chain.start) + 1
        if line == 0 and chain.start > 160:
            return False
        m = g.OWN_HEADING_LABEL_RE.match(low, line, chain.start)
        if m is None:
            return False
        between = self.orig(m.end(), chain.start)
        return not any(c.islower() for c in between)

    def word_before(self, p: int) -> str | None:
        """The lower-cased word right before ``p`` on its line (blanks skipped), "" when a non-letter comes first, None
        at the start of the line."""
        low = self.low
        i = p
        while i > 0 and low[i - 1] in " \t":
            i -= 1
        if i == 0 or low[i - 1] == "\n":
            return None
        j = i
        while j > 0 and i - j < 20 and low[j - 1].isalpha():
            j -= 1
        return low[j:i]

    def is_fraction(self, chain: _Chain) -> bool:
        """ "una rebaja de hasta una tercera parte de la pena", "a la cuarta parte del beneficio": an ordinal before
        "parte" that names neither a norm nor the document (tested before) is a fraction when a quantity comes before it
        ("una", "dos") or a "de" phrase of what is divided follows it; "la Tercera Parte de este Acuerdo" (the own
        tail) and a bare "Tercera Parte" heading are parts."""
        if len(chain.groups) != 1:
            return False
        first = chain.groups[0]
        low = self.low
        if _INDEFINITE_RE.search(low, first.start - 8 if first.start > 8 else 0, first.start):
            return True
        if _FRACTION_BEFORE_RE.search(low, first.start - 12 if first.start > 12 else 0, first.start):
            return True  # "la sanción se reducirá a la cuarta parte", "hasta la tercera parte": an amount
        return _OF_WHOLE_RE.match(low, first.end) is not None

    def is_run_in_heading(self, chain: _Chain) -> bool:
        """A heading of the document's own structure run into a line (flattened texts, contents lists, index columns):
        "… ACUERDA TÍTULO I DISPOSICIONES GENERALES CAPÍTULO I DEL OBJETO …", "· CAPITULO II-INFORMACIÓN …", "…
        administración pública Artículo 1°. Objeto …". The unit word is capitalised, numbered, not after a word that
        cites ("el", "del", "según", "ver"…) nor after a comma or digit, and a capital, bullet or bar follows."""
        first = chain.groups[0]
        if first.prefix is not None or not first.values or not self.is_upper_at(first.start):
            return False
        if any(link != "dot" for link in chain.links):
            return False
        word = self.word_before(first.start)
        if word in g.CITING_WORDS or (word and g.AMENDING_VERB_RE.fullmatch(word)):
            return False
        if word == "":
            i = first.start
            while i > 0 and self.low[i - 1] in " \t":
                i -= 1
            if self.low[i - 1] not in '.:;·|>-–—)"”':
                return False
        capitals = self.orig(first.start, first.start + 4).isupper()  # "TÍTULO I", not "Artículo 1"
        after = g.RUN_IN_HEADING_AFTER_RE if capitals else g.RUN_IN_HEADING_PUNCT_RE
        return after.match(self.text, self.base + first.end) is not None

    def is_title(self, start: int, end: int) -> bool:
        """The document's own title: its first line when that line is the norm alone ("LEY 1712 DE 2014"), or the
        norm opening the first line (of any text, even one line long) followed by its date in parentheses, as official
        headers write it ("LEY 2052 DE 2020 (Agosto 25)", "Acuerdo 144 de 2019 (Diciembre 3) "Por el cual …")."""
        if not self._title_known:
            self._title = _title_line(self.text)
            self._title_known = True
        title = self._title
        a, b = self.base + start, self.base + end
        if title is not None and a <= title[1] + 1:
            line = self.text[title[0] : title[1]].strip(_TITLE_STRIP)
            if line == self.orig(start, end).strip(_TITLE_STRIP):
                return True
        if self._first is None:
            self._first = _first_line(self.text)
        first, first_end = self._first
        if first_end < a <= first + _HEADER_REACH:
            return self.is_header_title(first, a, b)
        if not first <= a <= first_end:
            return False
        if (
            not _TITLE_DATE_RE.match(self.text, b)
            and (
                # "RESOLUCIÓN No. 018734 DE 27 NOV 2026" as the first line, in capitals
                first_end - b > _ABBR_DATE_SPAN  # (bounded: the pattern's runs of blanks backtrack on long lines)
                or _ABBR_DATE_LINE_RE.fullmatch(self.text, b, first_end) is None
                or sum(c.islower() for c in self.text[a:b]) > 2
                or not self.text[first_end:].strip()  # (a one-line text is a phrase, not a document)
            )
        ):
            return False
        return not self.text[first:a].strip(_TITLE_STRIP)

    def under_ponente(self, start: int, end: int) -> bool:
        """ "HERNÁN DARÍO OSPINA VÉLEZ / Magistrado ponente / (blank) / SL2418-2026 / Radicación n.° 97316": a ruling's
        id alone on its line right under the reporting judge's label (blank lines between allowed) is the ruling's own
        id. Only called within the header (``_HEADER_REACH``), so the look-back is bounded."""
        text = self.text
        a, b = self.base + start, self.base + end
        line = text.rfind("\n", 0, a) + 1
        nl = text.find("\n", b)
        if text[line:a].strip(_TITLE_STRIP) or text[b : len(text) if nl < 0 else nl].strip(_TITLE_STRIP):
            return False  # not alone on its line
        above = text[:line].rstrip()
        label = above[above.rfind("\n") + 1 :].strip(_TITLE_STRIP)
        return _PONENTE_LABEL_RE.match(label) is not None

    def is_header_title(self, first: int, a: int, b: int) -> bool:
        """ "CONCEJO DE MEDELLÍN / ACUERDO 018 DE 2026 / (noviembre 20)": the norm alone on a line of the document's
        header, under the issuer's name in capitals, followed by its date or its "Por el cual …" formula."""
        text = self.text
        line = text.rfind("\n", first, a) + 1
        nl = text.find("\n", b)
        nl = len(text) if nl < 0 else nl
        # "… No. 018734 DE 27 NOV 2026"; bounded, as the pattern's runs of blanks backtrack on long lines
        abbr_dated = nl - b <= _ABBR_DATE_SPAN and _ABBR_DATE_LINE_RE.fullmatch(text, b, nl) is not None
        if (
            text[line:a].strip(_TITLE_STRIP)
            or text[b:nl].strip(_TITLE_STRIP)
            and not abbr_dated
            and not _TITLE_DATE_RE.match(text, b)
        ):
            return False  # not alone on its line
        above = text[first:line]
        if above.count("\n") > 4 and above.count("\n") - above.count("\n\n") > 4:
            return False  # prose, not the issuer's heading (blank lines between its lines do not count)
        dated = _TITLE_DATE_RE.match(text, b) is not None
        caps = sum(c.islower() for c in text[a:b]) <= 2  # the norm written in capitals ("No." allowed)
        if (
            any(c.islower() for c in above)
            and not ((dated or caps) and _issuer_lines(above))
            and not (dated and caps and _issuer_over_subtitle(above))
        ):
            return False  # prose, not the issuer's heading
        if dated:
            return True
        if caps and (
            abbr_dated
            or _MONTH_RE.search(text, a, b)
            or _HEADER_LABEL_RE.match(text, nl)
            or _CASE_LINE_RE.match(text, nl)
            or _place_date_line(text, nl)
        ):
            # "CIRCULAR EXTERNA No. 41 DE 2026 / PARA: …", "AUTO 2118 DE 2026 / Referencia: …", "CIRCULAR EXTERNA No.
            # 100-000021 DEL 16 DE OCTUBRE DE 2026", "DECISIÓN No. 0457 DE 2026 / Proceso verbal abreviado –
            # Expediente …", "RESOLUCIÓN SDSJ No. 2418 DE 2026 / Bogotá, D.C., veinticuatro (24) de septiembre …": the
            # designation alone in capitals under the issuer's heading, dated in the line or followed by the labelled
            # lines of a memo or an auto, by the line of its case or by its place and date, is the document's own
            return True
        # "DEPARTAMENTO ADMINISTRATIVO DE LA FUNCIÓN PÚBLICA / Concepto 318842 de 2026 / Fecha: 22/09/2026": a concept's
        # or an office's header, its date or radicado labelled on the next line
        return _TITLE_FORMULA_RE.match(text, nl) is not None or _TITLE_LABEL_RE.match(text, nl) is not None

    def in_caps_heading(self, start: int, end: int) -> bool:
        """ "6. MODIFICACIÓN DE LA CIRCULAR BÁSICA JURÍDICA": a norm named without number inside a section heading of
        the citing document written in capitals (a line without small letters, not a table row) is the heading's
        topic, not a citation (a numbered norm there still is: "ARTÍCULO 16. EXTENSIÓN APLICACIÓN LEY 962 DE 2005")."""
        text = self.text
        a, b = self.base + start, self.base + end
        if " " not in text[a:b] or any(c.islower() for c in text[a:b]):
            return False  # an acronym ("CPACA") is in capitals anyway
        line = text.rfind("\n", 0, a) + 1
        nl = text.find("\n", b)
        nl = len(text) if nl < 0 else nl
        if nl - line > 160:
            return False
        row = text[line:nl]
        return "|" not in row and not any(c.islower() for c in row)


def _place_date_line(text: str, nl: int) -> bool:
    """The line after ``nl`` (or after one blank line) is a place and a date ("Bogotá, D.C., 24 de septiembre de
    2026"): capitalised words and a comma, then a month name on the same line."""
    m = _PLACE_DATE_RE.match(text, nl)
    if m is None:
        return False
    eol = text.find("\n", m.end())
    return _MONTH_RE.search(text, m.end(), len(text) if eol < 0 else eol) is not None


def _only_prefix_before(text: str, a: int) -> bool:
    """``HEADING_PREFIX_RE.fullmatch(line_before_a)``, walking back from ``a`` only over prefix characters (slicing
    the line and scanning it made a long line with many capitalised citations quadratic)."""
    chars = g.HEADING_PREFIX_CHARS
    i = a
    while i > 0 and text[i - 1] in chars:
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def _after_colon(text: str, a: int) -> bool:
    """``_AFTER_COLON_RE.search(line_before_a)`` (``[.:][ \\t]*["“]?[ \\t]*\\Z``), read backwards from ``a``."""
    i = a
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i > 0 and text[i - 1] in '"“':
        i -= 1
        while i > 0 and text[i - 1] in " \t":
            i -= 1
    return i > 0 and text[i - 1] in ".:"


def _extra_start(key: int) -> int:
    """Where the ruling id or short name of a key of :meth:`_Parser.run`'s extra starts."""
    return key if key >= 0 else -1 - key


def _rstrip_end(low: str, start: int, end: int) -> int:
    """``end`` without the trailing punctuation :meth:`_Parser.emit` leaves out."""
    while end > start and low[end - 1] in _TRAILING_PUNCT:
        if low[end - 1] == "." and _ends_in_dotted_acronym(low, start, end):
            break  # "artículo 631-3 del E.T.", "art. 15 C.P.": the abbreviation keeps its final period
        end -= 1
    return end


def _ends_in_dotted_acronym(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` ends in a norm abbreviation written with periods ("e.t.", "c.p.", "c. de co.")."""
    i = max(low.rfind(" ", start, end), low.rfind("(", start, end), low.rfind("\n", start, end)) + 1
    return low[i:end] in _DOTTED_ACRONYMS or low.endswith("c. de co.", start, end)


#: The abbreviations of :data:`citation_grammar.UNIT_ACRONYMS` that end in a period, lower-cased.
_DOTTED_ACRONYMS = frozenset(a.lower() for a in g.UNIT_ACRONYMS if a.endswith(".") and " " not in a)


def _ruling_starts(low: str) -> list[int]:
    """Where a ruling id may start ("t-406", "su-601a"), in a lower-cased text: found on the dash (fast), then moved
    back to the letters."""
    if "-" not in low and "–" not in low:
        return []
    starts = []
    for m in g.RULING_DASH_RE.finditer(low):
        i = m.start()
        if not low[i - 1].isdigit():
            starts.append(i - (2 if low[i - 1] == "u" else 1))
            continue
        # "sp2144-2016": back over the number and the chamber letters, and a "csj " before them
        while i > 0 and low[i - 1].isdigit():
            i -= 1
        j = i
        while j > 0 and i - j < 3 and "a" <= low[j - 1] <= "z":
            j -= 1
        if j == i or (j > 0 and (low[j - 1].isalnum() or low[j - 1] == "-")):
            continue
        if j >= 4 and low.startswith("csj", j - 4) and low[j - 1] in " \t" and (j == 4 or not low[j - 5].isalnum()):
            j -= 4
        starts.append(j)
    return starts


def _style_break(chain: _Chain) -> _Chain:
    """ "literal c) del artículo 2.2.2.5.3 y del artículo 9 de la Ley 1712 de 2014": sibling articles numbered in two
    styles (a decreto único's dotted path, a law's plain number) cannot be units of one norm: the chain ends before the
    second, which starts a citation of its own."""
    groups = chain.groups
    for k, link in enumerate(chain.links):
        if link != "sibling":
            continue
        left, right = groups[k], groups[k + 1]
        if left.unit != "artículo" or right.unit != "artículo" or not left.values or not right.values:
            continue
        if (left.values[-1].count(".") >= 2) != (right.values[0].count(".") >= 2):
            return _Chain(groups[: k + 1], chain.links[:k])
    return chain


def _drop_dot_links(chain: _Chain) -> _Chain:
    if "dot" not in chain.links:
        return chain
    k = chain.links.index("dot")
    return _Chain(chain.groups[: k + 1], chain.links[:k])


def _names_unit(text: str, unit: str) -> bool:
    """Whether a citation's text names a unit of kind ``unit`` ("literal j) del artículo 3 …" names a literal)."""
    low = g.lower_same_length(text)
    return any(g.unit_of(m.group(0)) == unit for m in g.UNIT_RE.finditer(low))


def _unit_keys(text: str) -> frozenset[tuple[str, str]]:
    """The (unit, first designator) pairs a citation's text names ("literal e) del numeral 4 del artículo 2 …" →
    literal e), numeral 4, artículo 2); memoised (the same citations are looked at again)."""
    keys = _UNIT_KEYS_CACHE.get(text)
    if keys is None:
        parser = _Parser(text, 0, len(text))
        found: set[tuple[str, str]] = set()
        for m in g.UNIT_RE.finditer(parser.low):
            group = parser.group_from_match(m.start(), None, m.group(0), m.end())
            if group is not None and group.values:
                found.add((group.unit, group.values[0]))
        keys = frozenset(found)
        if len(_UNIT_KEYS_CACHE) > 1024:
            _UNIT_KEYS_CACHE.clear()
        _UNIT_KEYS_CACHE[text] = keys
    return keys


_UNIT_KEYS_CACHE: dict[str, frozenset[tuple[str, str]]] = {}


def _law_numeral(article: str, articles: tuple[str, ...], sub: str | None) -> tuple[str, tuple[str, ...], str | None]:
    """ "artículo 74.1 de la Ley 142 de 1994": a law has no decimal articles (decreto único and resolución única
    articles are dotted, laws' are not), so "N.M" is numeral "N.M" (as the law numbers it) of article N; anything
    else (more dots, letters) is left as written."""
    head, _, rest = article.partition(".")
    if not head.isdigit() or not rest.isdigit():
        return article, articles, sub
    return head, tuple(head if a == article else a for a in articles), sub or f"numeral {article}"


def _is_decree_law_kind(kind: str) -> bool:
    """ "decreto ley", "decreto-ley", "decretos leyes" (lower-cased): a decree with the force of law."""
    return kind.endswith(("ley", "leyes")) and kind.startswith("decreto")


def _family(ntype: str) -> str:
    return ntype.split()[0]


def _is_regulation(ref: Reference) -> bool:
    """ "RAC 100", "numeral 100.205 del RAC 100", "Reglamentos Aeronáuticos de Colombia": a reference to a reglamento
    (the antecedent of "del mismo reglamento")."""
    return "RAC" in ref.text or "eglament" in ref.text


def kind_group(t: re.Match[str]) -> str:
    """The name of the group of :data:`ANAPHORIC_TAIL_RE` that holds the norm's kind in ``t``."""
    return "kind" if t.group("kind") else "kind2" if t.group("kind2") else "kind3"


def _kind_type(kind: str) -> str:
    kind = g.lower_same_length(kind)
    for word, family in (
        ("ley", "ley"),
        ("decreto", "decreto"),
        ("resoluci", "resolución"),
        ("acuerdo", "acuerdo"),
        ("constituci", "constitución"),
        ("carta", "constitución"),  # "de la misma Carta (Política)": the Constitution
        ("circular", "circular"),
        ("convenio", "otro"),
        ("c", "código"),
        ("estatuto", "estatuto"),
        ("ordenamiento", "estatuto"),
        ("acto", "acto"),
        ("decisi", "otro"),
        ("reglament", "otro"),
    ):
        if kind.startswith(word):
            return family
    return "*"


def _articles_and_sub(parser: _Parser, chain: _Chain | None) -> tuple[str | None, tuple[str, ...], str | None]:
    if chain is None:
        return None, (), None
    groups = chain.groups
    article_idx = [i for i, grp in enumerate(groups) if grp.unit == "artículo" and grp.values]
    if len(article_idx) == 1:
        values = groups[article_idx[0]].values
        articles = values[:1] if len(values) == 1 else list(dict.fromkeys(values))
    else:
        articles = list(dict.fromkeys(v for i in article_idx for v in groups[i].values))
    sub: str | None = None
    if article_idx:
        first = article_idx[0]
        if first > 0:
            sub = _group_text(parser, groups[0])
        elif groups[first].attached_end >= 0:
            sub = parser.orig(groups[first].attached_start, groups[first].attached_end)
        elif article_idx[-1] < len(groups) - 1:
            sub = _group_text(parser, groups[-1])
    else:
        lead = groups[0]
        if lead.unit != "artículo":
            sub = lead.unit if (lead.relative and not lead.values) else _group_text(parser, lead)
    article = articles[0] if articles else None
    return article, tuple(articles), sub


def _group_text(parser: _Parser, group: _Group) -> str:
    text = parser.orig(group.start, group.title_start if group.title_start >= 0 else group.end)
    return text.rstrip(" \t\n,;:") or text


def _issuer_lines(above: str) -> bool:
    """Whether the lines above a title are an issuer's heading written in capitals or in title case ("ALCALDÍA DE
    MEDELLÍN / Distrito de Ciencia, Tecnología e Innovación / SECRETARÍA DE MOVILIDAD"): short lines, none ending as a
    sentence, every word of four letters or more capitalised."""
    for line in above.split("\n"):
        line = line.strip(_TITLE_STRIP)
        if not line:
            continue
        if len(line) > 120 or line[-1] in ":;,":  # a chamber's name may be long ("Sala Especial de Seguimiento a …")
            return False
        m = _PONENTE_LABEL_RE.match(line)
        if m is not None:
            line = line[m.end() :]  # "Magistrado ponente: HERNÁN DARÍO …": the reporting judge's name under its label
        for word in line.split():
            if len(word) >= 4 and word[0].isalpha() and not word[0].isupper():
                return False
    return True


def _issuer_over_subtitle(above: str) -> bool:
    """Whether the lines above a title are an issuer's name in capitals over short descriptive lines in sentence case
    ("UNIVERSIDAD TECNOLÓGICA DEL NORDESTE / Ente universitario autónomo del orden departamental"): at most four lines,
    none longer than 120 characters nor ending as a sentence or a clause, the first one in capitals."""
    lines = [line.strip(_TITLE_STRIP) for line in above.split("\n")]
    lines = [line for line in lines if line]
    if not lines or len(lines) > 4 or not lines[0].isupper():
        return False
    return all(len(line) <= 120 and line[-1] not in ".:;," for line in lines)


def _first_line(text: str) -> tuple[int, int]:
    """Start and end of the first non-blank line of the text, after any front matter ((n, n) for a blank text)."""
    m = _FRONT_MATTER_RE.match(text)
    pos = m.end() if m else 0
    n = len(text)
    while pos < n and text[pos] in " \t\n":
        pos += 1
    nl = text.find("\n", pos)
    return pos, n if nl < 0 else nl


def _title_line(text: str) -> tuple[int, int] | None:
    """Span of the document's first non-empty line after any front matter (its title, e.g. "LEY 1712 DE 2014");
    None for a one-line text (a phrase, not a document)."""
    if "\n" not in text.strip():
        return None
    pos = 0
    m = _FRONT_MATTER_RE.match(text)
    if m:
        pos = m.end()
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        nl = n if nl < 0 else nl
        if text[pos:nl].strip():
            return pos, nl
        pos = nl + 1
    return None


# ---------------------------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------------------------


def extract_references(text: str, start: int = 0, end: int | None = None) -> list[Reference]:
    """Every normative reference in ``text[start:end]``, sorted and non-overlapping, with offsets into ``text``.

    Args:
        text: the whole document text (offsets and line starts are computed on it).
        start: where to start looking.
        end: where to stop looking (default: the end of the text).

    Example:
        >>> refs = extract_references("los artículos 14 a 18 de la Ley 80 de 1993")
        >>> refs[0].articles, refs[0].number, refs[0].year
        (('14', '15', '16', '17', '18'), '80', 1993)
    """
    if not isinstance(text, str):
        raise TypeError("extract_references expects str")
    n = len(text)
    end = n if end is None else max(0, min(end, n))
    start = max(0, min(start, end))
    if start == end:
        return []
    return _finish(_Parser(text, start, end).run())


def _finish(refs: list[Reference]) -> list[Reference]:
    refs.sort(key=lambda r: (r.start, r.end))
    out: list[Reference] = []
    for ref in refs:
        if out and ref.start < out[-1].end:
            continue
        out.append(ref)
    return out


def extract_references_at(text: str, positions: list[int] | None = None) -> list[Reference]:
    """Every reference in the whole ``text``, the parse starting at ``positions`` (offsets of trigger words that a
    caller already found, e.g. the spaCy component among its tokens) instead of a regex scan for them. Ruling ids
    ("T-406 de 1992") are always scanned for."""
    return _finish(_Parser(text, 0, len(text)).run(positions))
