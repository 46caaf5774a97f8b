"""Across articles: near-duplicates and story clusters, the outlet comparison and the timeline."""
