import os
import shutil
import tarfile
import zipfile
from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
BACKUP_DIR = Path("/srv/app/restore")


@app.route("/restore", methods=["POST"])
def restore_backup():
    upload = request.files["backup"]
    path = os.path.join("/tmp", "upload.tar.gz")
    upload.save(path)
    with tarfile.open(path, "r:gz") as tar:
        # vetted-expect: py.filesystem.tar-extract-unfiltered
        tar.extractall(BACKUP_DIR)
    return "restored"


def unpack_model(bundle_path: str, target: str) -> None:
    # vetted-expect: py.filesystem.tar-extract-unfiltered
    tarfile.open(bundle_path).extractall(path=target)


def unpack_plugin(archive_path, plugins_dir):
    with tarfile.open(archive_path) as archive:
        # vetted-expect: py.filesystem.tar-extract-unfiltered
        archive.extractall(plugins_dir)


def unpack_here(tarball_path):
    tf = tarfile.open(tarball_path, "r:*")
    # vetted-expect: py.filesystem.tar-extract-unfiltered
    tf.extractall()
    tf.close()


def unpack_one(release_tar, member_name, dest):
    # vetted-expect: py.filesystem.tar-extract-unfiltered
    release_tar.extract(member_name, dest)


def unpack_trusting(path, dest):
    with tarfile.open(path) as tar:
        # vetted-expect: py.filesystem.tar-extract-unfiltered
        tar.extractall(dest, filter="fully_trusted")


def install_theme(theme_archive, themes_dir):
    # vetted-expect: py.filesystem.tar-extract-unfiltered
    shutil.unpack_archive(theme_archive, themes_dir)


# Safe forms.
def unpack_filtered(path, dest):
    with tarfile.open(path) as tar:
        # vetted-ok: py.filesystem.tar-extract-unfiltered
        tar.extractall(dest, filter="data")
        # vetted-ok: py.filesystem.tar-extract-unfiltered
        tar.extractall(path=dest, filter=tarfile.data_filter)
        # vetted-ok: py.filesystem.tar-extract-unfiltered
        tar.extract("README", dest, filter="tar")


def safe_members(tar, dest):
    base = os.path.realpath(dest)
    for member in tar.getmembers():
        target = os.path.realpath(os.path.join(dest, member.name))
        if target.startswith(base + os.sep) and member.isfile():
            yield member


def unpack_checked(path, dest):
    with tarfile.open(path) as tar:
        # vetted-ok: py.filesystem.tar-extract-unfiltered
        tar.extractall(dest, members=safe_members(tar, dest))
        # vetted-ok: py.filesystem.tar-extract-unfiltered
        tar.extractall(dest, safe_members(tar, dest))


def unpack_each_checked(path, dest):
    base = os.path.realpath(dest)
    with tarfile.open(path) as tar:
        for member in tar.getmembers():
            target = os.path.realpath(os.path.join(dest, member.name))
            if target.startswith(base + os.sep) and member.isfile():
                # vetted-ok: py.filesystem.tar-extract-unfiltered
                tar.extract(member, dest)


def install_theme_filtered(theme_archive, themes_dir):
    # vetted-ok: py.filesystem.tar-extract-unfiltered
    shutil.unpack_archive(theme_archive, themes_dir, filter="data")


def unpack_zip(path, dest):
    # zipfile removes '..' and absolute paths itself and takes no filter argument.
    with zipfile.ZipFile(path) as archive:
        # vetted-ok: py.filesystem.tar-extract-unfiltered
        archive.extractall(dest)
    zf = zipfile.ZipFile(path)
    # vetted-ok: py.filesystem.tar-extract-unfiltered
    zf.extractall(dest)


def unpack_with_options(path, dest, **options):
    with tarfile.open(path) as tar:
        # vetted-ok: py.filesystem.tar-extract-unfiltered
        tar.extractall(dest, **options)


def not_a_tar(data, fields):
    # vetted-ok: py.filesystem.tar-extract-unfiltered
    values = data.extract(fields)
    # vetted-ok: py.filesystem.tar-extract-unfiltered
    hint = "tar.extractall(dest)"
    # vetted-ok: py.filesystem.tar-extract-unfiltered
    # tar.extractall(dest)
    return values, hint


def unpack_named_elsewhere(path, dest):
    bundle = tarfile.open(path)
    # vetted-todo-expect: py.filesystem.tar-extract-unfiltered: a variable not named like a tar archive, opened outside a `with`
    bundle.extractall(dest)


# setuptools (and other packages) have an unpack_archive of their own, with their own checks.
from setuptools.archive_util import unpack_archive


def unpack_egg(egg_path, destination, progress):
    # vetted-ok: py.filesystem.tar-extract-unfiltered
    unpack_archive(egg_path, destination, progress)
