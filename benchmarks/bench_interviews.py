"""Benchmark of the offline docassemble engine: cold start, one interview step, document assembly.

``run(quick=False) -> dict``: cold start = a fresh Python process until the first question of the author interview
is on screen (docassemble import + parse + first ``assemble()``); step = median time of ``answer()`` → next screen
after warm-up (target < 100 ms); assembly = the last step that produces the end screen with DOCX + Markdown
attachments (docassemble + pandoc), and the PDF rendering of those Markdown texts through regdesign.render.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
AUTHOR = REPO / "interviews" / "tor_author.yml"
ANSWERS = REPO / "interviews" / "tor_author.answers.yml"
TOR = REPO / "tests" / "data" / "interviews" / "convocatoria_prueba.md"
BIDDER_ANSWERS = REPO / "tests" / "data" / "interviews" / "proponente_elegible.answers.yml"

_COLD = """
import time, json
t = time.perf_counter()
from regdesign.interviews.engine import EngineSession
s = EngineSession({path!r})
screen = s.screen()
print(json.dumps({{"seconds": time.perf_counter() - t, "first": screen.id}}))
"""


def _cold_start() -> dict:
    started = time.perf_counter()
    process = subprocess.run(
        [sys.executable, "-c", _COLD.format(path=str(AUTHOR))],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
        check=True,
    )
    wall = time.perf_counter() - started
    data = json.loads(process.stdout.strip().splitlines()[-1])
    return {
        "cold_start_s": round(wall, 3),
        "cold_start_in_process_s": round(data["seconds"], 3),
        "first_question": data["first"],
    }


def _steps(rounds: int) -> dict:
    from regdesign.interviews.engine import EngineSession, answers_for_screen, load_answers
    from regdesign.interviews.generate import generate_bidder_interview

    step_times: list[float] = []
    assembly: list[float] = []
    pdf_times: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        bidder = generate_bidder_interview(TOR, Path(tmp) / "bidder.yml")
        _, answers = load_answers(BIDDER_ANSWERS)
        for round_number in range(rounds):
            session = EngineSession(bidder)
            screen = session.screen()
            while not screen.is_end:
                values = answers_for_screen(screen, answers, session, "bench")
                started = time.perf_counter()
                screen = session.answer(values)
                elapsed = time.perf_counter() - started
                if screen.is_end:
                    assembly.append(elapsed)
                elif round_number > 0:  # the first round is warm-up
                    step_times.append(elapsed)
            from regdesign.interviews.engine import render_pdf

            started = time.perf_counter()
            for attachment in screen.attachments:
                render_pdf(attachment.markdown, Path(tmp) / f"{attachment.filename}.pdf", title=attachment.name)
            pdf_times.append(time.perf_counter() - started)
    median_step = statistics.median(step_times)
    return {
        "step_median_ms": round(median_step * 1000, 2),
        "step_p90_ms": round(sorted(step_times)[int(len(step_times) * 0.9)] * 1000, 2),
        "steps_measured": len(step_times),
        "step_target_ms": 100,
        "step_under_target": median_step < 0.1,
        "assemble_docx_md_3_documents_s": round(statistics.median(assembly), 3),
        "render_pdf_3_documents_s": round(statistics.median(pdf_times), 3),
        "assembly_to_step_ratio": round(statistics.median(assembly) / median_step, 1),
    }


def run(quick: bool = False) -> dict:
    result = {"engine": "docassemble.base 1.10.5 (offline)"}
    result.update(_cold_start())
    result.update(_steps(2 if quick else 4))
    return result


if __name__ == "__main__":
    print(json.dumps(run(quick="--quick" in sys.argv), indent=2, ensure_ascii=False))
