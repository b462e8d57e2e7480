import bcrypt
from bcrypt import gensalt
from django.contrib.auth.hashers import BCryptSHA256PasswordHasher
from flask import Flask
from flask_bcrypt import Bcrypt
from passlib.context import CryptContext
from passlib.hash import bcrypt as passlib_bcrypt

app = Flask(__name__)
# vetted-expect: py.crypto.bcrypt-low-rounds
app.config["BCRYPT_LOG_ROUNDS"] = 12
flask_bcrypt = Bcrypt(app)


# vetted-expect: py.crypto.bcrypt-low-rounds
SALT_ROUNDS = 12
# vetted-ok: py.crypto.bcrypt-low-rounds
MAX_LOGIN_ROUNDS = 5


def register_with_constant(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=SALT_ROUNDS))


def register(password: str) -> bytes:
    # vetted-expect: py.crypto.bcrypt-low-rounds
    salt = bcrypt.gensalt(rounds=12)
    return bcrypt.hashpw(password.encode("utf-8"), salt)


def register_fast(password):
    # vetted-expect: py.crypto.bcrypt-low-rounds
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(12))


def bare_import(password):
    # vetted-expect: py.crypto.bcrypt-low-rounds
    return bcrypt.hashpw(password, gensalt(12, b"2b"))


def flask_user(password):
    # vetted-expect: py.crypto.bcrypt-low-rounds
    pw_hash = flask_bcrypt.generate_password_hash(password, 12).decode("utf-8")
    # vetted-expect: py.crypto.bcrypt-low-rounds
    other = flask_bcrypt.generate_password_hash(password, rounds=12)
    return pw_hash, other


# vetted-expect: py.crypto.bcrypt-low-rounds
pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto", bcrypt__rounds=12)


class Config:
    # vetted-expect: py.crypto.bcrypt-low-rounds
    BCRYPT_LOG_ROUNDS = 12


class QuickBCrypt(BCryptSHA256PasswordHasher):
    # vetted-expect: py.crypto.bcrypt-low-rounds
    rounds = 12


class TestingConfig(Config):
    # vetted-ok: py.crypto.bcrypt-low-rounds
    BCRYPT_LOG_ROUNDS = 4


class StrongBCrypt(BCryptSHA256PasswordHasher):
    # vetted-ok: py.crypto.bcrypt-low-rounds
    rounds = 13


def safe(password, settings):
    # vetted-ok: py.crypto.bcrypt-low-rounds
    a = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
    # vetted-ok: py.crypto.bcrypt-low-rounds
    b = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))
    # vetted-ok: py.crypto.bcrypt-low-rounds
    c = bcrypt.gensalt(rounds=settings.bcrypt_rounds)
    # vetted-ok: py.crypto.bcrypt-low-rounds
    d = passlib_bcrypt.using(rounds=14).hash(password)
    # vetted-ok: py.crypto.bcrypt-low-rounds
    e = flask_bcrypt.generate_password_hash(password)
    # vetted-ok: py.crypto.bcrypt-low-rounds
    f = bcrypt.kdf(password=password.encode(), salt=b"salt", desired_key_bytes=32, rounds=100)
    # vetted-ok: py.crypto.bcrypt-low-rounds
    g = flask_bcrypt.generate_password_hash(password, 12)
    # vetted-ok: py.crypto.bcrypt-low-rounds
    note = "bcrypt.gensalt(4) is for tests only"
    # vetted-ok: py.crypto.bcrypt-low-rounds
    # salt = bcrypt.gensalt(4)
    return a, b, c, d, e, f, g


def test_register_is_fast():
    # vetted-ok: py.crypto.bcrypt-low-rounds
    app.config["BCRYPT_LOG_ROUNDS"] = 4
