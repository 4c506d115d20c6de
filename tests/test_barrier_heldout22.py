"""Well-formedness of the TWENTY-SECOND held-out labelled set of barrier clauses (heldout22_clauses.yml).

The set (125 clauses: 57 barriers across all 18 barrier categories, each used at least three times and ANTITRAMITES,
CONTRATACION and TRANSFORMACION-DIGITAL at least four times; 68 non-barriers: 35 ordinary clauses of the same
documents and 33 hard near misses), on leisure, small trades and circular textiles (circuses and travelling shows,
bowling alleys and paintball fields, karaoke bars, escape rooms, motocarro passenger services, car washes, picture
framing and art restoration, dental prosthetics laboratories, sign-language interpretation, calls for circular-economy
textile ventures), was written BLIND on 2026-11-30, from ../shared/domain/barrier_criteria.md and the real texts of the
shared corpus only: its author did not open the rule packs, regdesign/nlp/, tools/, or the other labelled sets (only
the first 60 lines of heldout8_clauses.yml, for the format), and did not run the check or the model on it. It ships
in the repository, so these tests run from a fresh clone.

Particular to set 22, here: its counts, header marks, domains and its measurement with FLOORS. The checks every blind
set shares (schema, categories, counts against the header, lengths per label, order, novelty, the floors) run in
tests/test_barrier_sets.py.
"""

from __future__ import annotations

import re
from pathlib import Path

from barrierset import raw_clauses

N_CLAUSES = 125
N_BARRIERS = 57
ORDINAL = "TWENTY-SECOND"  # the header names the set by its ordinal
SEED = 20262230  # the shuffle seed named in the header
HEADER_MARKS = ("LEISURE, SMALL TRADES AND CIRCULAR TEXTILES",)
FORMAT_FROM = "heldout8_clauses.yml"  # the set whose format it follows
N_ORDINARY, N_NEAR_MISSES = 35, 33
SHORT_AND_LONG = 10  # clauses of <= 22 and of >= 40 words under each label, at least

SET = Path(__file__).parent / "data" / "barriers" / "heldout22_clauses.yml"
# The ten domains of the set and a pattern each; every domain must be present in several clauses.
DOMAINS = {
    "circos": r"circ[eo]|carpa",
    "boleras y paintball": r"bol[eo]s?\b|boleras?|paintball",
    "karaoke": r"karaoke",
    "salas de escape": r"salas? de escape",
    "motocarros": r"motocarro",
    "autolavados": r"autolavado|lavado de vehículos",
    "enmarcación y restauración": r"enmarcaci|marco|restaura",
    "laboratorios de prótesis dental": r"prótesis|laboratorio",
    "interpretación en lengua de señas": r"lengua de señas|intérprete|interpretaci",
    "textiles circulares": r"textil|prendas|hilos",
}


def test_every_domain_is_present():
    clauses = raw_clauses(SET)
    for domain, pattern in DOMAINS.items():
        hits = sum(bool(re.search(pattern, c["text"], re.IGNORECASE)) for c in clauses)
        assert hits >= 5, domain


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-11-30, ninth session, after rule round 18), blind: the annotator never opened the
# rules or the model, no rule had seen the set, the model was not trained on it, and it was sealed (tests/data/SEALED)
# so that no evaluation run scored it before this measurement. Two models were measured, both chosen before the set
# was read: the one shipped until then (sets 1-9, cut 0.62) and the retrained one shipped since (sets 1-5, 7-21 and
# the ordinary clauses, cut 0.59; tools/train_barrier_model.py TARGET_PRECISION says why):
#   rules only:                    P 1.000 R 0.544 (tp 31, fp 0, fn 26, tn 68)
#   rules + the old model:         P 0.980 R 0.842 (tp 48, fp 1, fn 9, tn 67), micro P 0.796 R 0.705
#   rules + the retrained model:   P 0.980 R 0.860 (tp 49, fp 1, fn 8, tn 67), micro P 0.818 R 0.738
#   (issue's targets: P >= 0.9, R >= 0.85)
# The one false alarm is a rule's. Floors: the retrained model's figures minus 0.03.
FLOORS = (0.980 - 0.03, 0.860 - 0.03)  # precision, recall of rules + model: checked in tests/test_barrier_sets.py
