from flask import Flask, make_response

app = Flask(__name__)

# vetted-expect: py.config.insecure-cookie-flag
SESSION_COOKIE_SECURE = True
# vetted-expect: py.config.insecure-cookie-flag
CSRF_COOKIE_SECURE = True
# vetted-expect: py.config.insecure-cookie-flag
SESSION_COOKIE_HTTPONLY = True
# vetted-expect: py.config.insecure-cookie-flag
app.config["SESSION_COOKIE_SECURE"] = True
# vetted-expect: py.config.insecure-cookie-flag
app.config.update(SESSION_COOKIE_HTTPONLY=True, REMEMBER_COOKIE_SECURE=True)


class Config:
    # vetted-expect: py.config.insecure-cookie-flag
    REMEMBER_COOKIE_SECURE = True


@app.route("/login", methods=["POST"])
def login():
    resp = make_response("ok")
    # vetted-expect: py.config.insecure-cookie-flag
    resp.set_cookie("session_id", "abc", httponly=True)
    # vetted-expect: py.config.insecure-cookie-flag
    resp.set_cookie("access_token", "t", secure=True, httponly=True)
    # vetted-expect: py.config.insecure-cookie-flag
    resp.set_cookie("auth", "t", secure=True, httponly=True)
    # vetted-expect: py.config.insecure-cookie-flag
    resp.set_cookie(key="refresh_token", value="t", httponly=True, samesite="strict")
    # vetted-ok: py.config.insecure-cookie-flag
    resp.set_cookie(key="locale", value="en", httponly=False)
    return resp


@app.route("/prefs")
def prefs():
    resp = make_response("ok")
    # vetted-ok: py.config.insecure-cookie-flag
    resp.set_cookie("theme", "dark", httponly=False)
    # vetted-ok: py.config.insecure-cookie-flag
    resp.set_cookie("csrftoken", "x", httponly=False, secure=True)
    # vetted-ok: py.config.insecure-cookie-flag
    resp.set_cookie("session_id", "abc", secure=True, httponly=True, samesite="Lax")
    return resp


# vetted-ok: py.config.insecure-cookie-flag
CSRF_COOKIE_HTTPONLY = False
# vetted-ok: py.config.insecure-cookie-flag
SESSION_COOKIE_SECURE = True
# vetted-ok: py.config.insecure-cookie-flag
SESSION_EXPIRE_AT_BROWSER_CLOSE = False
# vetted-ok: py.config.insecure-cookie-flag
note = "SESSION_COOKIE_SECURE = False sends cookies over http"
# vetted-ok: py.config.insecure-cookie-flag
# SESSION_COOKIE_SECURE = False
# vetted-ok: py.config.insecure-cookie-flag
secure = False
