"""``regdesign laws list|show|import``: browse the norm index and add norms to it (thin shell over regdesign.laws)."""

from __future__ import annotations

import json
from typing import Any

import click

from regdesign.errors import UsageError
from regdesign.laws.importer import import_law_file, write_user_norm
from regdesign.laws.index import USER_DIR, Norm, clear_cache, load_default_index


@click.group("laws")
def laws() -> None:
    """Índice de normas externas (Ley 1955 de 2019 y otras) / index of external norms.

    Example: regdesign laws show "Ley 1955 de 2019" --article 147
    """


@laws.command("list")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def list_command(fmt: str) -> None:
    """Normas del índice con su número de artículos / norms in the index with their article counts.

    Example: regdesign laws list --format json
    """
    index = load_default_index()
    rows = [
        {
            "key": norm.key,
            "label": norm.label,
            "title": norm.title,
            "article_count": norm.article_count,
            "indexed_articles": len(norm.articles),
            "complete": norm.complete,
        }
        for norm in index
    ]
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, sort_keys=True, indent=1))
        return
    for row in rows:
        count = row["article_count"] if row["article_count"] is not None else "?"
        completeness = "completo" if row["complete"] else f"{row['indexed_articles']} en el índice"
        click.echo(f"{row['key']:<24} {row['label']:<36} {count:>4} artículos ({completeness})")


def _find(name: str) -> Norm:
    norm, _ = load_default_index().find(name)
    if norm is None:
        raise UsageError(f"la norma no está en el índice: {name!r} (see 'regdesign laws list')")
    return norm


@laws.command("show")
@click.argument("norm_name", metavar="NORMA")
@click.option("--article", "-a", help="Número de artículo / article number.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def show_command(norm_name: str, article: str | None, fmt: str) -> None:
    """Una norma o un artículo: título, estado, texto si se conoce / a norm or one article.

    Example: regdesign laws show "Ley 1955 de 2019" --article 147
    """
    norm = _find(norm_name)
    _, named_article = load_default_index().find(norm_name)
    article = article or named_article
    if article:
        info = norm.article(article)
        exists = norm.article_exists(article)
        if info is None and exists is False:
            raise UsageError(f"{norm.label} no tiene artículo {article}")
        data: dict[str, Any] = {
            "norm": norm.key,
            "label": norm.label,
            "article": info.to_dict() if info else {"number": article, "status": None},
            "known": info is not None,
        }
        if fmt == "json":
            click.echo(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1))
            return
        click.echo(f"{norm.label}, artículo {article}")
        if info is None:
            click.echo("  (el índice no tiene datos de este artículo / not in the index)")
            return
        for name, value in (
            ("Título", info.title),
            ("Ubicación", info.place),
            ("Estado", info.status),
            ("Nota de vigencia", info.status_note),
            ("Nota", info.note),
        ):
            if value:
                click.echo(f"  {name}: {value}")
        if info.text:
            click.echo("")
            click.echo(info.text)
        return
    if fmt == "json":
        data = norm.to_dict()
        for item in data["articles"]:
            item.pop("text", None)
        click.echo(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1))
        return
    click.echo(f"{norm.label} — {norm.title}")
    count = norm.article_count if norm.article_count is not None else "?"
    click.echo(f"  {count} artículos; {len(norm.articles)} en el índice{' (completo)' if norm.complete else ''}")
    if norm.source:
        click.echo(f"  Fuente: {norm.source}")
    for info in sorted(
        norm.articles.values(), key=lambda a: (int(a.number) if a.number.isdigit() else 10**9, a.number)
    ):
        status = f" [{info.status}]" if info.status and info.status != "vigente" else ""
        click.echo(f"  art. {info.number:>4}  {info.title or ''}{status}")


@laws.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--type", "norm_type", help="Tipo (ley, decreto, decreto ley, resolución…); por defecto, de la 1.ª línea."
)
@click.option("--number", help="Número de la norma.")
@click.option("--year", type=int, help="Año de la norma.")
@click.option("--title", help="Título (epígrafe) de la norma.")
@click.option(
    "--dir",
    "directory",
    type=click.Path(file_okay=False),
    default=str(USER_DIR),
    show_default=True,
    help="Dónde guardar el JSON / where to write the JSON.",
)
def import_command(
    file: str, norm_type: str | None, number: str | None, year: int | None, title: str | None, directory: str
) -> None:
    """Importa el texto oficial de una norma (texto plano o Markdown) al índice / import an official text.

    Example: regdesign laws import ley_1712_2014.txt --type ley --number 1712 --year 2014
    """
    norm = import_law_file(file, norm_type=norm_type, number=number, year=year, title=title)
    target = write_user_norm(norm, directory)
    clear_cache()
    statuses = sorted({a.status for a in norm.articles.values() if a.status and a.status != "vigente"})
    click.echo(f"{norm.label}: {len(norm.articles)} artículos → {target}")
    if statuses:
        click.echo(f"  estados: {', '.join(statuses)}")


COMMANDS = [laws]
