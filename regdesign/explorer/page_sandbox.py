"""Sandbox page: edit a document or one article, see its findings, references and regulatory delta against the
last committed version, and save it as a commit on a draft branch (the checked-out branch is never touched).
The text typed is kept in ``st.session_state`` per document and article, so an error never loses it."""

import pandas as pd
import streamlit as st

from regdesign.delta import delta_to_markdown
from regdesign.errors import RegdesignError
from regdesign.explorer import data
from regdesign.explorer.data import tr
from regdesign.sandbox import default_branch, provision_text, replace_provision

root, files = data.current_corpus()
st.title(tr("sb.title"))
head = data.head_sha(root)
if head is None:
    st.info(tr("common.none"))
    st.stop()
blobs = dict(files)
paths = [path for path, _ in files]
path = st.selectbox(tr("common.document"), paths, key="sb_path")
document = data.document(root, path, blobs[path])
scope = st.radio(
    tr("sb.scope"),
    ["document", "article"],
    horizontal=True,
    key="sb_scope",
    format_func=lambda s: tr("sb.scope_doc") if s == "document" else tr("sb.scope_article"),
)
provision_id = None
if scope == "article":
    units = [p for p in document.iter_provisions() if p.kind in ("articulo", "seccion_tdr")]
    if not units:
        st.info(tr("common.none"))
        st.stop()
    names = {p.id: " ".join(x for x in (p.label.strip(), (p.heading or "").strip()) if x) or p.id for p in units}
    provision_id = st.selectbox(
        tr("sb.article"), list(names), format_func=lambda pid: names.get(pid, pid), key="sb_provision"
    )

drafts = st.session_state.setdefault("sb_drafts", {})
target = f"{path}::{provision_id or ''}"
if st.session_state.get("sb_target") != target:
    st.session_state["sb_target"] = target
    original = provision_text(document, provision_id) if provision_id else document.text
    st.session_state["sb_text"] = drafts.get(target, original)
text = st.text_area(tr("sb.text"), key="sb_text", height=420 if scope == "document" else 220)
drafts[target] = text
full_text = replace_provision(document, provision_id, text) if provision_id else text

if st.button(tr("sb.analyze"), key="sb_analyze", type="primary"):
    st.session_state["sb_analyzed"] = target
if st.session_state.get("sb_analyzed") == target:
    try:
        analysis = data.analyze_draft(root, path, full_text, head)
    except RegdesignError as error:
        st.error(tr("common.error", error=error))
        st.info(tr("sb.kept"))
    else:
        if not analysis.changed:
            st.info(tr("sb.unchanged"))
        findings = analysis.result.findings
        st.subheader(tr("sb.findings", n=len(findings)))
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        tr("doc.severity"): tr("sev." + f.severity),
                        tr("doc.rule"): f.rule,
                        "L": f.line,
                        tr("doc.category"): f.category,
                        tr("col.text"): f.message,
                    }
                    for f in findings
                ]
            ),
            hide_index=True,
            width="stretch",
            key="sb_findings",
        )
        references = analysis.result.references
        st.subheader(tr("sb.references", n=len(references)))
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        tr("col.text"): r.text,
                        tr("col.scope"): r.scope,
                        tr("col.target"): r.target,
                        tr("col.validity"): r.status,
                    }
                    for r in references
                ]
            ),
            hide_index=True,
            width="stretch",
            key="sb_references",
        )
        st.subheader(tr("sb.delta"))
        st.markdown(delta_to_markdown([analysis.delta], "HEAD", "borrador"))

st.subheader(tr("sb.save_header"))
with st.form(key="sb_save_form"):
    # keyed by document: each document proposes its own draft branch
    branch = st.text_input(tr("sb.branch"), value=default_branch(path), key=f"sb_branch::{path}")
    columns = st.columns(2)
    name = columns[0].text_input(tr("sb.author_name"), key="sb_author_name")
    email = columns[1].text_input(tr("sb.author_email"), key="sb_author_email")
    message = st.text_input(tr("sb.message"), key="sb_message")
    save = st.form_submit_button(tr("sb.save"), type="primary")
if save:
    if not (name.strip() and email.strip() and message.strip()):
        st.error(tr("sb.required"))
        st.info(tr("sb.kept"))
    else:
        try:
            draft = data.save_draft(root, path, full_text, name, email, message, branch)
        except RegdesignError as error:
            st.error(tr("common.error", error=error))
            st.info(tr("sb.kept"))
        else:
            st.success(tr("sb.saved", sha=draft.sha[:10], branch=draft.branch))
