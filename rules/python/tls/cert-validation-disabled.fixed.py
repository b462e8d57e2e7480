import socket
import ssl
from ssl import CERT_NONE

import urllib3


def client_context():
    ctx = ssl.create_default_context()
    # vetted-expect: py.tls.cert-validation-disabled
    ctx.check_hostname = True
    # vetted-expect: py.tls.cert-validation-disabled
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def bare_import(ctx):
    # vetted-expect: py.tls.cert-validation-disabled
    ctx.verify_mode = CERT_NONE


def pool():
    # vetted-expect: py.tls.cert-validation-disabled
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED", assert_hostname=False)


def legacy(sock):
    # vetted-expect: py.tls.cert-validation-disabled
    return ssl.wrap_socket(sock, cert_reqs=ssl.CERT_REQUIRED)


def safe(sock, ctx):
    # vetted-ok: py.tls.cert-validation-disabled
    ctx.verify_mode = ssl.CERT_REQUIRED
    # vetted-ok: py.tls.cert-validation-disabled
    ctx.check_hostname = True
    # vetted-ok: py.tls.cert-validation-disabled
    if ctx.verify_mode == ssl.CERT_NONE:
        raise RuntimeError("verification must stay on")
    # vetted-ok: py.tls.cert-validation-disabled
    server = ssl.wrap_socket(sock, server_side=True, certfile="server.pem", cert_reqs=ssl.CERT_NONE)
    # vetted-ok: py.tls.cert-validation-disabled
    pm = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs="/etc/ssl/certs/ca.pem")
    # vetted-ok: py.tls.cert-validation-disabled
    note = "ctx.verify_mode = ssl.CERT_NONE disables checks"
    # vetted-ok: py.tls.cert-validation-disabled
    # ctx.check_hostname = False
    return server, pm
