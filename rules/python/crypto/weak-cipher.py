import os

import pyDes
from Crypto.Cipher import AES, ARC4, DES, Blowfish
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def legacy_encrypt(key, iv, data):
    # vetted-expect: py.crypto.weak-cipher
    cipher = DES.new(key, DES.MODE_CBC, iv)
    return cipher.encrypt(data)


def stream(key, data):
    # vetted-expect: py.crypto.weak-cipher
    return ARC4.new(key).encrypt(data)


def fish(key, iv):
    # vetted-expect: py.crypto.weak-cipher
    return Blowfish.new(key, Blowfish.MODE_CBC, iv)


def triple(key, iv):
    # vetted-expect: py.crypto.weak-cipher
    return Cipher(algorithms.TripleDES(key), modes.CBC(iv))


def rc4(key):
    # vetted-expect: py.crypto.weak-cipher
    return Cipher(algorithms.ARC4(key), mode=None)


def old_lib(key):
    # vetted-expect: py.crypto.weak-cipher
    return pyDes.triple_des(key, pyDes.CBC, b"\0" * 8, pad=None)


def modern(key, data):
    nonce = os.urandom(12)
    # vetted-ok: py.crypto.weak-cipher
    sealed = AESGCM(key).encrypt(nonce, data, None)
    # vetted-ok: py.crypto.weak-cipher
    aes = AES.new(key, AES.MODE_GCM, nonce=nonce)
    # vetted-ok: py.crypto.weak-cipher
    block = Cipher(algorithms.AES(key), modes.GCM(nonce))
    # vetted-ok: py.crypto.weak-cipher
    note = "DES.new(key) is broken"
    # vetted-ok: py.crypto.weak-cipher
    # cipher = ARC4.new(key)
    # vetted-ok: py.crypto.weak-cipher
    size = DES.block_size
    return sealed, aes, block, note, size
