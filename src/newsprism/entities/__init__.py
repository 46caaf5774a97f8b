"""The entity stage: mentions per article (in the workers), then one entity per real person,
organisation or place across articles (where the database is)."""

from newsprism.entities.linking import (
    AliasRules,
    entity_profile,
    link_articles,
    load_alias_rules,
    rebuild_entities,
)
from newsprism.entities.mentions import extract_mentions

__all__ = [
    "AliasRules",
    "entity_profile",
    "extract_mentions",
    "link_articles",
    "load_alias_rules",
    "rebuild_entities",
]
