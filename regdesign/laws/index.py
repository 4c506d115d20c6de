"""The index of external norms: which norms regdesign knows, their articles, titles, places and validity.

This module owns :class:`NormIndex`, :class:`Norm` and :class:`ArticleInfo`, the normalisation of validity notes
(``"Derogado por el art. 372 de la Ley 2294 de 2023"`` → ``derogado``) and the small parser of norm names that the
CLI and the impact query use (``"Ley 1955 de 2019, art. 147"``).

Guarantees:
* norm keys are ``<type>/<number>/<year>`` with the type slugged (``ley/1955/2019``, ``decreto_ley/19/2012``) and the
  number without leading zeros; the Constitution is ``constitucion/1991``;
* lookups are tolerant: ``decreto``, ``decreto ley`` and ``decreto legislativo`` share a family, as do ``ley`` and
  ``ley estatutaria``; numbers match without leading zeros; a missing year matches when only one norm fits;
* the packaged data (``regdesign/laws/data/*.json``) loads once per process (:func:`load_default_index` is cached);
  user additions (``.regdesign/laws/*.json`` of the working repository) are merged over it and win on a key clash;
* every status is one of :data:`STATUSES` or ``None`` (unknown).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from regdesign.errors import ConfigError
from regdesign.native import package_dir

DATA_DIR = package_dir("regdesign.laws") / "data"  # not __file__: see regdesign.native.package_dir
USER_DIR = Path(".regdesign") / "laws"

# Ordered by how much a drafter must care: a reference to a provision higher in this list deserves more attention.
STATUSES = (
    "derogado",
    "inexequible",
    "suspendido",
    "parcialmente derogado",
    "parcialmente inexequible",
    "modificado",
    "condicionalmente exequible",
    "vigente",
)
_STATUS_RANK = {status: rank for rank, status in enumerate(STATUSES)}

# Words that open a note about a part of an article rather than the whole article.
_PARTIAL_SUBJECTS = (
    "aparte",
    "apartes",
    "expresion",
    "expresiones",
    "inciso",
    "incisos",
    "paragrafo",
    "paragrafos",
    "par.",
    "numeral",
    "numerales",
    "num.",
    "nums.",
    "literal",
    "literales",
    "texto",
    "frase",
    "palabra",
    "palabras",
    "ordinal",
    "subnumeral",
)

TYPE_LABELS = {
    "ley": "Ley",
    "ley estatutaria": "Ley Estatutaria",
    "decreto": "Decreto",
    "decreto ley": "Decreto Ley",
    "decreto legislativo": "Decreto Legislativo",
    "resolución": "Resolución",
    "acuerdo": "Acuerdo",
    "acto legislativo": "Acto Legislativo",
    "circular": "Circular",
    "conpes": "CONPES",
    "constitución": "Constitución Política",
    "código": "Código",
    "estatuto": "Estatuto",
    "sentencia": "Sentencia",
    "otro": "Norma",
}

# Families of types that a citation may use interchangeably ("Decreto 19 de 2012" for the Decreto Ley 019 de 2012).
_TYPE_FAMILY = {
    "ley": "ley",
    "ley estatutaria": "ley",
    "ley organica": "ley",
    "decreto": "decreto",
    "decreto ley": "decreto",
    "decreto legislativo": "decreto",
    "decreto reglamentario": "decreto",
    "constitucion": "constitucion",
    "constitucion politica": "constitucion",
}


@lru_cache(maxsize=1 << 16)  # pure, and called for every reference of every document
def fold(text: str) -> str:
    """Lower case without accents, hyphens as spaces, single spaces: the form names are compared in."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    stripped = "".join(char for char in decomposed if unicodedata.category(char) != "Mn")
    return " ".join(stripped.replace("-", " ").split())


@lru_cache(maxsize=1 << 16)  # pure, and called for every reference of every document
def normalise_type(norm_type: str | None) -> str:
    """Canonical type from REFERENCE_TYPES (``"Decreto-Ley"`` → ``"decreto ley"``, ``"Constitución Política"`` →
    ``"constitución"``)."""
    folded = fold(norm_type or "")
    folded = folded.replace("decreto con fuerza de ley", "decreto ley")
    if folded.startswith("constitucion"):
        return "constitución"
    for name in TYPE_LABELS:
        if fold(name) == folded:
            return name
    return folded or "otro"


