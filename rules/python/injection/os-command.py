import asyncio
import os
import shlex
import subprocess

CLEANUP = "rm -rf /tmp/build-cache"


def ping(host):
    # vetted-expect: py.injection.os-command
    os.system(f"ping -c 1 {host}")


def list_dir(path):
    # vetted-expect: py.injection.os-command
    return os.popen("ls -la " + path).read()


def disk_usage(folder):
    # vetted-expect: py.injection.os-command
    return subprocess.getoutput("du -sh %s" % folder)


async def convert(filename):
    # vetted-expect: py.injection.os-command
    proc = await asyncio.create_subprocess_shell(f"convert {filename} out.png")
    await proc.wait()


def run(cmd):
    # vetted-expect: py.injection.os-command
    status, out = subprocess.getstatusoutput(cmd)
    return status, out


async def safe_examples(host, filename):
    # vetted-ok: py.injection.os-command
    os.system("clear")
    # vetted-ok: py.injection.os-command
    os.system(CLEANUP)
    # vetted-ok: py.injection.os-command
    os.system("ping -c 1 " + shlex.quote(host))
    # vetted-ok: py.injection.os-command
    subprocess.run(["ping", "-c", "1", host], check=True)
    # vetted-ok: py.injection.os-command
    proc = await asyncio.create_subprocess_exec("convert", filename, "out.png")
    # vetted-ok: py.injection.os-command
    path = os.path.join("/srv", filename)
    # vetted-ok: py.injection.os-command
    text = "os.system(cmd)"
    # vetted-ok: py.injection.os-command
    # os.system(f"ping {host}")
    return proc, path, text
