"""The spaCy stage: the configured pipeline, loaded once per process, with our components
(``model``), the one loader of the data files (``lexicon``) and the named patterns (``patterns``)."""
