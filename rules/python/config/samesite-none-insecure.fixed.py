import secrets

from django.http import JsonResponse
from fastapi import FastAPI, Response
from flask import Flask, make_response
from starlette.middleware.sessions import SessionMiddleware

app = Flask(__name__)
api = FastAPI()
COOKIE_OPTIONS = {"secure": True, "httponly": True}

# vetted-expect: py.config.samesite-none-insecure
app.config.update(SESSION_COOKIE_SAMESITE="None", SESSION_COOKIE_HTTPONLY=True)
# vetted-expect: py.config.samesite-none-insecure
api.add_middleware(SessionMiddleware, secret_key="change-me", same_site="none")


@app.route("/embed/login", methods=["POST"])
def embed_login():
    sid = secrets.token_urlsafe(32)
    resp = make_response("ok")
    # Needed so the widget iframe on partner sites keeps the session
    # vetted-expect: py.config.samesite-none-insecure
    resp.set_cookie("session", sid, httponly=True, samesite="None", secure=True)
    return resp


@api.post("/token")
def issue_token(response: Response):
    token = secrets.token_urlsafe(32)
    # vetted-expect: py.config.samesite-none-insecure
    response.set_cookie(key="access_token", value=token, httponly=True, samesite="none", secure=True)
    return {"ok": True}


def django_view(request):
    resp = JsonResponse({"ok": True})
    # vetted-expect: py.config.samesite-none-insecure
    resp.set_cookie("tracking_consent", "1", samesite="None", secure=False)
    return resp


# Safe forms.
# vetted-ok: py.config.samesite-none-insecure
app.config.update(SESSION_COOKIE_SAMESITE="None", SESSION_COOKIE_SECURE=True)
# vetted-ok: py.config.samesite-none-insecure
app.config.update(SESSION_COOKIE_SAMESITE="Lax")
# vetted-ok: py.config.samesite-none-insecure
api.add_middleware(SessionMiddleware, secret_key="change-me", same_site="none", https_only=True)
# vetted-ok: py.config.samesite-none-insecure
api.add_middleware(SessionMiddleware, secret_key="change-me", same_site="lax")


@app.route("/safe/login", methods=["POST"])
def safe_login():
    sid = secrets.token_urlsafe(32)
    resp = make_response("ok")
    # vetted-ok: py.config.samesite-none-insecure
    resp.set_cookie("session", sid, httponly=True, secure=True, samesite="None")
    # vetted-ok: py.config.samesite-none-insecure
    resp.set_cookie("session", sid, httponly=True, samesite="Lax")
    # vetted-ok: py.config.samesite-none-insecure
    resp.set_cookie("theme", "dark", samesite=None)
    # vetted-ok: py.config.samesite-none-insecure
    resp.set_cookie("session", sid, samesite="None", **COOKIE_OPTIONS)
    # vetted-ok: py.config.samesite-none-insecure
    resp.set_cookie("session", sid, samesite="None", secure=not app.debug)
    # vetted-ok: py.config.samesite-none-insecure
    note = 'resp.set_cookie("session", sid, samesite="None")'
    # vetted-ok: py.config.samesite-none-insecure
    # resp.set_cookie("session", sid, samesite="None")
    return resp


# vetted-todo-expect: py.config.samesite-none-insecure: a settings module is not checked for SESSION_COOKIE_SECURE elsewhere in the file
SESSION_COOKIE_SAMESITE = "None"
