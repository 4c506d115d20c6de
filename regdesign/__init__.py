"""regdesign: regulatory design sandbox and legal-text tooling of MedeINN (Medellín's Public Innovation Lab).

The library does the work; the CLI (``regdesign``), the Streamlit explorer and the interviews are thin shells.
"""

__version__ = "0.1.0"
