"""The planning domain: plain Python, no Qt and no database (see ARCHITECTURE.md)."""
