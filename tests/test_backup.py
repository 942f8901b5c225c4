# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Self-tests of docker/backup.py on a small database of PostgreSQL (the one
PGHOST... name). `make test` runs the same round trip on the test database."""

import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "docker"))

import backup

PREFIX = os.environ.get("PM_TEST_DB_PREFIX", "pm_selftest")


@pytest.fixture
def database(tmp_path):
    db = f"{PREFIX}_backup_{os.getpid()}"
    subprocess.run(["dropdb", "--if-exists", db], check=True)
    subprocess.run(["createdb", db], check=True)
    backup.psql(
        db,
        "CREATE TABLE ir_attachment (id serial, store_fname varchar, "
        "file_size int); INSERT INTO ir_attachment (store_fname, file_size) "
        "VALUES ('ab/abcdef', 5), (NULL, NULL)",
    )
    data_dir = tmp_path / "data"
    store = data_dir / "filestore" / db / "ab"
    store.mkdir(parents=True)
    (store / "abcdef").write_bytes(b"\x89PNG\0")
    yield db, data_dir
    for name in (db, f"{db}_restored", f"{db}_copy"):
        subprocess.run(["dropdb", "--if-exists", name], check=True)


def test_backup_archive_and_restore(database, tmp_path):
    db, data_dir = database
    archive = backup.backup(db, data_dir, tmp_path / "backups")
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert backup.DUMP in names
    assert f"{backup.FILESTORE}/ab/abcdef" in names
    backup.restore(archive, f"{db}_copy", data_dir)
    assert backup.record_counts(f"{db}_copy") == {"ir_attachment": "2"}
    restored = data_dir / "filestore" / f"{db}_copy" / "ab" / "abcdef"
    assert restored.read_bytes() == b"\x89PNG\0"
    with pytest.raises(SystemExit):
        backup.restore(archive, f"{db}_copy", data_dir)


def test_backup_keeps_the_newest(database, tmp_path):
    db, data_dir = database
    dest = tmp_path / "backups"
    dest.mkdir()
    for day in ("20260101", "20260102", "20260103"):
        (dest / f"{db}-{day}-030000.tar").write_bytes(b"old")
    archive = backup.backup(db, data_dir, dest, keep=2)
    assert sorted(dest.glob("*.tar")) == [dest / f"{db}-20260103-030000.tar", archive]


def test_check_finds_a_damaged_copy(database, monkeypatch):
    db, data_dir = database
    assert backup.check(db, data_dir) == []
    real_restore = backup.restore

    def lossy_restore(file, copy, data_dir):
        real_restore(file, copy, data_dir)
        (Path(data_dir) / "filestore" / copy / "ab" / "abcdef").write_bytes(b"bad")
        backup.psql(copy, "DELETE FROM ir_attachment WHERE store_fname IS NULL")

    monkeypatch.setattr(backup, "restore", lossy_restore)
    problems = backup.check(db, data_dir)
    assert len(problems) == 2
    assert "ir_attachment 2 != 1" in problems[0]
    assert "differs" in problems[1]
