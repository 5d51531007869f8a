"""The index-paged listings (one actor, one dyad) return exactly what the general query
returns, page by page, in both orders."""

from __future__ import annotations

import random

import pytest

from dipwatch.store import EventFilter, paging

NAMES = ["Ann Lee", "Anna Leeds", "Bo Chan", "Cy Diaz", "Dee Eng", "Lee Ann"]  # for tests


def actor(name: str) -> dict:
    return {"name": name, "country": "XXA" if "Lee" in name else "XXB", "sector": "GOV",
            "role": None, "kind": "person", "text": None, "span": None}


def _docs(n: int) -> list[dict]:
    rng = random.Random(3)
    docs = []
    for i in range(n):
        aid = f"ar_page{i:03d}"
        events = []
        for j in range(3):
            people = rng.sample(NAMES, 3)
            date = f"2024-0{1 + rng.randrange(3)}-1{rng.randrange(3)}"  # many equal dates
            events.append({
                "id": f"ev_page{i:03d}{j}", "article_id": aid, "type": "CONSULT",
                "mode": None, "status": rng.choice(["occurred", "denied"]),
                "actors": [actor(people[0]), actor(people[1])] if j == 2 else
                [actor(people[0])],
                "recipients": [actor(people[2])],
                "claim": {"by": actor(people[1]) if j == 1 else None},
                "time": {"start": date, "end": date} if rng.random() > 0.1 else None,
                "evidence": {"sentence": f"sentence {i} {j}"}, "generic": False,
            })
        docs.append({"id": aid, "text": "t", "published": "2024-02-15", "title": None,
                     "events": events})
    return docs


def _all(store, flt, size, descending):
    ids, cursor = [], None
    while True:
        page = store.events(flt, limit=size, cursor=cursor, descending=descending)
        ids += [e["id"] for e in page.items]
        assert len(page.items) <= size
        if page.next is None:
            return ids
        cursor = page.next


@pytest.mark.parametrize("flt", [
    EventFilter(actor="Lee"), EventFilter(actor="Ann Lee"), EventFilter(actor="bo chan"),
    EventFilter(actor="XXA"), EventFilter(actor="nobody"),
    EventFilter(dyad=("Lee", "Bo")), EventFilter(dyad=("Bo Chan", "Cy Diaz")),
    EventFilter(dyad=("XXA", "XXB")), EventFilter(dyad=("Ann Lee", "Ann Lee")),
])
@pytest.mark.parametrize("descending", [False, True])
def test_paged_equals_general(store, monkeypatch, flt, descending):
    for doc in _docs(40):
        store.write_document(doc)
    paged = {size: _all(store, flt, size, descending) for size in (1, 7, 500)}
    monkeypatch.setattr(paging, "MAX_KEYS", 0)  # forces the general query
    general = _all(store, flt, 500, descending)
    assert paged[1] == paged[7] == paged[500] == general
    assert len(general) == len(set(general))
    # "nobody" matches no actor; a dyad of one person with themself has no pair
    empty = flt.actor == "nobody" or flt.dyad == ("Ann Lee", "Ann Lee")
    assert bool(general) != empty
