import rsa
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
# vetted-expect: py.crypto.rsa-pkcs1v15-encryption
from Crypto.Cipher import PKCS1_v1_5
# vetted-expect: py.crypto.rsa-pkcs1v15-encryption
from Crypto.Cipher import PKCS1_v1_5 as Cipher_PKCS1_v1_5
# vetted-ok: py.crypto.rsa-pkcs1v15-encryption
from Crypto.Cipher import PKCS1_OAEP
# vetted-ok: py.crypto.rsa-pkcs1v15-encryption
from Crypto.Signature import PKCS1_v1_5 as Signature_PKCS1_v1_5
# vetted-ok: py.crypto.rsa-pkcs1v15-encryption
from Crypto.Signature import pkcs1_15
from jose import jwe


def encrypt_secret(public_key, message: bytes) -> bytes:
    # vetted-expect: py.crypto.rsa-pkcs1v15-encryption
    return public_key.encrypt(message, padding.PKCS1v15())


def decrypt_secret(private_key, ciphertext: bytes) -> bytes:
    # vetted-expect: py.crypto.rsa-pkcs1v15-encryption
    return private_key.decrypt(ciphertext, padding.PKCS1v15())


def python_rsa(message, pub_key, priv_key):
    # vetted-expect: py.crypto.rsa-pkcs1v15-encryption
    crypto = rsa.encrypt(message, pub_key)
    # vetted-expect: py.crypto.rsa-pkcs1v15-encryption
    plain = rsa.decrypt(crypto, priv_key)
    return crypto, plain


def jwe_token(payload, key):
    # vetted-expect: py.crypto.rsa-pkcs1v15-encryption
    return jwe.encrypt(payload, key, algorithm="RSA1_5", encryption="A128GCM")


def safe(public_key, private_key, message, key, digest, pub_key, priv_key):
    # vetted-ok: py.crypto.rsa-pkcs1v15-encryption
    a = public_key.encrypt(
        message,
        padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None),
    )
    # vetted-ok: py.crypto.rsa-pkcs1v15-encryption
    b = private_key.sign(message, padding.PKCS1v15(), hashes.SHA256())
    # vetted-ok: py.crypto.rsa-pkcs1v15-encryption
    public_key.verify(b, message, padding.PKCS1v15(), hashes.SHA256())
    # vetted-ok: py.crypto.rsa-pkcs1v15-encryption
    c = PKCS1_OAEP.new(key).encrypt(message)
    # vetted-ok: py.crypto.rsa-pkcs1v15-encryption
    d = pkcs1_15.new(key).sign(digest)
    # vetted-ok: py.crypto.rsa-pkcs1v15-encryption
    e = rsa.sign(message, priv_key, "SHA-256")
    # vetted-ok: py.crypto.rsa-pkcs1v15-encryption
    f = jwe.encrypt(message, key, algorithm="RSA-OAEP-256", encryption="A256GCM")
    # vetted-ok: py.crypto.rsa-pkcs1v15-encryption
    note = "padding.PKCS1v15() is only for signatures here"
    # vetted-ok: py.crypto.rsa-pkcs1v15-encryption
    # ciphertext = public_key.encrypt(message, padding.PKCS1v15())
    return a, b, c, d, e, f
