"""The entity stage: mentions per article (in the workers), then one entity per real person,
organisation or place across articles (where the database is)."""

from newsprism.entities.aliases import AliasRules, load_alias_rules
from newsprism.entities.linking import link_articles, rebuild_entities
from newsprism.entities.mentions import extract_mentions
from newsprism.entities.profiles import entity_profile, find_entity

__all__ = [
    "AliasRules",
    "entity_profile",
    "extract_mentions",
    "find_entity",
    "link_articles",
    "load_alias_rules",
    "rebuild_entities",
]
