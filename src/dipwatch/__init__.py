"""dipwatch: source-linked records of diplomatic and political events from news text."""

from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dipwatch.model.records import Article, Document, Event
    from dipwatch.pipeline import Pipeline

__all__ = ["Article", "Document", "Event", "Pipeline", "__version__", "extract"]


def extract(text: str, **kwargs: Any) -> Document:
    """Extract events, quotes, times, places and entities from one article's text.

    Args:
        text: the article text.
        **kwargs: `published` (ISO date), `title`, `url`, `id`, `triggers` (a list of
            `{"start", "end"}` character spans whose status the `factuality` list gives) and
            `layers` (which lists to compute, e.g. `["events", "factuality"]`; default all).

    Returns:
        The Document for the article (see DESIGN.md §6); problems are listed in `errors`.

    Example:
        >>> doc = dipwatch.extract("Putin met Xi in Beijing on Monday.", published="2024-05-20")
        >>> [e.type for e in doc.events]
        ['CONSULT']
    """
    from dipwatch.pipeline import default_pipeline

    layers = kwargs.pop("layers", None)
    pipeline = default_pipeline() if layers is None else default_pipeline(tuple(layers))
    return pipeline.extract_text(text, **kwargs)


def __getattr__(name: str) -> Any:
    # Lazy public names: importing dipwatch must not load spaCy.
    if name == "Pipeline":
        from dipwatch.pipeline import Pipeline

        return Pipeline
    if name in {"Article", "Document", "Event"}:
        from dipwatch.model import records

        return getattr(records, name)
    raise AttributeError(name)