@lru_cache(maxsize=1 << 16)  # pure, and called for every reference of every document
def type_family(norm_type: str | None) -> str:
    folded = fold(norm_type or "")
    if folded.startswith("constitucion"):
        return "constitucion"
    return _TYPE_FAMILY.get(folded, folded)


def normalise_number(number: str | int | None) -> str:
    """``"019"`` → ``"19"``; non-numeric numbers (``"C-274"``) keep their letters, upper-cased."""
    if number is None:
        return ""
    text = str(number).strip()
    if text.isdigit():
        return str(int(text))
    return text.upper()


def slug(norm_type: str) -> str:
    return fold(norm_type).replace(" ", "_")


def norm_key(norm_type: str | None, number: str | int | None, year: int | str | None) -> str | None:
    """The key of a norm (``ley/1955/2019``); ``None`` when the norm cannot be named without guessing."""
    canonical = normalise_type(norm_type)
    if canonical == "constitución":
        return f"constitucion/{year or 1991}"
    number_text = normalise_number(number)
    if not number_text or not year:
        return None
    return f"{slug(canonical)}/{number_text}/{int(year)}"


@lru_cache(maxsize=1 << 16)  # pure, and called for every reference of every document
def normalise_article(article: str | int | None) -> str:
    """``"4o"``/``"4°"``/``"4º"``/``"cuarto"`` → ``"4"``; keeps ``"256-1"``, ``"16A"``, ``"2.2.3.3.3.5"``."""
    if article is None:
        return ""
    text = " ".join(fold(str(article).replace("-", "\x00")).split()).replace("\x00", "-").strip(" .")
    text = _ORDINALS.get(text, text)
    text = re.sub(r"^(\d+)\s*[o°º]$", r"\1", text)
    text = text.replace(" ", "")
    return text.upper() if re.search(r"[a-z]", text) and re.match(r"^\d", text) else text


_ORDINALS = {
    "primero": "1",
    "segundo": "2",
    "tercero": "3",
    "cuarto": "4",
    "quinto": "5",
    "sexto": "6",
    "septimo": "7",
    "octavo": "8",
    "noveno": "9",
    "decimo": "10",
    "unico": "unico",
}


def expand_abbreviations(note: str) -> str:
    """Spell out the compiler's abbreviations so a note reads well in a message (``art.`` → ``artículo``)."""
    note = re.sub(r"\barts\.\s*", "artículos ", note)
    note = re.sub(r"\bart\.\s*", "artículo ", note)
    note = re.sub(r"\bpar\.\s*", "parágrafo ", note)
    note = re.sub(r"\bnums\.\s*", "numerales ", note)
    note = re.sub(r"\bnum\.\s*", "numeral ", note)
    return note


def classify_note(note: str) -> str:
    """The status a single validity note (one clause, without ``< >``) gives to the article it sits in.

    Notes about the whole article (``"Derogado por …"``, ``"Artículo INEXEQUIBLE"``) give ``derogado`` or
    ``inexequible``; notes about a part (``"Aparte tachado INEXEQUIBLE"``, ``"Expresión … derogada …"``) give the
    ``parcialmente`` statuses; amendments suffered (``"Modificado por …"``, ``"Parágrafo adicionado por …"``) give
    ``modificado``; what the article does to other norms (``"Modifica art. 79 Ley 142 de 1994"``) leaves it
    ``vigente``.

    >>> classify_note("Derogado por el art. 372 de la Ley 2294 de 2023")
    'derogado'
    >>> classify_note("Modifica art. 79 Ley 142 de 1994")
    'vigente'
    """
    text = fold(note).strip(" <>")
    if text.startswith("articulo "):
        text = text[len("articulo ") :]
        partial = False
    else:
        first = text.split(" ", 1)[0] if text else ""
        partial = first in _PARTIAL_SUBJECTS
    if re.search(r"\binexequibles?\b", text):
        return "parcialmente inexequible" if partial else "inexequible"
    if re.search(r"\bcondicionalmente exequibles?\b", text):
        return "condicionalmente exequible"
    if re.search(r"\bsuspendid[oa]s?\b", text):
        return "modificado" if partial else "suspendido"
    if re.search(r"\bderogad[oa]s?\b", text):
        return "parcialmente derogado" if partial else "derogado"
    if re.search(r"\b(modificad|adicionad|corregid|sustituid|subrogad|reformad)[oa]s?\b", text):
        return "modificado"
    return "vigente"


