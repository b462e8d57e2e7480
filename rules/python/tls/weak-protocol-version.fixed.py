import socket
import ssl

from OpenSSL import SSL


def legacy_client(host):
    # The old billing server only speaks TLS 1.0
    # vetted-expect: py.tls.weak-protocol-version
    context = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    context.load_default_certs()
    return context.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)


def relaxed_context():
    context = ssl.create_default_context()
    # vetted-expect: py.tls.weak-protocol-version
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def compat_server(cert, key):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    # vetted-expect: py.tls.weak-protocol-version
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    # vetted-expect: py.tls.weak-protocol-version
    context.maximum_version = ssl.TLSVersion.TLSv1_1
    return context


def old_wrap(sock):
    # vetted-expect: py.tls.weak-protocol-version
    return ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_SSLv3)


def openssl_context():
    # vetted-expect: py.tls.weak-protocol-version
    return SSL.Context(SSL.TLSv1_METHOD)


def anything_goes(ctx):
    # vetted-expect: py.tls.weak-protocol-version
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2


# Near misses


def modern_client():
    # vetted-ok: py.tls.weak-protocol-version
    context = ssl.create_default_context()
    # vetted-ok: py.tls.weak-protocol-version
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    # vetted-ok: py.tls.weak-protocol-version
    context.maximum_version = ssl.TLSVersion.TLSv1_3
    return context


def modern_server():
    # vetted-ok: py.tls.weak-protocol-version
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    # vetted-ok: py.tls.weak-protocol-version
    ctx = SSL.Context(SSL.TLS_METHOD)
    # vetted-ok: py.tls.weak-protocol-version
    ctx.set_options(SSL.OP_NO_TLSv1 | SSL.OP_NO_TLSv1_1)
    # vetted-ok: py.tls.weak-protocol-version
    disabled = "ssl.PROTOCOL_TLSv1 is disabled"
    # vetted-ok: py.tls.weak-protocol-version
    context.options |= ssl.OP_NO_TLSv1
    # A mapping of protocol constants, not a connection that uses them
    # vetted-ok: py.tls.weak-protocol-version
    versions = {ssl.PROTOCOL_TLSv1: SSL.TLSv1_METHOD, ssl.PROTOCOL_TLS_CLIENT: SSL.TLS_METHOD}
    return context, ctx, disabled, versions
