import hashlib
import hmac

from Crypto.Hash import MD5


def sign(payload):
    # vetted-expect: py.crypto.weak-hash
    return hashlib.sha1(payload).hexdigest()


def legacy(name):
    # vetted-expect: py.crypto.weak-hash
    h = hashlib.new("MD5")
    h.update(name)
    # vetted-expect: py.crypto.weak-hash
    h2 = hashlib.new('sha1', name)
    # vetted-expect: py.crypto.weak-hash
    h3 = MD5.new(name)
    return h, h2, h3


def safe(payload, url, key):
    # vetted-ok: py.crypto.weak-hash
    a = hashlib.sha256(payload).hexdigest()
    # vetted-ok: py.crypto.weak-hash
    b = hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()
    # vetted-ok: py.crypto.weak-hash
    c = hashlib.new("sha256", payload)
    # vetted-ok: py.crypto.weak-hash
    d = hashlib.new("md5", usedforsecurity=False)
    # vetted-ok: py.crypto.weak-hash
    e = hmac.new(key, payload, hashlib.sha256)
    # vetted-ok: py.crypto.weak-hash
    note = "hashlib.md5(password) was the old scheme"
    # vetted-ok: py.crypto.weak-hash
    # digest = hashlib.md5(payload).hexdigest()
    # vetted-ok: py.crypto.weak-hash
    f = hashlib.blake2b(payload, digest_size=32)
    return a, b, c, d, e, f


def password_digest(password, salt):
    # A password is py.crypto.password-fast-hash's: SHA-256 is no fix for it.
    # vetted-ok: py.crypto.weak-hash
    return hashlib.md5(salt + password.encode()).hexdigest()


def hash_password(pw):
    # vetted-ok: py.crypto.weak-hash
    h = hashlib.md5()
    h.update(pw.encode())
    return h.hexdigest()
