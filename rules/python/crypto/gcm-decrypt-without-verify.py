import json

from Crypto.Cipher import AES, ChaCha20_Poly1305
from Crypto.Util.Padding import unpad


def decrypt_token(key: bytes, blob: bytes) -> dict:
    nonce, tag, ciphertext = blob[:16], blob[16:32], blob[32:]
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    # vetted-expect: py.crypto.gcm-decrypt-without-verify
    plaintext = cipher.decrypt(ciphertext)
    return json.loads(plaintext)


def decrypt_eax(key, nonce, ciphertext, tag):
    cipher = AES.new(key, mode=AES.MODE_EAX, nonce=nonce)
    # vetted-expect: py.crypto.gcm-decrypt-without-verify
    return cipher.decrypt(ciphertext).decode("utf-8")


def decrypt_chained(key, nonce, ciphertext):
    # vetted-expect: py.crypto.gcm-decrypt-without-verify
    return AES.new(key, AES.MODE_GCM, nonce=nonce).decrypt(ciphertext)


def decrypt_chacha(key, nonce, ciphertext, tag):
    box = ChaCha20_Poly1305.new(key=key, nonce=nonce)
    # vetted-expect: py.crypto.gcm-decrypt-without-verify
    data = box.decrypt(ciphertext)
    return data


def decrypt_ccm_unpadded(key, nonce, ciphertext):
    cipher = AES.new(key, AES.MODE_CCM, nonce=nonce)
    # vetted-expect: py.crypto.gcm-decrypt-without-verify
    message = unpad(cipher.decrypt(ciphertext), 16)
    return message


def make_cipher(key, nonce):
    return AES.new(key, AES.MODE_GCM, nonce=nonce)


def decrypt_elsewhere(key, nonce, ciphertext):
    cipher = make_cipher(key, nonce)
    # vetted-todo-expect: py.crypto.gcm-decrypt-without-verify: a cipher made in another function is not followed
    return cipher.decrypt(ciphertext)


def verified(key, nonce, ciphertext, tag):
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    # vetted-ok: py.crypto.gcm-decrypt-without-verify
    return cipher.decrypt_and_verify(ciphertext, tag)


def verified_after(key, nonce, ciphertext, tag):
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    # vetted-ok: py.crypto.gcm-decrypt-without-verify
    plaintext = cipher.decrypt(ciphertext)
    try:
        cipher.verify(tag)
    except ValueError:
        raise PermissionError("message was modified")
    return plaintext


def verified_hex(key, nonce, ciphertext, hex_tag):
    cipher = AES.new(key, AES.MODE_EAX, nonce=nonce)
    # vetted-ok: py.crypto.gcm-decrypt-without-verify
    plaintext = cipher.decrypt(ciphertext)
    cipher.hexverify(hex_tag)
    return plaintext


def not_authenticated_mode(key, iv, ciphertext):
    cipher = AES.new(key, AES.MODE_CBC, iv)
    # vetted-ok: py.crypto.gcm-decrypt-without-verify
    return unpad(cipher.decrypt(ciphertext), AES.block_size)


def other_object(key, nonce, ciphertext, fernet):
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    # vetted-ok: py.crypto.gcm-decrypt-without-verify
    token = fernet.decrypt(ciphertext)
    return cipher, token


def encrypt(key, data):
    cipher = AES.new(key, AES.MODE_GCM)
    # vetted-ok: py.crypto.gcm-decrypt-without-verify
    ciphertext, tag = cipher.encrypt_and_digest(data)
    # vetted-ok: py.crypto.gcm-decrypt-without-verify
    note = "cipher.decrypt(ciphertext) skips the tag"
    return cipher.nonce + tag + ciphertext, note
