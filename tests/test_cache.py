import subprocess
import threading

from regdesign.cache import ResultCache, blob_id
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


def test_atomic_write_replaces_whole_file_and_leaves_no_temporaries(tmp_path):
    target = tmp_path / "out" / "report.json"
    write_text_atomic(target, "primero")
    write_text_atomic(target, "segundo ñ")
    assert target.read_text(encoding="utf-8") == "segundo ñ"
    assert [p.name for p in target.parent.iterdir()] == ["report.json"]
