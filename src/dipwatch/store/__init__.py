"""The record store: SQLite by default, PostgreSQL through the same interface."""

from dipwatch.store.core import Store
from dipwatch.store.db import Database, StoreError
from dipwatch.store.queries import EventFilter, Page, QueryError

__all__ = ["Database", "EventFilter", "Page", "QueryError", "Store", "StoreError"]
