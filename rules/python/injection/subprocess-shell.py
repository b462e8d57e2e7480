import shlex
import subprocess

BACKUP_CMD = "tar czf /tmp/backup.tgz /srv/data"


def convert(filename):
    # vetted-expect: py.injection.subprocess-shell
    subprocess.run(f"convert {filename} out.png", shell=True)


def grep(pattern, path):
    # vetted-expect: py.injection.subprocess-shell
    return subprocess.check_output("grep " + pattern + " " + path, shell=True)


def ping(host):
    cmd = "ping -c 1 %s" % host
    # vetted-expect: py.injection.subprocess-shell
    subprocess.call(cmd, shell=True)


def safe_examples(filename, host):
    # vetted-ok: py.injection.subprocess-shell
    subprocess.run(["convert", filename, "out.png"], check=True)
    # vetted-ok: py.injection.subprocess-shell
    subprocess.run("ls -la /tmp", shell=True)
    # vetted-ok: py.injection.subprocess-shell
    subprocess.run(BACKUP_CMD, shell=True)
    # vetted-ok: py.injection.subprocess-shell
    subprocess.run("ping -c 1 " + shlex.quote(host), shell=True)
    # vetted-ok: py.injection.subprocess-shell
    subprocess.run(f"convert {filename} out.png", shell=False)
    # vetted-ok: py.injection.subprocess-shell
    text = "subprocess.run(cmd, shell=True)"
    # vetted-ok: py.injection.subprocess-shell
    # subprocess.run(user_cmd, shell=True)


# Request data through variables and helpers (the finding shows the path).
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/convert", methods=["POST"])
def convert_view():
    upload = request.files["image"]
    name = upload.filename
    command = f"convert /srv/uploads/{name} -resize 200x200 /srv/thumbs/{name}"
    # vetted-expect: py.injection.subprocess-shell
    subprocess.run(command, shell=True, check=True)
    return jsonify(ok=True)


def git_log(request):
    branch = request.GET.get("branch", "main")
    # vetted-expect: py.injection.subprocess-shell
    out = subprocess.check_output("git log --oneline " + branch, shell=True)
    return out


@app.route("/safe/convert", methods=["POST"])
def safe_convert():
    name = request.files["image"].filename
    # vetted-ok: py.injection.subprocess-shell
    subprocess.run(["convert", name, "out.png"], check=True)
    # vetted-ok: py.injection.subprocess-shell
    subprocess.run("convert " + shlex.quote(name) + " out.png", shell=True, check=True)
    return jsonify(ok=True)
