"""regdesign explorer: navigation, the language switch and the repository choice. Pages: regdesign/explorer/."""

import os

import streamlit as st

from regdesign.i18n import LANGUAGE_NAMES, t

st.set_page_config(page_title="regdesign · MedeINN", layout="wide")

PAGES = [
    ("corpus", "nav.corpus", "page_corpus.py"),
    ("documento", "nav.document", "page_document.py"),
    ("referencias", "nav.references", "page_references.py"),
    ("historia", "nav.history", "page_history.py"),
    ("ley-1955", "nav.law", "page_law.py"),
    ("entrevistas", "nav.interviews", "page_interviews.py"),
    ("sandbox", "nav.sandbox", "page_sandbox.py"),
]

with st.sidebar:
    lang = st.radio(
        t("app.language"), list(LANGUAGE_NAMES), format_func=LANGUAGE_NAMES.get, key="lang", horizontal=True
    )
    st.text_input(
        t("app.repo", lang),
        value=os.environ.get("REGDESIGN_REPO") or os.getcwd(),
        key="repo",
        help=t("app.repo_help", lang),
    )

navigation = st.navigation(
    [
        st.Page(f"regdesign/explorer/{file}", title=t(key, lang), url_path=slug, default=slug == "corpus")
        for slug, key, file in PAGES
    ]
)
navigation.run()
