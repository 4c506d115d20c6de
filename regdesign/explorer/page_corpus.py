"""Corpus page: every bill and ToR with its status, last change, findings, restrictions and readability."""

from collections.abc import Mapping
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st

from regdesign.corpus import COLUMNS, rows_to_csv, rows_to_json, rows_to_xlsx, totals_over_time
from regdesign.explorer import data
from regdesign.explorer.data import tr

root, files = data.current_corpus()
head = data.head_sha(root)
st.title(tr("corpus.title"))
table = data.corpus_table(root, files, head)
rows = table["rows"]

left, middle, right = st.columns(3)
left.metric(tr("corpus.documents_label"), len(rows))
middle.metric(tr("corpus.findings"), sum(r["errors"] + r["warnings"] + r["infos"] for r in rows))
right.metric(tr("corpus.restrictions"), sum(r["restrictions"] for r in rows))
if table["skipped"]:
    st.warning(tr("corpus.skipped", files=", ".join(f"{p} ({why})" for p, why in table["skipped"])))

labels = {column: tr(f"col.{column}") for column in COLUMNS if column not in ("last_commit",)}
labels["last_commit"] = tr("col.commit")
frame = pd.DataFrame(rows, columns=list(COLUMNS)).rename(columns=labels)
st.dataframe(frame, hide_index=True, width="stretch", key="corpus_table")

downloads = st.columns(3)
downloads[0].download_button(
    tr("corpus.download_csv"), rows_to_csv(rows), "corpus.csv", "text/csv", key="download_csv", on_click="ignore"
)
downloads[1].download_button(
    tr("corpus.download_json"),
    rows_to_json(rows),
    "corpus.json",
    "application/json",
    key="download_json",
    on_click="ignore",
)
downloads[2].download_button(
    tr("corpus.download_xlsx"),
    rows_to_xlsx(rows),
    "corpus.xlsx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    key="download_xlsx",
    on_click="ignore",
)

st.subheader(tr("corpus.by_category"))
if table["by_category"]:
    categories = pd.DataFrame(table["by_category"])
    bars = (
        alt.Chart(categories, description=tr("corpus.by_category"))
        .mark_bar(aria=False)
        .encode(
            x=alt.X("category:N", title=tr("col.category")),
            y=alt.Y("sum(count):Q", title=tr("col.count")),
            color=alt.Color("severity:N", title=tr("doc.severity")),
            tooltip=["category", "severity", "count"],
        )
    )
    st.altair_chart(bars, width="stretch")
else:
    st.markdown(tr("common.none"))

st.subheader(tr("corpus.over_time"))
if head:
    history = data.restriction_history(root, head, tuple(path for path, _ in files))
    if history:
        if len(files) <= 20:
            series = pd.DataFrame(history)
            # a channel, or a constant: alt.value() gives a mapping ({"value": ...}), which encode() also takes
            color: alt.Color | Mapping[str, Any] = alt.Color("path:N", title=tr("col.path"))
        else:
            series = pd.DataFrame(totals_over_time(history))
            color = alt.value("#1f5f99")
        series["date"] = pd.to_datetime(series["date"], utc=True)
        # The marks are hidden from assistive technology (aria=False): the same numbers are in the table below.
        lines = (
            alt.Chart(series, description=tr("corpus.over_time"))
            .mark_line(aria=False, interpolate="step-after")
            .encode(
                x=alt.X("date:T", title=tr("col.date")),
                y=alt.Y("restrictions:Q", title=tr("col.restrictions")),
                color=color,
            )
        )
        st.altair_chart(lines, width="stretch")
        with st.expander(tr("col.commit")):
            st.dataframe(pd.DataFrame(history), hide_index=True, width="stretch")
else:
    st.markdown(tr("common.none"))
