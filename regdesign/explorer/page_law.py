"""Ley 1955 page: all its articles with their validity and the provisions of the corpus that cite each one."""

import pandas as pd
import streamlit as st

from regdesign.corpus import law_article_rows
from regdesign.explorer import data
from regdesign.explorer.data import tr

root, files = data.current_corpus()
st.title(tr("law.title"))
norm = data.pipeline(root)[2].get("ley/1955/2019")
if norm is None:
    st.error(tr("law.missing"))
    st.stop()
rows = law_article_rows(norm, data.check_corpus(root, files).documents)
statuses = sorted({row["status"] for row in rows if row["status"]})
columns = st.columns([2, 2, 1])
chosen = columns[0].multiselect(tr("law.status_filter"), statuses, default=statuses, key="law_status")
search = columns[1].text_input(tr("law.search"), value=st.query_params.get("articulo", ""), key="law_search")
only_cited = columns[2].toggle(tr("law.only_cited"), value=False, key="law_only_cited")
query = search.strip().lower()
shown = [
    row
    for row in rows
    if (row["status"] in chosen or not row["status"])
    and (not query or query == row["number"].lower() or query in row["title"].lower())
    and (row["citations"] or not only_cited)
]
st.markdown(tr("law.count", shown=len(shown), total=len(rows)))
frame = pd.DataFrame(shown, columns=["number", "title", "place", "status", "status_note", "citations", "cited_by"])
frame = frame.rename(
    columns={
        "number": tr("col.number"),
        "title": tr("col.title"),
        "place": tr("col.place"),
        "status": tr("col.validity"),
        "status_note": tr("col.note"),
        "citations": tr("col.citations"),
        "cited_by": tr("col.cited_by"),
    }
)
st.dataframe(frame, hide_index=True, width="stretch", key="law_table")
