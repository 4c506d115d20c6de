"""The index of external norms: Ley 1955 de 2019 and the other norms regdesign knows (articles, titles, validity).

Public verbs: :func:`load_default_index` (cached packaged index plus the user's ``.regdesign/laws/``),
:func:`import_law_text` / :func:`import_law_file` (``regdesign laws import``) and :func:`parse_citation`.
"""

from regdesign.laws.importer import import_law_file, import_law_text, write_user_norm
from regdesign.laws.index import (
    STATUSES,
    ArticleInfo,
    Citation,
    Norm,
    NormIndex,
    classify_note,
    load_default_index,
    load_index,
    norm_key,
    parse_citation,
    status_from_notes,
)

__all__ = [
    "STATUSES",
    "ArticleInfo",
    "Citation",
    "Norm",
    "NormIndex",
    "classify_note",
    "import_law_file",
    "import_law_text",
    "load_default_index",
    "load_index",
    "norm_key",
    "parse_citation",
    "status_from_notes",
    "write_user_norm",
]
