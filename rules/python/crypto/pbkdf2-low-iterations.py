import hashlib
import os

from Crypto.Hash import SHA256
from Crypto.Protocol.KDF import PBKDF2
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from django.contrib.auth.hashers import PBKDF2PasswordHasher, PBKDF2SHA1PasswordHasher
from passlib.hash import pbkdf2_sha1, pbkdf2_sha256

ITERATIONS = 600_000
# vetted-expect: py.crypto.pbkdf2-low-iterations
PBKDF2_ITERATIONS = 10000
# vetted-ok: py.crypto.pbkdf2-low-iterations
RETRY_ROUNDS = 5
# vetted-ok: py.crypto.pbkdf2-low-iterations
KDF_ITERATIONS = 600_000


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    # vetted-expect: py.crypto.pbkdf2-low-iterations
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 100)
    return salt.hex() + ":" + digest.hex()


def derive_key(passphrase: bytes, salt: bytes) -> bytes:
    kdf = PBKDF2HMAC(
        algorithm=hashes.SHA256(),
        length=32,
        salt=salt,
        # vetted-expect: py.crypto.pbkdf2-low-iterations
        iterations=10_000,
    )
    return kdf.derive(passphrase)


def derive_with_keywords(password, salt):
    # vetted-expect: py.crypto.pbkdf2-low-iterations
    return hashlib.pbkdf2_hmac(hash_name="sha512", password=password, salt=salt, iterations=5000)


def pycryptodome_key(password, salt):
    # vetted-expect: py.crypto.pbkdf2-low-iterations
    key = PBKDF2(password, salt, dkLen=32, count=1000, hmac_hash_module=SHA256)
    # vetted-expect: py.crypto.pbkdf2-low-iterations
    other = PBKDF2(password, salt, 32, 4000)
    # vetted-todo-expect: py.crypto.pbkdf2-low-iterations: PyCryptodome's default of 1,000 iterations when count is omitted
    implicit = PBKDF2(password, salt, dkLen=32)
    return key, other, implicit


# vetted-expect: py.crypto.pbkdf2-low-iterations
fast_context = pbkdf2_sha256.using(rounds=1000)
# vetted-expect: py.crypto.pbkdf2-low-iterations
legacy_context = pbkdf2_sha1.using(rounds=4000)


class FastPBKDF2Hasher(PBKDF2PasswordHasher):
    # vetted-expect: py.crypto.pbkdf2-low-iterations
    iterations = 1000


class LegacyHasher(PBKDF2SHA1PasswordHasher):
    # vetted-expect: py.crypto.pbkdf2-low-iterations
    iterations = 20000


class StrongHasher(PBKDF2PasswordHasher):
    # vetted-ok: py.crypto.pbkdf2-low-iterations
    iterations = 1_000_000


def safe(password, salt, config, words, ssid):
    # vetted-ok: py.crypto.pbkdf2-low-iterations
    a = hashlib.pbkdf2_hmac("sha256", password, salt, 600_000)
    # vetted-ok: py.crypto.pbkdf2-low-iterations
    b = hashlib.pbkdf2_hmac("sha256", password, salt, ITERATIONS)
    # vetted-ok: py.crypto.pbkdf2-low-iterations
    c = hashlib.pbkdf2_hmac("sha256", password, salt, config.iterations, dklen=32)
    # vetted-ok: py.crypto.pbkdf2-low-iterations
    d = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=1_200_000)
    # vetted-ok: py.crypto.pbkdf2-low-iterations
    e = PBKDF2(password, salt, dkLen=32, count=600000, hmac_hash_module=SHA256)
    # vetted-ok: py.crypto.pbkdf2-low-iterations
    f = pbkdf2_sha256.using(rounds=600_000)
    # vetted-ok: py.crypto.pbkdf2-low-iterations
    g = hashlib.pbkdf2_hmac("sha256", password, salt, 600_000, 32)
    # vetted-ok: py.crypto.pbkdf2-low-iterations
    note = "hashlib.pbkdf2_hmac('sha256', pw, salt, 1000) is the old scheme"
    # vetted-ok: py.crypto.pbkdf2-low-iterations
    # digest = hashlib.pbkdf2_hmac("sha256", pw, salt, 1000)
    # vetted-ok: py.crypto.pbkdf2-low-iterations
    seed = hashlib.pbkdf2_hmac("sha512", words.encode(), b"mnemonic" + password.encode(), 2048)
    # vetted-ok: py.crypto.pbkdf2-low-iterations
    psk = hashlib.pbkdf2_hmac("sha1", password.encode(), ssid.encode(), 4096, 32)
    # vetted-ok: py.crypto.pbkdf2-low-iterations
    h = hashlib.scrypt(password, salt=salt, n=2**14, r=8, p=1, dklen=64)
    return a, b, c, d, e, f, g, h, seed, psk
