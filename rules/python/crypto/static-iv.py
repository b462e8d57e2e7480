import os

from Crypto.Cipher import AES, ChaCha20
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

IV = b"0123456789abcdef"
ZERO_NONCE = b"\x00" * 12


def encrypt_cbc(key, data):
    # vetted-expect: py.crypto.static-iv
    cipher = AES.new(key, AES.MODE_CBC, b"abcdefghijklmnop")
    return cipher.encrypt(data)


def encrypt_cbc_named(key, data):
    # vetted-expect: py.crypto.static-iv
    return AES.new(key, AES.MODE_CBC, IV).encrypt(data)


def encrypt_gcm(key, data):
    # vetted-expect: py.crypto.static-iv
    cipher = AES.new(key, AES.MODE_GCM, nonce=ZERO_NONCE)
    return cipher.encrypt_and_digest(data)


def encrypt_stream(key, data):
    # vetted-expect: py.crypto.static-iv
    return ChaCha20.new(key=key, nonce=b"\x00\x01\x02\x03\x04\x05\x06\x07").encrypt(data)


def encryptor(key):
    # vetted-expect: py.crypto.static-iv
    return Cipher(algorithms.AES(key), modes.CBC(16 * b"\x00")).encryptor()


def seal(key, data):
    aesgcm = AESGCM(key)
    # vetted-expect: py.crypto.static-iv
    return aesgcm.encrypt(b"static-nonce", data, None)


def safe(key, data, iv):
    nonce = os.urandom(12)
    # vetted-ok: py.crypto.static-iv
    a = AES.new(key, AES.MODE_CBC, iv)
    # vetted-ok: py.crypto.static-iv
    b = AES.new(key, AES.MODE_CBC, os.urandom(16))
    # vetted-ok: py.crypto.static-iv
    c = AES.new(key, AES.MODE_GCM)
    # vetted-ok: py.crypto.static-iv
    d = AES.new(key, AES.MODE_GCM, nonce=nonce)
    # vetted-ok: py.crypto.static-iv
    e = AESGCM(key).encrypt(nonce, data, None)
    # vetted-ok: py.crypto.static-iv
    f = Cipher(algorithms.AES(key), modes.GCM(nonce))
    # vetted-ok: py.crypto.static-iv
    g = fernet.encrypt(b"constant payload")
    # vetted-ok: py.crypto.static-iv
    h = gpg.encrypt("hello", "alice@example.com", always_trust=True)
    # vetted-ok: py.crypto.static-iv
    note = 'AES.new(key, AES.MODE_CBC, b"0000000000000000")'
    # vetted-ok: py.crypto.static-iv
    # cipher = AES.new(key, AES.MODE_CBC, IV)
    return a, b, c, d, e, f, g, h
