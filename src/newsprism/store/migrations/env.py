"""Alembic environment: the target is newsprism's own table metadata.

Run through ``newsprism.store.migrations.upgrade`` (which hands over an open connection), or offline
with a URL to print the SQL.
"""

from alembic import context

from newsprism.store.migrations import include_name
from newsprism.store.schema import metadata

config = context.config
connection = config.attributes.get("connection")

if connection is None:  # offline: emit SQL for the URL given in the config
    context.configure(
        url=config.get_main_option("sqlalchemy.url"), target_metadata=metadata, literal_binds=True
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()
