import jwt
from django.conf import settings


def decode(token):
    # vetted-expect: py.jwt.none-algorithm
    return jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256", "none"])


def decode_legacy(token):
    # vetted-expect: py.jwt.none-algorithm
    return jwt.decode(token, settings.JWT_SECRET, algorithms=["none", "RS256", "HS256"])


def decode_any(token):
    # vetted-expect: py.jwt.none-algorithm
    return jwt.decode(token, settings.JWT_SECRET, algorithms=("None",))


def issue(payload):
    # vetted-expect: py.jwt.none-algorithm
    return jwt.encode(payload, None, algorithm="none")


def safe(token, payload):
    # vetted-ok: py.jwt.none-algorithm
    a = jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256"])
    # vetted-ok: py.jwt.none-algorithm
    b = jwt.encode(payload, settings.JWT_SECRET, algorithm="HS256")
    # vetted-ok: py.jwt.none-algorithm
    c = jwt.decode(token, settings.PUBLIC_KEY, algorithms=["RS256", "ES256"])
    # vetted-ok: py.jwt.none-algorithm
    d = image.encode(payload, algorithm="nonewave")
    # vetted-ok: py.jwt.none-algorithm
    note = 'algorithms=["none"] accepts unsigned tokens'
    # vetted-ok: py.jwt.none-algorithm
    # jwt.decode(token, key, algorithms=["none"])
    return a, b, c, d
