import hashlib
import os
import secrets

from werkzeug.security import generate_password_hash


def register(username, password, db):
    # vetted-expect: py.crypto.password-fast-hash
    stored = hashlib.sha256(password.encode()).hexdigest()
    db.execute("INSERT INTO users (name, pw) VALUES (?, ?)", (username, stored))


def password_digest(password, salt):
    # vetted-expect: py.crypto.password-fast-hash
    return hashlib.md5(salt + password.encode()).hexdigest()


def check_login(user, form):
    # vetted-expect: py.crypto.password-fast-hash
    return user.pw_hash == hashlib.new("sha1", form["password"].encode()).hexdigest()


def hash_password(pw):
    # vetted-expect: py.crypto.password-fast-hash
    h = hashlib.md5()
    h.update(pw.encode())
    return h.hexdigest()


# Near misses


def reset_password_token(user_id):
    token = secrets.token_urlsafe(32)
    # A random token, not the password: SHA-256 is right here.
    # vetted-ok: py.crypto.password-fast-hash
    token_hash = hashlib.sha256(token.encode()).hexdigest()
    return token, token_hash


def safe_register(password):
    # vetted-ok: py.crypto.password-fast-hash
    a = generate_password_hash(password)
    salt = os.urandom(16)
    # vetted-ok: py.crypto.password-fast-hash
    b = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    # vetted-ok: py.crypto.password-fast-hash
    c = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    return a, b, c


def checksum(data):
    # vetted-ok: py.crypto.password-fast-hash
    return hashlib.sha256(data).hexdigest()
