"""The explorer in a real browser (Playwright on Debian's chromium): every page, a finding explained, a comparison,
the bidder interview to its downloads, a sandbox draft committed on a branch, injection shown as text, axe-core."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
AXE = REPO / ".venv" / "npm" / "node_modules" / "axe-core" / "axe.min.js"
PAGES = [
    ("corpus", "Corpus de proyectos y términos de referencia"),
    ("documento", "Documento"),
    ("referencias", "Referencias y grafo de citas"),
    ("historia", "Historia de un documento"),
    ("ley-1955", "Ley 1955 de 2019"),
    ("entrevistas", "Entrevista del proponente"),
    ("sandbox", "Sandbox de redacción"),
]
MAIN = '[data-testid="stMain"]'
READY = '[data-testid="stApp"][data-test-script-state="notRunning"][data-test-connection-state="CONNECTED"]'


def open_page(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector(READY, timeout=60_000)


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, text=True).stdout.strip()


def choose(page: Page, label: str, option: str | re.Pattern) -> None:
    """Pick ``option`` in the selectbox labelled ``label``."""
    page.locator('[data-testid="stSelectbox"]').filter(has_text=label).first.click()
    page.get_by_role("option").filter(has_text=option).first.click()
    expect(page.get_by_role("listbox")).to_have_count(0)


def axe_serious(page: Page) -> list[dict]:
    """Serious and critical axe-core violations inside the app's main block (Streamlit's own chrome excluded)."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async (sel) => await axe.run({include: [[sel]]}, {resultTypes: ['violations']})", MAIN)
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "targets": [n["target"] for n in v["nodes"]][:5],
            "html": [n["html"][:200] for n in v["nodes"]][:3],
        }
        for v in result["violations"]
        if v.get("impact") in ("serious", "critical")
    ]


@pytest.mark.parametrize(("slug", "title"), PAGES, ids=[slug for slug, _ in PAGES])
def test_every_page_renders_is_accessible_and_is_photographed(
    page: Page, explorer_url: str, screenshots: Path, slug: str, title: str
):
    # the default page (Corpus) lives at the root: Streamlit answers /corpus with "page not found"
    open_page(page, f"{explorer_url}/" if slug == "corpus" else f"{explorer_url}/{slug}")
    expect(page.locator("h1").filter(has_text=title).first).to_be_visible(timeout=30_000)
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)
    # Let lazily drawn widgets (select boxes, data frames, graphviz) replace their skeletons before the picture.
    expect(page.locator('[data-testid="stSkeleton"]')).to_have_count(0, timeout=15_000)
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(screenshots / f"{slug}.png"), full_page=True)
    assert axe_serious(page) == []


def test_a_finding_is_explained_on_selection(page: Page, explorer_url: str):
    open_page(page, f"{explorer_url}/documento")
    choose(page, "Documento", "bills/tecnologias_emergentes.md")
    choose(page, "Hallazgo", "2. [")
    details = page.locator(".st-key-finding_details")
    expect(details).to_contain_text("Regla")
    expect(details).to_contain_text("Fundamento jurídico")
    expect(page.locator("mark.rd-selected").first).to_be_visible()


def test_two_revisions_are_compared(page: Page, explorer_url: str):
    open_page(page, f"{explorer_url}/historia")
    choose(page, "Documento", "bills/sandbox_govtech_movilidad.md")
    page.get_by_role("button", name="Comparar").click()
    expect(page.locator("table.rd-cmp")).to_be_visible(timeout=30_000)
    expect(page.locator("table.rd-cmp tbody tr").first).to_be_visible()
    expect(page.locator("table.rd-cmp ins, table.rd-cmp del").first).to_be_visible()
    expect(page.get_by_text("Delta regulatorio").first).to_be_visible()


def test_injected_markup_appears_as_text_and_nothing_runs(page: Page, explorer_url: str):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    open_page(page, f"{explorer_url}/documento?documento=bills/inyeccion.md")
    text = page.locator(".rd-doc")
    expect(text).to_contain_text("<script>alert(1)</script>", timeout=30_000)
    expect(text).to_contain_text("<img src=x onerror=alert(1)>")
    expect(page.locator(f"{MAIN} script")).to_have_count(0)
    expect(page.locator(".rd-doc img")).to_have_count(0)
    page.wait_for_timeout(500)
    assert dialogs == []


def test_keyboard_reaches_a_main_widget(page: Page, explorer_url: str):
    open_page(page, f"{explorer_url}/documento")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("(sel) => !!document.activeElement.closest(sel)", MAIN):
            break
    assert page.evaluate("(sel) => !!document.activeElement.closest(sel)", MAIN)


