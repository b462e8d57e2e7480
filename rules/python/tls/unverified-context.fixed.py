import ssl
import urllib.request

import certifi

# vetted-expect: py.tls.unverified-context
ssl._create_default_https_context = ssl._create_unverified_context


def download(url):
    # vetted-expect: py.tls.unverified-context
    ctx = ssl.create_default_context()
    return urllib.request.urlopen(url, context=ctx).read()


def download_inline(url):
    # vetted-expect: py.tls.unverified-context
    return urllib.request.urlopen(url, context=ssl.create_default_context()).read()


def with_client_cert(url):
    # vetted-expect: py.tls.unverified-context
    ctx = ssl._create_unverified_context(certfile="client.pem")
    return urllib.request.urlopen(url, context=ctx)


def stdlib(url):
    # vetted-expect: py.tls.unverified-context
    return urllib.request.urlopen(url, context=ssl.create_default_context())


def safe(url):
    # vetted-ok: py.tls.unverified-context
    ctx = ssl.create_default_context()
    # vetted-ok: py.tls.unverified-context
    ctx2 = ssl.create_default_context(cafile=certifi.where())
    # vetted-ok: py.tls.unverified-context
    note = "ssl._create_unverified_context() turns verification off"
    # vetted-ok: py.tls.unverified-context
    # ctx = ssl._create_unverified_context()
    # vetted-ok: py.tls.unverified-context
    ssl._create_default_https_context = ssl.create_default_context
    return urllib.request.urlopen(url, context=ctx), ctx2
