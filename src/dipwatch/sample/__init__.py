"""Bundled demo articles, written for dipwatch (see README.md in this folder)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from dipwatch.model.records import Article
from dipwatch.stages.ingest.sources import article_from_bytes


def sample_dir() -> Path:
    return Path(str(resources.files("dipwatch.sample")))


def sample_articles() -> list[Article]:
    """The demo articles in manifest order, with their publication dates."""
    folder = sample_dir()
    articles = []
    for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        path = folder / entry["file"]
        article = article_from_bytes(path.read_bytes(), source=f"sample/{entry['file']}",
                                     published=entry.get("published"))
        articles.append(article)
    return articles
