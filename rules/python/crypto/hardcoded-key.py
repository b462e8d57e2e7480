import base64
import hashlib
import hmac
import os

from Crypto.Cipher import AES, ChaCha20_Poly1305
from Crypto.Random import get_random_bytes
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SECRET_KEY = b"0123456789abcdef0123456789abcdef"
FERNET_KEY = "ZmDfcTF7_60GrrY167zsiPd67pEvs0aGOv2oasOM1Pg="
WEBHOOK_SECRET = "whsec_live_4f9a8b7c6d5e"
ENV_KEY = os.environ["APP_KEY"].encode()


def encrypt_field(data: bytes) -> bytes:
    # vetted-expect: py.crypto.hardcoded-key
    cipher = AES.new(SECRET_KEY, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ciphertext


def encrypt_inline(data):
    # vetted-expect: py.crypto.hardcoded-key
    cipher = AES.new(b"Sixteen byte key", AES.MODE_EAX)
    return cipher.encrypt_and_digest(data)


def fernet_box():
    # vetted-expect: py.crypto.hardcoded-key
    return Fernet(FERNET_KEY)


def sign_webhook(body: bytes) -> str:
    # vetted-expect: py.crypto.hardcoded-key
    return hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()


def sign_inline(body):
    # vetted-expect: py.crypto.hardcoded-key
    return hmac.digest(key=b"super-secret-signing-key", msg=body, digest="sha256")


def low_level(data, iv):
    key = "0123456789abcdef".encode()
    # vetted-expect: py.crypto.hardcoded-key
    cipher = Cipher(algorithms.AES(key), modes.CBC(iv))
    # vetted-expect: py.crypto.hardcoded-key
    aead = AESGCM(bytes.fromhex("000102030405060708090a0b0c0d0e0f"))
    # vetted-expect: py.crypto.hardcoded-key
    chacha = ChaCha20_Poly1305.new(key=base64.b64decode("q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80="))
    return cipher, aead, chacha


DERIVED_KEY = hashlib.sha256(b"my app passphrase").digest()


def derived(data):
    # vetted-todo-expect: py.crypto.hardcoded-key: a key hashed from a literal passphrase is not recognised
    return AES.new(DERIVED_KEY, AES.MODE_GCM).encrypt_and_digest(data)


def safe(data, body, user_key, settings):
    # vetted-ok: py.crypto.hardcoded-key
    a = AES.new(get_random_bytes(32), AES.MODE_GCM)
    # vetted-ok: py.crypto.hardcoded-key
    b = Fernet(os.environ["FERNET_KEY"])
    # vetted-ok: py.crypto.hardcoded-key
    c = hmac.new(ENV_KEY, body, hashlib.sha256)
    # vetted-ok: py.crypto.hardcoded-key
    d = AES.new(user_key, AES.MODE_GCM)
    # vetted-ok: py.crypto.hardcoded-key
    e = Fernet(Fernet.generate_key())
    # vetted-ok: py.crypto.hardcoded-key
    f = hmac.new(settings.SIGNING_KEY, body, hashlib.sha256)
    # vetted-ok: py.crypto.hardcoded-key
    g = AESGCM(AESGCM.generate_key(bit_length=256))
    # vetted-ok: py.crypto.hardcoded-key
    h = Cipher(algorithms.AES(os.urandom(32)), modes.GCM(os.urandom(12)))
    # vetted-ok: py.crypto.hardcoded-key
    i = AESGCM(bytes.fromhex(os.environ["AES_KEY_HEX"]))
    # vetted-ok: py.crypto.hardcoded-key
    j = hmac.compare_digest(body, b"expected")
    # vetted-ok: py.crypto.hardcoded-key
    note = 'AES.new(b"Sixteen byte key", AES.MODE_EAX) is from the docs'
    # vetted-ok: py.crypto.hardcoded-key
    # cipher = AES.new(b"Sixteen byte key", AES.MODE_EAX)
    # vetted-ok: py.crypto.hardcoded-key
    k = hashlib.sha256(b"not a key").hexdigest()
    return a, b, c, d, e, f, g, h, i, j, k
