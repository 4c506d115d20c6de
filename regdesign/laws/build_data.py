"""Build the packaged norm index (``regdesign/laws/data/*.json``) from the public legal corpus.

Run once, review the diff, commit the JSON::

    python -m regdesign.laws.build_data [--corpus ../shared/corpus] [--out regdesign/laws/data]

What comes from where:

* Ley 1955 de 2019: all 336 articles (number, title, place, validity) from ``ley_1955_2019_index.psv``; the literal text
  of the 55 articles transcribed in ``ley_1955_2019.md``;
* Ley 1712 de 2014: the complete text (``ley_1712_2014.md``) read by :mod:`regdesign.laws.importer`;
* Decreto Ley 019 de 2012 (Título I, arts. 1-44), Ley 80 de 1993 (arts. 20-30), Ley 1150 de 2007 (arts. 1-6): the
  compiled working copies of the corpus;
* the other norms the samples cite (Ley 1581 de 2012, Ley 1341 de 2009, Ley 2052 de 2020, Ley 1437 de 2011, the
  Constitution) are small hand-written entries below: article counts, and titles where they are well known; their
  statuses are left unknown (``None``) unless the corpus says them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from regdesign.files import write_text_atomic
from regdesign.laws.importer import import_law_text
from regdesign.laws.index import ArticleInfo, Norm, status_from_notes

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
DEFAULT_OUT = Path(__file__).resolve().parent / "data"

SENADO = "Secretaría del Senado (texto compilado con notas de vigencia)"


def _body_after_preamble(text: str) -> str:
    """The corpus files open with a preamble that ends at the first ``---`` line."""
    marker = re.search(r"^---[ \t]*$", text, re.MULTILINE)
    return text[marker.end() :] if marker else text


def _expand_place(place: str, known: dict[str, str]) -> str:
    """``CAP II`` (the index's shorthand) → the full place written for the first article of that chapter."""
    place = place.strip()
    short = re.fullmatch(r"CAP\.?\s+([IVXLC]+)", place, re.IGNORECASE)
    if short:
        return known.get(short.group(1).upper(), place)
    chapter = re.search(r"CAP[IÍ]TULO\s+([IVXLC]+)\.", place)
    if chapter:
        known.setdefault(chapter.group(1), place)
    return place


def build_ley_1955(corpus: Path) -> Norm:
    texts = import_law_text(
        (corpus / "ley_1955_2019.md").read_text(encoding="utf-8"),
        norm_type="ley",
        number="1955",
        year=2019,
        use_parser=False,
    ).articles
    known_places: dict[str, str] = {}
    articles: dict[str, ArticleInfo] = {}
    for line in (corpus / "ley_1955_2019_index.psv").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        number, title, place, note = (part.strip() for part in line.split("|", 3))
        status, status_note = status_from_notes([note] if note else [])
        text_article = texts.get(number)
        articles[number] = ArticleInfo(
            number=number,
            title=title,
            place=_expand_place(place, known_places),
            status=status,
            status_note=status_note,
            text=text_article.text if text_article else None,
            note=note or None,
        )
    if len(articles) != 336:
        raise SystemExit(f"ley_1955_2019_index.psv: expected 336 articles, found {len(articles)}")
    return Norm(
        key="ley/1955/2019",
        type="ley",
        number="1955",
        year=2019,
        title='Por la cual se expide el Plan Nacional de Desarrollo 2018-2022. "Pacto por Colombia, Pacto por la Equidad"',
        articles=articles,
        article_count=336,
        complete=True,
        source=f"{SENADO}; índice completo de 336 artículos, texto literal de 55",
    )


def build_ley_1712(corpus: Path) -> Norm:
    text = _body_after_preamble((corpus / "ley_1712_2014.md").read_text(encoding="utf-8"))
    norm = import_law_text(text, use_parser=False, source=f"{SENADO}; texto completo")
    if len(norm.articles) != 33:
        raise SystemExit(f"ley_1712_2014.md: expected 33 articles, found {len(norm.articles)}")
    return norm


def _compiled(corpus: Path, name: str, **options: Any) -> Norm:
    text = (corpus / name).read_text(encoding="utf-8")
    return import_law_text(text, use_parser=False, **options)


def build_decreto_019(corpus: Path) -> Norm:
    return _compiled(
        corpus,
        "decreto_ley_019_2012_antitramites_titulo_I.md",
        norm_type="decreto ley",
        number="19",
        year=2012,
        title="Por el cual se dictan normas para suprimir o reformar regulaciones, procedimientos y trámites "
        "innecesarios existentes en la Administración Pública",
        article_count=238,
        complete=False,
        source=f"{SENADO}; Título I (arts. 1-44)",
    )


def build_ley_80(corpus: Path) -> Norm:
    norm = _compiled(
        corpus,
        "ley_80_1993_arts_20-30.md",
        norm_type="ley",
        number="80",
        year=1993,
        title="Por la cual se expide el Estatuto General de Contratación de la Administración Pública",
        article_count=81,
        complete=False,
        source=f"{SENADO}; arts. 20-30",
    )
    return _with_titles(norm, {"1": "DEL OBJETO", "81": "DE LA DEROGATORIA Y DE LA VIGENCIA"})


def build_ley_1150(corpus: Path) -> Norm:
    norm = _compiled(
        corpus,
        "ley_1150_2007_arts_1-6.md",
        norm_type="ley",
        number="1150",
        year=2007,
        title="Por medio de la cual se introducen medidas para la eficiencia y la transparencia en la Ley 80 de 1993 "
        "y se dictan otras disposiciones generales sobre la contratación con Recursos Públicos",
        article_count=33,
        complete=False,
        source=f"{SENADO}; arts. 1-5 y comienzo del 6",
    )
    return _with_titles(norm, {"32": "DEROGATORIA", "33": "VIGENCIA"})


def _with_titles(norm: Norm, titles: dict[str, str]) -> Norm:
    """Add articles known only by title (status unknown) without touching those read from the corpus."""
    articles = dict(norm.articles)
    for number, title in titles.items():
        articles.setdefault(number, ArticleInfo(number=number, title=title, status=None))
    return replace(norm, articles=articles)


def _titled(
    key: str,
    norm_type: str,
    number: str,
    year: int,
    title: str,
    count: int | None,
    titles: dict[str, str],
    source: str,
    notes: str = "",
) -> Norm:
    return Norm(
        key=key,
        type=norm_type,
        number=number,
        year=year,
        title=title,
        articles={n: ArticleInfo(number=n, title=t, status=None) for n, t in titles.items()},
        article_count=count,
        complete=False,
        status=None,
        source=source,
        notes=notes,
    )


def build_known_norms(corpus: Path) -> list[Norm]:
    """Norms the samples cite that the corpus does not hold in full: counts and well-known titles only."""
    ley_1581_titles = {
        "1": "OBJETO",
        "2": "ÁMBITO DE APLICACIÓN",
        "3": "DEFINICIONES",
        "4": "PRINCIPIOS PARA EL TRATAMIENTO DE DATOS PERSONALES",
        "5": "DATOS SENSIBLES",
        "6": "TRATAMIENTO DE DATOS SENSIBLES",
        "7": "DERECHOS DE LOS NIÑOS, NIÑAS Y ADOLESCENTES",
        "8": "DERECHOS DE LOS TITULARES",
        "9": "AUTORIZACIÓN DEL TITULAR",
        "10": "CASOS EN QUE NO ES NECESARIA LA AUTORIZACIÓN",
        "11": "SUMINISTRO DE LA INFORMACIÓN",
        "12": "DEBER DE INFORMAR AL TITULAR",
        "13": "PERSONAS A QUIENES SE LES PUEDE SUMINISTRAR LA INFORMACIÓN",
        "14": "CONSULTAS",
        "15": "RECLAMOS",
        "16": "REQUISITO DE PROCEDIBILIDAD",
        "17": "DEBERES DE LOS RESPONSABLES DEL TRATAMIENTO",
        "18": "DEBERES DE LOS ENCARGADOS DEL TRATAMIENTO",
        "19": "AUTORIDAD DE PROTECCIÓN DE DATOS",
        "20": "RECURSOS PARA EL EJERCICIO DE SUS FUNCIONES",
        "21": "FUNCIONES",
        "22": "TRÁMITE",
        "23": "SANCIONES",
        "24": "CRITERIOS PARA GRADUAR LAS SANCIONES",
        "25": "DEFINICIÓN",
        "26": "TRANSFERENCIA DE DATOS A TERCEROS PAÍSES",
        "27": "NORMAS CORPORATIVAS VINCULANTES",
        "28": "RÉGIMEN DE TRANSICIÓN",
        "29": "DEROGATORIAS",
        "30": "VIGENCIA",
    }
    general = "títulos de conocimiento general; estados no verificados en esta copia"
    ley_2052 = _titled(
        "ley/2052/2020",
        "ley",
        "2052",
        2020,
        "Por medio de la cual se establecen disposiciones transversales a la Rama Ejecutiva del nivel nacional y "
        "territorial y a los particulares que cumplan funciones públicas y/o administrativas, en relación con la "
        "racionalización de trámites y se dictan otras disposiciones",
        None,
        {"1": "OBJETO", "2": "SUJETOS OBLIGADOS Y ENFOQUE TERRITORIAL", "3": "DEFINICIONES"},
        "Régimen Legal de Bogotá (arts. 1-3); número de artículos no verificado",
    )
    excerpt = corpus / "excerpts_normas_colombianas_varias.md"
    if excerpt.is_file():
        section = excerpt.read_text(encoding="utf-8").split("## 2.", 1)[0]
        for match in re.finditer(r"^ARTÍCULO (\d+)\. ([^.]+)\. (.*)$", section, re.MULTILINE):
            number = match.group(1)
            ley_2052.articles[number] = ArticleInfo(  # type: ignore[index]
                number=number, title=match.group(2), status=None, text=match.group(3).strip() or None
            )
    return [
        _titled(
            "ley/1581/2012",
            "ley estatutaria",
            "1581",
            2012,
            "Por la cual se dictan disposiciones generales para la protección de datos personales",
            30,
            ley_1581_titles,
            general,
        ),
        _titled(
            "ley/1341/2009",
            "ley",
            "1341",
            2009,
            "Por la cual se definen principios y conceptos sobre la sociedad de la información y la organización de "
            "las Tecnologías de la Información y las Comunicaciones -TIC-, se crea la Agencia Nacional de Espectro y "
            "se dictan otras disposiciones",
            73,
            {"1": "OBJETO", "2": "PRINCIPIOS ORIENTADORES", "6": "DEFINICIÓN DE TIC"},
            general,
            notes="Modificada ampliamente por la Ley 1978 de 2019.",
        ),
        ley_2052,
        _titled(
            "ley/1437/2011",
            "ley",
            "1437",
            2011,
            "Por la cual se expide el Código de Procedimiento Administrativo y de lo Contencioso Administrativo",
            309,
            {
                "1": "FINALIDAD DE LA PARTE PRIMERA",
                "3": "PRINCIPIOS",
                "13": "OBJETO Y MODALIDADES DEL DERECHO DE PETICIÓN ANTE AUTORIDADES",
                "14": "TÉRMINOS PARA RESOLVER LAS DISTINTAS MODALIDADES DE PETICIONES",
                "308": "RÉGIMEN DE TRANSICIÓN Y VIGENCIA",
                "309": "DEROGACIONES",
            },
            general,
            notes="Arts. 13 a 33 sustituidos por la Ley 1755 de 2015 (derecho de petición).",
        ),
        _titled(
            "constitucion/1991",
            "constitución",
            "",
            1991,
            "Constitución Política de Colombia",
            380,
            {},
            "Asamblea Nacional Constituyente, 1991",
            notes="380 artículos permanentes y artículos transitorios (numerados aparte).",
        ),
    ]


def build_all(corpus: Path) -> dict[str, Any]:
    """File name → JSON content of every data file."""
    files: dict[str, Any] = {}
    for norm in (
        build_ley_1955(corpus),
        build_ley_1712(corpus),
        build_decreto_019(corpus),
        build_ley_80(corpus),
        build_ley_1150(corpus),
    ):
        files[norm.key.replace("/", "_") + ".json"] = norm.to_dict()
    files["otras_normas.json"] = [norm.to_dict() for norm in build_known_norms(corpus)]
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    for name, content in build_all(args.corpus).items():
        path = args.out / name
        write_text_atomic(path, json.dumps(content, sort_keys=True, ensure_ascii=False, indent=1) + "\n")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
