"""Markdown / plain text → :class:`~regdesign.model.Document`: front matter, provisions with stable ids and spans.

This module owns reading files (:func:`read_text`, :func:`read_document`), front-matter validation against the JSON
Schemas in ``regdesign/schemas/`` and the recognition of provisions (see ``docs/FORMAT.md``).

Guarantees:

* :func:`parse_document` never raises on any ``str``; every problem becomes a :class:`~regdesign.model.Finding`
  in ``Document.problems`` (``FRONTMATTER-YAML``, ``FRONTMATTER-SCHEMA``, ``FRONTMATTER-TIPO``, ``PARSE-CITA``).
* every span is an exact pair of code-point offsets into ``Document.text`` (the whole file, front matter included);
  a provision's ``span`` starts at its label (after Markdown marks such as ``###`` or ``**``) and covers its
  children; children lie inside their parent; ids are unique (duplicates get ``__dup2``, ``__dup3``…).
* the parser is one pass over the lines with anchored regexes, so its cost is linear in the size of the text.
* ``Document.metadata`` keeps the values as PyYAML builds them: ISO dates (``2027-02-15``) are ``datetime.date``
  objects (an impossible date such as ``2027-02-30`` stays a string and is reported by the schema check).

Choices worth knowing:

* Quoted text inside an article (the new text of an amended norm after "quedará así:", or a paragraph that opens
  with a quotation mark) does not start provisions of the document; it stays inside the inciso that introduces it.
  Unquoted amended text ends at the next article label written the same way as the amending article
  (``ARTÍCULO 44.`` ends an amendment opened in ``ARTÍCULO 43.`` while ``Artículo 90.`` does not).
* Incisos (``inc_1``…) are created only when an article's own text has two paragraphs or more; a one-paragraph
  article has no inciso children. In plain-text laws written one paragraph per line, each line is a paragraph; when
  blank lines separate paragraphs (Markdown), a paragraph runs until the next blank line.
* A paragraph that follows a literal without a label of its own goes back to the literal's parent (the closing
  inciso of a list: "Todo sujeto obligado deberá publicar…" after literal e)); a paragraph after a numeral stays
  in the numeral (numerales often run for several paragraphs).
* "EXPOSICIÓN DE MOTIVOS" opens a top-level provision of kind ``seccion`` with id ``expo`` whose text is not split
  into provisions; it ends at "PROYECTO DE ACUERDO"/"ACUERDA:"-like lines, at a título/capítulo, at an article in a
  Markdown heading or at a Markdown heading of the same or a higher level.

Example:
    >>> doc = parse_document("ARTÍCULO 1o. OBJETO. La ley regula.\\nPARÁGRAFO. Se exceptúa.\\n")
    >>> [p.id for p in doc.iter_provisions()]
    ['art_1', 'art_1__par_unico']
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from regdesign.errors import InputError
from regdesign.model import DOCUMENT_TYPES, Document, Finding, LineIndex, Provision, SourceSpan

MAX_BYTES = 20 * 1024 * 1024
SCHEMA_DIR = Path(__file__).with_name("schemas")
CATEGORY = "FORMATO"

# ---------------------------------------------------------------------------------------------------------------
# Reading files


def _finding(
    rule: str,
    severity: str,
    message: str,
    message_en: str,
    *,
    path: str = "",
    start: int = 0,
    end: int = 0,
    line: int = 1,
    column: int = 1,
    suggestion: str = "",
    basis: str = "",
) -> Finding:
    return Finding(
        rule=rule,
        severity=severity,
        message=message,
        message_en=message_en,
        path=path,
        start=start,
        end=end,
        line=line,
        column=column,
        category=CATEGORY,
        suggestion=suggestion,
        basis=basis,
    )


def _looks_binary(text: str) -> bool:
    """True when a legacy-decoded text is mostly control characters (undecodable garbage, not a document)."""
    sample = text[:65536]
    if not sample:
        return False
    controls = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0x7F <= ord(ch) < 0xA0)
    return controls > max(8, len(sample) // 20)


def read_text(path: str | Path, data: bytes | None = None) -> tuple[str, str, list[Finding]]:
    """Read a document's text: UTF-8 first (a leading BOM is kept), else cp1252, else latin-1, with a warning.

    ``data`` may carry the file's bytes when the caller already read them (the check pass does, to compute the
    Git blob id); the file is then not read again.

    Raises:
        InputError: the file is missing, is a folder, is larger than ``MAX_BYTES`` or is binary.

    Returns:
        ``(text, encoding, findings)`` where findings holds the ``ENCODING`` warning when the file is not UTF-8.
    """
    file = Path(path)
    if data is not None:
        return _decode_text(data, path)
    try:
        if not file.exists():
            raise InputError(f"No existe el archivo {path}")
        if file.is_dir():
            raise InputError(f"{path} es una carpeta, no un archivo")
        size = file.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"El archivo {path} pesa {size / 1048576:.1f} MB; el límite es {MAX_BYTES // 1048576} MB")
        data = file.read_bytes()
    except OSError as error:
        raise InputError(f"No se pudo leer {path}: {error.strerror or error}") from error
    return _decode_text(data, path)


def _decode_text(data: bytes, path: str | Path) -> tuple[str, str, list[Finding]]:
    if len(data) > MAX_BYTES:
        raise InputError(f"El archivo {path} supera el límite de {MAX_BYTES // 1048576} MB")
    if b"\x00" in data:
        raise InputError(f"El archivo {path} parece binario (contiene bytes nulos); se esperaba texto")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            raise InputError(f"El archivo {path} parece binario (no es texto legible)")
        finding = _finding(
            "ENCODING",
            "warning",
            f"El archivo no está en UTF-8; se leyó como {encoding}. Guárdelo en UTF-8 para que las posiciones "
            "coincidan con las de otras herramientas.",
            f"The file is not UTF-8; it was read as {encoding}. Save it as UTF-8.",
            path=str(path),
            end=0,
            suggestion="Guarde el archivo con codificación UTF-8.",
        )
        return text, encoding, [finding]
    raise InputError(f"No se pudo decodificar {path}")  # pragma: no cover - latin-1 decodes every byte


def read_document(path: str | Path, display_path: str | None = None) -> Document:
    """Read and parse a file; ``display_path`` (default: ``path``) is the path written into findings."""
    shown = display_path if display_path is not None else str(path)
    text, encoding, findings = read_text(path)
    document = parse_document(text, shown, encoding)
    moved = tuple(dataclasses.replace(f, path=shown) for f in findings)
    return dataclasses.replace(document, problems=moved + document.problems)


# ---------------------------------------------------------------------------------------------------------------
# Front matter


class _FrontMatterLoader(yaml.SafeLoader):
    """SafeLoader whose impossible dates (``2027-02-30``) stay strings, so the schema reports them with a line."""


def _construct_timestamp(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)  # type: ignore[arg-type]
    except (ValueError, OverflowError, TypeError):
        return loader.construct_scalar(node)  # type: ignore[arg-type]


_FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)

_FM_OPEN = re.compile(r"(\ufeff)?---[ \t]*\r?\n")
_FM_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)


@lru_cache(maxsize=1)
def _validators() -> dict[str, Any]:
    """One Draft 2020-12 validator per document type; schemas may ``$ref`` each other by file name."""
    import jsonschema
    from referencing import Registry, Resource

    schemas: dict[str, Any] = {}
    for file in sorted(SCHEMA_DIR.glob("*.json")):
        schemas[file.name] = json.loads(file.read_text(encoding="utf-8"))
    from referencing.jsonschema import DRAFT202012

    registry: Registry = Registry().with_resources(
        (name, Resource.from_contents(schema, default_specification=DRAFT202012)) for name, schema in schemas.items()
    )
    validators = {}
    for doc_type in DOCUMENT_TYPES:
        schema = schemas.get(f"{doc_type}.schema.json")
        if schema is not None:
            validators[doc_type] = jsonschema.Draft202012Validator(
                schema, registry=registry, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
            )
    return validators


def _to_jsonable(value: Any) -> Any:
    """A copy of YAML data that JSON Schema can validate: dates become ISO strings, keys strings."""
    if isinstance(value, dict):
        return {str(key): _to_jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_to_jsonable(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _node_at(root: yaml.Node, path: list[Any]) -> tuple[yaml.Node | None, bool]:
    """The YAML node at a JSON path (the key node for a mapping entry) and whether the whole path was found."""
    node: yaml.Node = root
    found: yaml.Node | None = None
    for part in path:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.value == str(part):
                    found, node = key_node, value_node
                    break
            else:
                return found, False
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
            found = node
        else:
            return found, False
    return found, True


_TYPE_NAMES_ES = {
    "string": "texto",
    "integer": "número entero",
    "number": "número",
    "array": "lista",
    "object": "mapa",
    "boolean": "verdadero/falso",
    "null": "vacío",
}


def _schema_message(error: Any) -> tuple[str, str]:
    """Spanish and English one-line messages for a jsonschema ValidationError."""
    where = ".".join(str(p) for p in error.absolute_path) or "encabezado"
    validator, value = error.validator, error.validator_value
    if validator == "required":
        missing = [name for name in value if isinstance(error.instance, dict) and name not in error.instance]
        names = ", ".join(missing) or error.message
        return f"{where}: falta la clave obligatoria '{names}'", f"{where}: missing required key '{names}'"
    if validator == "type":
        kinds = value if isinstance(value, list) else [value]
        es = " o ".join(_TYPE_NAMES_ES.get(str(k), str(k)) for k in kinds)
        return f"{where}: se esperaba {es}, no {error.instance!r}", f"{where}: expected {' or '.join(kinds)}"
    if validator == "enum":
        options = ", ".join(str(v) for v in value)
        return (
            f"{where}: valor {error.instance!r} no permitido; use uno de: {options}",
            f"{where}: value {error.instance!r} not allowed; use one of: {options}",
        )
    if validator == "const":
        return f"{where}: debe ser {value!r}", f"{where}: must be {value!r}"
    if validator == "format":
        fmt = {"date": "una fecha AAAA-MM-DD válida", "email": "un correo electrónico"}.get(value, value)
        return f"{where}: {error.instance!r} no es {fmt}", f"{where}: {error.instance!r} is not a valid {value}"
    if validator in ("minimum", "exclusiveMinimum"):
        return f"{where}: {error.instance!r} es menor que el mínimo {value}", f"{where}: below minimum {value}"
    if validator in ("maximum", "exclusiveMaximum"):
        return f"{where}: {error.instance!r} supera el máximo {value}", f"{where}: above maximum {value}"
    if validator == "minItems":
        return f"{where}: la lista debe tener al menos {value} elemento(s)", f"{where}: needs at least {value} items"
    if validator == "minLength":
        return f"{where}: el texto no puede estar vacío", f"{where}: must not be empty"
    if validator == "pattern":
        return f"{where}: {error.instance!r} no tiene la forma esperada ({value})", f"{where}: does not match {value}"
    if validator == "additionalProperties":
        extra = (
            sorted(set(error.instance) - set(error.schema.get("properties", {})))
            if isinstance(error.instance, dict)
            else []
        )
        names = ", ".join(str(e) for e in extra)
        return f"{where}: clave no reconocida '{names}'", f"{where}: unknown key '{names}'"
    if validator in ("anyOf", "oneOf"):
        return f"{where}: el valor no tiene ninguna de las formas permitidas", f"{where}: value has no allowed form"
    return f"{where}: {error.message}", f"{where}: {error.message}"


# ---------------------------------------------------------------------------------------------------------------
# Provision recognition: regexes are anchored at the label's first character (``pattern.match(line, pos)``).

_ORDINALS = {
    "primero": "1",
    "primer": "1",
    "segundo": "2",
    "tercero": "3",
    "tercer": "3",
    "cuarto": "4",
    "quinto": "5",
    "sexto": "6",
    "septimo": "7",
    "séptimo": "7",
    "octavo": "8",
    "noveno": "9",
    "decimo": "10",
    "décimo": "10",
    "undecimo": "11",
    "undécimo": "11",
    "duodecimo": "12",
    "duodécimo": "12",
    "unico": "unico",
    "único": "unico",
    "nuevo": "nuevo",
}
_ORD = (
    r"(?i:und[ée]cimo|duod[ée]cimo|d[ée]cimo|primero|primer|segundo|tercero|tercer|cuarto|quinto|sexto|"
    r"s[ée]ptimo|octavo|noveno|[úu]nico|nuevo)(?!\w)"
)
_ORD_MARK = r"(?:\s?[oOº°ª](?!\w))"
_ART_NUM = r"(?P<num>\d+(?:[.\-]\d+)*" + _ORD_MARK + r"?(?:[A-Za-z](?!\w))?" + r"|" + _ORD + r")"
_TERM = r"(?P<term>[ \t]*[.:\-–—]{1,2}|[ \t]*$|(?=[ \t]*[*_]))"

_ARTICLE = re.compile(r"(?P<word>(?i:art[íi]culo))[ \t]+" + _ART_NUM + _TERM)
_ARTICLE_MD = re.compile(r"(?P<word>art):[ \t]*" + _ART_NUM + r"(?P<term>[ \t]*[.:\-–—]{1,2}|[ \t]*$)")
_PARAGRAPH = re.compile(
    r"(?P<word>(?i:par[áa]grafo))(?:[ \t]+(?P<trans>(?i:transitorio)))?"
    r"(?:[ \t]+(?P<num>\d+" + _ORD_MARK + r"?|" + _ORD + r"))?" + _TERM
)
_ROMAN = r"[IVXLCDM]+(?!\w)"
_CONTAINER = re.compile(
    r"(?P<word>(?i:t[íi]tulo|cap[íi]tulo|secci[óo]n|libro|parte))[ \t]+"
    r"(?P<num>" + _ROMAN + r"|\d+[A-Z]?(?!\w)|" + _ORD + r")"
    r"(?P<term>[ \t]*[.:\-–—]{1,2}|[ \t]*$|(?=[ \t]*[*_])|(?=[ \t]+[A-ZÁÉÍÓÚÑ]{2}))"
)
_NUMERAL = re.compile(
    r"(?P<num>\d{1,3}(?:\.\d{1,3})*)(?:[oº°](?=\.))?(?P<term>[.)])(?=\s|$)|(?P<dnum>\d{1,3}(?:\.\d{1,3})+)(?=[ \t])"
)
_LITERAL = re.compile(r"(?:\((?P<pnum>[a-zñ])\)|(?P<num>[a-zñ])(?:\)|\.(?=[ \t])))(?=\s|$)")
_TOR_SECTION = re.compile(r"(?P<num>\d{1,2}(?:\.\d{1,2})*)\.?(?=[ \t]|$)")
_EXPO = re.compile(r"(?i:exposici[óo]n[ \t]+de[ \t]+motivos)[ \t]*[.:]?[ \t]*(?:[*_]{1,3})?[ \t]*$")
_EXPO_END = re.compile(
    r"(?:(?i:proyecto[ \t]+de[ \t]+(?:acuerdo|ley|decreto|resoluci[óo]n))|"
    r"(?:ACUERDA|DECRETA|RESUELVE|ORDENA|Acuerda|Decreta|Resuelve)[ \t]*:)"
)
_CLOSER = re.compile(
    r"(?:PUBL[ÍI]QUESE|COMUN[ÍI]QUESE|Publíquese|Comuníquese|Dad[oa] en |"
    r"(?i:el[ \t]+presidente[ \t]+de(?:l|[ \t]+la)[ \t]+(?:honorable|h\.)[ \t]))"
)
_PREFIX = re.compile(
    r"(?P<ind>[ \t]*)(?:(?P<q>>)|(?P<t>\|)|(?P<h>#{1,6})(?:[ \t]+|$)|(?P<l>[-*+])[ \t]+)?(?P<e>(?:\*\*|__|\*|_)(?!\s))?"
)
_FENCE = re.compile(r"[ \t]*(?:```|~~~)")
_NOTE = re.compile(r"<[^<>\n]*>")
_AMEND_VERB = re.compile(
    r"(?i:\b(?:modif[íi]qu[e]n?se|modif[íi]c[ae]n?se|adici[óo]n[ae]n?se|sustit[úu]y[ae]n?se|subr[óo]gu?[ae]n?se|"
    r"reempl[áa][cz][ae]n?se|incorp[óo]r[ae]n?se|ins[ée]rt[ae]n?se|se[ \t]+(?:modifica|adiciona|sustituye|subroga)n?|"
    r"quedar[áa]n?|siguiente[ \t]+texto|siguiente[ \t]+tenor|nuevo[ \t]+texto)\b)"
)
_QUOTE_OPEN = '"“«'
_QUOTE_CLOSE = '"”»'
_LABEL_WORD = re.compile(r"(?i:art[íi]culo|par[áa]grafo|inciso|numeral|literal|cap[íi]tulo|t[íi]tulo|\d)")
_ABBR = {"libro": "lib", "parte": "part", "titulo": "tit", "capitulo": "cap", "seccion": "secc"}
_CONTAINER_RANK = {"libro": 0, "parte": 1, "titulo": 2, "capitulo": 3, "seccion": 4}
_HEADING_STOP = {
    "el",
    "la",
    "los",
    "las",
    "lo",
    "se",
    "un",
    "una",
    "unos",
    "unas",
    "todo",
    "toda",
    "todos",
    "todas",
    "cuando",
    "para",
    "en",
    "a",
    "si",
    "no",
    "este",
    "esta",
    "estos",
    "estas",
    "dicho",
    "dicha",
    "quien",
    "quienes",
    "con",
    "por",
    "sin",
    "mediante",
    "dentro",
    "cada",
    "al",
    "son",
    "es",
    "será",
    "serán",
    "podrá",
    "podrán",
    "deberá",
    "deberán",
    "créase",
    "crease",
    "modifíquese",
    "adiciónese",
    "derógase",
    "deróguese",
    "autorízase",
    "facúltese",
    "establézcase",
    "adóptase",
    "adóptese",
    "el presente",
    "corresponde",
    "también",
    "así",
    "sin perjuicio",
}
_NUMBER_PARTS = re.compile(r"(\d+(?:[.\-]\d+)*)\s?[oOº°ª]?([A-Za-z]?)")
_NUMBER_SEPARATOR = re.compile(r"([.\-])")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_STRIP_ACCENTS = str.maketrans("áéíóúÁÉÍÓÚ", "aeiouAEIOU")


def _roman_to_int(numeral: str) -> int:
    total = 0
    for index, char in enumerate(numeral):
        value = _ROMAN_VALUES[char]
        if index + 1 < len(numeral) and _ROMAN_VALUES[numeral[index + 1]] > value:
            total -= value
        else:
            total += value
    return total


def normalize_number(raw: str | None) -> str | None:
    """Normalise an article/parágrafo/container number: ``5o``/``5°``/``quinto`` → ``"5"``; keeps ``2A``, ``256-1``.

    >>> [normalize_number(x) for x in ("5o", "5 º", "quinto", "2a", "256-1", "IV", "único", "2.2.1.1")]
    ['5', '5', '5', '2A', '256-1', '4', 'unico', '2.2.1.1']
    """
    if raw is None:
        return None
    if raw.isdigit() and raw.isascii():
        return str(int(raw))
    value = raw.strip()
    lowered = value.lower()
    if lowered in _ORDINALS:
        return _ORDINALS[lowered]
    if value and all(ch in _ROMAN_VALUES for ch in value):
        return str(_roman_to_int(value))
    match = _NUMBER_PARTS.fullmatch(value)
    if match:
        head = match.group(1)
        parts = _NUMBER_SEPARATOR.split(head)
        parts = [p.lstrip("0") or "0" if p not in (".", "-") else p for p in parts]
        return "".join(parts) + match.group(2).upper()
    return value


def _leading_int(number: str | None) -> int | None:
    match = re.match(r"\d+", number or "")
    return int(match.group(0)) if match else None


def _follows(previous: str | None, number: str | None) -> bool:
    """True when article ``number`` can come right after ``previous`` (5 → 6 or 7; 5 → 5A)."""
    before, after = _leading_int(previous), _leading_int(number)
    if before is None or after is None:
        return False
    return before <= after <= before + 2 and number != previous


# ---------------------------------------------------------------------------------------------------------------
# The tree under construction


class _Node:
    __slots__ = (
        "kind",
        "number",
        "label",
        "heading",
        "start",
        "label_end",
        "heading_span",
        "body_from",
        "end",
        "children",
        "line",
        "id",
        "level",
        "style",
        "paragraphs",
        "para_open",
    )

    def __init__(
        self,
        kind: str,
        number: str | None,
        label: str,
        start: int,
        label_end: int,
        line: int,
        level: int = 99,
        style: tuple[str, str, str] = ("plain", "upper", "word"),
    ) -> None:
        self.kind = kind
        self.number = number
        self.label = label
        self.heading: str | None = None
        self.start = start
        self.label_end = label_end
        self.heading_span: tuple[int, int] | None = None
        self.body_from = label_end
        self.end = label_end
        self.children: list[_Node] = []
        self.line = line
        self.id = ""
        self.level = level  # Markdown heading level of the label (99: not in a heading)
        self.style = style
        self.paragraphs: list[list[int]] = []  # own paragraphs of an article: [start, end, line]
        self.para_open = False


def _case_of(word: str) -> str:
    if word.isupper():
        return "upper"
    if word[:1].isupper():
        return "title"
    return "lower"


def _first_word(text: str) -> str:
    match = re.match(r"[\wÁÉÍÓÚáéíóúÑñ]+", text)
    return match.group(0).lower() if match else ""


def _is_upper_text(text: str) -> bool:
    """True when the letters of ``text`` outside compiler notes ``< >`` are (almost) all capitals."""
    stripped = _NOTE.sub("", text)
    letters = [ch for ch in stripped if ch.isalpha()]
    if len(letters) < 2:
        return False
    lower = sum(1 for ch in letters if ch.islower())
    return lower * 20 <= len(letters)


class _Parser:
    """One pass over the lines of the body; see the module docstring for the rules."""

    def __init__(self, text: str, path: str, encoding: str) -> None:
        self.text = text
        self.path = path
        self.encoding = encoding
        self.problems: list[Finding] = []
        self.index = LineIndex(text)
        self.metadata: dict[str, Any] = {}
        self.doc_type: str | None = None
        self.body_start = 0
        self.roots: list[_Node] = []
        self.stack: list[_Node] = []
        self.used_ids: set[str] = set()
        self.dup_next: dict[str, int] = {}
        self.amend = False  # inside the new text of an amended norm
        self.amend_quoted = False  # …and that text opened with a quotation mark
        self.amend_pending = False  # an amendment was announced; the next paragraph decides quoted or not
        self.amend_owner: _Node | None = None
        self.amend_serial = 0  # counts the amendments opened: the text of one is one span of ``amended``
        self.amended: list[list[int]] = []  # [serial, start, end] of each amended-norm text, in text order
        self.quote_start = 0
        self.expo: _Node | None = None
        self.last_article_style: tuple[str, str, str] | None = None
        self.seen_article = False
        self.in_fence = False
        self.line_mode = True
        self.para_break = True
        self.pending_heading: _Node | None = None

    # -- driver -------------------------------------------------------------------------------------------------

    def run(self) -> Document:
        self._front_matter()
        body = self.text[self.body_start :]
        newlines = body.count("\n")
        self.line_mode = not (
            self.doc_type is not None
            or body.count("\n\n") * 5 >= newlines > 0
            or body.count("\n\r\n") * 5 >= newlines > 0
        )
        self._lines()
        while self.stack:
            self._close_top()
        if self.amend_quoted:
            self._unclosed_quote()
        provisions = tuple(self._freeze(node) for node in self.roots)
        title = self.metadata.get("title") if isinstance(self.metadata.get("title"), str) else None
        if title is None:
            title = self._first_line_title()
        return Document(
            path=self.path,
            text=self.text,
            type=self.doc_type,
            metadata=self.metadata,
            provisions=provisions,
            problems=tuple(self.problems),
            body_start=self.body_start,
            amendments=tuple(SourceSpan(start, end) for _, start, end in self.amended),
            encoding=self.encoding,
            title=title,
        )

    def _first_line_title(self) -> str | None:
        for raw in self.text[self.body_start : self.body_start + 20000].split("\n"):
            stripped = raw.strip().lstrip("\ufeff").strip("#*_ \t\r")
            if stripped:
                return stripped
        return None

    # -- front matter -------------------------------------------------------------------------------------------

    def _problem(
        self,
        rule: str,
        message: str,
        message_en: str,
        start: int,
        end: int,
        suggestion: str = "",
        severity: str = "error",
    ) -> None:
        line, column = self.index.line_col(start)
        self.problems.append(
            _finding(
                rule,
                severity,
                message,
                message_en,
                path=self.path,
                start=start,
                end=end,
                line=line,
                column=column,
                suggestion=suggestion,
            )
        )

    def _front_matter(self) -> None:
        text = self.text
        opening = _FM_OPEN.match(text)
        if not opening:
            return
        close = _FM_CLOSE.search(text, opening.end())
        open_start = opening.start(1) + 1 if opening.group(1) else 0
        if close is None:
            self._problem(
                "FRONTMATTER-YAML",
                "El encabezado YAML que empieza en la línea 1 no se cierra con una línea '---'.",
                "The YAML front matter is not closed by a '---' line.",
                open_start,
                open_start + 3,
                "Agregue una línea con '---' al final del encabezado.",
            )
            return
        yaml_start = opening.end()
        yaml_text = text[yaml_start : close.start()]
        after = close.end()
        if after < len(text) and text[after] == "\n":
            after += 1
        self.body_start = after
        loader: _FrontMatterLoader | None = None
        try:
            loader = _FrontMatterLoader(yaml_text)  # the reader rejects control characters right away
            root = loader.get_single_node()
            data = loader.construct_document(root) if root is not None else None
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
            offset = yaml_start + (mark.index if mark is not None else 0)
            position = getattr(error, "position", None)  # ReaderError: a character YAML does not accept
            if mark is None and position is not None:
                offset = yaml_start + int(position)
            offset = min(max(offset, yaml_start), close.start())
            problem = getattr(error, "problem", None) or str(error).splitlines()[0]
            self._problem(
                "FRONTMATTER-YAML",
                f"El encabezado YAML no es válido: {problem}",
                f"Invalid YAML front matter: {problem}",
                offset,
                min(offset + 1, len(text)),
                "Revise la sangría, los dos puntos y las comillas de esa línea.",
            )
            return
        except Exception as error:  # noqa: BLE001 - e.g. RecursionError on absurd nesting: still a finding
            self._problem(
                "FRONTMATTER-YAML",
                f"El encabezado YAML no se pudo leer: {type(error).__name__}",
                f"The YAML front matter could not be read: {type(error).__name__}",
                open_start,
                open_start + 3,
            )
            return
        finally:
            if loader is not None:
                loader.dispose()
        if data is None:
            data = {}
        if not isinstance(data, dict):
            self._problem(
                "FRONTMATTER-SCHEMA",
                "El encabezado debe ser un mapa de claves y valores (clave: valor).",
                "The front matter must be a mapping of keys to values.",
                yaml_start,
                max(yaml_start, close.start()),
            )
            return
        self.metadata = data
        doc_type = data.get("type")
        allowed = ", ".join(DOCUMENT_TYPES)
        if doc_type not in DOCUMENT_TYPES:
            key_node, _ = _node_at(root, ["type"]) if root is not None else (None, False)
            if key_node is not None:
                start = yaml_start + key_node.start_mark.index
                end = yaml_start + key_node.end_mark.index
                message = f"Tipo de documento desconocido {doc_type!r}; use uno de: {allowed}"
                message_en = f"Unknown document type {doc_type!r}; use one of: {allowed}"
            else:
                start, end = open_start, open_start + 3
                message = f"Falta la clave 'type' en el encabezado; use una de: {allowed}"
                message_en = f"The front matter has no 'type' key; use one of: {allowed}"
            self._problem(
                "FRONTMATTER-TIPO",
                message,
                message_en,
                start,
                end,
                "Escriba, por ejemplo, 'type: proyecto_de_acuerdo'.",
            )
            return
        self.doc_type = doc_type
        validator = _validators().get(doc_type)
        if validator is None:
            return
        jsonable = _to_jsonable(data)
        errors = sorted(validator.iter_errors(jsonable), key=lambda e: [str(p) for p in e.absolute_path])
        for invalid in errors:
            path = list(invalid.absolute_path)
            if invalid.validator == "additionalProperties" and isinstance(invalid.instance, dict):
                extra = sorted(set(invalid.instance) - set(invalid.schema.get("properties", {})))
                if extra:
                    path = path + [extra[0]]
            node, _ = _node_at(root, path) if root is not None else (None, False)
            if node is None:
                start, end = open_start, open_start + 3
            else:
                start = yaml_start + node.start_mark.index
                end = yaml_start + node.end_mark.index
                line_end = text.find("\n", start)
                if line_end != -1:
                    end = min(end, line_end)
                end = max(end, start)
            es, en = _schema_message(invalid)
            self._problem(
                "FRONTMATTER-SCHEMA",
                f"Encabezado inválido — {es}",
                f"Invalid front matter — {en}",
                start,
                end,
                "Corrija el encabezado según docs/FORMAT.md.",
            )

    # -- lines --------------------------------------------------------------------------------------------------

    def _lines(self) -> None:
        text = self.text
        length = len(text)
        pos = self.body_start
        line_no = self.index.line_col(pos)[0] if pos else 1
        while pos < length:
            newline = text.find("\n", pos)
            line_end = length if newline == -1 else newline
            raw = text[pos:line_end]
            if raw.endswith("\r"):
                raw = raw[:-1]
            self._line(raw, pos, line_no)
            line_no += 1
            if newline == -1:
                break
            pos = newline + 1

    def _line(self, raw: str, pos: int, line_no: int) -> None:
        stripped = raw.rstrip()
        if not stripped:
            self.para_break = True
            return
        content_end = pos + len(stripped)
        fence = ("`" in raw or "~" in raw) and _FENCE.match(raw) is not None
        if self.in_fence or fence:
            if fence:
                self.in_fence = not self.in_fence
            self._content(raw, pos, content_end, pos + len(raw) - len(raw.lstrip()))
            return
        prefix = _PREFIX.match(raw)
        assert prefix is not None  # the pattern can match the empty string
        ci = prefix.end()
        indent, quote_mark, table, hashes, _bullet, emphasis = prefix.groups()
        first = pos + len(indent)
        if quote_mark or table:
            self._content(raw, pos, content_end, first)
            return
        level = len(hashes) if hashes else 99
        deco = "heading" if hashes else ("bold" if emphasis else "plain")
        if ci >= len(raw):
            self._content(raw, pos, content_end, first)
            return

        label = self._classify(raw, ci, deco)

        if self.amend_quoted:
            if self._breaks_quote(label, deco):
                self._unclosed_quote()
                self.amend = self.amend_quoted = False
            else:
                self._content(raw, pos, content_end, first, in_amendment=True)
                self._amended(first, content_end)
                if self._closes_quote(stripped, ci):
                    self.amend = self.amend_quoted = False
                return

        if self.amend_pending:
            self.amend_pending = False
            if raw[ci] in _QUOTE_OPEN:
                self.amend_quoted = not self._closes_quote(stripped, ci + 1)
                self.amend = self.amend_quoted
                self.quote_start = pos + ci
                self._content(raw, pos, content_end, first)
                self._amended(first, content_end)
                return
        if self.amend:
            if not self._ends_amendment(label, raw, ci, deco, level):
                self._content(raw, pos, content_end, first, in_amendment=True)
                self._amended(first, content_end)
                return
            self.amend = False
        if self.expo is not None:
            if not self._ends_expo(label, raw, ci, deco, level):
                self._content(raw, pos, content_end, first)
                return
            self._close_through(self.expo)
            self.expo = None

        initial = raw[ci].lower()
        if label is None and deco == "heading":
            if initial == "e" and _EXPO.match(raw, ci):
                self._open_expo(raw, pos, ci, content_end, line_no, level)
                return
            pending = self.pending_heading
            if pending is not None and self.stack and self.stack[-1] is pending and level > pending.level:
                self._content(raw, pos, content_end, first)
                return
            self._close_for_heading(level)
            self.pending_heading = None
            return
        if label is None:
            if initial == "e" and _EXPO.match(raw, ci) and (deco == "bold" or raw[ci:].strip().isupper()):
                self._open_expo(raw, pos, ci, content_end, line_no, level)
                return
            if initial in "pcde" and _CLOSER.match(raw, ci):
                while self.stack:
                    self._close_top()
                return
            # a quotation that opens a paragraph with a label inside ("Artículo 10. …) is quoted text
            if (
                raw[ci] in _QUOTE_OPEN
                and self._current_article() is not None
                and _LABEL_WORD.match(raw, ci + 1)
                and not self._closes_quote(stripped, ci + 1)
            ):
                self._content(raw, pos, content_end, first)
                self.amend = self.amend_quoted = True
                self.amend_owner = self._current_article()
                self.amend_serial += 1
                self._amended(first, content_end)
                self.quote_start = pos + ci
                return
            self._content(raw, pos, content_end, first)
            self._check_trigger(raw, ci)
            return
        self._open(label, raw, pos, ci, content_end, line_no, level, deco)
        self._check_trigger(raw, ci)

    # -- classification -----------------------------------------------------------------------------------------

    def _classify(self, raw: str, ci: int, deco: str) -> tuple[str, re.Match[str]] | None:
        char = raw[ci]
        lower = char.lower()
        if lower == "a":
            match = _ARTICLE.match(raw, ci)
            if match:
                return "articulo", match
            if deco == "heading":
                match = _ARTICLE_MD.match(raw, ci)
                if match:
                    return "articulo", match
        if lower == "p":
            match = _PARAGRAPH.match(raw, ci)
            if match:
                return "paragrafo", match
        if lower in "tcslp":
            match = _CONTAINER.match(raw, ci)
            if match:
                return "container", match
        if char.isdigit():
            if self.doc_type == "terminos_de_referencia":
                section = self._tor_section(raw, ci, deco)
                if section is not None:
                    return "seccion_tdr", section
            match = _NUMERAL.match(raw, ci)
            if match:
                return "numeral", match
        if "a" <= char <= "z" or char in "ñ(":
            match = _LITERAL.match(raw, ci)
            if match:
                return "literal", match
        return None

    def _tor_section(self, raw: str, ci: int, deco: str) -> re.Match[str] | None:
        match = _TOR_SECTION.match(raw, ci)
        if match is None:
            return None
        number = match.group("num")
        if deco in ("heading", "bold"):
            return match
        if "." in number:
            top = number.split(".")[0]
            for node in self.stack:
                if node.kind == "seccion_tdr" and node.number is not None and node.number.split(".")[0] == top:
                    return match
        return None

    # -- amendment, expo ----------------------------------------------------------------------------------------

    def _current_article(self) -> _Node | None:
        for node in reversed(self.stack):
            if node.kind == "articulo":
                return node
        return None

    def _check_trigger(self, raw: str, ci: int) -> None:
        """An article's paragraph ending in ':' that announces an amendment opens quoted text."""
        if self.amend or self.amend_quoted:
            return
        tail = raw.rstrip().rstrip("*_ \t")
        if not tail.endswith(":") or tail.endswith(":>"):
            return
        if self._current_article() is None:
            return
        visible = _NOTE.sub(" ", raw[ci:])
        if _AMEND_VERB.search(visible):
            self.amend = True
            self.amend_pending = True
            self.amend_owner = self._current_article()
            self.amend_serial += 1

    def _amended(self, start: int, end: int) -> None:
        """Record a line of the current amendment's new text (one span per amendment)."""
        if self.amended and self.amended[-1][0] == self.amend_serial:
            self.amended[-1][2] = max(self.amended[-1][2], end)
        elif end > start:
            self.amended.append([self.amend_serial, start, end])

    def _unclosed_quote(self) -> None:
        line, column = self.index.line_col(self.quote_start)
        self.problems.append(
            _finding(
                "PARSE-CITA",
                "warning",
                "Un texto citado (entre comillas) no se cierra antes de la siguiente disposición.",
                "A quoted text is not closed before the next provision.",
                path=self.path,
                start=self.quote_start,
                end=self.quote_start + 1,
                line=line,
                column=column,
                suggestion="Cierre las comillas al final del texto citado.",
            )
        )

    def _breaks_quote(self, label: tuple[str, re.Match[str]] | None, deco: str) -> bool:
        """An unclosed quotation still ends at the next article of the document (same style, next number)."""
        if label is None:
            return False
        owner = self.amend_owner
        kind, match = label
        if kind == "container":
            return deco == "heading" or (
                owner is not None and _case_of(match.group("word")) == owner.style[1] == "upper"
            )
        if kind != "articulo" or owner is None or self._label_style(kind, match, deco) != owner.style:
            return False
        if deco == "heading":
            return True
        return _follows(owner.number, normalize_number(match.group("num")))

    def _closes_quote(self, stripped: str, start: int) -> bool:
        tail = stripped.rstrip(" \t*_.;,)")
        return len(tail) > start and tail[-1] in _QUOTE_CLOSE

    def _label_style(self, kind: str, match: re.Match[str], deco: str) -> tuple[str, str, str]:
        word = match.group("word") if "word" in match.groupdict() and match.group("word") else ""
        form = "md" if word == "art" else "word"
        return ("plain" if deco == "plain" else deco, _case_of(word) if word else "lower", form)

    def _ends_amendment(
        self, label: tuple[str, re.Match[str]] | None, raw: str, ci: int, deco: str, level: int
    ) -> bool:
        owner = self.amend_owner
        if label is None:
            if deco == "heading":
                return owner is None or level <= owner.level or owner.level == 99
            return bool(_CLOSER.match(raw, ci)) or bool(_EXPO.match(raw, ci) and raw[ci:].strip().isupper())
        kind, match = label
        if kind == "articulo":
            return owner is None or self._label_style(kind, match, deco) == owner.style
        if kind == "container":
            word = match.group("word")
            return deco == "heading" or (owner is not None and _case_of(word) == owner.style[1] == "upper")
        return False

    def _ends_expo(self, label: tuple[str, re.Match[str]] | None, raw: str, ci: int, deco: str, level: int) -> bool:
        expo = self.expo
        assert expo is not None
        end_match = _EXPO_END.match(raw, ci)
        if end_match and (deco != "plain" or raw[ci : end_match.end()].isupper() or raw.rstrip().endswith(":")):
            self._close_through(expo)
            self.expo = None
            return label is not None
        if label is not None:
            kind, match = label
            if kind == "container":
                return True
            if kind == "articulo" and (
                deco == "heading"
                or (deco == "bold" and not self.seen_article and normalize_number(match.group("num")) == "1")
            ):
                return True
        if deco == "heading" and label is None:
            return level <= expo.level
        return False

    def _open_expo(self, raw: str, pos: int, ci: int, content_end: int, line_no: int, level: int) -> None:
        while self.stack:
            self._close_top()
        label_text = raw[ci:].rstrip().rstrip("*_ \t")
        node = _Node("seccion", None, label_text, pos + ci, pos + ci + len(label_text), line_no, level=level)
        node.end = node.label_end
        node.id = self._unique("expo")
        self.roots.append(node)
        self.stack.append(node)
        self.expo = node

    # -- tree building ------------------------------------------------------------------------------------------

    def _unique(self, candidate: str) -> str:
        if candidate not in self.used_ids:
            self.used_ids.add(candidate)
            return candidate
        index = self.dup_next.get(candidate, 2)  # remembered, so many repeats of one id stay linear
        while f"{candidate}__dup{index}" in self.used_ids:
            index += 1
        self.dup_next[candidate] = index + 1
        result = f"{candidate}__dup{index}"
        self.used_ids.add(result)
        return result

    def _close_top(self) -> None:
        node = self.stack.pop()
        if self.stack:
            parent = self.stack[-1]
            if node.end > parent.end:
                parent.end = node.end
        if node is self.amend_owner:
            self.amend = self.amend_quoted = self.amend_pending = False
            self.amend_owner = None

    def _close_through(self, target: _Node) -> None:
        while self.stack:
            node = self.stack[-1]
            self._close_top()
            if node is target:
                return

    def _close_while(self, predicate: Any) -> None:
        while self.stack and predicate(self.stack[-1]):
            self._close_top()

    def _close_for_heading(self, level: int) -> None:
        """A Markdown heading that is no provision closes what it outranks (every plain-label provision)."""
        while self.stack and not (self.stack[-1].level < level):
            self._close_top()
        # provisions below a kept heading node but opened by plain labels are closed above; nothing else to do

    def _attach(self, node: _Node) -> None:
        if self.stack:
            self.stack[-1].children.append(node)
        else:
            self.roots.append(node)
        self.stack.append(node)

    def _content(self, raw: str, pos: int, content_end: int, first: int, in_amendment: bool = False) -> None:
        """A line that starts no provision: it extends the innermost open provision."""
        if not self.stack:
            self.para_break = False
            return
        node = self.stack[-1]
        new_paragraph = self.line_mode or self.para_break
        if (
            node.kind == "literal"
            and new_paragraph
            and not in_amendment
            and not self.amend
            and not (raw[:2] == "  " or raw[:1] == "\t")
        ):
            # the closing paragraph of a list belongs to the list's parent
            self._close_top()
            node = self.stack[-1]
        if content_end > node.end:
            node.end = content_end
        if node.kind == "articulo":
            if node.paragraphs and node.para_open and (in_amendment or self.amend or not new_paragraph):
                node.paragraphs[-1][1] = content_end
            else:
                node.paragraphs.append([first, content_end, 0])
            node.para_open = True
        elif self.pending_heading is node and node.heading is None and not in_amendment:
            self._container_heading(node, raw, pos, content_end, first)
        self.pending_heading = None
        self.para_break = False

    def _open(
        self,
        label: tuple[str, re.Match[str]],
        raw: str,
        pos: int,
        ci: int,
        content_end: int,
        line_no: int,
        level: int,
        deco: str,
    ) -> None:
        kind, match = label
        start = pos + ci
        self.pending_heading = None
        if kind == "container":
            self._open_container(match, raw, pos, ci, content_end, line_no, level, deco)
        elif kind == "articulo":
            self._open_article(match, raw, pos, ci, content_end, line_no, level, deco)
        elif kind == "paragrafo":
            self._open_paragraph(match, raw, pos, start, content_end, line_no, level)
        elif kind == "numeral":
            self._open_item("numeral", match, raw, pos, start, content_end, line_no, level)
        elif kind == "literal":
            self._open_item("literal", match, raw, pos, start, content_end, line_no, level)
        elif kind == "seccion_tdr":
            self._open_tor_section(match, raw, pos, ci, content_end, line_no, level)
        self.para_break = False

    def _open_container(
        self, match: re.Match[str], raw: str, pos: int, ci: int, content_end: int, line_no: int, level: int, deco: str
    ) -> None:
        word = match.group("word").lower().translate(_STRIP_ACCENTS)
        rank = _CONTAINER_RANK[word]
        # close everything that is not a container of a higher rank
        while self.stack:
            top = self.stack[-1]
            if top.kind in _CONTAINER_RANK and _CONTAINER_RANK[top.kind] < rank and top.level <= level:
                break
            self._close_top()
        number = normalize_number(match.group("num"))
        label_end = pos + match.end("term") if match.group("term") else pos + match.end()
        label_text = raw[ci : match.end()].rstrip()
        node = _Node(
            word,
            number,
            label_text,
            pos + ci,
            pos + ci + len(label_text),
            line_no,
            level=level,
            style=("plain" if deco == "plain" else deco, _case_of(match.group("word")), "word"),
        )
        parent_prefix = ""
        for ancestor in reversed(self.stack):
            if ancestor.kind in _CONTAINER_RANK:
                parent_prefix = ancestor.id + "__"
                break
        node.id = self._unique(f"{parent_prefix}{_ABBR[word]}_{number}")
        rest_start = match.end()
        heading = self._heading_text(raw, rest_start, content_end - pos, whole=True)
        if heading is not None:
            h_start, h_end = heading
            node.heading = raw[h_start:h_end]
            node.heading_span = (pos + h_start, pos + h_end)
            node.body_from = pos + h_end
        else:
            node.body_from = label_end
        node.end = content_end
        self._attach(node)
        self.pending_heading = node if heading is None else None

    def _container_heading(self, node: _Node, raw: str, pos: int, content_end: int, first: int) -> None:
        """``TÍTULO I.`` followed by ``DISPOSICIONES GENERALES.`` on the next line: that line is the heading."""
        start = first - pos
        while start < len(raw) and raw[start] in "#*_ \t":
            start += 1
        span = self._heading_text(raw, start, content_end - pos, whole=True)
        if span is None or not _is_upper_text(raw[span[0] : span[1]]) or span[1] - span[0] > 300:
            return
        node.heading = raw[span[0] : span[1]]
        node.heading_span = (pos + span[0], pos + span[1])
        node.body_from = pos + span[1]

    def _heading_text(self, raw: str, start: int, end: int, whole: bool) -> tuple[int, int] | None:
        """The span of a heading that runs to the end of the line (markup and a final period left out)."""
        while start < end and raw[start] in " \t*_.:-–—":
            start += 1
        while end > start and raw[end - 1] in " \t*_.":
            end -= 1
        if end <= start:
            return None
        return start, end

    def _article_heading(self, raw: str, start: int, end: int, deco: str, upper_label: bool) -> tuple[int, int] | None:
        """The epigraph after an article's label, or None (see module docstring)."""
        index = start
        while index < end and raw[index] in " \t":
            index += 1
        # bold label whose bold run holds the epigraph: **Artículo 5. Objeto.** Texto
        closing = -1
        if deco == "bold":
            closing = raw.find("**", start, end)
            if closing == -1:
                closing = raw.find("__", start, end)
        while index < end and raw[index] in "*_":
            index += 1
        while index < end and raw[index] in " \t":
            index += 1
        if index >= end:
            return None
        if raw.startswith("[sin ep", index):
            return None
        if deco == "heading":
            return self._heading_text(raw, index, end, whole=True)
        if closing != -1 and closing >= index:
            span = self._heading_text(raw, index, closing, whole=True)
            return span
        # first sentence: up to ". " outside < > and ( )
        depth = 0
        stop = -1
        i = index
        while i < end:
            ch = raw[i]
            if ch in "<(":
                depth += 1
            elif ch in ">)":
                depth = max(0, depth - 1)
            elif ch == "." and depth == 0 and (i + 1 >= end or raw[i + 1] in " \t*_"):
                stop = i
                break
            elif ch == ":" and depth == 0 and i + 1 < end and raw[i + 1] in " \t":
                return None  # "Artículo 5. Para efectos del presente acuerdo se entiende por:" is text
            i += 1
        if stop == -1:
            candidate_end = end
            rest_empty = True
        else:
            candidate_end = stop
            rest_empty = raw[stop + 1 : end].strip(" \t*_") == ""
        candidate = raw[index:candidate_end].strip()
        if not candidate or len(candidate) > 400:
            return None
        words = candidate.split()
        if _is_upper_text(candidate):
            trimmed_end = candidate_end
            while trimmed_end > index and raw[trimmed_end - 1] in " \t":
                trimmed_end -= 1
            return index, trimmed_end
        if len(words) > 15 or len(candidate) > 160:
            return None
        first = _first_word(candidate)
        if first in _HEADING_STOP or " ".join(words[:2]).lower() in _HEADING_STOP:
            return None
        if rest_empty and stop == -1:
            return None  # a single line without a period: running text, not an epigraph
        if rest_empty and len(words) > 8:
            return None
        trimmed_end = candidate_end
        while trimmed_end > index and raw[trimmed_end - 1] in " \t":
            trimmed_end -= 1
        return index, trimmed_end

    def _open_article(
        self, match: re.Match[str], raw: str, pos: int, ci: int, content_end: int, line_no: int, level: int, deco: str
    ) -> None:
        style = self._label_style("articulo", match, deco)
        # a plain-text article label inside a document whose articles are Markdown headings is quoted/cited text
        if (
            deco == "plain"
            and self.last_article_style is not None
            and self.last_article_style[0] == "heading"
            and self._current_article() is not None
        ):
            self._content(raw, pos, content_end, pos + ci)
            return
        while self.stack and self.stack[-1].kind not in _CONTAINER_RANK:
            self._close_top()
        while self.stack and self.stack[-1].level >= level and self.stack[-1].level != 99:
            self._close_top()
        raw_number = match.group("num")
        number = normalize_number(raw_number)
        term_end = match.end()
        label_text = raw[ci:term_end].rstrip()
        node = _Node(
            "articulo",
            None if number == "nuevo" else number,
            label_text,
            pos + ci,
            pos + ci + len(label_text),
            line_no,
            level=level,
            style=style,
        )
        node.id = self._unique(f"art_{number}")
        heading = self._article_heading(
            raw, term_end, content_end - pos, deco, _case_of(match.group("word")) == "upper"
        )
        if heading is not None:
            h_start, h_end = heading
            node.heading = raw[h_start:h_end]
            node.heading_span = (pos + h_start, pos + h_end)
            after = h_end
            if after < len(raw) and raw[after] == ".":
                after += 1
            node.body_from = pos + after
        else:
            node.body_from = pos + term_end
        node.end = content_end
        # own text on the label line after the heading is the first paragraph
        rest = raw[node.body_from - pos : content_end - pos]
        stripped_rest = rest.strip(" \t*_")
        if stripped_rest:
            offset = node.body_from + (len(rest) - len(rest.lstrip(" \t*_")))
            node.paragraphs.append([offset, content_end, line_no])
            node.para_open = True
        self._attach(node)
        self.last_article_style = style
        self.seen_article = True

    def _open_paragraph(
        self, match: re.Match[str], raw: str, pos: int, start: int, content_end: int, line_no: int, level: int
    ) -> None:
        while self.stack and self.stack[-1].kind in ("paragrafo", "numeral", "literal", "inciso"):
            self._close_top()
        parent = self.stack[-1] if self.stack else None
        number = normalize_number(match.group("num")) if match.group("num") else None
        if number == "unico":
            number = None
        if match.group("trans"):
            local = f"par_trans_{number}" if number else "par_trans"
        else:
            local = f"par_{number}" if number else "par_unico"
        label_text = raw[start - pos : match.end()].rstrip()
        node = _Node("paragrafo", number, label_text, start, start + len(label_text), line_no, level=level)
        node.id = self._unique(f"{parent.id}__{local}" if parent is not None else local)
        node.body_from = pos + match.end()
        node.end = content_end
        self._attach(node)

    def _open_item(
        self,
        kind: str,
        match: re.Match[str],
        raw: str,
        pos: int,
        start: int,
        content_end: int,
        line_no: int,
        level: int,
    ) -> None:
        if kind == "numeral":
            allowed: tuple[str, ...] = ("articulo", "paragrafo", "seccion_tdr")
            number = match.group("num") or match.group("dnum")
        else:
            allowed = ("articulo", "paragrafo", "seccion_tdr", "numeral")
            number = match.group("num") or match.group("pnum")
        # find the parent: innermost open provision that may hold this item
        depth = len(self.stack) - 1
        while depth >= 0 and self.stack[depth].kind not in allowed:
            if self.stack[depth].kind in _CONTAINER_RANK or self.stack[depth].kind == "seccion":
                depth = -1
                break
            depth -= 1
        if depth < 0:
            self._content(raw, pos, content_end, start)
            return
        while len(self.stack) > depth + 1:
            self._close_top()
        parent = self.stack[-1]
        prefix = "num" if kind == "numeral" else "lit"
        label_text = raw[start - pos : match.end()].rstrip()
        node = _Node(kind, number, label_text, start, start + len(label_text), line_no, level=level)
        node.id = self._unique(f"{parent.id}__{prefix}_{number}")
        node.body_from = pos + match.end()
        node.end = content_end
        if parent.kind == "articulo":
            parent.para_open = False
        self._attach(node)

    def _open_tor_section(
        self, match: re.Match[str], raw: str, pos: int, ci: int, content_end: int, line_no: int, level: int
    ) -> None:
        number = match.group("num")
        while self.stack:
            top = self.stack[-1]
            if top.kind == "seccion_tdr" and top.number is not None and number.startswith(top.number + "."):
                break
            if top.kind in _CONTAINER_RANK and top.level < level:
                break
            self._close_top()
        label_text = raw[ci : match.end()]
        node = _Node("seccion_tdr", number, label_text, pos + ci, pos + match.end(), line_no, level=level)
        node.id = self._unique("sec_" + number.replace(".", "_"))
        heading = self._heading_text(raw, match.end(), content_end - pos, whole=True)
        if heading is not None:
            node.heading = raw[heading[0] : heading[1]]
            node.heading_span = (pos + heading[0], pos + heading[1])
            node.body_from = pos + heading[1]
        else:
            node.body_from = pos + match.end()
        node.end = content_end
        self._attach(node)

    # -- freezing -----------------------------------------------------------------------------------------------

    def _freeze(self, node: _Node) -> Provision:
        text = self.text
        end = node.end if node.end > node.label_end else node.label_end
        children = [self._freeze(child) for child in node.children]
        if node.kind == "articulo" and len(node.paragraphs) >= 2:
            for index, (p_start, p_end, _line) in enumerate(node.paragraphs, start=1):
                p_end = min(max(p_end, p_start), end)
                p_start = min(p_start, p_end)
                span = SourceSpan(p_start, p_end)
                children.append(
                    Provision(
                        self._unique(f"{node.id}__inc_{index}"),
                        "inciso",
                        str(index),
                        "",
                        None,
                        span,
                        span,
                        None,
                        (),
                        self.index.line_col(p_start)[0],
                    )
                )
            children.sort(key=lambda p: (p.span.start, p.span.end))
        # the body starts at the first visible character after the label and heading
        body_start = node.body_from if node.body_from < end else end
        while body_start < end and text[body_start] in " \t\r\n*_.:-–—":
            body_start += 1
        heading_span = None
        if node.heading_span is not None and node.heading_span[1] <= end:
            heading_span = SourceSpan(*node.heading_span)
        return Provision(
            node.id,
            node.kind,
            node.number,
            node.label,
            node.heading if heading_span else None,
            SourceSpan(node.start, end),
            SourceSpan(body_start, end),
            heading_span,
            tuple(children),
            node.line,
        )