def split_note(note: str) -> list[str]:
    """Clauses of a compiler note: ``"A; B"`` → ``["A", "B"]`` (semicolons outside parentheses)."""
    clauses: list[str] = []
    current: list[str] = []
    depth = 0
    for char in note:
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        if char == ";" and depth == 0:
            clauses.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    clauses.append("".join(current).strip())
    return [clause for clause in clauses if clause]


def status_from_notes(notes: Iterable[str]) -> tuple[str, str | None]:
    """The most serious status among validity notes and the note(s) that gave it (abbreviations expanded).

    Returns ``("vigente", None)`` when no note changes the article's validity.
    """
    best = "vigente"
    reasons: list[str] = []
    for note in notes:
        for clause in split_note(note):
            status = classify_note(clause)
            if status == "vigente":
                continue
            if _STATUS_RANK[status] < _STATUS_RANK[best]:
                best, reasons = status, [clause]
            elif status == best and clause not in reasons:
                reasons.append(clause)
    if best == "vigente":
        return best, None
    text = "; ".join(expand_abbreviations(_clean_note(reason)) for reason in reasons)
    return best, text[:1].upper() + text[1:]


def _clean_note(note: str) -> str:
    """Drop the compiler's boilerplate ("El nuevo texto es el siguiente:") from a note."""
    note = note.strip(" <>")
    note = re.sub(r"\.?\s*El nuevo texto es el siguiente:?", "", note, flags=re.IGNORECASE)
    note = re.sub(r"\.?\s*Ver en legislaci[oó]n anterior.*$", "", note, flags=re.IGNORECASE)
    return note.strip(" .")


def status_rank(status: str | None) -> int:
    """Smaller is more serious; unknown statuses rank after ``vigente``."""
    return _STATUS_RANK.get(status or "", len(STATUSES))


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """One article of an indexed norm. ``status`` is ``None`` when the index does not know it."""

    number: str
    title: str | None = None
    place: str | None = None
    status: str | None = "vigente"
    status_note: str | None = None
    text: str | None = None
    note: str | None = None  # the compiler's note as written (what the article does or suffered)

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "title": self.title,
            "place": self.place,
            "status": self.status,
            "status_note": self.status_note,
            "text": self.text,
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ArticleInfo:
        status = data.get("status")
        if status is not None and status not in _STATUS_RANK:
            raise ConfigError(f"artículo {data.get('number')}: estado desconocido {status!r}")
        return cls(
            number=normalise_article(data["number"]),
            title=data.get("title"),
            place=data.get("place"),
            status=status,
            status_note=data.get("status_note"),
            text=data.get("text"),
            note=data.get("note"),
        )


