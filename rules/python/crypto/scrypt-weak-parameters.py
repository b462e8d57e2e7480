import hashlib
import os

from Crypto.Protocol.KDF import scrypt
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

SCRYPT_N = 2**15


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    # vetted-expect: py.crypto.scrypt-weak-parameters
    digest = hashlib.scrypt(password.encode(), salt=salt, n=1024, r=8, p=1, dklen=64)
    return f"{salt.hex()}${digest.hex()}"


def derive_key(passphrase: bytes, salt: bytes) -> bytes:
    # vetted-expect: py.crypto.scrypt-weak-parameters
    kdf = Scrypt(salt=salt, length=32, n=2**10, r=8, p=1)
    # vetted-expect: py.crypto.scrypt-weak-parameters
    legacy = Scrypt(salt, 32, 8192, 8, 1)
    return kdf.derive(passphrase), legacy


def pycryptodome(password, salt):
    # vetted-expect: py.crypto.scrypt-weak-parameters
    key = scrypt(password, salt, key_len=32, N=2 ** 12, r=8, p=1)
    # vetted-expect: py.crypto.scrypt-weak-parameters
    other = scrypt(password, salt, 32, 4096, 8, 1)
    # vetted-expect: py.crypto.scrypt-weak-parameters
    shifted = scrypt(password, salt, 32, N=1 << 13, r=8, p=1)
    return key, other, shifted


def safe(password, salt, settings):
    # vetted-ok: py.crypto.scrypt-weak-parameters
    a = hashlib.scrypt(password, salt=salt, n=2**14, r=8, p=1)
    # vetted-ok: py.crypto.scrypt-weak-parameters
    b = hashlib.scrypt(password, salt=salt, n=2**17, r=8, p=1, maxmem=256 * 1024 * 1024)
    # vetted-ok: py.crypto.scrypt-weak-parameters
    c = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=8, p=1)
    # vetted-ok: py.crypto.scrypt-weak-parameters
    d = scrypt(password, salt, key_len=32, N=16384, r=8, p=1)
    # vetted-ok: py.crypto.scrypt-weak-parameters
    e = scrypt(password, salt, 32, settings.scrypt_n, 8, 1)
    # vetted-ok: py.crypto.scrypt-weak-parameters
    f = Scrypt(salt=salt, length=64, n=1 << 15, r=8, p=1)
    # vetted-ok: py.crypto.scrypt-weak-parameters
    g = hashlib.scrypt(password, salt=salt, n=32768, r=8, p=1, maxmem=64 * 1024 * 1024)
    # vetted-ok: py.crypto.scrypt-weak-parameters
    note = "hashlib.scrypt(pw, salt=salt, n=1024, r=8, p=1) was too cheap"
    # vetted-ok: py.crypto.scrypt-weak-parameters
    # digest = hashlib.scrypt(pw, salt=salt, n=1024, r=8, p=1)
    return a, b, c, d, e, f, g
