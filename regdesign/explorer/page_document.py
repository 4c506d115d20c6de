"""Documento page: the provision tree, the text with findings highlighted, each finding explained, references."""

import streamlit as st

from regdesign.explorer import data
from regdesign.explorer.data import tr
from regdesign.explorer.highlight import highlight_html, references_html, tree_html

root, files = data.current_corpus()
blobs = dict(files)
paths = [path for path, _ in files]
st.title(tr("doc.title"))

wanted = st.query_params.get("documento")
if wanted in blobs and "doc_path" not in st.session_state:
    st.session_state["doc_path"] = wanted
path = st.selectbox(tr("doc.select"), paths, key="doc_path")
document = data.document(root, path, blobs[path])
result = data.document_result(root, files, path)
findings = list(result.findings) if result is not None else list(document.problems)

with st.expander(tr("doc.tree"), expanded=False):
    st.html(tree_html(document))

# The options are the corpus's, not the document's: a filter then survives a change of document.
categories = sorted(
    {f.category or "—" for r in data.check_corpus(root, files).documents for f in r.findings}
    | {f.category or "—" for f in findings}
)
severities = ["error", "warning", "info"]
filters = st.columns(2)
chosen_categories = filters[0].multiselect(
    tr("doc.filter_category"), categories, default=categories, key="doc_categories"
)
chosen_severities = filters[1].multiselect(
    tr("doc.filter_severity"),
    severities,
    default=severities,
    key="doc_severities",
    format_func=lambda s: tr(f"sev.{s}"),
)
shown = [f for f in findings if (f.category or "—") in chosen_categories and f.severity in chosen_severities]

text_column, detail_column = st.columns([3, 2])
with detail_column:
    st.subheader(tr("doc.findings", n=len(shown)))
    selected = None
    if shown:
        lang = data.lang()

        def label(index: int) -> str:
            finding = shown[index]
            message = finding.message_en if lang == "en" and finding.message_en else finding.message
            return f"{index + 1}. [{tr('sev.' + finding.severity)}] {finding.rule} · L{finding.line}: {message[:90]}"

        selected = st.selectbox(tr("doc.finding_select"), range(len(shown)), format_func=label, key="doc_finding")
        finding = shown[selected]
        message = finding.message_en if lang == "en" and finding.message_en else finding.message
        with st.container(border=True, key="finding_details"):
            st.markdown(f"**{tr('doc.rule')}:** `{finding.rule}`")
            st.write(
                f"{tr('doc.category')}: {finding.category or '—'} · {tr('doc.severity')}: "
                f"{tr('sev.' + finding.severity)} · {tr('doc.where')}: {finding.provision or '—'}, "
                f"L{finding.line}:{finding.column}"
            )
            st.text(message)
            if finding.end > finding.start:
                st.markdown(tr("doc.quoted"))
                st.code(document.text[finding.start : finding.end], language=None, wrap_lines=True)
            st.markdown(tr("doc.basis"))
            st.text(finding.basis or "—")
            st.markdown(tr("doc.suggestion"))
            st.text(finding.suggestion or "—")
    else:
        st.info(tr("doc.no_findings"))

with text_column:
    st.subheader(tr("doc.text"))
    st.html(highlight_html(document.text, shown, document.iter_provisions(), selected))

references = list(result.references) if result is not None else []
st.subheader(tr("doc.references", n=len(references)))
if references:
    norm = data.pipeline(root)[2].get("ley/1955/2019")
    articles = dict(norm.articles) if norm is not None else {}
    st.html(
        references_html(
            references,
            articles,
            {"broken": tr("doc.broken"), "validity": tr("col.validity"), "title": tr("doc.article_title")},
        )
    )
else:
    st.markdown(tr("common.none"))