@dataclass(frozen=True, slots=True)
class Norm:
    """An external norm: its identity, its articles as far as known, and how complete that knowledge is.

    ``complete`` is true when every article of the norm is in ``articles`` (then an article missing from it does not
    exist); ``article_count`` is the number of articles of the norm when known (then any article beyond it does not
    exist).
    """

    key: str
    type: str
    number: str
    year: int | None
    title: str = ""
    articles: Mapping[str, ArticleInfo] = field(default_factory=dict, repr=False)
    article_count: int | None = None
    complete: bool = False
    status: str | None = "vigente"
    status_note: str | None = None
    source: str = ""
    notes: str = ""

    @property
    def label(self) -> str:
        """``"Ley 1955 de 2019"``, ``"Decreto Ley 19 de 2012"``, ``"Constitución Política de 1991"``."""
        if self.type == "constitución":
            return f"Constitución Política de {self.year or 1991}"
        name = TYPE_LABELS.get(self.type, self.type.capitalize())
        return f"{name} {self.number} de {self.year}" if self.year else f"{name} {self.number}"

    @property
    def definite(self) -> str:
        """The label with its article: ``"la Ley 1955 de 2019"``, ``"el Decreto Ley 19 de 2012"``."""
        feminine = self.type in (
            "ley",
            "ley estatutaria",
            "resolución",
            "circular",
            "constitución",
            "sentencia",
            "otro",
        )
        return f"{'la' if feminine else 'el'} {self.label}"

    @property
    def of_label(self) -> str:
        """``"de la Ley 1955 de 2019"``, ``"del Decreto Ley 19 de 2012"``."""
        definite = self.definite
        return f"del {definite[3:]}" if definite.startswith("el ") else f"de {definite}"

    def article(self, number: str | int | None) -> ArticleInfo | None:
        return self.articles.get(normalise_article(number))

    def article_exists(self, number: str | int | None) -> bool | None:
        """True/False when the index can tell, None when it cannot (partial index, unusual numbering)."""
        wanted = normalise_article(number)
        if not wanted:
            return None
        if wanted in self.articles:
            return True
        if self.complete:
            return False
        if self.article_count is not None:
            match = re.fullmatch(r"(\d+)([A-Z]|-\d+)?", wanted)
            if match and int(match.group(1)) > self.article_count:
                return False
            if match and not match.group(2):
                return True
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "type": self.type,
            "number": self.number,
            "year": self.year,
            "title": self.title,
            "article_count": self.article_count,
            "complete": self.complete,
            "status": self.status,
            "status_note": self.status_note,
            "source": self.source,
            "notes": self.notes,
            "articles": [article.to_dict() for article in sorted(self.articles.values(), key=_article_sort_key)],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Norm:
        try:
            norm_type = normalise_type(data["type"])
            number = normalise_number(data.get("number"))
            year = int(data["year"]) if data.get("year") is not None else None
        except (KeyError, TypeError, ValueError) as error:
            raise ConfigError(f"norma mal descrita (type, number, year): {error}") from error
        key = data.get("key") or norm_key(norm_type, number, year)
        if not key:
            raise ConfigError(f"norma sin número o año: {data.get('title') or data}")
        articles = {}
        for item in data.get("articles", ()):
            article = ArticleInfo.from_dict(item)
            articles[article.number] = article
        count = data.get("article_count")
        return cls(
            key=key,
            type=norm_type,
            number=number,
            year=year,
            title=data.get("title") or "",
            articles=articles,
            article_count=int(count) if count is not None else None,
            complete=bool(data.get("complete", False)),
            status=data.get("status", "vigente"),
            status_note=data.get("status_note"),
            source=data.get("source") or "",
            notes=data.get("notes") or "",
        )


def _article_sort_key(article: ArticleInfo) -> tuple[int, str]:
    match = re.match(r"\d+", article.number)
    return (int(match.group()) if match else 10**9, article.number)


@dataclass(frozen=True, slots=True)
class Citation:
    """A norm (and maybe an article) named in free text, as :func:`parse_citation` reads it."""

    type: str
    number: str | None
    year: int | None
    article: str | None = None


_TYPE_PATTERN = (
    r"ley\s+estatutaria|ley\s+org[aá]nica|ley|decreto[\s-]+ley|decreto\s+legislativo|decreto|"
    r"resoluci[oó]n|acuerdo|acto\s+legislativo|circular|conpes|sentencia"
)
_NORM_RE = re.compile(
    rf"\b(?P<type>{_TYPE_PATTERN})\s+(?:n[uú]mero\s+|no\.?\s*|n\.?[°º]\s*)?(?P<number>[A-Z]{{0,2}}-?\d[\d.]*)"
    r"(?:\s+(?:de|del?\s+a[nñ]o)\s+(?P<year>\d{4}))?",
    re.IGNORECASE,
)
_CONSTITUTION_RE = re.compile(r"\b(constituci[oó]n(?:\s+pol[ií]tica)?|c\.\s?p\.)", re.IGNORECASE)
_ARTICLE_RE = re.compile(r"\b(?:art[ií]culo|art\.?)\s*(?P<article>\d+(?:[.-]\d+)*\s*[A-Za-z]?\b)", re.IGNORECASE)


def parse_citation(text: str) -> Citation | None:
    """Read a norm name typed by a person: ``"Ley 1955 de 2019, art. 147"``, ``"artículo 5 del Decreto 19 de 2012"``,
    ``"Constitución Política, artículo 20"``. Returns ``None`` when no norm is named.

    >>> parse_citation("Ley 1955 de 2019, art. 147")
    Citation(type='ley', number='1955', year=2019, article='147')
    """
    article_match = _ARTICLE_RE.search(text)
    article = normalise_article(article_match.group("article")) if article_match else None
    match = _NORM_RE.search(text)
    if match:
        year = int(match.group("year")) if match.group("year") else None
        number = normalise_number(match.group("number").rstrip("."))
        return Citation(normalise_type(match.group("type")), number, year, article or None)
    if _CONSTITUTION_RE.search(text):
        return Citation("constitución", None, None, article or None)
    return None


