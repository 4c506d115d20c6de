"""regdesign: regulatory design sandbox and legal-text tooling of MedeINN (Medellín's Public Innovation Lab).

The library does the work; the CLI (``regdesign``), the Streamlit explorer and the interviews are thin shells.
"""

from regdesign import native as _native

_native.install()  # the plain-Python sources of the compiled modules when their build is stale (see regdesign.native)

__version__ = "0.1.0"
