import datetime
import os

import jwt
from django.conf import settings

JWT_SECRET = "my-jwt-secret"
PUBLIC_KEY_PEM = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkq\n-----END PUBLIC KEY-----\n"


def issue(user):
    payload = {"sub": user.id, "exp": datetime.datetime.utcnow() + datetime.timedelta(hours=1)}
    # vetted-expect: py.jwt.hardcoded-key
    return jwt.encode(payload, "super-secret", algorithm="HS256")


def check(token):
    # vetted-expect: py.jwt.hardcoded-key
    return jwt.decode(token, JWT_SECRET, algorithms=["HS256"])


def issue_kw(payload):
    # vetted-expect: py.jwt.hardcoded-key
    return jwt.encode(payload, key=b"0123456789abcdef", algorithm="HS512")


def safe(token, payload, signing_key):
    # vetted-ok: py.jwt.hardcoded-key
    a = jwt.encode(payload, os.environ["JWT_SECRET"], algorithm="HS256")
    # vetted-ok: py.jwt.hardcoded-key
    b = jwt.decode(token, settings.SECRET_KEY, algorithms=["HS256"])
    # vetted-ok: py.jwt.hardcoded-key
    c = jwt.decode(token, PUBLIC_KEY_PEM, algorithms=["RS256"])
    # vetted-ok: py.jwt.hardcoded-key
    d = jwt.encode(payload, signing_key, algorithm="HS256")
    # vetted-ok: py.jwt.hardcoded-key
    e = jwt.decode(token, options={"verify_signature": False})
    # vetted-ok: py.jwt.hardcoded-key
    f = jwt.encode(payload, None, algorithm="none")
    # vetted-ok: py.jwt.hardcoded-key
    note = 'jwt.encode(payload, "secret") is forgeable'
    # vetted-ok: py.jwt.hardcoded-key
    # jwt.encode(payload, "secret", algorithm="HS256")
    return a, b, c, d, e, f
