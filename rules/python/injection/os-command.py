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


# Request data through variables and helpers (the finding shows the path).
from fastapi import FastAPI
from flask import Flask, jsonify, request

app = Flask(__name__)
api = FastAPI()


@app.route("/ping")
def ping_view():
    host = request.args.get("host", "")
    command = "ping -c 1 %s" % host
    # vetted-expect: py.injection.os-command
    return jsonify(code=os.system(command))


def archive(folder):
    cmd = f"tar czf /tmp/backup.tgz {folder}"
    # vetted-expect: py.injection.os-command
    return subprocess.getoutput(cmd)


@app.route("/backup", methods=["POST"])
def backup():
    return archive(request.form["folder"])


@api.post("/lookup")
def lookup(domain: str):
    # vetted-expect: py.injection.os-command
    out = subprocess.run(["sh", "-c", f"dig +short {domain}"], capture_output=True, text=True)
    return {"out": out.stdout}


@app.route("/safe/ping")
def safe_ping():
    host = request.args.get("host", "")
    # vetted-ok: py.injection.os-command
    subprocess.run(["ping", "-c", "1", host], check=True)
    # vetted-ok: py.injection.os-command
    subprocess.run(["sh", "-c", "ping -c 1 " + shlex.quote(host)], check=True)
    # vetted-ok: py.injection.os-command
    subprocess.run(["bash", "-c", "uptime"], check=True)
    # vetted-ok: py.injection.os-command
    os.system("ping -c 1 " + shlex.quote(host))
    return jsonify(ok=True)


def local_script(script):
    # vetted-ok: py.injection.os-command
    return subprocess.run(["sh", "-c", script], check=True)
