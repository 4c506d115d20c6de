"""Links: where a reference's ``target`` points in each output format.

Targets come from :mod:`regdesign.resolve` (``ley/1955/2019#art_147`` for another norm, ``art_5`` or
``art_3__par_1`` for a provision of the same document). This module owns their translation:

* internal targets → a fragment naming the provision (``#art_5``; Akoma Ntoso: the eId, ``#art_3__para_1``);
* external targets → in Akoma Ntoso a work URI of the Colombian jurisdiction (``/akn/co/act/ley/2019/1955/~art_147``);
  in HTML, DOCX and PDF the Secretaría del Senado's compiled text (``basedoc``) when the norm is a law or a decree
  with a number and year, else no link.

Guarantee: a function here never raises on a malformed target; it returns ``None`` (no link) instead.
"""

from __future__ import annotations

import re

_EXTERNAL = re.compile(r"^(?P<type>[^/#]+)/(?P<number>[^/#]+)/(?P<year>\d{4})(?:#(?P<fragment>[\w.\-]+))?$")
_INTERNAL = re.compile(r"^#?(?P<id>[A-Za-z]+_[\w.\-]+)$")
_SENATE = "http://www.secretariasenado.gov.co/senado/basedoc"
# The Senate's file names: ley_0080_1993.html, decreto_0019_2012.html.
_SENATE_PREFIX = {
    "ley": "ley",
    "ley estatutaria": "ley",
    "ley-estatutaria": "ley",
    "decreto": "decreto",
    "decreto ley": "decreto",
    "decreto-ley": "decreto",
    "decreto legislativo": "decreto",
    "decreto-legislativo": "decreto",
}
# eId steps of Akoma Ntoso for the steps of regdesign's provision ids (see akn.py for the whole mapping).
AKN_STEPS = {
    "lib": "book",
    "part": "part",
    "tit": "title",
    "cap": "chp",
    "secc": "sec",
    "sec": "sec",
    "art": "art",
    "par": "para",
    "num": "point",
    "lit": "point",
    "inc": "inc",
}


def split_external(target: str) -> dict[str, str] | None:
    match = _EXTERNAL.match(target.strip())
    if not match:
        return None
    return {key: value or "" for key, value in match.groupdict().items()}


def internal_id(target: str) -> str | None:
    """The provision id of an internal target (``art_5``), or ``None`` when the target names another norm."""
    if "/" in target:
        return None
    match = _INTERNAL.match(target.strip())
    return match.group("id") if match else None


def akn_eid(provision_id: str) -> str:
    """The Akoma Ntoso eId of a provision id: ``art_3__par_1`` → ``art_3__para_1``, ``tit_1__cap_2`` → ``title_1__chp_2``.

    Each ``__``-separated step ``kind_rest`` maps its kind through :data:`AKN_STEPS` and keeps the rest
    (``par_trans_2`` → ``para_trans_2``, ``num_43.2`` → ``point_43.2``); unknown kinds are kept as written.
    """
    steps = []
    for step in provision_id.split("__"):
        kind, sep, rest = step.partition("_")
        steps.append(f"{AKN_STEPS.get(kind, kind)}{sep}{rest}")
    return "__".join(steps)


def akn_norm_uri(target: str) -> str | None:
    """``ley/1955/2019#art_147`` → ``/akn/co/act/ley/2019/1955/~art_147``."""
    parts = split_external(target)
    if not parts:
        return None
    doc_type = re.sub(r"[^\w]+", "-", parts["type"].strip().lower()).strip("-")
    number = re.sub(r"[^\w\-]+", "-", parts["number"]).strip("-")
    if not doc_type or not number:
        return None
    uri = f"/akn/co/act/{doc_type}/{parts['year']}/{number}"
    if parts["fragment"]:
        uri += f"/~{akn_eid(parts['fragment'])}"
    return uri


def web_url(target: str) -> str | None:
    """The Senate's compiled text of a law or decree (``…/basedoc/ley_1955_2019.html#147``), else ``None``."""
    parts = split_external(target)
    if not parts:
        return None
    prefix = _SENATE_PREFIX.get(parts["type"].strip().lower())
    if not prefix or not parts["number"].isdigit():
        return None
    url = f"{_SENATE}/{prefix}_{int(parts['number']):04d}_{parts['year']}.html"
    fragment = parts["fragment"]
    if fragment.startswith("art_"):
        url += "#" + fragment[4:].split("__", 1)[0]
    return url


def nearest_anchor(provision_id: str, anchors: frozenset[str] | set[str]) -> str | None:
    """The provision id itself when it is an anchor of the output, else its closest ancestor that is."""
    steps = provision_id.split("__")
    while steps:
        candidate = "__".join(steps)
        if candidate in anchors:
            return candidate
        steps.pop()
    return None
