"""Historia page: the versions of a document, the article-level comparison of two revisions, the regulatory delta."""

import pandas as pd
import streamlit as st

from regdesign.compare import comparison_to_html
from regdesign.delta import delta_to_markdown
from regdesign.errors import RegdesignError
from regdesign.explorer import data
from regdesign.explorer.data import tr

COMPARISON_STYLE = """<style>
table.rd-cmp { border-collapse: collapse; width: 100%; table-layout: fixed; color: #1b1b1b; }
table.rd-cmp th, table.rd-cmp td { border: 1px solid #8a8f94; padding: .5rem; vertical-align: top; text-align: left; }
table.rd-cmp td.text { white-space: pre-wrap; }
table.rd-cmp th { background: #eef2f5; }
table.rd-cmp del { background: #fde2e2; color: #8a1f11; }
table.rd-cmp ins { background: #dcf5dc; color: #1d5e20; text-decoration: underline; }
</style>"""

root, files = data.current_corpus()
st.title(tr("hist.title"))
head = data.head_sha(root)
if head is None:
    st.info(tr("common.none"))
    st.stop()
paths = [path for path, _ in files]
path = st.selectbox(tr("common.document"), paths, key="hist_path")
try:
    versions = data.versions(root, path, head)
except RegdesignError as error:
    st.warning(tr("common.error", error=error))
    st.stop()

st.subheader(tr("hist.versions"))
st.dataframe(
    pd.DataFrame(
        [
            {
                tr("col.commit"): v.short_sha,
                tr("col.date"): v.date[:16].replace("T", " "),
                tr("col.author"): v.author_name,
                tr("col.summary"): v.summary,
                tr("col.path"): v.path,
            }
            for v in versions
        ]
    ),
    hide_index=True,
    width="stretch",
    key="hist_versions",
)

choices = list(range(len(versions)))


def label(index: int) -> str:
    version = versions[index]
    return f"{version.short_sha} · {version.date[:10]} · {version.summary[:60]}"


columns = st.columns(2)
old_index = columns[0].selectbox(
    tr("hist.old"), choices, index=min(1, len(choices) - 1), format_func=label, key="hist_old"
)
new_index = columns[1].selectbox(tr("hist.new"), choices, index=0, format_func=label, key="hist_new")
if st.button(tr("hist.compare"), key="hist_compare", type="primary"):
    st.session_state["hist_pair"] = (path, old_index, new_index)

pair = st.session_state.get("hist_pair")
if pair and pair[0] == path:
    _, old_index, new_index = pair
    old, new = versions[old_index], versions[new_index]
    if old.sha == new.sha:
        st.info(tr("hist.same"))
    else:
        if versions.index(old) < versions.index(new):  # keep the older revision on the left
            old, new = new, old
        try:
            comparison = data.comparison(root, (old.sha, old.path), (new.sha, new.path))
            deltas = data.regulatory_delta(root, old.sha, new.sha, (old.path, new.path))
        except RegdesignError as error:
            st.error(tr("common.error", error=error))
        else:
            st.subheader(tr("hist.comparison"))
            st.markdown(tr("hist.summary", **comparison.summary()))
            page = comparison_to_html(comparison, title=f"{old.path} {old.short_sha} → {new.short_sha}")
            body = page.split("<body>", 1)[-1].rsplit("</body>", 1)[0]
            body = body.replace("<h1>", "<h3>").replace("</h1>", "</h3>").replace("<table>", '<table class="rd-cmp">')
            st.html(COMPARISON_STYLE + body)
            st.subheader(tr("hist.delta"))
            st.markdown(delta_to_markdown(deltas, old.short_sha, new.short_sha))

with st.expander(tr("hist.blame")):
    try:
        st.dataframe(pd.DataFrame(data.blame(root, path, head)), hide_index=True, width="stretch")
    except RegdesignError as error:
        st.warning(tr("common.error", error=error))
