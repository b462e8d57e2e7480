import os
import shutil
import tarfile
import zipfile
from pathlib import Path

from werkzeug.utils import secure_filename


def extract_flat(archive_path, dest):
    with zipfile.ZipFile(archive_path) as zf:
        for member in zf.infolist():
            if member.is_dir():
                # vetted-expect: py.filesystem.zip-slip
                os.makedirs(os.path.join(dest, member.filename), exist_ok=True)
                continue
            target = os.path.join(dest, member.filename)
            # vetted-expect: py.filesystem.zip-slip
            with zf.open(member) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)


def extract_names(archive_path, dest):
    zf = zipfile.ZipFile(archive_path)
    for name in zf.namelist():
        data = zf.read(name)
        # vetted-expect: py.filesystem.zip-slip
        Path(dest, name).write_bytes(data)


def extract_pathlib(archive_path: str, dest: Path) -> None:
    with zipfile.ZipFile(archive_path) as zf:
        for info in zf.infolist():
            out_path = dest / info.filename
            # vetted-expect: py.filesystem.zip-slip
            out_path.parent.mkdir(parents=True, exist_ok=True)
            # vetted-expect: py.filesystem.zip-slip
            out_path.write_bytes(zf.read(info))


def extract_tar(upload, dest):
    with tarfile.open(fileobj=upload, mode="r:gz") as tar:
        for member in tar.getmembers():
            if not member.isfile():
                continue
            src = tar.extractfile(member)
            # vetted-expect: py.filesystem.zip-slip
            with open(f"{dest}/{member.name}", mode="wb") as out:
                out.write(src.read())


def checked(archive_path, dest):
    root = os.path.realpath(dest)
    with zipfile.ZipFile(archive_path) as zf:
        for member in zf.infolist():
            target = os.path.realpath(os.path.join(root, member.filename))
            if not target.startswith(root + os.sep):
                raise ValueError(f"unsafe member {member.filename}")
            # vetted-ok: py.filesystem.zip-slip
            with open(target, "wb") as out:
                out.write(zf.read(member))


def checked_pathlib(archive_path, dest: Path):
    root = dest.resolve()
    with zipfile.ZipFile(archive_path) as zf:
        for name in zf.namelist():
            target = (root / name).resolve()
            if not target.is_relative_to(root):
                continue
            # vetted-ok: py.filesystem.zip-slip
            target.write_bytes(zf.read(name))


def flattened(archive_path, dest):
    with zipfile.ZipFile(archive_path) as zf:
        for member in zf.infolist():
            # vetted-ok: py.filesystem.zip-slip
            with open(os.path.join(dest, os.path.basename(member.filename)), "wb") as out:
                out.write(zf.read(member))
            # vetted-ok: py.filesystem.zip-slip
            with open(os.path.join(dest, secure_filename(member.filename)), "wb") as out:
                out.write(zf.read(member))


def safe_forms(archive_path, dest):
    with zipfile.ZipFile(archive_path) as zf:
        # vetted-ok: py.filesystem.zip-slip
        zf.extractall(dest)
        for member in zf.infolist():
            # vetted-ok: py.filesystem.zip-slip
            zf.extract(member, dest)
            # vetted-ok: py.filesystem.zip-slip
            with open(os.path.join(dest, member.filename)) as existing:
                print(existing.read())
            # vetted-ok: py.filesystem.zip-slip
            print(f"would write {os.path.join(dest, member.filename)}")
        # vetted-ok: py.filesystem.zip-slip
        with open(os.path.join(dest, "MANIFEST"), "w") as manifest:
            manifest.write("\n".join(zf.namelist()))
    # vetted-ok: py.filesystem.zip-slip
    # open(os.path.join(dest, member.filename), "wb")
    # vetted-ok: py.filesystem.zip-slip
    doc = 'open(os.path.join(dest, member.filename), "wb")'
    return doc


def commonpath_check(archive_path, dest):
    root = os.path.realpath(dest)
    with zipfile.ZipFile(archive_path) as zf:
        for member in zf.infolist():
            target = os.path.realpath(os.path.join(root, member.filename))
            if os.path.commonpath([root, target]) != root:
                continue
            # vetted-todo-ok: py.filesystem.zip-slip: a commonpath comparison is not understood as a guard
            with open(target, "wb") as out:
                out.write(zf.read(member))


def blocklist_check(archive_path, dest):
    with zipfile.ZipFile(archive_path) as zf:
        for info in zf.infolist():
            name = info.filename
            if name.startswith("/") or ".." in name:
                continue
            # vetted-todo-ok: py.filesystem.zip-slip: a blocklist check ('..' in name) is not understood as a guard
            with zf.open(name) as src, open(os.path.join(dest, *name.split("/")), "wb") as out:
                shutil.copyfileobj(src, out)


def is_within_directory(directory, target):
    return os.path.commonpath([os.path.abspath(directory), os.path.abspath(target)]) == os.path.abspath(directory)


def helper_check(archive_path, dest):
    with zipfile.ZipFile(archive_path) as zf:
        for info in zf.infolist():
            target = os.path.join(dest, info.filename)
            if not is_within_directory(dest, target):
                raise ValueError(info.filename)
            # vetted-ok: py.filesystem.zip-slip
            with open(target, "wb") as out:
                out.write(zf.read(info))
