"""Hints to a database's query planner that other engines do without.

:func:`unindexed` is SQLite's unary ``+``: a column so marked cannot be read
from an index, which steers SQLite's planner away from one; other engines get
the plain column (PostgreSQL has no unary ``+`` for text).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class unindexed(FunctionElement[Any]):  # noqa: N801 -- used like a SQL function
    """A column no index may serve (``+column`` on SQLite, the column elsewhere)."""

    inherit_cache = True
    name = "unindexed"

    def __init__(self, column: ColumnElement[Any] | QueryableAttribute[Any]) -> None:
        super().__init__(column)
        self.type = column.type


@compiles(unindexed, "sqlite")
def _on_sqlite(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return "+" + compiler.process(element.clauses, **kw)


@compiles(unindexed)
def _elsewhere(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)
