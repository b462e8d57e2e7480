import socket
import ssl


def fetch_banner(host, port=993):
    raw = socket.create_connection((host, port))
    # vetted-expect: py.tls.wrap-socket
    conn = ssl.wrap_socket(raw)
    return conn.recv(1024)


def strict_but_no_hostname(host):
    raw = socket.create_connection((host, 443))
    # vetted-expect: py.tls.wrap-socket
    return ssl.wrap_socket(raw, cert_reqs=ssl.CERT_REQUIRED, ca_certs="/etc/ssl/certs/ca-certificates.crt")


# Near misses


def verified(host):
    context = ssl.create_default_context()
    # vetted-ok: py.tls.wrap-socket
    return context.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)


def serve(sock):
    # vetted-ok: py.tls.wrap-socket
    return ssl.wrap_socket(sock, server_side=True, certfile="server.pem", keyfile="server.key")


# vetted-ok: py.tls.wrap-socket
NOTE = "ssl.wrap_socket() was removed in Python 3.12"
