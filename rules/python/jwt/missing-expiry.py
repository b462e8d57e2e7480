import os
from datetime import datetime, timedelta, timezone

import jwt

SECRET_KEY = os.environ["SECRET_KEY"]


def create_access_token(user):
    # vetted-expect: py.jwt.missing-expiry
    return jwt.encode({"sub": str(user.id), "role": user.role}, SECRET_KEY, algorithm="HS256")


def create_api_token(user_id):
    # vetted-expect: py.jwt.missing-expiry
    token = jwt.encode(payload={"user_id": user_id, "scope": "api"}, key=SECRET_KEY, algorithm="HS256")
    return token


# Near misses


def short_lived(user):
    expires = datetime.now(tz=timezone.utc) + timedelta(minutes=15)
    # vetted-ok: py.jwt.missing-expiry
    return jwt.encode({"sub": str(user.id), "exp": expires}, SECRET_KEY, algorithm="HS256")


def from_claims(claims, extra):
    # vetted-ok: py.jwt.missing-expiry
    a = jwt.encode(claims, SECRET_KEY, algorithm="HS256")
    # vetted-ok: py.jwt.missing-expiry
    b = jwt.encode({**claims, "scope": "read"}, SECRET_KEY, algorithm="HS256")
    # vetted-ok: py.jwt.missing-expiry
    c = jwt.decode(a, SECRET_KEY, algorithms=["HS256"])
    # vetted-ok: py.jwt.missing-expiry
    d = json.encode({"sub": 1})
    return a, b, c, d
