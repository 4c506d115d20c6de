"""``regdesign laws import``: a plain-text or Markdown copy of an official norm → a :class:`~regdesign.laws.index.Norm`.

This module owns reading published law texts into the index format: article numbers, epigraphs (titles), places
(Título / Capítulo), validity notes in ``< >`` turned into a status, and article texts. It accepts three shapes:

* an official text as published (``ARTÍCULO 5o. ÁMBITO DE APLICACIÓN. <Artículo corregido por …> Las …``), read
  with :func:`regdesign.parse.parse_document` when that parser is installed and finds articles, otherwise with this
  module's own line patterns;
* Markdown with article headings (``### Artículo 5. Objeto.``);
* the compiled working copies of the corpus (``## art:41 — DE LAS MODALIDADES DE SELECCIÓN`` + ``ubicacion:``).

Guarantees: it never raises on odd text (no article found → :class:`~regdesign.errors.InputError`, a clean error);
an article number repeated in the text keeps the published version (a version marked "no publicado" loses);
:func:`write_user_norm` writes atomically.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from regdesign.errors import InputError, UsageError
from regdesign.files import write_text_atomic
from regdesign.laws.index import (
    ArticleInfo,
    Norm,
    norm_key,
    normalise_article,
    normalise_number,
    normalise_type,
    status_from_notes,
)

_NUMBER = r"(\d+(?:-\d+)?(?:\s?[A-Z]\b)?|[Pp]rimero|PRIMERO|[Úú]nico|ÚNICO)"
_ARTICLE_LINE = re.compile(
    rf"^[ \t]*(?:#+[ \t]*)?(?:\*\*)?(?:ART[IÍ]CULO|Art[ií]culo)[ \t]+{_NUMBER}[ \t]*[oº°]?[ \t]*\.?(?:\*\*)?[ \t]*(?P<rest>.*)$",
    re.MULTILINE,
)
_COMPILED_LINE = re.compile(r"^##[ \t]+art:(?P<number>[\w-]+)[ \t]*(?:—|-|:)?[ \t]*(?P<title>.*)$", re.MULTILINE)
_PLACE_LINE = re.compile(
    r"^[ \t]*(?:#+[ \t]*)?(?:\*\*)?(?P<kind>T[IÍ]TULO|CAP[IÍ]TULO|T[ií]tulo|Cap[ií]tulo|LIBRO|PARTE)[ \t]+"
    r"(?P<number>[IVXLCDM]+|\d+)\b\.?[ \t]*(?P<rest>.*)$",
    re.MULTILINE,
)
_HEADER = re.compile(
    r"^[ \t]*#*[ \t]*(?P<type>LEY[ \t]+ESTATUTARIA|LEY|DECRETO[ \t-]+LEY|DECRETO[ \t]+LEGISLATIVO|DECRETO|"
    r"RESOLUCI[OÓ]N|ACUERDO|ACTO[ \t]+LEGISLATIVO)[ \t]+(?:N[UÚ]MERO[ \t]+|No\.?[ \t]*)?(?P<number>\d+)"
    r"[ \t]+(?:DE|DEL)[ \t]+(?P<year>\d{4})\b",
    re.IGNORECASE | re.MULTILINE,
)
_TITLE_LINE = re.compile(r"^[ \t]*[\"“]?(?P<title>Por (?:medio de )?(?:la|el) cual\b.*)$", re.IGNORECASE | re.MULTILINE)
_NOTE = re.compile(r"<([^<>\n]{3,400})>")
_UNPUBLISHED = re.compile(r"no publicado", re.IGNORECASE)


@dataclass
class _Article:
    number: str
    title: str | None
    place: str | None
    text: str
    notes: list[str] = field(default_factory=list)


def import_law_text(
    text: str,
    *,
    norm_type: str | None = None,
    number: str | None = None,
    year: int | None = None,
    title: str | None = None,
    path: str = "<texto>",
    use_parser: bool = True,
    article_count: int | None = None,
    complete: bool | None = None,
    source: str = "",
) -> Norm:
    """Read a norm from its text. Type, number and year come from the arguments or from the first heading line
    (``LEY 1712 DE 2014``); an :class:`~regdesign.errors.UsageError` says when neither names them.

    >>> norm = import_law_text("LEY 9 DE 2020\\nARTÍCULO 1o. OBJETO. Esta ley regula.\\n")
    >>> norm.key, norm.articles["1"].title
    ('ley/9/2020', 'OBJETO')
    """
    header = _HEADER.search(text[:5000])
    if header is not None:
        norm_type = norm_type or " ".join(header.group("type").replace("-", " ").split())
        number = number or header.group("number")
        year = year or int(header.group("year"))
    if not norm_type or not number or not year:
        raise UsageError(
            f"{path}: no se sabe qué norma es; indique --type, --number y --year "
            "(the first lines do not name the norm, e.g. 'LEY 1712 DE 2014')"
        )
    canonical = normalise_type(norm_type)
    key = norm_key(canonical, number, year)
    assert key is not None  # number and year are set
    if title is None:
        title_match = _TITLE_LINE.search(text[:8000])
        title = title_match.group("title").strip().rstrip('"”') if title_match else ""

    articles = None
    if use_parser:
        articles = _articles_with_parser(text, path)
    if not articles:
        articles = _articles_with_patterns(text)
    if not articles:
        raise InputError(f"{path}: no se encontró ningún artículo (no 'ARTÍCULO N.' lines found)")

    infos: dict[str, ArticleInfo] = {}
    ranks: dict[str, tuple[bool, bool]] = {}
    for article in articles:
        number_key = normalise_article(article.number)
        status, status_note = status_from_notes(article.notes)
        # A number written twice is, in the Senate's compilations, the bill's text struck down (not published or
        # wholly INEXEQUIBLE) followed by the published article: keep the latter; otherwise keep the first.
        rank = (any(_UNPUBLISHED.search(note) for note in article.notes), status in ("inexequible", "derogado"))
        if number_key in infos and ranks[number_key] <= rank:
            continue
        body = article.text.strip()
        infos[number_key] = ArticleInfo(
            number=number_key,
            title=article.title or None,
            place=article.place or None,
            status=status,
            status_note=status_note,
            text=body or None,
            note="; ".join(article.notes) or None,
        )
        ranks[number_key] = rank
    numeric = [int(n) for n in infos if n.isdigit()]
    count = article_count if article_count is not None else (max(numeric) if numeric else None)
    if complete is None:
        complete = bool(numeric) and article_count is None and sorted(numeric) == list(range(1, max(numeric) + 1))
    return Norm(
        key=key,
        type=canonical,
        number=normalise_number(number),
        year=int(year),
        title=title,
        articles=infos,
        article_count=count,
        complete=complete,
        source=source or path,
    )


def import_law_file(path: Path | str, **options: object) -> Norm:
    """:func:`import_law_text` on a file (UTF-8)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: no se pudo leer el archivo: {error}") from error
    return import_law_text(text, path=str(path), **options)  # type: ignore[arg-type]


