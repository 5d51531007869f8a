"""PLOVER and CAMEO exports on hand-made event dicts (written for these tests)."""

from __future__ import annotations

from dipwatch.export import export_document, to_cameo, to_plover
from dipwatch.export.cameo import cameo_code, cameo_table


def _event(type_: str, mode: str | None = None, status: str = "occurred", *,
           actors=None, recipients=None, trigger: str = "met", time_end: str | None = None):
    return {
        "id": "ev_test", "article_id": "ar_test", "type": type_, "mode": mode,
        "contexts": ["diplomatic"], "status": status,
        "actors": actors if actors is not None else [
            {"name": "Vladimir Putin", "country": "RUS", "sector": "GOV", "kind": "person"}],
        "recipients": recipients if recipients is not None else [
            {"name": "Mongolia", "country": "MNG", "sector": None, "kind": "state"}],
        "time": {"start": time_end, "end": time_end} if time_end else None,
        "place": None, "claim": {"by": None},
        "evidence": {"sentence": "Written for tests.", "trigger": {"text": trigger,
                                                                    "start": 0, "end": 3}},
    }


def test_future_meeting_is_agree_with_future_context():
    record = to_plover(_event("CONSULT", status="scheduled"), {"published": "2024-05-07"})
    assert record["event_type"] == "AGREE"
    assert "future" in record["event_context"]
    assert record["quad_code"] == 1
    assert record["dipwatch_type"] == "CONSULT"


def test_denied_event_is_dropped_in_both_exports():
    event = _event("CONSULT", status="denied")
    assert to_plover(event, {}) is None
    assert to_cameo(event) == []


def test_historical_context_for_old_events():
    record = to_plover(_event("ASSAULT", time_end="1999-03-24"), {"published": "2024-05-07"})
    assert "historical" in record["event_context"]


def test_cameo_visit_and_meeting_codes():
    assert to_cameo(_event("CONSULT", "visit"))[0]["cameo_code"] == "042"
    triple = to_cameo(_event("CONSULT"))[0]
    assert (triple["source"], triple["target"], triple["root_code"]) == ("RUSGOV", "MNG", "04")
    assert triple["quad_class"] == 1 and triple["goldstein"] == 1.0


def test_reciprocal_actors_give_both_directions():
    actors = [{"name": "A", "country": "USA", "kind": "state"},
              {"name": "B", "country": "RUS", "kind": "state"}]
    triples = to_cameo(_event("CONSULT", actors=actors, recipients=[]))
    assert {(t["source"], t["target"]) for t in triples} == {("USA", "RUS"), ("RUS", "USA")}


def test_appeal_and_demand_codes_differ():
    asked = to_cameo(_event("REQUEST", trigger="asked"))[0]["root_code"]
    demanded = to_cameo(_event("REQUEST", trigger="demanded"))[0]["root_code"]
    assert (asked, demanded) == ("02", "10")


def test_reverse_crosswalk_prefers_matching_mode():
    assert cameo_code("COERCE", "arrest").code == "173"
    assert cameo_code("ASSAULT", None, ("military",)).code == "190"
    assert cameo_code("RETREAT", "release").code.startswith("08")


def test_table_covers_every_root():
    roots = {code[:2] for code in cameo_table()}
    assert roots >= {f"{i:02d}" for i in range(1, 21)}


def test_export_document_shapes():
    doc = {"id": "ar_test", "published": "2024-05-07",
           "events": [_event("CONSULT"), _event("CONSULT", status="denied")]}
    assert len(export_document(doc, "plover")["events"]) == 1
    assert len(export_document(doc, "cameo")["events"]) == 1


def test_cameo_has_no_triple_for_a_possible_event():
    assert to_cameo(_event("ASSAULT", status="possible")) == []
    assert to_cameo(_event("ASSAULT", status="scheduled"))  # a stated intention is coded


def test_refusals_get_a_named_act_code_only_when_the_trigger_names_it():
    refused = to_cameo(_event("REJECT", "yield", trigger="refused"))[0]["cameo_code"]
    vetoed = to_cameo(_event("REJECT", None, trigger="vetoed"))[0]["cameo_code"]
    defied = to_cameo(_event("REJECT", "yield", trigger="defied"))[0]["cameo_code"]
    assert (refused, vetoed, defied) == ("1243", "129", "128")


def test_a_mode_names_its_general_cameo_act():
    def code(type_, mode, contexts=()):
        event = _event(type_, mode, trigger="x")
        event["contexts"] = list(contexts)
        return to_cameo(event)[0]["cameo_code"]

    assert code("RETREAT", "withdraw") == "0874"  # not "ease military blockade"
    assert code("THREATEN", "violence") == "138"  # not "threaten with repression"
    assert code("ACCUSE", "allege") == "112"  # not "complain officially"
    assert code("SANCTION", "convict") == "116"  # CAMEO files convictions under 11
    assert code("THREATEN", "violence", ("cbrn",)) == "1385"  # a context still decides
