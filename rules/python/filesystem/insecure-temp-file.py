import os
import tempfile
from tempfile import mktemp, mkstemp


def export_csv(rows):
    # vetted-expect: py.filesystem.insecure-temp-file
    path = tempfile.mktemp(suffix=".csv")
    with open(path, "w") as fh:
        for row in rows:
            fh.write(",".join(row) + "\n")
    return path


def scratch_dir_file(name):
    # vetted-expect: py.filesystem.insecure-temp-file
    tmp = mktemp(prefix=name, dir="/tmp")
    os.system(f"convert input.png {tmp}")
    return tmp


class Cache:
    def __init__(self):
        # vetted-expect: py.filesystem.insecure-temp-file
        self.path = tempfile.mktemp()


# Near misses


def safe_export(rows):
    # vetted-ok: py.filesystem.insecure-temp-file
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as fh:
        fh.write("\n".join(",".join(r) for r in rows))
        return fh.name


def safe_fd():
    # vetted-ok: py.filesystem.insecure-temp-file
    fd, path = mkstemp()
    # vetted-ok: py.filesystem.insecure-temp-file
    folder = tempfile.mkdtemp()
    # vetted-ok: py.filesystem.insecure-temp-file
    note = "tempfile.mktemp() is deprecated"
    # vetted-ok: py.filesystem.insecure-temp-file
    # path = tempfile.mktemp()
    return fd, path, folder, note
