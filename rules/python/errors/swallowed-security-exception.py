import logging

import jwt
from cryptography.exceptions import InvalidSignature
from django.contrib.auth.password_validation import validate_password

log = logging.getLogger(__name__)


def handle_webhook(public_key, signature, body, padding, hashes):
    try:
        public_key.verify(signature, body, padding.PKCS1v15(), hashes.SHA256())
    # vetted-expect: py.errors.swallowed-security-exception
    except Exception:
        pass
    return process(body)


def current_user(token, key):
    payload = {}
    try:
        payload = jwt.decode(token, key, algorithms=["HS256"])
    # vetted-expect: py.errors.swallowed-security-exception
    except:
        pass
    return payload.get("sub")


def set_password(user, password):
    try:
        validate_password(password, user)
    # vetted-expect: py.errors.swallowed-security-exception
    except BaseException as exc:
        ...
    user.set_password(password)


def read_secret(fernet, blob):
    try:
        return fernet.decrypt(blob)
    # vetted-expect: py.errors.swallowed-security-exception
    except (Exception):
        pass


def safe_examples(public_key, signature, body, token, key, path):
    try:
        public_key.verify(signature, body)
    # vetted-ok: py.errors.swallowed-security-exception
    except InvalidSignature:
        return None
    try:
        jwt.decode(token, key, algorithms=["HS256"])
    # vetted-ok: py.errors.swallowed-security-exception
    except Exception:
        log.warning("invalid token")
        raise
    try:
        cache_cleanup(path)
    # vetted-ok: py.errors.swallowed-security-exception
    except Exception:
        pass
    try:
        matched = check_password_hash(key, token)
    # vetted-ok: py.errors.swallowed-security-exception
    except Exception:
        return False
    # vetted-ok: py.errors.swallowed-security-exception
    hint = "try: verify(sig) except Exception: pass"
    # vetted-ok: py.errors.swallowed-security-exception
    # try: jwt.decode(token, key) / except Exception: pass
    return matched, hint
