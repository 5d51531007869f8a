"""Every custom `Doc._` attribute dipwatch writes, declared in one place."""

from __future__ import annotations

from spacy.tokens import Doc

# name -> default. Defaults are None (not mutable objects shared across docs); components
# always assign a fresh value.
DOC_EXTENSIONS: dict[str, object] = {
    # list[tuple[int, int]]: char spans of heading lines.
    "dw_headings": None,
    # dict[tuple[int, int], str]: char span of a PERSON mention -> canonical full name.
    "dw_names": None,
}


def register_extensions() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