class NormIndex:
    """Norms by key, with tolerant lookup by (type, number, year)."""

    def __init__(self, norms: Iterable[Norm] = ()) -> None:
        self._norms: dict[str, Norm] = {}
        self._by_family: dict[tuple[str, str], list[Norm]] = {}
        for norm in norms:
            self.add(norm)

    def add(self, norm: Norm) -> None:
        """Add or replace (same key) a norm."""
        old = self._norms.get(norm.key)
        if old is not None:
            self._by_family[(type_family(old.type), old.number)].remove(old)
        self._norms[norm.key] = norm
        self._by_family.setdefault((type_family(norm.type), norm.number), []).append(norm)

    def __len__(self) -> int:
        return len(self._norms)

    def __iter__(self) -> Iterator[Norm]:
        return iter(sorted(self._norms.values(), key=lambda norm: norm.key))

    def __contains__(self, key: object) -> bool:
        return key in self._norms

    def get(self, key: str) -> Norm | None:
        """The norm with this key (``ley/1955/2019``); an article suffix (``#art_147``) is ignored."""
        return self._norms.get(key.split("#", 1)[0])

    def norm(self, norm_type: str | None, number: str | int | None, year: int | str | None = None) -> Norm | None:
        """The norm a citation names, or ``None``.

        >>> load_default_index().norm("decreto", "019", 2012).label
        'Decreto Ley 19 de 2012'
        """
        family = type_family(norm_type)
        if family == "constitucion":
            candidates = self._by_family.get(("constitucion", ""), [])
        else:
            candidates = self._by_family.get((family, normalise_number(number)), [])
        if year is not None and str(year).strip():
            candidates = [norm for norm in candidates if norm.year == int(year)]
        if len(candidates) == 1:
            return candidates[0]
        exact = [norm for norm in candidates if norm.type == normalise_type(norm_type)]
        return exact[0] if len(exact) == 1 else None

    def find(self, text: str) -> tuple[Norm | None, str | None]:
        """The norm and article named in free text (``"Ley 1955 de 2019, art. 147"``); ``(None, None)`` if none."""
        direct = self.get(text.strip())
        if direct is not None:
            article = text.split("#art_", 1)[1] if "#art_" in text else None
            return direct, article
        citation = parse_citation(text)
        if citation is None:
            return None, None
        return self.norm(citation.type, citation.number, citation.year), citation.article


def read_norm_file(path: Path) -> list[Norm]:
    """Norms in a JSON file: one norm object or a list of them."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ConfigError(f"{path}: no se pudo leer el índice de normas: {error}") from error
    items = data if isinstance(data, list) else [data]
    norms = []
    for item in items:
        if not isinstance(item, dict):
            raise ConfigError(f"{path}: cada norma debe ser un objeto JSON")
        try:
            norms.append(Norm.from_dict(item))
        except ConfigError as error:
            raise ConfigError(f"{path}: {error}") from error
    return norms


def load_index(directories: Iterable[Path | str]) -> NormIndex:
    """An index of the ``*.json`` norms of these directories, later directories winning on a key clash."""
    index = NormIndex()
    for directory in directories:
        directory = Path(directory)
        if not directory.is_dir():
            continue
        for path in sorted(directory.glob("*.json")):
            for norm in read_norm_file(path):
                index.add(norm)
    return index


@lru_cache(maxsize=1)
def _packaged_norms() -> tuple[Norm, ...]:
    return tuple(load_index([DATA_DIR]))


@lru_cache(maxsize=8)
def _index_with_user(user_dir: str | None) -> NormIndex:
    index = NormIndex(_packaged_norms())
    if user_dir:
        for norm in load_index([user_dir]):
            index.add(norm)
    return index


def load_default_index(user_dir: Path | str | None = None) -> NormIndex:
    """The packaged index plus the user's additions (default: ``.regdesign/laws`` of the current directory).

    Loaded once per process and user directory; treat the result as read-only.
    """
    candidate = Path(user_dir) if user_dir is not None else USER_DIR
    resolved = str(candidate.resolve()) if candidate.is_dir() else None
    return _index_with_user(resolved)


def clear_cache() -> None:
    """Forget loaded indexes (after ``regdesign laws import`` wrote a new norm)."""
    _index_with_user.cache_clear()