def parse_document(text: str, path: str = "", encoding: str = "utf-8") -> Document:
    """Parse a document's text (front matter + Markdown or plain text) into a :class:`Document`. Never raises.

    Args:
        text: the whole file as decoded (front matter included); offsets of every span index this string.
        path: the path written into findings.
        encoding: how the file was decoded (kept in ``Document.encoding``).

    Example:
        >>> doc = parse_document("---\\ntype: decreto\\ntitle: Prueba\\n---\\n### Artículo 1. Objeto.\\nTexto.\\n")
        >>> doc.type, [(p.id, p.heading) for p in doc.provisions]
        ('decreto', [('art_1', 'Objeto')])
    """
    try:
        return _Parser(text, path, encoding).run()
    except Exception as error:  # noqa: BLE001 - the parser's contract: any text gives a Document, never a traceback
        finding = _finding(
            "PARSE-INTERNO",
            "error",
            f"Error interno del analizador ({type(error).__name__}); el documento se leyó sin estructura.",
            f"Internal parser error ({type(error).__name__}); the document was read without structure.",
            path=path,
        )
        safe_text = text if isinstance(text, str) else ""
        return Document(path=path, text=safe_text, type=None, problems=(finding,), encoding=encoding)


__all__ = ["MAX_BYTES", "metadata_key_span", "normalize_number", "parse_document", "read_document", "read_text"]


def metadata_key_span(document: Document, path: list[str | int]) -> tuple[int, int] | None:
    """Offsets ``(start, end)`` of the front-matter key at ``path`` (``["schedule", "closing"]``), or None.

    For checks that report on metadata: the span covers the key's name on its line.
    """
    if document.body_start <= 0:
        return None
    opening = _FM_OPEN.match(document.text)
    if not opening:
        return None
    close = _FM_CLOSE.search(document.text, opening.end())
    if close is None:
        return None
    yaml_start = opening.end()
    try:
        root = yaml.compose(document.text[yaml_start : close.start()], Loader=yaml.SafeLoader)
    except Exception:  # noqa: BLE001 - the parser has already reported the front matter as invalid
        return None
    if root is None:
        return None
    node, _found = _node_at(root, list(path))
    if node is None:
        return None
    start = yaml_start + node.start_mark.index
    end = yaml_start + node.end_mark.index
    line_end = document.text.find("\n", start)
    if line_end != -1:
        end = min(end, line_end)
    return start, max(start, end)
