import sqlite3
import subprocess
import threading
from pathlib import Path

import regdesign.check as check_module
from regdesign.cache import ResultCache, _retrying, blob_id
from regdesign.check import check_paths
from regdesign.config import Config
from regdesign.files import write_text_atomic


def test_blob_id_matches_git_hash_object(tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes("Artículo 1. Objeto.\n".encode())
    expected = subprocess.run(["git", "hash-object", str(path)], capture_output=True, text=True, check=True).stdout
    assert blob_id(path.read_bytes()) == expected.strip()


def test_cache_round_trip_and_salt(tmp_path):
    with ResultCache(tmp_path / "c") as cache:
        cache.put("abc", "v1", {"findings": [{"rule": "X", "message": "ñandú"}]})
        assert cache.get("abc", "v1") == {"findings": [{"rule": "X", "message": "ñandú"}]}
        assert cache.get("abc", "v2") is None
        cache.put("abc", "v1", {"findings": []})
        assert cache.get("abc", "v1") == {"findings": []}
        assert len(cache) == 1


def test_cache_survives_concurrent_writers(tmp_path):
    errors = []

    def work(worker: int) -> None:
        try:
            with ResultCache(tmp_path / "c") as cache:
                for item in range(50):
                    cache.put(f"blob{worker}-{item}", "s", {"n": item})
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with ResultCache(tmp_path / "c") as cache:
        assert len(cache) == 200


def test_many_connections_opening_a_new_cache_at_once(tmp_path):
    """Switching a new database to WAL fails at once (no busy wait) when another connection opens it at the same
    moment; the first CI run that met this failed ``database is locked``. 40 rounds of 8 openers released together."""
    for round_number in range(40):
        directory = tmp_path / f"r{round_number}"
        barrier = threading.Barrier(8)
        errors: list[Exception] = []

        def open_and_write(
            worker: int, directory: Path = directory, barrier: threading.Barrier = barrier, errors: list = errors
        ) -> None:
            try:
                barrier.wait()
                with ResultCache(directory) as cache:
                    cache.put(f"blob{worker}", "s", worker)
            except Exception as error:  # noqa: BLE001 - collected and asserted below
                errors.append(error)

        threads = [threading.Thread(target=open_and_write, args=(n,)) for n in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == [], round_number
        with ResultCache(directory) as cache:
            assert len(cache) == 8


def test_retrying_waits_out_busy_answers_only():
    answers = iter([sqlite3.OperationalError("database is locked"), sqlite3.OperationalError("database is busy"), 7])

    def action() -> int:
        answer = next(answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    assert _retrying(action) == 7
    calls = []

    def broken() -> None:
        calls.append(1)
        raise sqlite3.OperationalError("no such table: results")

    try:
        _retrying(broken)
    except sqlite3.OperationalError as error:
        assert "no such table" in str(error)
    else:
        raise AssertionError("a real error must not be retried away")
    assert calls == [1]

    def always_locked() -> None:
        calls.append(2)
        raise sqlite3.OperationalError("database is locked")

    try:
        _retrying(always_locked, timeout=0.05)
    except sqlite3.OperationalError as error:
        assert "locked" in str(error)
    else:
        raise AssertionError("a lock that never goes away must end in the error")
    assert calls.count(2) >= 2


def test_atomic_write_replaces_whole_file_and_leaves_no_temporaries(tmp_path):
    target = tmp_path / "out" / "report.json"
    write_text_atomic(target, "primero")
    write_text_atomic(target, "segundo ñ")
    assert target.read_text(encoding="utf-8") == "segundo ñ"
    assert [p.name for p in target.parent.iterdir()] == ["report.json"]


def test_cached_records_decode_to_equal_objects_and_ignore_unknown_keys():
    """What the cache stores (``to_dict``) decodes back (``from_dict``) to equal objects, with the fast path (every
    key a field) and with keys another version may have written."""
    from regdesign.model import Finding
    from regdesign.nlp.references import extract_references

    refs = extract_references("Según los artículos 14 a 16 de la Ley 80 de 1993 y el artículo anterior, se decide.")
    assert len(refs) == 2
    for ref in refs:
        data = ref.to_dict()
        assert type(ref).from_dict(data) == ref
        assert type(ref).from_dict({**data, "added_later": 1}) == ref
    finding = Finding("R-1", "warning", "Mensaje", path="a.md", start=3, end=9, category="OCDE-A2", message_en="M")
    record = {"rule": "R-1", "severity": "warning", "message": "Mensaje", "path": "a.md", "start": 3, "end": 9}
    record |= {"category": "OCDE-A2", "message_en": "M"}
    assert Finding.from_dict(record) == finding
    assert Finding.from_dict({**record, "added_later": [1]}) == finding


ROOT = Path(__file__).resolve().parents[1]
SAMPLES = [ROOT / "bills", ROOT / "terms_of_reference"]


def _check_twice(tmp_path):
    """(fresh, filled, cached, rows): the sample documents checked without a cache, then twice with one (the second run
    reads every result back), and the number of rows the cache holds."""
    fresh = check_paths(SAMPLES, Config())
    with ResultCache(tmp_path / "cache") as cache:
        filled = check_paths(SAMPLES, Config(), cache=cache)
        cached = check_paths(SAMPLES, Config(), cache=cache)
        return fresh, filled, cached, len(cache)


def test_check_results_from_the_cache_equal_fresh_ones(tmp_path):
    """Every field of every document's result (findings, references with all their fields, metrics) is the same
    whether it was computed or read back from the cache's rows."""
    fresh, filled, cached, rows = _check_twice(tmp_path)
    assert len(fresh.documents) >= 3 and rows == len(fresh.documents)
    assert any(d.findings for d in fresh.documents) and any(d.references for d in fresh.documents)
    assert fresh.documents == filled.documents == cached.documents


def test_a_damaged_cache_record_is_a_miss_not_an_error(tmp_path):
    """A record that is not JSON, or whose rows do not fit the model, is checked again and rewritten."""
    fresh, _filled, _cached, rows = _check_twice(tmp_path)
    with sqlite3.connect(tmp_path / "cache" / "results.sqlite") as connection:
        blobs = [row[0] for row in connection.execute("SELECT blob FROM results ORDER BY blob")]
        connection.execute("UPDATE results SET data = ? WHERE blob = ?", ('{"findings": [[1]]', blobs[0]))
        connection.execute("UPDATE results SET data = ? WHERE blob = ?", ('{"findings": [[1, 2]]}', blobs[1]))
    with ResultCache(tmp_path / "cache") as cache:
        again = check_paths(SAMPLES, Config(), cache=cache)
        assert len(cache) == rows
    assert again.documents == fresh.documents
    with ResultCache(tmp_path / "cache") as cache:  # the damaged records were rewritten
        assert check_paths(SAMPLES, Config(), cache=cache).documents == fresh.documents


def test_rows_of_another_layout_are_never_read(tmp_path, monkeypatch):
    """The layout of the rows is part of the cache key: when the model's fields change, old rows are not found."""
    _fresh, _filled, _cached, rows = _check_twice(tmp_path)
    monkeypatch.setattr(check_module, "CACHE_LAYOUT", "another")
    with ResultCache(tmp_path / "cache") as cache:
        check_paths(SAMPLES, Config(), cache=cache)
        assert len(cache) == 2 * rows
