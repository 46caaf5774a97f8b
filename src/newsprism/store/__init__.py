"""Storage: the schema, reading and writing articles and facts, search, migrations and exports,
on SQLite or PostgreSQL."""
