"""REST API and web UI (FastAPI)."""
