"""Speed of the Git record: article-level comparison across 50 commits and blame per provision.

A 300-article bill (with parágrafos and numerales) and its drafting history are generated in a temporary directory
with ``git fast-import`` (one edit per commit: an article reworded, inserted or removed, so numbers shift), then:

* ``compare_seconds``: ``document_at`` both revisions (cold parse cache) + ``compare_documents``, HEAD~50 → HEAD
  (target < 1 s);
* ``blame_seconds``: ``blame_provisions`` of the bill at HEAD with its whole history (target < 2 s).

Run: ``python benchmarks/bench_history.py [--quick]``; ``run(quick)`` returns the measurements as a dict.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from regdesign import history
from regdesign.compare import compare_documents

ARTICLES = 300
COMMITS = 500
QUICK_COMMITS = 120
DISTANCE = 50
PATH = "bills/proyecto_grande.md"

_TOPICS = [
    "datos abiertos",
    "contratación de innovación",
    "movilidad sostenible",
    "vehículos autónomos",
    "inteligencia artificial",
    "protección de datos personales",
    "participación ciudadana",
    "gobierno digital",
    "espacio público",
    "economía circular",
]
_AUTHORS = [("Ana Restrepo", "ana@medeinn.example"), ("Luis Gómez", "luis@medeinn.example")]


def _article_body(rng: random.Random, serial: int) -> str:
    topic = rng.choice(_TOPICS)
    return (
        f"La Administración Distrital promoverá {topic} mediante el mecanismo {serial} del sandbox regulatorio, "
        f"con indicadores de seguimiento y un informe público semestral a cargo de la Secretaría de Innovación "
        f"Digital.\n\n"
        f"1. Definir las condiciones de participación del mecanismo {serial}.\n"
        f"2. Publicar los resultados de la evaluación en el portal de datos abiertos.\n\n"
        f"Parágrafo. La vigencia del mecanismo {serial} no excederá de veinticuatro meses."
    )


def _render(bodies: list[str]) -> str:
    head = (
        '---\ntype: proyecto_de_acuerdo\ntitle: "Proyecto de acuerdo de prueba de rendimiento"\nstatus: borrador\n'
        "---\n\n# Proyecto de acuerdo de prueba de rendimiento\n\n"
    )
    return head + "\n".join(f"## Artículo {n}. Mecanismo.\n\n{body}\n" for n, body in enumerate(bodies, start=1))


def build_repository(root: Path, articles: int = ARTICLES, commits: int = COMMITS, seed: int = 7) -> Path:
    """A repository whose ``bills/proyecto_grande.md`` has ``commits`` commits of history (fast-import)."""
    rng = random.Random(seed)
    bodies = [_article_body(rng, n) for n in range(articles)]
    serial = articles
    stream = bytearray()
    timestamp = 1_800_000_000
    for number in range(1, commits + 1):
        if number > 1:
            roll = rng.random()
            position = rng.randrange(len(bodies))
            if roll < 0.04:
                bodies.insert(position, _article_body(rng, serial))
                serial += 1
                message = f"Inserta un artículo en la posición {position + 1}"
            elif roll < 0.06 and len(bodies) > 10:
                del bodies[position]
                message = f"Elimina el artículo {position + 1}"
            else:
                bodies[position] = (
                    bodies[position]
                    .replace("un informe público semestral", f"un informe público (versión {number})", 1)
                    .replace(f"(versión {number - 1})", f"(versión {number})")
                )
                if f"(versión {number})" not in bodies[position]:
                    bodies[position] += f" Ajuste de redacción {number}."
                message = f"Ajusta el artículo {position + 1}"
        else:
            message = "Radica el proyecto"
        content = _render(bodies).encode("utf-8")
        name, email = _AUTHORS[number % len(_AUTHORS)]
        timestamp += 3600
        msg = message.encode("utf-8")
        stream += b"commit refs/heads/main\n"
        stream += f"mark :{number}\n".encode()
        stream += f"author {name} <{email}> {timestamp} -0500\n".encode()
        stream += f"committer {name} <{email}> {timestamp} -0500\n".encode()
        stream += f"data {len(msg)}\n".encode() + msg + b"\n"
        if number > 1:
            stream += f"from :{number - 1}\n".encode()
        stream += f"M 100644 inline {PATH}\n".encode()
        stream += f"data {len(content)}\n".encode() + content + b"\n\n"
    env = dict(os.environ, GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1")
    subprocess.run(["git", "init", "-q", "-b", "main", str(root)], check=True, env=env)
    subprocess.run(["git", "fast-import", "--quiet"], cwd=root, input=bytes(stream), check=True, env=env)
    return root


def run(quick: bool = False) -> dict:
    """Builds the repository, then times comparison and blame; returns seconds and sizes."""
    commits = QUICK_COMMITS if quick else COMMITS
    with tempfile.TemporaryDirectory(prefix="bench_history_") as tmp:
        started = time.perf_counter()
        root = build_repository(Path(tmp) / "repo", ARTICLES, commits)
        build_seconds = time.perf_counter() - started
        repo = history.open_repository(root)

        history.clear_document_cache()
        started = time.perf_counter()
        old = history.document_at(repo, f"HEAD~{DISTANCE}", PATH)
        new = history.document_at(repo, "HEAD", PATH)
        parsed = time.perf_counter()
        comparison = compare_documents(old, new)
        compare_seconds = time.perf_counter() - started
        compare_only = time.perf_counter() - parsed

        history.clear_document_cache()
        started = time.perf_counter()
        blames = history.blame_provisions(repo, PATH)
        blame_seconds = time.perf_counter() - started

        started = time.perf_counter()
        versions = history.document_versions(repo, PATH)
        versions_seconds = time.perf_counter() - started
        repo.close()

    summary = comparison.summary()
    return {
        "articles": sum(1 for p in new.provisions if p.kind == "articulo"),
        "commits": commits,
        "build_seconds": round(build_seconds, 3),
        "compare_seconds": round(compare_seconds, 3),
        "compare_only_seconds": round(compare_only, 3),
        "compare_target_seconds": 1.0,
        "compare_changes": {kind: count for kind, count in summary.items() if count},
        "blame_seconds": round(blame_seconds, 3),
        "blame_target_seconds": 2.0,
        "blame_provisions": len(blames),
        "blame_distinct_commits": len({b.sha for b in blames}),
        "versions_seconds": round(versions_seconds, 3),
        "versions": len(versions),
    }


if __name__ == "__main__":
    print(json.dumps(run(quick="--quick" in sys.argv[1:]), indent=2, ensure_ascii=False))