def write_user_norm(norm: Norm, directory: Path | str) -> Path:
    """Write ``<directory>/<key with _>.json`` atomically (temp file in the same directory, then ``os.replace``)."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / (norm.key.replace("/", "_") + ".json")
    payload = json.dumps(norm.to_dict(), sort_keys=True, ensure_ascii=False, indent=1) + "\n"
    write_text_atomic(target, payload)
    return target


# --- reading articles --------------------------------------------------------------------------------------------


def split_epigraph(rest: str) -> tuple[str | None, str]:
    """``"OBJETO. El objeto de…"`` → ``("OBJETO", "El objeto de…")``: an epigraph is an upper-case (or bold)
    phrase ending in a full stop right after the article's number."""
    rest = rest.strip()
    bold = re.match(r"^\*\*(?P<title>[^*]+?)\.?\*\*\.?\s*(?P<body>.*)$", rest, re.DOTALL)
    if bold:
        return bold.group("title").strip().rstrip("."), bold.group("body")
    match = re.match(r"^(?P<title>[^.<>]{2,300}?)\s*\.(?=\s|$|<)\s*(?P<body>.*)$", rest, re.DOTALL)
    if match:
        candidate = match.group("title").strip()
        letters = [char for char in candidate if char.isalpha()]
        if letters and not any(char.islower() for char in letters):
            return candidate, match.group("body")
    return None, rest


def _notes(text: str) -> list[str]:
    return [match.group(1).strip() for match in _NOTE.finditer(text)]


def _roman(text: str) -> str:
    return text.upper()


def _places(text: str) -> list[tuple[int, str]]:
    """(offset, place) for every Título/Capítulo line, place written ``TÍTULO I. NOMBRE. > CAPÍTULO II. NOMBRE.``."""
    lines = text.split("\n")
    offsets, position = [], 0
    for line in lines:
        offsets.append(position)
        position += len(line) + 1
    places: list[tuple[int, str]] = []
    title = chapter = ""
    for index, line in enumerate(lines):
        match = _PLACE_LINE.match(line)
        if not match:
            continue
        kind = match.group("kind").upper().replace("Í", "I")
        name = match.group("rest").strip().strip("*#").strip()
        if not name and index + 1 < len(lines):
            following = lines[index + 1].strip()
            if following and not _ARTICLE_LINE.match(following) and not _PLACE_LINE.match(following):
                name = following.strip("*#").strip()
        label = f"{'TÍTULO' if kind == 'TITULO' else 'CAPÍTULO' if kind == 'CAPITULO' else kind} "
        label += f"{_roman(match.group('number'))}." + (f" {name}" if name else "")
        if kind in ("TITULO", "LIBRO", "PARTE"):
            title, chapter = label, ""
        else:
            chapter = label
        places.append((offsets[index], " > ".join(part for part in (title, chapter) if part)))
    return places


