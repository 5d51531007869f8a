"""HTML pages to articles with trafilatura: body text without boilerplate, plus metadata."""

from __future__ import annotations

import re

import trafilatura

from dipwatch.errors import Code, IngestError

_MIN_WORDS = 8  # fewer words than this is a menu or a stub, not an article
_HTML_HINT = re.compile(r"<\s*(html|head|body|article|p|div|!doctype)\b", re.I)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_HINT.search(text[:4096]))


def extract_html(html: str, *, source: str, url: str | None = None) -> dict[str, str | None]:
    """Body text, title, author and the publication date found in the page's markup.

    The date is taken only from metadata/markup (htmldate's non-extensive search), so a date
    quoted in the body is never mistaken for the publication date (NOTES.md).

    Raises:
        IngestError: E106 when the page has no article text.
    """
    result = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if len(text.split()) < _MIN_WORDS:
        raise IngestError(Code.E106, "the page has no main text (navigation, forms or "
                          "scripts only); give the article's own page", source=source)
    return {
        "text": text,
        "title": getattr(result, "title", None) or None,
        "author": getattr(result, "author", None) or None,
        "published": getattr(result, "date", None) or None,
        "url": getattr(result, "url", None) or url,
    }
