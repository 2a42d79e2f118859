"""Scoring helpers of the event gold-set evaluations, on tiny made-up records; and one run of
both evaluations on ``../shared/eval`` when it is there."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from flashpoint.codebook import load_codebook
from flashpoint.evaluation import events_petr2, events_plover, shared_eval_dir
from flashpoint.evaluation.events import Prediction, evaluate_petr2_gsr, evaluate_plover
from flashpoint.evaluation.events_common import macro_f1, plover_of, prf
from flashpoint.evaluation.events_petr2 import (
    Petr2Score,
    at_level,
    country_key,
    parse_petr2,
    root_predictions,
)
from flashpoint.evaluation.events_plover import (
    Picked,
    PloverGold,
    actor_keys,
    parse_gold,
    pick,
    plover_split,
    roles_ok,
    score_record,
    sector_hits,
)
from flashpoint.records import Actor, Event, Span, Versions
from flashpoint.settings import load_settings

F = frozenset


def gold(source: set[str], target: set[str], *, reciprocal: bool = False,
         sectors: tuple[set[str], set[str]] = (set(), set()), event: str = "REQUEST",
         item: str = "X-0001") -> PloverGold:
    return PloverGold(item, plover_split(item), "made up", event, F(source), F(target),
                      F(sectors[0]), F(sectors[1]), reciprocal)


def picked(source: set[str], target: set[str], *, label: str = "REQUEST",
           sectors: tuple[set[str], set[str]] = (set(), set())) -> Picked:
    return Picked(label, "100", "demanded", 0.5, F(source), F(target), F(sectors[0]),
                  F(sectors[1]))


def actor(code: str, country: str | None, sector: str | None = None) -> Actor:
    return Actor(code, code, country, sector, "state", code)


def event(cameo: str, confidence: float, source: Actor | None, target: Actor | None,
          *, start: int = 0, trigger: str = "verb") -> Event:
    return Event("e", "a", None, None, "publication", None, source, target, cameo, cameo[:2],
                 "label", 1, 0.0, None, "asserted", None, "s", 0, Span(start, start + 5),
                 trigger, confidence, "rule", Versions("t", "t"))


# --- PLOVER GSR ---------------------------------------------------------------------------------

def test_split_follows_the_final_number() -> None:
    assert plover_split("PLOVER-GSR01-AGREE-0001") == "dev"
    assert plover_split("PLOVER-GSR01-AGREE-0010") == "test"


def test_parse_gold_maps_old_labels_codes_and_sectors() -> None:
    record: dict[str, Any] = {
        "id": "T-0003", "text": "made up", "event": "DEMAND",
        "source": [{"actorText": "a", "code": "JAP", "sector": "JRNxyz"},
                   {"actorText": "b", "code": "NGO", "sector": "***"}],
        "target": "", "textInfo": {"markup": "(SRC/TAR: a) and (SRC/TAR: b) (EVT: met)"}}
    parsed = parse_gold(record)
    assert parsed.event == "REQUEST" and parsed.split == "dev"
    assert parsed.source == F({"JPN", "IGO"}) and parsed.target == F()
    assert parsed.source_sectors == F({"MED"}) and parsed.reciprocal
    assert parse_gold({**record, "event": "FIGHT", "textInfo": "no markup"}).event == "ASSAULT"


def test_subset_match_and_empty_roles() -> None:
    assert roles_ok(gold({"USA"}, {"IRQ"}), picked({"USA", "GBR"}, {"IRQ"})) == (True, True)
    assert roles_ok(gold({"USA"}, set()), picked({"USA"}, {"IRQ"})) == (True, False)
    assert roles_ok(gold({"USA"}, {"IRQ"}), picked({"IRQ"}, {"USA"})) == (False, False)
    assert roles_ok(gold({"USA"}, {"IRQ"}), None) == (False, False)


def test_reciprocal_roles_may_swap() -> None:
    pair = gold({"HUN", "ROU"}, set(), reciprocal=True)
    assert roles_ok(pair, picked({"HUN"}, {"ROU"})) == (True, True)
    assert roles_ok(pair, picked({"HUN", "ROU"}, set())) == (True, False)
    assert roles_ok(pair, picked({"HUN"}, {"USA"})) == (False, False)
    swapped = gold({"USA"}, {"IRQ"}, reciprocal=True)
    assert roles_ok(swapped, picked({"IRQ"}, {"USA"})) == (True, True)


def test_sector_hits_one_per_gold_role_with_sectors() -> None:
    record = gold({"USA"}, {"IRQ"}, sectors=({"GOV"}, set()))
    assert sector_hits(record, picked({"USA"}, {"IRQ"}, sectors=({"GOV"}, set()))) == (True,)
    assert sector_hits(record, picked({"USA"}, {"IRQ"}, sectors=({"MIL"}, set()))) == (False,)
    assert sector_hits(record, None) == (False,)
    assert sector_hits(gold({"USA"}, set()), None) == ()


def test_tuple_needs_type_and_both_roles() -> None:
    right = score_record(gold({"USA"}, {"IRQ"}), picked({"USA"}, {"IRQ"}))
    wrong_type = score_record(gold({"USA"}, {"IRQ"}), picked({"USA"}, {"IRQ"}, label="AGREE"))
    assert right.tuple_ok and not wrong_type.tuple_ok and wrong_type.source_ok
    assert score_record(gold({"USA"}, {"IRQ"}), None).label == "NONE"


def test_pick_prefers_plover_typed_then_confidence_and_merges_compound_actors() -> None:
    book = load_codebook()
    hun, rou = actor("HUNGOV", "HUN", "GOV"), actor("IGOUNO", None)
    events = [event("010", 0.9, hun, None, trigger="said"),
              event("031", 0.6, hun, rou), event("031", 0.6, rou, hun),
              event("112", 0.5, hun, rou, start=20)]
    chosen = pick(events, book)
    assert chosen is not None and chosen.label == "AGREE" and chosen.cameo == "031"
    assert chosen.source == F({"HUN", "IGO"}) == chosen.target
    assert chosen.source_sectors == F({"GOV"})
    assert pick([], book) is None
    only_statement = pick([event("010", 0.9, hun, None)], book)
    assert only_statement is not None and only_statement.label == "NONE"
    insurgents = pick([event("190", 0.5, actor("IRQINS", "IRQ", "INS"), hun)], book)
    assert insurgents is not None and insurgents.source_sectors == F({"REB"})  # the GSR's word


def test_a_state_that_no_longer_exists_is_scored_as_its_continuator() -> None:
    """The gold codes the Soviet Union's acts as Russia's ("Moscow ... Soviet NKVD security
    forces" is RUS): CAMEO's USR and YUG are read as RUS and SRB, other codes as they are."""
    assert actor_keys(actor("USRGOV", "USR", "GOV")) == {"RUS"}
    assert actor_keys(actor("YUG", "YUG")) == {"SRB"}
    assert actor_keys(actor("CSK", "CSK")) == {"CSK"}
    assert actor_keys(actor("NGOAMN", None)) == {"IGO"}


def test_plover_of_falls_back_to_shorter_codes() -> None:
    book = load_codebook()
    assert plover_of("1951", book) == "ASSAULT"
    assert plover_of("0874", book) == "RETREAT"
    assert plover_of("010", book) is None


def test_plover_metrics_on_made_up_scores() -> None:
    scores = [score_record(gold({"USA"}, {"IRQ"}, sectors=({"GOV"}, set())),
                           picked({"USA"}, {"IRQ"}, sectors=({"GOV"}, set()))),
              score_record(gold({"FRA"}, set(), event="AGREE", item="X-0003"), None)]
    got = {m.name: m for m in events_plover.split_metrics("dev", scores)}
    assert got["event_type_accuracy"].value == 0.5 and got["tuple_accuracy"].value == 0.5
    assert got["event_type_macro_f1"].value == pytest.approx(0.5)
    assert got["sector_accuracy"].value == 1.0 and got["sector_accuracy"].n == 1
    assert got["n"].value == 2 and got["coded_rate"].value == 0.5


def test_macro_f1_and_prf() -> None:
    assert macro_f1(["A", "A", "B"], ["A", "A", "B"]) == 1.0
    assert macro_f1(["A", "B"], ["A", "NONE"]) == pytest.approx(0.5)
    assert prf(1, 1, 0) == pytest.approx((0.5, 1.0, 2 / 3))
    assert prf(0, 0, 0) == (0.0, 0.0, 0.0)


# --- PETR-2 GSR ---------------------------------------------------------------------------------

MADE_UP_XML = """<Validation>
# header that mentions <EventCoding...> outside any element
<Sentences>
<Sentence category="X" date="20150101" id="one" evaluate="true"/>
<EventCoding eventcode="112" sourcecode="USAGOV" targetcode="IGOUNOMIL" />
<Text>
Made up
sentence.
</Text>
<Parse>
</Parse></Sentence>
<!--- a comment <Parse> -->
<Sentence category="X" date="20150102" id="two" evaluate="true">
<EventCoding noevents="True" />
<Text>Nothing happens.</Text>
</Sentence>
</Sentences>
</Validation>"""


def test_parse_petr2_repairs_the_xml_and_splits_by_position() -> None:
    one, two = parse_petr2(MADE_UP_XML)
    assert (one.id, one.split, one.text, one.published) == ("one", "dev", "Made up sentence.",
                                                             "2015-01-01")
    assert one.triples == F({("USAGOV", "IGOUNOMIL", "112")})
    assert (two.split, two.triples) == ("test", F())


def test_country_keys_keep_organisations_apart() -> None:
    assert [country_key(c) for c in ("USAGOV", "---REB", "IGOUNOMIL", "IGOEUREEC", "")] == \
        ["USA", "---", "IGOUNO", "IGOEUR", ""]
    assert at_level([("USAGOV", "IGOUNOMIL", "1121")], "root") == {("USA", "IGOUNO", "11")}


def test_petr2_counts_predictions_and_no_event_false_positives() -> None:
    one, two = parse_petr2(MADE_UP_XML)
    hit = Petr2Score(one, {("USAGOV", "IGOUNO", "111"): 0.7, ("USA", "", "010"): 0.4})
    spurious = Petr2Score(two, {("FRA", "DEU", "111"): 0.6})
    assert hit.counts("root") == (1, 1, 0) and hit.counts("full") == (0, 2, 1)
    assert spurious.counts("root") == (0, 1, 0)
    assert [(p.item, p.correct) for p in root_predictions(hit)] == [("one", False),
                                                                    ("one", True)]
    got = {m.name: m for m in events_petr2.split_metrics("dev", [hit, spurious])}
    assert got["root_triple_precision"].value == pytest.approx(1 / 3)
    assert got["root_triple_recall"].value == 1.0 and got["full_triple_f1"].value == 0.0


# --- the shared data ----------------------------------------------------------------------------

def _split_sizes(eval_dir: Path) -> tuple[dict[str, int], dict[str, int]]:
    lines = (eval_dir / "events/plover-gsr/plover_gsr_cameo.jsonl").read_text().splitlines()
    ids = [json.loads(line)["id"] for line in lines if line.strip()]
    odd = sum(int(re.findall(r"\d+", i)[-1]) % 2 for i in ids)
    xml = (eval_dir / "universalpetrarch/PETR2_GSR_validation.xml").read_text()
    sentences = len(re.findall(r"<Sentence\s", xml))
    return ({"dev": odd, "test": len(ids) - odd},
            {"dev": (sentences + 1) // 2, "test": sentences // 2})


@pytest.mark.model
def test_both_evaluations_on_the_shared_data() -> None:
    eval_dir = shared_eval_dir()
    if not all((eval_dir / part).is_dir() for part in ("events/plover-gsr", "universalpetrarch")):
        pytest.skip("../shared is absent")
    settings = load_settings()
    sizes = dict(zip(("plover-gsr", "petr2-gsr"), _split_sizes(eval_dir), strict=True))
    for run in (evaluate_plover, evaluate_petr2_gsr):
        metrics, predictions = run(eval_dir, settings)
        assert metrics and all(isinstance(p, Prediction) for p in predictions)
        for m in metrics:
            if m.name == "n":
                assert m.n == m.value == sizes[m.set][m.split]
            else:
                assert 0.0 <= m.value <= 1.0, m
        assert {p.split for p in predictions} <= {"dev", "test"}
        assert all(0.0 <= p.confidence <= 1.0 for p in predictions)
