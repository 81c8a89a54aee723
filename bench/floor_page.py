"""The browser floor: a bare Streamlit page with one Plotly chart and one table.

Whatever a page does, a fresh browser session pays for Streamlit's frontend, the websocket
handshake, one script run, Plotly's first drawing and the data grid's first paint. The
benchmark times this page the way it times the dashboard's, and reads every page as a
multiple of it. No data is read: it is the same page at every workbook size.
"""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

# A chart and a table of the size a dashboard page shows at a glance.
ROWS = 50

st.set_page_config(page_title="Bare page", layout="wide")
st.title("Bare page")
table = pd.DataFrame({"name": [f"Item {i:02d}" for i in range(ROWS)], "value": range(ROWS)})
st.plotly_chart(go.Figure(go.Bar(x=table["name"], y=table["value"])), key="chart")
st.dataframe(table, hide_index=True, key="table")
