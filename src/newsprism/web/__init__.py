"""The web front end: pages and a JSON API over the library (FastAPI under uvicorn)."""
