"""HTML for the Documento page: the text with findings marked, the provision tree, and the references list.

Display only. Every piece of document text goes through :func:`html.escape` here; the markup around it is fixed
strings and escaped attribute values, so nothing a document contains (``<script>``, ``onerror=``) can become markup,
whatever sanitising ``st.html`` does on top.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import quote

from regdesign.model import Document, Finding, Provision, Reference

STYLE = """<style>
.rd-doc { white-space: pre-wrap; font-family: Georgia, 'Times New Roman', serif; line-height: 1.55;
  color: #1b1b1b; background: #ffffff; padding: .75rem 1rem; border: 1px solid #c8ccd0; border-radius: .3rem;
  max-height: 38rem; overflow-y: auto; }
.rd-doc mark { padding: 0 .1em; border-radius: .15em; color: #1b1b1b; }
.rd-doc mark.rd-sev-error { background: #f9d3d0; border-bottom: 2px solid #8a1f11; }
.rd-doc mark.rd-sev-warning { background: #fbe7b5; border-bottom: 2px solid #7a4b00; }
.rd-doc mark.rd-sev-info { background: #d6e6f7; border-bottom: 2px solid #1f4e79; }
.rd-doc mark.rd-selected { outline: 3px solid #1b1b1b; }
.rd-tree ul { margin: 0 0 0 1.1rem; padding: 0; }
.rd-tree li { margin: .1rem 0; color: #1b1b1b; }
.rd-tree code, .rd-refs code { color: #1b1b1b; background: #eef2f5; }
.rd-refs li { margin: .25rem 0; color: #1b1b1b; }
.rd-refs a { color: #0b4f8a; text-decoration: underline; }
</style>"""

_RANK = {"info": 0, "warning": 1, "error": 2}


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def finding_anchor(index: int) -> str:
    return f"hallazgo-{index}"


def provision_anchor(provision_id: str) -> str:
    return f"disp-{provision_id}"


def highlight_html(
    text: str, findings: Sequence[Finding], provisions: Iterable[Provision] = (), selected: int | None = None
) -> str:
    """``text`` escaped, with ``<mark>`` over every finding's span and an anchor at every provision's start.

    Overlapping findings are split into segments; a segment covered by several findings is one ``<mark>`` coloured
    by the most severe of them. The first segment of finding ``i`` carries ``id="hallazgo-i"``; ``selected`` adds
    the ``rd-selected`` class to that finding's segments.
    """
    length = len(text)
    spans = [(max(0, min(f.start, length)), max(0, min(f.end, length))) for f in findings]
    anchors: dict[int, list[str]] = {}
    for provision in provisions:
        anchors.setdefault(min(provision.span.start, length), []).append(provision_anchor(provision.id))
    cuts = {0, length, *anchors}
    for start, end in spans:
        cuts.add(start)
        cuts.add(end)
    points = sorted(cuts)
    starts_at: dict[int, list[int]] = {}
    for index, (start, _end) in enumerate(spans):
        starts_at.setdefault(start, []).append(index)
    out = ['<div class="rd-doc" lang="es">']
    for left, right in zip(points, points[1:] + [None], strict=False):
        for anchor in anchors.get(left, ()):
            out.append(f'<span id="{_esc(anchor)}"></span>')
        beginning = starts_at.get(left, [])
        covering = [i for i, (s, e) in enumerate(spans) if s <= left and (right is not None and left < e)]
        # a finding of zero length still gets its anchor
        for index in beginning:
            if index not in covering:
                out.append(f'<span id="{finding_anchor(index)}"></span>')
        if right is None:
            break
        piece = _esc(text[left:right])
        if not covering:
            out.append(piece)
            continue
        severity = max((findings[i].severity for i in covering), key=lambda s: _RANK.get(s, 0))
        classes = [f"rd-sev-{severity}"]
        if selected is not None and selected in covering:
            classes.append("rd-selected")
        first = [i for i in beginning if i in covering]
        ident = f' id="{finding_anchor(first[0])}"' if first else ""
        extra = "".join(f'<span id="{finding_anchor(i)}"></span>' for i in first[1:])
        title = "; ".join(f"{findings[i].rule}: {findings[i].message}" for i in covering)
        out.append(
            f'{extra}<mark{ident} class="{" ".join(classes)}" data-findings="{" ".join(map(str, covering))}"'
            f' title="{_esc(title)}">{piece}</mark>'
        )
    out.append("</div>")
    return STYLE + "".join(out)


def tree_html(document: Document) -> str:
    """The provision tree as nested lists: label, heading (escaped) and id."""

    def branch(provisions: Sequence[Provision]) -> str:
        if not provisions:
            return ""
        items = []
        for provision in provisions:
            label = " ".join(part for part in (provision.label.strip(), (provision.heading or "").strip()) if part)
            items.append(
                f'<li><a href="#{_esc(provision_anchor(provision.id))}">{_esc(label or provision.id)}</a> '
                f"<code>{_esc(provision.id)}</code>{branch(provision.children)}</li>"
            )
        return "<ul>" + "".join(items) + "</ul>"

    return STYLE + f'<nav class="rd-tree" aria-label="Estructura">{branch(document.provisions)}</nav>'


def reference_link(reference: Reference, norm_key: str = "ley/1955/2019", law_page: str = "ley-1955") -> str | None:
    """Where a reference points in the explorer: an anchor in the same document, or the Ley 1955 page's article."""
    if not reference.target:
        return None
    if reference.scope == "internal":
        return "#" + quote(provision_anchor(reference.target))
    key, _, fragment = reference.target.partition("#")
    if key == norm_key:
        article = fragment.removeprefix("art_") if fragment.startswith("art_") else ""
        return f"{law_page}?articulo={quote(article)}" if article else law_page
    return None


def references_html(
    references: Sequence[Reference],
    articles: Mapping[str, Any],
    labels: Mapping[str, str],
    norm_key: str = "ley/1955/2019",
) -> str:
    """A list of the references: the words cited (escaped), a link to the target, and for articles of the norm
    ``norm_key`` its title and validity from ``articles`` (``{number: ArticleInfo}``).

    ``labels`` gives ``broken`` (text for a reference without target) and ``validity`` / ``title`` captions.
    """
    items = []
    for reference in references:
        words = _esc(" ".join(reference.text.split()))
        link = reference_link(reference, norm_key)
        target = _esc(reference.target or labels.get("broken", "—"))
        target_html = f'<a href="{_esc(link)}">{target}</a>' if link else f"<code>{target}</code>"
        details = ""
        if reference.target and reference.target.split("#", 1)[0] == norm_key:
            for number in reference.articles or ((reference.article,) if reference.article else ()):
                info = articles.get(str(number))
                if info is not None:
                    details += (
                        f"<br>{_esc(labels.get('title', 'Título'))} {_esc(str(number))}: "
                        f"{_esc(info.title or '—')} · {_esc(labels.get('validity', 'Vigencia'))}: "
                        f"<strong>{_esc(info.status or '—')}</strong>"
                        + (f" ({_esc(info.status_note)})" if info.status_note else "")
                    )
        elif reference.status:
            details = f" · {_esc(labels.get('validity', 'Vigencia'))}: <strong>{_esc(reference.status)}</strong>"
        items.append(f"<li>«{words}» → {target_html}{details}</li>")
    return STYLE + '<ul class="rd-refs">' + "".join(items) + "</ul>"
