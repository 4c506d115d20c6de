"""Referencias page: the citation graph (drawn offline by st.graphviz_chart) and the impact search."""

import pandas as pd
import streamlit as st

from regdesign.errors import RegdesignError
from regdesign.explorer import data
from regdesign.explorer.data import tr

root, files = data.current_corpus()
st.title(tr("refs.title"))

st.subheader(tr("refs.impact"))
target = st.text_input(
    tr("refs.impact"),
    value="Ley 1955 de 2019, art. 147",
    key="impact_target",
    help=tr("refs.impact_help"),
    label_visibility="collapsed",
)
if target.strip():
    try:
        reached = data.impact(root, files, target.strip())
    except RegdesignError as error:
        st.error(tr("common.error", error=error))
    else:
        if reached:
            st.success(tr("refs.impact_found", n=len(reached), target=target.strip()))
            frame = pd.DataFrame(
                [
                    {
                        tr("col.path"): r["path"],
                        tr("doc.where"): r["provision"] or "—",
                        "L": r["line"],
                        tr("col.text"): r["text"],
                        tr("refs.depth"): r["depth"],
                        tr("refs.chain"): " → ".join(r["chain"]),
                    }
                    for r in reached
                ]
            )
            st.dataframe(frame, hide_index=True, width="stretch", key="impact_table")
        else:
            st.info(tr("refs.impact_none", target=target.strip()))

st.subheader(tr("refs.graph"))
paths = [path for path, _ in files]
chosen = st.multiselect(tr("refs.documents"), paths, default=paths, key="graph_documents")
include_contains = st.toggle(tr("refs.include_contains"), value=False, key="graph_contains")
if chosen:
    subset = tuple((path, blob) for path, blob in files if path in chosen)
    st.graphviz_chart(data.graph_dot(root, subset, include_contains), width="stretch")
else:
    st.markdown(tr("common.none"))
