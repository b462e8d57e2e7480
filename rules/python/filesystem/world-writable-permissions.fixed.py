import os
import shutil
import stat
import tempfile
from os import chmod
from pathlib import Path

UPLOAD_DIR = Path("/srv/app/uploads")


def ensure_upload_dir():
    UPLOAD_DIR.mkdir(parents=True, exist_ok=True)
    # Fix "Permission denied" when nginx writes here
    # vetted-expect: py.filesystem.world-writable-permissions
    os.chmod(UPLOAD_DIR, 0o755)


def save_report(data: bytes, name: str) -> str:
    path = os.path.join(tempfile.gettempdir(), name)
    with open(path, "wb") as fh:
        fh.write(data)
    # vetted-expect: py.filesystem.world-writable-permissions
    os.chmod(path, 0o666)
    return path


def share_socket(sock_path):
    # vetted-expect: py.filesystem.world-writable-permissions
    os.chmod(sock_path, mode=0o777)


def make_script_runnable(script):
    st = os.stat(script)
    # vetted-expect: py.filesystem.world-writable-permissions
    os.chmod(script, st.st_mode | stat.S_IXUSR | stat.S_IWOTH)


def open_cache(cache_dir: Path):
    # vetted-expect: py.filesystem.world-writable-permissions
    cache_dir.chmod(0o777)
    # vetted-expect: py.filesystem.world-writable-permissions
    Path("logs/app.log").chmod(mode=0o666)


def copy_plugin(src, dest):
    shutil.copy(src, dest)
    # vetted-expect: py.filesystem.world-writable-permissions
    chmod(dest, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)


def daemonize():
    # vetted-expect: py.filesystem.world-writable-permissions
    os.umask(0)
    # Reading the umask (set it to 0, get the old value, put it back) is not a change
    # vetted-ok: py.filesystem.world-writable-permissions
    old = os.umask(0)
    os.umask(old)


def with_fd(fd):
    # vetted-expect: py.filesystem.world-writable-permissions
    os.fchmod(fd, 0o776)


# Near misses


def private_key_file(path):
    # vetted-ok: py.filesystem.world-writable-permissions
    os.chmod(path, 0o600)
    # vetted-ok: py.filesystem.world-writable-permissions
    os.chmod(path, 0o755)
    # vetted-ok: py.filesystem.world-writable-permissions
    os.chmod(path, 0o644)
    # vetted-ok: py.filesystem.world-writable-permissions
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def drop_world_write(path):
    st = os.stat(path)
    # vetted-ok: py.filesystem.world-writable-permissions
    os.chmod(path, st.st_mode & ~stat.S_IWOTH)


def group_share(path, mode):
    # vetted-ok: py.filesystem.world-writable-permissions
    os.chmod(path, 0o770)
    # vetted-ok: py.filesystem.world-writable-permissions
    os.chmod(path, mode)


def created_with_default_mode(path):
    # The mode of makedirs/open is filtered by the umask: 0o777 is the default.
    # vetted-ok: py.filesystem.world-writable-permissions
    os.makedirs(path, 0o777, exist_ok=True)
    # vetted-ok: py.filesystem.world-writable-permissions
    fd = os.open(path + "/x", os.O_CREAT | os.O_WRONLY, 0o666)
    # vetted-ok: py.filesystem.world-writable-permissions
    os.umask(0o077)
    # vetted-ok: py.filesystem.world-writable-permissions
    os.umask(0o022)
    # vetted-ok: py.filesystem.world-writable-permissions
    print("run: chmod 777 uploads/  # never do this")
    # vetted-ok: py.filesystem.world-writable-permissions
    # os.chmod(path, 0o777)
    return fd
