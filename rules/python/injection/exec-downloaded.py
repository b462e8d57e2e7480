import hashlib
import json
import os
import subprocess
import urllib.request

import httpx
import requests

PLUGIN_URL = "https://plugins.example.com/latest/plugin.py"
INSTALLER_SHA256 = "9f2c1d0e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f10"


def load_plugin():
    # vetted-expect: py.injection.exec-downloaded
    exec(requests.get(PLUGIN_URL, timeout=10).text)


def load_rules(url):
    resp = httpx.get(url)
    resp.raise_for_status()
    source = resp.text
    namespace = {}
    # vetted-expect: py.injection.exec-downloaded
    exec(compile(source, "<remote-rules>", "exec"), namespace)
    return namespace["RULES"]


def remote_config(url):
    body = urllib.request.urlopen(url).read().decode("utf-8")
    # vetted-expect: py.injection.exec-downloaded
    return eval(body)


def remote_config_with(url):
    with urllib.request.urlopen(url) as r:
        body = r.read().decode("utf-8")
    # vetted-todo-expect: py.injection.exec-downloaded: a response bound by `with ... as r` is not followed
    return eval(body)


def bootstrap():
    # vetted-expect: py.injection.exec-downloaded
    os.system("curl -fsSL https://get.example.com/install.sh | sh")
    # vetted-expect: py.injection.exec-downloaded
    subprocess.run("wget -qO- https://get.example.com/agent | sudo bash -s -- --token abc", shell=True, check=True)
    # vetted-expect: py.injection.exec-downloaded
    subprocess.check_call(["bash", "-c", "curl -sSL https://install.example.com | python3 -"])


# Safe forms.
def load_plugin_checked():
    code = requests.get(PLUGIN_URL, timeout=10).content
    # vetted-ok: py.injection.exec-downloaded
    settings = json.loads(code)
    with open("/opt/app/plugins/settings.py") as fh:
        local_source = fh.read()
    # vetted-ok: py.injection.exec-downloaded
    exec(compile(local_source, "settings.py", "exec"))
    return settings


def bootstrap_pinned():
    # vetted-ok: py.injection.exec-downloaded
    subprocess.run(["curl", "-fsSLo", "/tmp/install.sh", "https://get.example.com/v1.4.2/install.sh"], check=True)
    with open("/tmp/install.sh", "rb") as fh:
        if hashlib.sha256(fh.read()).hexdigest() != INSTALLER_SHA256:
            raise RuntimeError("installer checksum mismatch")
    # vetted-ok: py.injection.exec-downloaded
    subprocess.run(["sh", "/tmp/install.sh"], check=True)
    # vetted-ok: py.injection.exec-downloaded
    os.system("curl -fsSL https://api.example.com/status | jq .version")
    # vetted-ok: py.injection.exec-downloaded
    subprocess.run("curl -fsS https://example.com/health > /dev/null && echo ok", shell=True)
    # vetted-ok: py.injection.exec-downloaded
    hint = "curl -fsSL https://get.example.com/install.sh | sh"
    # vetted-ok: py.injection.exec-downloaded
    # exec(requests.get(PLUGIN_URL).text)
    return hint
