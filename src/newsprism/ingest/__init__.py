"""Reading inputs (txt, HTML, JSON/JSONL, directories, stdin) and cleaning them into articles."""

from newsprism.ingest.clean import clean_article
from newsprism.ingest.readers import iter_raw

__all__ = ["clean_article", "iter_raw"]
