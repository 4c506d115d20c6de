"""``regdesign interview``: validate, run, generate and package docassemble interviews (thin shell over
:mod:`regdesign.interviews`)."""

from __future__ import annotations

from pathlib import Path

import click

from regdesign.errors import UsageError

REPO_ROOT = Path(__file__).resolve().parents[2]


@click.group("interview")
def interview() -> None:
    """Entrevistas guiadas (docassemble) / guided interviews.

    Example: regdesign interview run interviews/tor_author.yml --answers interviews/tor_author.answers.yml -o out/
    """


@interview.command("validate")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
def validate_cmd(files: tuple[Path, ...]) -> int:
    """Valida entrevistas con el analizador de docassemble / validate interviews.

    Sin FILE valida todas las de interviews/ (salvo respuestas *.answers.yml y partes incluidas).

    Example: regdesign interview validate interviews/tor_author.yml
    """
    from regdesign.interviews.validate import interview_files, validate_interview

    targets = list(files) or interview_files(
        Path("interviews") if Path("interviews").is_dir() else REPO_ROOT / "interviews"
    )
    errors = 0
    for target in targets:
        problems = validate_interview(target)
        for problem in problems:
            click.echo(str(problem))
        errors += sum(1 for p in problems if p.severity == "error")
        if not problems:
            click.echo(f"{target}: ok")
    return 1 if errors else 0


@interview.command("run")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--answers", "answers_path", required=True, type=click.Path(path_type=Path), help="*.answers.yml")
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(path_type=Path), help="carpeta de salida")
@click.option("--no-pdf", is_flag=True, help="solo DOCX y Markdown")
def run_cmd(file: Path, answers_path: Path, out_dir: Path, no_pdf: bool) -> int:
    """Recorre una entrevista con un juego de respuestas y escribe sus documentos / run an interview.

    Example: regdesign interview run interviews/tor_author.yml --answers interviews/tor_author.answers.yml -o out/
    """
    from regdesign.interviews.engine import load_answers, run_interview

    _, answers = load_answers(answers_path)
    result = run_interview(file, answers, out_dir, source=str(answers_path), pdf=not no_pdf)
    click.echo(f"{result.end_screen.id}: {result.end_screen.text}")
    if result.end_screen.subtext:
        click.echo(result.end_screen.subtext)
    for document in result.documents:
        click.echo(str(document))
    return 0


@interview.command("generate")
@click.argument("tor", type=click.Path(path_type=Path))
@click.option(
    "-o", "--out", "out_path", type=click.Path(path_type=Path), help="default: interviews/generated/<tor>.yml"
)
def generate_cmd(tor: Path, out_path: Path | None) -> int:
    """Genera la entrevista del proponente a partir de unos términos de referencia / ToR → bidder interview.

    Example: regdesign interview generate terminos_de_referencia/cia-2027.md -o interviews/generated/cia-2027.yml
    """
    from regdesign.interviews.generate import generate_bidder_interview

    if not tor.is_file():
        raise UsageError(f"No existe {tor}")
    click.echo(str(generate_bidder_interview(tor, out_path)))
    return 0


@interview.command("package")
@click.option("-o", "--out", "out_dir", default="dist", show_default=True, type=click.Path(path_type=Path))
def package_cmd(out_dir: Path) -> int:
    """Arma el paquete docassemble.medeinn para un servidor docassemble / build the docassemble package.

    Example: regdesign interview package -o dist/
    """
    from regdesign.interviews.package import build_package

    click.echo(str(build_package(out_dir)))
    return 0


COMMANDS = [interview]
