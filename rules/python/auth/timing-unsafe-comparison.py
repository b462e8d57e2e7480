import hashlib
import hmac
import os

from django.conf import settings
from flask import abort, request


def require_api_key():
    # vetted-expect: py.auth.timing-unsafe-comparison
    if request.headers.get("X-API-Key") != os.environ["API_KEY"]:
        abort(401)


def verify_webhook(payload: bytes, signature: str):
    expected = hmac.new(settings.WEBHOOK_SECRET.encode(), payload, hashlib.sha256).hexdigest()
    # vetted-expect: py.auth.timing-unsafe-comparison
    if signature == expected:
        return True
    return False


def django_view(request):
    # vetted-expect: py.auth.timing-unsafe-comparison
    if request.META.get("HTTP_X_API_KEY") != settings.API_KEY:
        return None
    # vetted-expect: py.auth.timing-unsafe-comparison
    ok = settings.ADMIN_SECRET == request.GET.get("secret")
    return ok


# Near misses


def safe_checks(payload: bytes, signature: str):
    expected = hmac.new(settings.WEBHOOK_SECRET.encode(), payload, hashlib.sha256).hexdigest()
    # vetted-ok: py.auth.timing-unsafe-comparison
    if not hmac.compare_digest(signature, expected):
        abort(403)
    # vetted-ok: py.auth.timing-unsafe-comparison
    if request.headers.get("X-API-Key") is None:
        abort(401)
    # vetted-ok: py.auth.timing-unsafe-comparison
    if len(request.args.get("api_key", "")) != 32:
        abort(400)
    # vetted-ok: py.auth.timing-unsafe-comparison
    if request.args.get("signature") == "":
        abort(400)
    # vetted-ok: py.auth.timing-unsafe-comparison
    if request.args.get("mode") == settings.DEFAULT_MODE:
        return True
    return False


def unrelated(current_token, previous_token):
    # vetted-ok: py.auth.timing-unsafe-comparison
    return current_token == previous_token


class Parameterised:
    def __eq__(self, other):
        # vetted-ok: py.auth.timing-unsafe-comparison
        return self.signature == other.signature


def parse_query(params, keylength):
    for key, value in params:
        # vetted-ok: py.auth.timing-unsafe-comparison
        if key == "Signature":
            return value
    # vetted-ok: py.auth.timing-unsafe-comparison
    if len(params.signature) != keylength:
        raise ValueError("bad length")
    return None
