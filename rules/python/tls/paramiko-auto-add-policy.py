import asyncssh
import paramiko
from paramiko import AutoAddPolicy, SSHClient
from paramiko.client import WarningPolicy


def run_remote(host: str, user: str, password: str, command: str) -> str:
    client = paramiko.SSHClient()
    # vetted-expect: py.tls.paramiko-auto-add-policy
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username=user, password=password)
    _, stdout, _ = client.exec_command(command)
    return stdout.read().decode()


def deploy(host, key_path):
    ssh = SSHClient()
    ssh.load_system_host_keys()
    # vetted-expect: py.tls.paramiko-auto-add-policy
    ssh.set_missing_host_key_policy(AutoAddPolicy())
    ssh.connect(host, key_filename=key_path)
    return ssh


class Backup:
    def __init__(self, host):
        self.client = paramiko.SSHClient()
        # vetted-expect: py.tls.paramiko-auto-add-policy
        self.client.set_missing_host_key_policy(paramiko.client.WarningPolicy())
        # vetted-expect: py.tls.paramiko-auto-add-policy
        self.client.set_missing_host_key_policy(WarningPolicy)
        # vetted-expect: py.tls.paramiko-auto-add-policy
        self.client.set_missing_host_key_policy(paramiko.AutoAddPolicy)
        self.client.connect(host)


async def fetch_logs(host):
    # vetted-expect: py.tls.paramiko-auto-add-policy
    async with asyncssh.connect(host, username="deploy", known_hosts=None) as conn:
        result = await conn.run("tail -n 100 /var/log/app.log")
        return result.stdout


# Safe forms.
def run_checked(host, command):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    # vetted-ok: py.tls.paramiko-auto-add-policy
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host)
    return client.exec_command(command)


class PinnedKeyPolicy(paramiko.MissingHostKeyPolicy):
    def missing_host_key(self, client, hostname, key):
        raise paramiko.SSHException(f"unknown host key for {hostname}")


def run_pinned(host):
    client = paramiko.SSHClient()
    # vetted-ok: py.tls.paramiko-auto-add-policy
    client.set_missing_host_key_policy(PinnedKeyPolicy())
    return client


async def fetch_checked(host):
    # vetted-ok: py.tls.paramiko-auto-add-policy
    async with asyncssh.connect(host, known_hosts="/etc/app/known_hosts") as conn:
        return await conn.run("uptime")


def notes():
    # vetted-ok: py.tls.paramiko-auto-add-policy
    hint = "client.set_missing_host_key_policy(paramiko.AutoAddPolicy())"
    # vetted-ok: py.tls.paramiko-auto-add-policy
    # client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    # vetted-ok: py.tls.paramiko-auto-add-policy
    options = {"known_hosts": None}
    return hint, options
