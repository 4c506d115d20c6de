"""Entrevistas page: the bidder picks a terms of reference, answers its generated docassemble interview screen by
screen (docassemble.base's own engine, in a worker process) and downloads the assembled documents."""

import html
import tempfile
from pathlib import Path
from typing import Any

import streamlit as st

from regdesign.errors import RegdesignError
from regdesign.explorer import data
from regdesign.explorer.data import tr

OUT = Path(tempfile.gettempdir()) / "regdesign-explorer-interviews"

root, files = data.current_corpus()
st.title(tr("int.title"))
blobs = dict(files)
tors = [path for path, _ in files if path.split("/", 1)[0] in ("terms_of_reference", "terminos_de_referencia")]
if not tors:
    st.info(tr("int.no_tor"))
    st.stop()


def close_session() -> None:
    session = st.session_state.pop("int_session", None)
    if session is not None:
        session.close()
    for key in ("int_screen", "int_docs", "int_started_for"):
        st.session_state.pop(key, None)


tor = st.selectbox(tr("int.tor"), tors, key="int_tor")
if st.session_state.get("int_started_for") not in (None, tor):
    close_session()

if st.button(tr("int.restart") if "int_session" in st.session_state else tr("int.start"), key="int_start"):
    close_session()
    from regdesign.interviews.worker import InterviewSession

    try:
        OUT.mkdir(parents=True, exist_ok=True)
        yaml_path = data.bidder_interview(root, tor, blobs[tor], str(OUT))
        session = InterviewSession()
        st.session_state["int_session"] = session
        st.session_state["int_screen"] = session.start(yaml_path)
        st.session_state["int_started_for"] = tor
    except RegdesignError as error:
        close_session()
        st.error(tr("common.error", error=error))

screen = st.session_state.get("int_screen")
if screen is None:
    st.stop()

session = st.session_state["int_session"]
st.markdown(tr("int.step", n=screen["step"] + 1))
st.html(
    f"<h3>{html.escape(screen['text'])}</h3>"
    + (f"<p>{html.escape(screen['subtext'])}</p>" if screen.get("subtext") else "")
)
if screen.get("error"):
    st.error(screen["error"])

if screen["is_end"]:
    st.success(tr("int.done"))
    if "int_docs" not in st.session_state:
        with st.spinner(tr("int.generating")):
            target = Path(tempfile.mkdtemp(prefix="docs-", dir=OUT))
            try:
                paths = session.documents(target, pdf=True)
            except RegdesignError as error:
                st.error(tr("common.error", error=error))
                st.stop()
            st.session_state["int_docs"] = [(p.name, p.read_bytes()) for p in paths]
    for number, (name, payload) in enumerate(st.session_state["int_docs"]):
        mime = "application/pdf" if name.endswith(".pdf") else "application/octet-stream"
        st.download_button(
            tr("int.download", name=name), payload, name, mime, key=f"int_download_{number}", on_click="ignore"
        )
    st.stop()

step_key = f"{screen['step']}_{screen['id']}"
with st.form(key=f"int_form_{step_key}"):
    values: dict[str, Any] = {}
    for position, field in enumerate(screen["fields"]):
        key = f"int_field_{step_key}_{position}"
        kind, label = field["datatype"], field["label"] or screen["text"]
        if kind == "continue":
            values[field["variable"]] = True
        elif kind in ("boolean", "yesno", "noyes", "yesnoradio", "noyesradio", "yesnowide", "noyeswide"):
            values[field["variable"]] = st.radio(
                label,
                [True, False],
                index=None,
                key=key,
                horizontal=True,
                format_func=lambda v: tr("int.yes") if v else tr("int.no"),
            )
        elif kind == "checkbox":
            values[field["variable"]] = st.checkbox(label, key=key)
        elif kind == "radio" or field["choices"]:
            options = [choice[0] for choice in field["choices"]]
            names = dict((choice[0], choice[1]) for choice in field["choices"])
            values[field["variable"]] = st.radio(label, options, index=None, key=key, format_func=names.get)
        elif kind == "date":
            values[field["variable"]] = st.date_input(label, value=None, key=key)
        elif kind == "area":
            values[field["variable"]] = st.text_area(
                label, value=str(field["default"] or ""), key=key, help=field["hint"] or None
            )
        else:
            values[field["variable"]] = st.text_input(
                label, value=str(field["default"] or ""), key=key, help=field["hint"] or None
            )
    submitted = st.form_submit_button(tr("int.next"), type="primary")
if submitted:
    answers = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in values.items() if v is not None}
    try:
        st.session_state["int_screen"] = session.answer(answers)
    except RegdesignError as error:
        st.error(tr("common.error", error=error))
    else:
        st.rerun()