def test_bidder_fills_the_interview_and_downloads_documents(page: Page, explorer_url: str, tmp_path: Path):
    open_page(page, f"{explorer_url}/entrevistas")
    choose(page, "Términos de referencia", "terms_of_reference/innovacion_abierta_2027.md")
    page.get_by_role("button", name="Iniciar la entrevista").click()
    texts = {
        "Años de experiencia": "4",
        "Razón social": "Movilidad Abierta S.A.S.",
        "NIT con dígito de verificación": "900123456-8",
        "Representante legal": "Laura Gómez",
        "Dirección": "Carrera 43A # 1-50",
        "Ciudad": "Medellín",
        "Correo electrónico": "contacto@example.co",
        "Teléfono (celular o fijo)": "300 123 4567",
        "Título de la propuesta": "Semáforos que escuchan",
        "Resumen (qué propone y para quién)": "Prioridad semafórica <script>alert(1)</script>",
        "Valor solicitado": "95000000",
    }
    form = page.locator('[data-testid="stForm"]')
    for _ in range(20):
        expect(page.locator(READY)).to_have_count(1, timeout=30_000)
        if page.get_by_text("Entrevista terminada").count():
            break
        step = page.get_by_text(re.compile(r"^Paso \d+$")).inner_text()
        for label, value in texts.items():
            box = form.get_by_label(label, exact=True)
            if box.count():
                box.fill(value)
        persona = form.get_by_text("Como persona jurídica", exact=False)
        if persona.count():
            persona.click()
        yes = form.get_by_text("Sí", exact=True)
        if yes.count():
            yes.first.click()
        form.get_by_role("button", name="Continuar").click()
        expect(page.get_by_text(re.compile(r"^Paso \d+$"))).not_to_have_text(step, timeout=30_000)
    expect(page.get_by_text("Entrevista terminada")).to_be_visible(timeout=60_000)
    button = page.get_by_role("button", name=re.compile(r"Descargar carta_de_presentacion\.pdf"))
    expect(button).to_be_visible(timeout=60_000)
    with page.expect_download() as download:
        button.click()
    data = Path(download.value.path()).read_bytes()
    assert data.startswith(b"%PDF")


def test_sandbox_saves_an_article_as_a_draft_commit(page: Page, explorer_url: str, explorer_repo: Path):
    head, branch = git(explorer_repo, "rev-parse", "HEAD"), git(explorer_repo, "symbolic-ref", "HEAD")
    status = git(explorer_repo, "status", "--porcelain")
    open_page(page, f"{explorer_url}/sandbox")
    choose(page, "Documento", "bills/tecnologias_emergentes.md")
    page.get_by_text("Un artículo", exact=True).click()
    choose(page, "Artículo o sección", re.compile(r"^Artículo 1\b"))
    area = page.locator('[data-testid="stTextArea"] textarea')
    expect(area).to_have_value(re.compile(r"^Artículo 1"))
    area.fill("Artículo 1. Objeto. El presente acuerdo adopta lineamientos claros para tecnologías emergentes.\n\n")
    area.press("Control+Enter")
    page.get_by_role("button", name="Analizar").click()
    expect(page.get_by_text("Delta regulatorio frente a la última versión confirmada")).to_be_visible(timeout=30_000)
    page.get_by_label("Nombre del autor", exact=True).fill("Ana Restrepo")
    page.get_by_label("Correo del autor", exact=True).fill("ana@example.org")
    page.get_by_label("Mensaje del commit", exact=True).fill("Objeto en lenguaje claro")
    page.get_by_role("button", name="Guardar borrador").click()
    expect(page.get_by_text(re.compile("Borrador guardado"))).to_be_visible(timeout=30_000)
    assert "borradores/tecnologias_emergentes" in git(explorer_repo, "branch", "--list", "borradores/*")
    saved = git(explorer_repo, "show", "borradores/tecnologias_emergentes:bills/tecnologias_emergentes.md")
    assert "lineamientos claros para tecnologías emergentes" in saved
    assert git(explorer_repo, "log", "-1", "--format=%an|%s", "borradores/tecnologias_emergentes") == (
        "Ana Restrepo|Objeto en lenguaje claro"
    )
    assert git(explorer_repo, "rev-parse", "HEAD") == head
    assert git(explorer_repo, "symbolic-ref", "HEAD") == branch
    assert git(explorer_repo, "status", "--porcelain") == status
