"""Streamlit page modules of the explorer (``app.py`` routes to them): widgets and calls into the library only."""