def _place_at(places: list[tuple[int, str]], offset: int) -> str | None:
    current = None
    for start, place in places:
        if start > offset:
            break
        current = place
    return current


def _articles_with_patterns(text: str) -> list[_Article]:
    compiled = list(_COMPILED_LINE.finditer(text))
    if compiled:
        return _compiled_articles(text, compiled)
    matches = list(_ARTICLE_LINE.finditer(text))
    # Text quoted after "quedará así:" starts with "Artículo N." too; an article line right after a line ending in
    # "así:" belongs to the amending article, as docs/FORMAT.md says.
    matches = [match for match in matches if not _quoted(text, match.start())]
    places = _places(text)
    articles = []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        title, first = split_epigraph(match.group("rest"))
        body = first + text[match.end() : end]
        body = _strip_trailing_headings(body)
        articles.append(
            _Article(
                number=match.group(1),
                title=title,
                place=_place_at(places, match.start()),
                text=body,
                notes=_notes(match.group("rest") + text[match.end() : end]),
            )
        )
    return articles


def _quoted(text: str, offset: int) -> bool:
    before = text[max(0, offset - 400) : offset].rstrip()
    return bool(re.search(r"\bas[ií]\s*:\s*[\"“]?$", before, re.IGNORECASE)) or before.endswith(('"', "“"))


def _strip_trailing_headings(body: str) -> str:
    """Drop Título/Capítulo headings (and their name lines) that close an article's text."""
    lines = body.rstrip().split("\n")
    while lines:
        last = lines[-1].strip()
        if not last:
            lines.pop()
            continue
        if _PLACE_LINE.match(last) or (len(lines) >= 2 and _PLACE_LINE.match(lines[-2].strip()) and last.isupper()):
            lines.pop()
            if lines and _PLACE_LINE.match(lines[-1].strip()):
                lines.pop()
            continue
        break
    return "\n".join(lines)


def _compiled_articles(text: str, matches: Iterable[re.Match[str]]) -> list[_Article]:
    matches = list(matches)
    articles = []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        block = text[match.end() : end]
        next_section = re.search(r"^#{1,2}[ \t]+(?!art:)", block, re.MULTILINE)
        if next_section:
            block = block[: next_section.start()]
        place = None
        place_match = re.match(r"\s*ubicacion:[ \t]*(.*)\n", block)
        if place_match:
            place = place_match.group(1).strip()
            block = block[place_match.end() :]
        articles.append(
            _Article(
                number=match.group("number"),
                title=match.group("title").strip() or None,
                place=place,
                text=block.strip(),
                notes=_notes(block),
            )
        )
    return articles


def _articles_with_parser(text: str, path: str) -> list[_Article] | None:
    """Articles as :func:`regdesign.parse.parse_document` sees them; ``None`` when the parser is absent or fails."""
    try:
        from regdesign.parse import parse_document
    except ImportError:
        return None
    if _COMPILED_LINE.search(text):
        return None  # the compiled working copies are not official layout; the patterns read them
    try:
        document = parse_document(text, path)
    except Exception:  # noqa: BLE001 - the parser is another stage; any failure means "use the patterns"
        return None
    articles: list[_Article] = []

    def walk(provisions: Iterable[object], place: tuple[str, ...]) -> None:
        for provision in provisions:
            kind = getattr(provision, "kind", "")
            if kind == "articulo":
                span = provision.span  # type: ignore[attr-defined]
                body_span = provision.body  # type: ignore[attr-defined]
                body = text[body_span.start : span.end]
                heading = provision.heading  # type: ignore[attr-defined]
                if heading is None:
                    heading, body = split_epigraph(body)
                articles.append(
                    _Article(
                        number=provision.number or "",  # type: ignore[attr-defined]
                        title=(heading or "").strip().rstrip(".") or None,
                        place=" > ".join(place) or None,
                        text=_strip_trailing_headings(body),
                        notes=_notes(text[span.start : span.end]),
                    )
                )
            elif kind in ("libro", "parte", "titulo", "capitulo", "seccion"):
                label = " ".join(str(getattr(provision, "label", "")).split()).rstrip(".")
                heading = getattr(provision, "heading", None)
                heading = (heading or "").strip()
                if heading and not heading.endswith("."):
                    heading += "."
                name = f"{label.upper()}." + (f" {heading}" if heading else "")
                walk(provision.children, place + (name,))  # type: ignore[attr-defined]

    walk(document.provisions, ())
    if any(not article.number for article in articles):
        return None
    return articles
