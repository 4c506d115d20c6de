"""regdesign.history on real Git repositories built in tmp_path: versions with renames, documents at revisions,
blame per provision, changed files, and every bad input (as one clean UsageError, never a traceback)."""

from __future__ import annotations

import datetime
import os
import subprocess
from pathlib import Path

import pytest

from regdesign import history
from regdesign.errors import UsageError

# ----------------------------------------------------------------------------------------------------------------
# A tiny builder of real repositories (imported by test_history_cli.py too)
# ----------------------------------------------------------------------------------------------------------------

AUTHORS = {
    "ana": ("Ana Restrepo", "ana@medeinn.example"),
    "luis": ("Luis Gómez", "luis@medeinn.example"),
    "sofia": ("Sofía Vélez", "sofia@medeinn.example"),
}


class GitRepo:
    """A real repository in a temporary folder; each commit has a fixed author and date."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.clock = 0
        root.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", "main")

    def env(self, author: str = "ana", date: str | None = None) -> dict[str, str]:
        name, email = AUTHORS[author]
        if date is None:
            date = self.date()
        env = dict(os.environ)
        env.update(
            GIT_AUTHOR_NAME=name,
            GIT_AUTHOR_EMAIL=email,
            GIT_COMMITTER_NAME=name,
            GIT_COMMITTER_EMAIL=email,
            GIT_AUTHOR_DATE=date,
            GIT_COMMITTER_DATE=date,
            GIT_CONFIG_GLOBAL=os.devnull,
            GIT_CONFIG_NOSYSTEM="1",
        )
        return env

    def date(self) -> str:
        day = datetime.date(2027, 1, 31) + datetime.timedelta(days=max(self.clock, 1))
        return f"{day.isoformat()}T09:00:00-05:00"

    def git(self, *args: str, author: str = "ana", date: str | None = None) -> str:
        result = subprocess.run(
            ["git", *args], cwd=self.root, env=self.env(author, date), capture_output=True, text=True, check=True
        )
        return result.stdout.strip()

    def write(self, relpath: str, text: str) -> Path:
        path = self.root / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def move(self, source: str, target: str) -> None:
        (self.root / target).parent.mkdir(parents=True, exist_ok=True)
        self.git("mv", source, target)

    def commit(self, message: str, files: dict[str, str] | None = None, author: str = "ana") -> str:
        for relpath, text in (files or {}).items():
            self.write(relpath, text)
        self.clock += 1  # one day per commit: 2027-02-01, 2027-02-02, …
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message, author=author, date=self.date())
        return self.git("rev-parse", "HEAD")


def article(number: int, heading: str, body: str) -> str:
    return f"## Artículo {number}. {heading}.\n\n{body}\n"


WORDS = [
    "objeto",
    "ámbito",
    "definiciones",
    "principios",
    "comité",
    "funciones",
    "datos",
    "vigilancia",
    "recursos",
    "vigencia",
]


def bill(articles: list[tuple[str, str]], title: str = "Proyecto de acuerdo de prueba") -> str:
    """A bill whose articles are numbered 1..n in order: ``articles`` is a list of (heading, body)."""
    head = f'---\ntype: proyecto_de_acuerdo\ntitle: "{title}"\nstatus: borrador\n---\n\n# {title}\n\n'
    return head + "\n".join(article(n, h, b) for n, (h, b) in enumerate(articles, start=1))


def ten_articles() -> list[tuple[str, str]]:
    return [
        (
            word.capitalize(),
            f"El presente artículo regula el tema de {word} dentro del sandbox regulatorio del Distrito "
            f"de Medellín, con reglas propias número {index} para las entidades participantes.",
        )
        for index, word in enumerate(WORDS, start=1)
    ]


@pytest.fixture
def repo_dir(tmp_path: Path) -> GitRepo:
    return GitRepo(tmp_path / "bills-repo")


@pytest.fixture(autouse=True)
def _fresh_cache():
    history.clear_document_cache()
    yield
    history.clear_document_cache()


# ----------------------------------------------------------------------------------------------------------------
# open_repository and its errors
# ----------------------------------------------------------------------------------------------------------------


def test_open_repository_from_file_and_subdirectory(repo_dir: GitRepo):
    repo_dir.commit("inicial", {"bills/a.md": bill(ten_articles()[:2])})
    for start in (repo_dir.root, repo_dir.root / "bills", repo_dir.root / "bills" / "a.md"):
        repo = history.open_repository(start)
        assert Path(repo.working_tree_dir).resolve() == repo_dir.root.resolve()
    # a file that no longer exists still finds its repository
    repo = history.open_repository(repo_dir.root / "bills" / "gone" / "x.md")
    assert Path(repo.working_tree_dir).resolve() == repo_dir.root.resolve()


def test_not_a_repository(tmp_path: Path):
    folder = tmp_path / "plain"
    folder.mkdir()
    with pytest.raises(UsageError, match="no está en un repositorio Git"):
        history.open_repository(folder)


def test_repository_without_commits(repo_dir: GitRepo):
    with pytest.raises(UsageError, match="aún no tiene commits"):
        history.open_repository(repo_dir.root)


def test_unknown_revision(repo_dir: GitRepo):
    repo_dir.commit("inicial", {"a.md": bill(ten_articles()[:2])})
    repo = history.open_repository(repo_dir.root)
    for rev in ("no-such-branch", "HEAD~5", "deadbeef", "HEAD:a.md"):
        with pytest.raises(UsageError, match="revisión desconocida"):
            history.resolve_revision(repo, rev)
    with pytest.raises(UsageError, match="revisión desconocida"):
        history.document_at(repo, "v9.9", "a.md")


@pytest.mark.parametrize("rev", ["--output=x.txt", "-n", "--all", "-", "--end-of-options"])
def test_option_like_revisions_are_refused(repo_dir: GitRepo, rev: str):
    repo_dir.commit("inicial", {"a.md": bill(ten_articles()[:2])})
    repo = history.open_repository(repo_dir.root)
    calls = [
        lambda: history.resolve_revision(repo, rev),
        lambda: history.document_at(repo, rev, "a.md"),
        lambda: history.blame_provisions(repo, "a.md", rev=rev),
        lambda: history.changed_documents(repo, rev, "HEAD"),
        lambda: history.files_changed_since(repo, rev),
        lambda: history.read_blob_text(repo, rev, "a.md"),
    ]
    for call in calls:
        with pytest.raises(UsageError, match="parece una opción|revisión"):
            call()
    assert not (repo_dir.root / "x.txt").exists()


@pytest.mark.parametrize("rev", ["", "   ", "HEAD\nmain", "HEAD\0"])
def test_empty_and_control_character_revisions(repo_dir: GitRepo, rev: str):
    repo_dir.commit("inicial", {"a.md": bill(ten_articles()[:2])})
    repo = history.open_repository(repo_dir.root)
    with pytest.raises(UsageError):
        history.resolve_revision(repo, rev)


def test_option_like_paths_are_refused(repo_dir: GitRepo):
    repo_dir.commit("inicial", {"a.md": bill(ten_articles()[:2])})
    repo = history.open_repository(repo_dir.root)
    with pytest.raises(UsageError, match="parece una opción"):
        history.document_versions(repo, "--output=x.txt")
    with pytest.raises(UsageError, match="parece una opción"):
        history.files_changed_since(repo, "HEAD", ["--cached"])
    assert not (repo_dir.root / "x.txt").exists()


def test_path_outside_repository(repo_dir: GitRepo, tmp_path: Path):
    repo_dir.commit("inicial", {"a.md": bill(ten_articles()[:2])})
    outside = tmp_path / "outside.md"
    outside.write_text("Artículo 1. Fuera.\n", encoding="utf-8")
    repo = history.open_repository(repo_dir.root)
    for path in (outside, "../outside.md", "/etc/hostname"):
        with pytest.raises(UsageError, match="fuera del repositorio"):
            history.document_versions(repo, path)
    with pytest.raises(UsageError, match="fuera del repositorio"):
        history.blame_provisions(repo, outside)
    with pytest.raises(UsageError, match="dentro de .git"):
        history.document_at(repo, "HEAD", ".git/config")


def test_file_not_tracked(repo_dir: GitRepo):
    repo_dir.commit("inicial", {"a.md": bill(ten_articles()[:2])})
    repo_dir.write("borrador.md", bill(ten_articles()[:1]))
    repo = history.open_repository(repo_dir.root)
    with pytest.raises(UsageError, match="no está bajo control de versiones"):
        history.document_versions(repo, "borrador.md")
    with pytest.raises(UsageError, match="no está bajo control de versiones"):
        history.blame_provisions(repo, repo_dir.root / "borrador.md")
    with pytest.raises(UsageError, match="no existe en la revisión"):
        history.document_at(repo, "HEAD", "borrador.md")
    assert history.read_blob_text(repo, "HEAD", "borrador.md") is None
    assert history.blob_id(repo, "HEAD", "borrador.md") is None


def test_errors_are_one_line(repo_dir: GitRepo, tmp_path: Path):
    repo_dir.commit("inicial", {"a.md": bill(ten_articles()[:2])})
    repo = history.open_repository(repo_dir.root)
    errors = []
    for call in (
        lambda: history.resolve_revision(repo, "nope"),
        lambda: history.resolve_revision(repo, "--output=x"),
        lambda: history.document_versions(repo, "/etc/hostname"),
        lambda: history.document_versions(repo, "missing.md"),
        lambda: history.open_repository(tmp_path),
    ):
        with pytest.raises(UsageError) as info:
            call()
        errors.append(str(info.value))
    assert all("\n" not in message and message for message in errors)


# ----------------------------------------------------------------------------------------------------------------
# Shallow clones
# ----------------------------------------------------------------------------------------------------------------


def test_shallow_clone_is_detected(repo_dir: GitRepo, tmp_path: Path):
    arts = ten_articles()[:3]
    repo_dir.commit("primera versión", {"a.md": bill(arts)})
    arts[0] = (arts[0][0], arts[0][1] + " Se añade una frase.")
    repo_dir.commit("segunda versión", {"a.md": bill(arts)}, author="luis")
    arts[2] = (arts[2][0], arts[2][1] + " Otra frase.")
    last = repo_dir.commit("tercera versión", {"a.md": bill(arts)}, author="sofia")
    clone = tmp_path / "shallow"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", f"file://{repo_dir.root}", str(clone)],
        check=True,
        capture_output=True,
        env=repo_dir.env(),
    )
    full = history.open_repository(repo_dir.root)
    assert not history.is_shallow(full)
    repo = history.open_repository(clone)
    assert history.is_shallow(repo)
    with pytest.raises(UsageError, match="clon superficial"):
        history.resolve_revision(repo, "HEAD~2")
    versions = history.document_versions(repo, "a.md")
    assert [v.sha for v in versions] == [last]
    assert versions[-1].boundary
    blames = history.blame_provisions(repo, "a.md")
    assert blames and all(b.boundary and b.sha == last for b in blames)
    assert not any(b.boundary for b in history.blame_provisions(full, "a.md") if b.sha != full.head.commit.hexsha)


# ----------------------------------------------------------------------------------------------------------------
# Versions, documents at revisions
# ----------------------------------------------------------------------------------------------------------------


def test_document_versions_follow_renames(repo_dir: GitRepo):
    arts = ten_articles()[:3]
    first = repo_dir.commit("Radica el proyecto", {"borradores/sandbox.md": bill(arts)})
    arts[1] = (arts[1][0], arts[1][1] + " Con control posterior.")
    second = repo_dir.commit("Ajusta el artículo 2", {"borradores/sandbox.md": bill(arts)}, author="luis")
    repo_dir.move("borradores/sandbox.md", "bills/sandbox_ia.md")
    third = repo_dir.commit("Mueve a bills/", author="sofia")
    arts[2] = (arts[2][0], arts[2][1] + " Con un informe anual.")
    fourth = repo_dir.commit("Añade informe anual\n\nCuerpo del mensaje.", {"bills/sandbox_ia.md": bill(arts)})
    repo_dir.commit("Otro documento", {"bills/otro.md": bill(arts[:1])})
    repo = history.open_repository(repo_dir.root)

    versions = history.document_versions(repo, repo_dir.root / "bills" / "sandbox_ia.md")
    assert [v.sha for v in versions] == [fourth, third, second, first]
    assert [v.path for v in versions] == [
        "bills/sandbox_ia.md",
        "bills/sandbox_ia.md",
        "borradores/sandbox.md",
        "borradores/sandbox.md",
    ]
    assert [v.status for v in versions] == ["M", "R", "M", "A"]
    assert versions[1].old_path == "borradores/sandbox.md"
    assert versions[0].summary == "Añade informe anual"
    assert (versions[2].author_name, versions[2].author_email) == AUTHORS["luis"]
    assert versions[1].author_name == "Sofía Vélez"
    assert versions[3].date == "2027-02-01T09:00:00-05:00"
    assert versions[0].short_sha == fourth[:7] or fourth.startswith(versions[0].short_sha)
    assert versions[0].to_dict()["sha"] == fourth

    unfollowed = history.document_versions(repo, "bills/sandbox_ia.md", follow_renames=False)
    assert [v.sha for v in unfollowed] == [fourth, third]

    # every version's path really holds the document at that commit
    for version in versions:
        assert history.read_blob_text(repo, version.sha, version.path) is not None


def test_document_at_parses_and_caches_by_blob(repo_dir: GitRepo):
    arts = ten_articles()[:3]
    first = repo_dir.commit("v1", {"a.md": bill(arts)})
    second = repo_dir.commit("otro archivo", {"b.txt": "nada"})
    arts[0] = (arts[0][0], "Texto nuevo del objeto.")
    third = repo_dir.commit("v2", {"a.md": bill(arts)})
    repo = history.open_repository(repo_dir.root)

    doc1 = history.document_at(repo, first, "a.md")
    assert doc1.text == bill(ten_articles()[:3])
    assert [p.id for p in doc1.provisions if p.kind == "articulo"] == ["art_1", "art_2", "art_3"]
    assert history.document_at(repo, second, "a.md") is doc1  # same blob: parsed once
    doc3 = history.document_at(repo, third, "a.md")
    assert doc3 is not doc1 and "Texto nuevo del objeto." in doc3.text
    assert doc3.path == "a.md"
    assert history.blob_id(repo, first, "a.md") == repo_dir.git("rev-parse", f"{first}:a.md")
    assert history.blob_id(repo, first, "a.md") == history.blob_id(repo, second, "a.md")
    assert history.read_blob_text(repo, "HEAD", "a.md") == bill(arts)
    assert history.read_blob_text(repo, first, "b.txt") is None


def test_non_utf8_blob_is_read(repo_dir: GitRepo):
    text = "Artículo 1. Régimen de transición.\n"
    (repo_dir.root / "ley.txt").write_bytes(text.encode("cp1252"))
    repo_dir.commit("ley en cp1252")
    repo = history.open_repository(repo_dir.root)
    assert history.read_blob_text(repo, "HEAD", "ley.txt") == text
    assert history.document_at(repo, "HEAD", "ley.txt").text == text


def test_path_at_follows_a_rename_back(repo_dir: GitRepo):
    arts = ten_articles()[:2]
    first = repo_dir.commit("v1", {"old/name.md": bill(arts)})
    repo_dir.move("old/name.md", "new/name.md")
    repo_dir.commit("rename")
    repo = history.open_repository(repo_dir.root)
    assert history.path_at(repo, first, "new/name.md") == "old/name.md"
    assert history.path_at(repo, "HEAD", "new/name.md") == "new/name.md"
    with pytest.raises(UsageError, match="no existe en la revisión"):
        history.path_at(repo, first, "nunca.md")


# ----------------------------------------------------------------------------------------------------------------
# Blame per provision
# ----------------------------------------------------------------------------------------------------------------


def test_blame_names_the_last_commit_of_each_provision(repo_dir: GitRepo):
    arts = ten_articles()[:4]
    arts[1] = (
        arts[1][0],
        arts[1][1] + "\n\nParágrafo 1. Las entidades informarán cada seis meses.\n\n"
        "Parágrafo 2. El comité publicará sus actas.",
    )
    base = repo_dir.commit("Versión inicial", {"a.md": bill(arts)}, author="ana")
    arts[2] = (arts[2][0], arts[2][1].replace("reglas propias", "reglas especiales"))
    luis = repo_dir.commit("Ajusta el artículo 3", {"a.md": bill(arts)}, author="luis")
    arts[1] = (arts[1][0], arts[1][1].replace("cada seis meses", "cada tres meses"))
    sofia = repo_dir.commit("Parágrafo 1 del artículo 2", {"a.md": bill(arts)}, author="sofia")
    repo = history.open_repository(repo_dir.root)

    blames = {b.provision_id: b for b in history.blame_provisions(repo, "a.md")}
    assert blames["art_1"].sha == base
    assert blames["art_2"].sha == sofia  # a child changed: the article changed
    assert blames["art_2__par_1"].sha == sofia
    assert blames["art_2__par_2"].sha == base
    assert blames["art_3"].sha == luis and blames["art_3"].author_name == "Luis Gómez"
    assert blames["art_4"].sha == base
    assert blames["art_3"].summary == "Ajusta el artículo 3"
    assert blames["art_3"].date == "2027-02-02T09:00:00-05:00"
    assert blames["art_2__par_1"].depth == 1 and blames["art_2"].depth == 0
    document = history.document_at(repo, "HEAD", "a.md")
    lines = document.text.splitlines()
    art3 = blames["art_3"]
    assert lines[art3.line_start - 1].startswith("## Artículo 3.")
    assert "reglas especiales" in "\n".join(lines[art3.line_start - 1 : art3.line_end])
    assert len(blames) == len(list(document.iter_provisions()))

    # at an older revision the blame is that of the older text
    old = {b.provision_id: b for b in history.blame_provisions(repo, "a.md", rev=luis)}
    assert old["art_2"].sha == base and old["art_3"].sha == luis


def test_blame_after_insertion_keeps_later_articles(repo_dir: GitRepo):
    arts = ten_articles()[:5]
    base = repo_dir.commit("inicial", {"a.md": bill(arts)})
    # Append a sentence to article 5 only: articles 1-4 keep the base commit.
    arts[4] = (arts[4][0], arts[4][1] + " Rige desde su publicación.")
    last = repo_dir.commit("vigencia", {"a.md": bill(arts)}, author="luis")
    repo = history.open_repository(repo_dir.root)
    result = {b.provision_id: b.sha for b in history.blame_provisions(repo, "a.md") if b.kind == "articulo"}
    assert result == {"art_1": base, "art_2": base, "art_3": base, "art_4": base, "art_5": last}


# ----------------------------------------------------------------------------------------------------------------
# Changed files
# ----------------------------------------------------------------------------------------------------------------


def test_changed_documents_with_renames(repo_dir: GitRepo):
    arts = ten_articles()
    start = repo_dir.commit(
        "inicial",
        {
            "bills/a.md": bill(arts[:3]),
            "bills/b.md": bill(arts[3:6]),
            "bills/c.md": bill(arts[6:9]),
            "notes.json": "{}",
        },
    )
    repo_dir.move("bills/b.md", "bills/b_renombrado.md")
    (repo_dir.root / "bills" / "c.md").unlink()
    repo_dir.commit(
        "cambios",
        {"bills/a.md": bill(arts[:4]), "bills/nuevo.txt": bill(arts[9:]), "notes.json": '{"x": 1}'},
    )
    repo = history.open_repository(repo_dir.root)
    pairs = sorted(history.changed_documents(repo, start, "HEAD"), key=lambda p: str(p))
    assert pairs == sorted(
        [
            ("bills/a.md", "bills/a.md"),
            ("bills/b.md", "bills/b_renombrado.md"),
            ("bills/c.md", None),
            (None, "bills/nuevo.txt"),
        ],
        key=lambda p: str(p),
    )
    only_a = history.changed_documents(repo, start, "HEAD", [repo_dir.root / "bills" / "a.md"])
    assert only_a == [("bills/a.md", "bills/a.md")]
    assert history.changed_documents(repo, "HEAD", "HEAD") == []
    # rev_b None: the working tree
    repo_dir.write("bills/a.md", bill(arts[:2]))
    assert history.changed_documents(repo, "HEAD", None) == [("bills/a.md", "bills/a.md")]


def test_files_changed_since_includes_uncommitted_work(repo_dir: GitRepo):
    arts = ten_articles()
    start = repo_dir.commit(
        "inicial",
        {"bills/a.md": bill(arts[:2]), "bills/b.md": bill(arts[2:4]), "bills/c.md": bill(arts[4:6]), "x.py": ""},
    )
    repo_dir.commit("commit posterior", {"bills/a.md": bill(arts[:3])})
    repo_dir.write("bills/b.md", bill(arts[2:5]))  # unstaged
    repo_dir.write("bills/nuevo.md", bill(arts[6:7]))  # untracked
    repo_dir.write("x.py", "print(1)\n")  # not a document
    repo_dir.write(".gitignore", "ignorado.md\n")
    repo_dir.write("ignorado.md", "x")  # ignored
    (repo_dir.root / "bills" / "c.md").unlink()  # deleted: nothing to check
    repo = history.open_repository(repo_dir.root)
    root = repo_dir.root.resolve()
    changed = history.files_changed_since(repo, start)
    assert changed == [str(root / "bills" / name) for name in ("a.md", "b.md", "nuevo.md")]
    assert history.files_changed_since(repo, "HEAD") == [str(root / "bills" / n) for n in ("b.md", "nuevo.md")]
    assert history.files_changed_since(repo, start, [root / "bills" / "a.md"]) == [str(root / "bills" / "a.md")]
    # pathspecs are literal: a glob typed by a user matches no file
    assert history.files_changed_since(repo, start, ["*.md"]) == []
    assert history.files_changed_since(repo, start, [":(glob)**/*.md"]) == []


def test_directories_are_not_documents(repo_dir: GitRepo):
    repo_dir.commit("inicial", {"bills/a.md": bill(ten_articles()[:2])})
    repo = history.open_repository(repo_dir.root)
    for call in (
        lambda: history.document_versions(repo, "bills"),
        lambda: history.blame_provisions(repo, repo_dir.root / "bills"),
        lambda: history.document_at(repo, "HEAD", "bills"),
        lambda: history.document_versions(repo, repo_dir.root),
    ):
        with pytest.raises(UsageError, match="es un directorio"):
            call()
