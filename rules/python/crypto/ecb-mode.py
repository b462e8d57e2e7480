import os

from Crypto.Cipher import AES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.modes import ECB


def encrypt_record(key, data):
    # vetted-expect: py.crypto.ecb-mode
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(data)


def encrypt_kw(key, data):
    # vetted-expect: py.crypto.ecb-mode
    return AES.new(key, mode=AES.MODE_ECB).encrypt(data)


# vetted-expect: py.crypto.ecb-mode
DEFAULT_MODE = AES.MODE_ECB


def encryptor(key):
    # vetted-expect: py.crypto.ecb-mode
    return Cipher(algorithms.AES(key), modes.ECB()).encryptor()


def encryptor2(key):
    # vetted-expect: py.crypto.ecb-mode
    return Cipher(algorithms.AES(key), ECB()).encryptor()


def safe(key, data, mode):
    # vetted-ok: py.crypto.ecb-mode
    gcm = AES.new(key, AES.MODE_GCM)
    # vetted-ok: py.crypto.ecb-mode
    cbc = Cipher(algorithms.AES(key), modes.CBC(os.urandom(16)))
    # vetted-ok: py.crypto.ecb-mode
    if mode == AES.MODE_ECB:
        raise ValueError("ECB is not allowed")
    # vetted-ok: py.crypto.ecb-mode
    note = "AES.new(key, AES.MODE_ECB) leaks patterns"
    # vetted-ok: py.crypto.ecb-mode
    # cipher = AES.new(key, AES.MODE_ECB)
    return gcm, cbc
