"""The RESET coalitions domain: pure Python and pandas, no Streamlit.

Schema and validation of the workbook, maturity stages, progress, the actor network, the
agenda, the Reset Day report and the translation catalogue all live here, so that every
rule can be tested without a browser or a server.
"""
