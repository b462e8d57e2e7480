import shlex

import paramiko
from fabric import Connection
from fastapi import FastAPI
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
api = FastAPI()
ALLOWED_SERVICES = {"nginx", "redis", "worker"}
COMMANDS = {"disk": "df -h", "uptime": "uptime"}


def get_ssh():
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect("app-01.internal", username="ops")
    return client


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    ssh = get_ssh()
    # vetted-expect: py.injection.paramiko-exec-command
    stdin, stdout, stderr = ssh.exec_command(f"ping -c 3 {host}")
    return stdout.read().decode()


@app.route("/logs")
def logs():
    ssh = get_ssh()
    log_file = request.args["file"]
    command = "tail -n 200 /var/log/app/" + log_file
    # vetted-expect: py.injection.paramiko-exec-command
    _, out, _ = ssh.exec_command(command, timeout=10)
    return out.read()


@app.route("/deploy", methods=["POST"])
def deploy():
    branch = request.get_json()["branch"]
    c = Connection("deploy@app-01.internal")
    # vetted-expect: py.injection.paramiko-exec-command
    result = c.run("cd /srv/app && git checkout %s && make deploy" % branch, hide=True)
    return jsonify(ok=result.ok)


def run_remote(command_text):
    ssh = get_ssh()
    # vetted-expect: py.injection.paramiko-exec-command
    _, out, _ = ssh.exec_command(command=command_text)
    return out.read()


@api.post("/restart")
def restart(service: str):
    return run_remote("sudo systemctl restart {}".format(service))


@app.route("/service/status")
def service_status():
    name = request.args["service"]
    channel = get_ssh().invoke_shell()
    # vetted-expect: py.injection.paramiko-exec-command
    channel.send("systemctl status " + name + "\n")
    return channel.recv(65535).decode()


# Safe forms.
@app.route("/safe/ping")
def safe_ping():
    host = request.args.get("host", "")
    ssh = get_ssh()
    # vetted-ok: py.injection.paramiko-exec-command
    _, out, _ = ssh.exec_command(f"ping -c 3 {shlex.quote(host)}")
    return out.read()


@app.route("/safe/restart", methods=["POST"])
def safe_restart():
    service = request.form["service"]
    if service not in ALLOWED_SERVICES:
        abort(400)
    ssh = get_ssh()
    # vetted-ok: py.injection.paramiko-exec-command
    ssh.exec_command(f"sudo systemctl restart {service}")
    return "ok"


@app.route("/safe/status")
def safe_status():
    ssh = get_ssh()
    lines = int(request.args.get("lines", "50"))
    # vetted-ok: py.injection.paramiko-exec-command
    ssh.exec_command(f"journalctl -n {lines}")
    # vetted-ok: py.injection.paramiko-exec-command
    ssh.exec_command(COMMANDS[request.args["check"]])
    # vetted-ok: py.injection.paramiko-exec-command
    ssh.exec_command("uptime")
    channel = ssh.invoke_shell()
    # vetted-ok: py.injection.paramiko-exec-command
    channel.send("systemctl status " + shlex.quote(request.args["service"]) + "\n")
    c = Connection("ops@app-01.internal")
    # vetted-ok: py.injection.paramiko-exec-command
    c.run("df -h", hide=True)
    # vetted-ok: py.injection.paramiko-exec-command
    hint = 'ssh.exec_command(f"ping {request.args["host"]}")'
    # vetted-ok: py.injection.paramiko-exec-command
    # ssh.exec_command(request.args["cmd"])
    return hint


def nightly_backup(ssh, path):
    # vetted-ok: py.injection.paramiko-exec-command
    ssh.exec_command(f"tar czf /backups/nightly.tgz {path}")
