import jwt
from django.conf import settings


def current_user(request):
    token = request.headers["Authorization"].removeprefix("Bearer ")
    # vetted-expect: py.jwt.signature-verification-disabled
    claims = jwt.decode(token, options={"verify_signature": True})
    return claims["sub"]


def is_admin(token):
    # vetted-expect: py.jwt.signature-verification-disabled
    payload = jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256"], options={"verify_signature": True, "verify_exp": True})
    return payload.get("role") == "admin"


def legacy(token):
    # vetted-expect: py.jwt.signature-verification-disabled
    return jwt.decode(token, settings.JWT_SECRET, verify=True)


def with_dict(token):
    # vetted-expect: py.jwt.signature-verification-disabled
    return jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256"], options=dict(verify_signature=True))


def safe(token):
    # vetted-ok: py.jwt.signature-verification-disabled
    a = jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256"])
    # vetted-ok: py.jwt.signature-verification-disabled
    b = jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256"], options={"verify_signature": True})
    # vetted-ok: py.jwt.signature-verification-disabled
    c = jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256"], options={"verify_aud": False})
    # vetted-ok: py.jwt.signature-verification-disabled
    header = jwt.get_unverified_header(token)
    # vetted-ok: py.jwt.signature-verification-disabled
    note = 'jwt.decode(token, options={"verify_signature": False}) trusts anything'
    # vetted-ok: py.jwt.signature-verification-disabled
    # claims = jwt.decode(token, options={"verify_signature": False})
    # vetted-ok: py.jwt.signature-verification-disabled
    form = serializer.validate(data, verify=False)
    return a, b, c, header, form
