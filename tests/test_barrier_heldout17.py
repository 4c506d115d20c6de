"""Well-formedness of the SEVENTEENTH held-out labelled set of barrier clauses (tests/data/barriers/heldout17_clauses.yml).

The set (120 clauses: 55 barriers across all 18 barrier categories, each used at least three times, ANTITRAMITES,
CONTRATACION and TRANSFORMACION-DIGITAL at least four times; 65 non-barriers: 34 ordinary clauses of the same documents
and 31 hard near misses), on trades and small businesses not used before (outdoor advertising and billboards,
video-game rooms and internet cafés, opticians, craft breweries, electricians and plumbers, bicycle workshops and bike
couriers, sound and stage rental for events, tailors and shoe repair, procurement of school uniforms, calls for
cultural projects of ethnic communities), was written BLIND on 2026-11-30, from ../shared/domain/barrier_criteria.md
and the real texts of the shared corpus only: its author did not open the rule packs, regdesign/nlp/, tools/, or the
other labelled sets (only the first 60 lines of heldout8_clauses.yml, for the format), and did not run the check or the
model on it. It ships in the repository, so these tests run from a fresh clone.

Particular to set 17, here: its header values, pinned counts, its domains and its measurement with FLOORS. The checks all
sets share run in tests/test_barrier_sets.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from barrierset import raw_clauses

PATH = Path(__file__).parent / "data" / "barriers" / "heldout17_clauses.yml"

N_CLAUSES = 120
N_BARRIERS = 55
ORDINAL = "SEVENTEENTH"  # the header names the set by its ordinal
SEED = 20261824
HEADER_MARKS = ("TRADES AND", "SMALL BUSINESSES")
FORMAT_FROM = "heldout8_clauses.yml"  # the set whose format it follows
N_ORDINARY, N_NEAR_MISSES = 34, 31
N_TWO_CATEGORIES = 8
SHORT_AND_LONG = 6  # clauses of <= 22 and of >= 40 words under each label, at least (checked in test_barrier_sets.py)

# The ten domains of the set: a pattern of each, and how many clauses of each label must match it at least.
DOMAINS = {
    "publicidad exterior visual": r"vallas?\b|avisos?\b|publicidad exterior",
    "videojuegos y cafés internet": r"videojuegos|cafés? internet",
    "ópticas": r"ópticas?\b|optometr",
    "cervecerías artesanales": r"cervec|cerveza",
    "electricistas y plomeros": r"electricistas?|plomeros|instalaciones? eléctricas?",
    "talleres de bicicletas y mensajeros": r"bicicletas?",
    "sonido y tarimas para eventos": r"sonido|tarimas",
    "sastrerías y reparación de calzado": r"sastr|calzado|zapateros|remontadora|Fondo de Oficios",
    "uniformes escolares": r"uniformes",
    "proyectos culturales étnicos": r"étnic|indígenas?|afrocolombian|consejos? comunitarios?|cabildos|resguardos",
}
MIN_PER_DOMAIN_AND_LABEL = 3


@pytest.fixture(scope="module")
def clauses() -> list[dict]:
    return raw_clauses(PATH)


def test_two_category_barriers(clauses):
    assert sum(isinstance(c["category"], list) for c in clauses if c["barrier"]) == N_TWO_CATEGORIES


@pytest.mark.parametrize("domain", sorted(DOMAINS))
def test_every_domain_has_clauses_of_both_labels(clauses, domain):
    pattern = re.compile(DOMAINS[domain], re.IGNORECASE)
    hits = [c for c in clauses if pattern.search(c["text"])]
    assert sum(c["barrier"] for c in hits) >= MIN_PER_DOMAIN_AND_LABEL, domain
    assert sum(not c["barrier"] for c in hits) >= MIN_PER_DOMAIN_AND_LABEL, domain


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-11-30, seventh session, after rule round 13; the model trained on sets 1-5, 7, 8, 9 and
# the ordinary clauses), blind: the annotator never opened the rules or the model, no rule had seen the set, the model
# was not trained on it then (trained on from the ninth session), and it was sealed (tests/data/SEALED) so that no
# evaluation run scored it before this measurement:
#   rules only:    P 0.923 R 0.654 (tp 36, fp 3, fn 19, tn 62)
#   rules + model: P 0.943 R 0.909 (tp 50, fp 3, fn 5, tn 62)   (issue's targets: P >= 0.9, R >= 0.85)
#   per category (micro), rules + model: P 0.782 R 0.682
# Floors: that figure minus 0.03.
FLOORS = (0.943 - 0.03, 0.909 - 0.03)  # precision, recall of rules + model: checked in tests/test_barrier_sets.py
