import paramiko
import rsa as pyrsa
from Crypto.PublicKey import DSA, ECC, RSA
from cryptography.hazmat.primitives.asymmetric import dh, dsa, ec, rsa
from OpenSSL import crypto

KEY_BITS = 4096


def make_signing_key():
    # vetted-expect: py.crypto.weak-rsa-key
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    return private_key


def legacy_positional():
    # vetted-expect: py.crypto.weak-rsa-key
    return rsa.generate_private_key(65537, 512)


def pycryptodome_keys():
    # vetted-expect: py.crypto.weak-rsa-key
    key = RSA.generate(1024)
    # vetted-expect: py.crypto.weak-rsa-key
    other = RSA.generate(bits=1536, e=65537)
    # vetted-expect: py.crypto.weak-rsa-key
    dsa_key = DSA.generate(1024)
    # vetted-expect: py.crypto.weak-rsa-key
    ecc_key = ECC.generate(curve="P-192")
    return key, other, dsa_key, ecc_key


def ssh_keys():
    # vetted-expect: py.crypto.weak-rsa-key
    host_key = paramiko.RSAKey.generate(bits=1024)
    # vetted-expect: py.crypto.weak-rsa-key
    dss = paramiko.DSSKey.generate(bits=1024)
    return host_key, dss


def other_libraries():
    # vetted-todo-expect: py.crypto.weak-rsa-key: a module imported under another name is not recognised
    (pub, priv) = pyrsa.newkeys(512)
    pkey = crypto.PKey()
    # vetted-expect: py.crypto.weak-rsa-key
    pkey.generate_key(crypto.TYPE_RSA, 1024)
    # vetted-expect: py.crypto.weak-rsa-key
    pkey.generate_key(crypto.TYPE_DSA, 1024)
    return pub, priv, pkey


def m2crypto_key():
    # vetted-expect: py.crypto.weak-rsa-key
    return RSA.gen_key(1024, 65537)


def rsa_newkeys():
    # vetted-expect: py.crypto.weak-rsa-key
    return rsa.newkeys(nbits=1024)


def classic_dsa_dh():
    # vetted-expect: py.crypto.weak-rsa-key
    dsa_key = dsa.generate_private_key(key_size=1024)
    # vetted-expect: py.crypto.weak-rsa-key
    params = dh.generate_parameters(generator=2, key_size=1024)
    # vetted-expect: py.crypto.weak-rsa-key
    params2 = dh.generate_parameters(2, 512)
    return dsa_key, params, params2


def weak_curves(secret_value):
    # vetted-expect: py.crypto.weak-rsa-key
    key = ec.generate_private_key(ec.SECP192R1())
    # vetted-expect: py.crypto.weak-rsa-key
    derived = ec.derive_private_key(secret_value, ec.SECT163K1())
    # vetted-expect: py.crypto.weak-rsa-key
    named = ec.generate_private_key(curve=ec.SECT163R2())
    return key, derived, named


def strong_keys(config):
    # vetted-ok: py.crypto.weak-rsa-key
    a = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    # vetted-ok: py.crypto.weak-rsa-key
    b = rsa.generate_private_key(public_exponent=65537, key_size=4096)
    # vetted-ok: py.crypto.weak-rsa-key
    c = RSA.generate(3072)
    # vetted-ok: py.crypto.weak-rsa-key
    d = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    # vetted-ok: py.crypto.weak-rsa-key
    e = rsa.generate_private_key(public_exponent=65537, key_size=config.key_bits)
    # vetted-ok: py.crypto.weak-rsa-key
    f = ec.generate_private_key(ec.SECP256R1())
    # vetted-ok: py.crypto.weak-rsa-key
    g = ECC.generate(curve="P-256")
    # vetted-ok: py.crypto.weak-rsa-key
    h = dh.generate_parameters(generator=2, key_size=2048)
    # vetted-ok: py.crypto.weak-rsa-key
    i = paramiko.RSAKey.generate(bits=3072)
    # vetted-ok: py.crypto.weak-rsa-key
    j = bytes(1024)
    # vetted-ok: py.crypto.weak-rsa-key
    note = "rsa.generate_private_key(public_exponent=65537, key_size=1024) is too weak"
    # vetted-ok: py.crypto.weak-rsa-key
    # key = RSA.generate(1024)
    # vetted-ok: py.crypto.weak-rsa-key
    k = config.generate(1024)
    # vetted-ok: py.crypto.weak-rsa-key
    loaded = paramiko.RSAKey.from_private_key_file("/etc/ssh/key")
    return a, b, c, d, e, f, g, h, i, j, k, loaded
