from urllib.parse import urlparse

from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from flask import Flask, redirect, request, url_for
from starlette.responses import RedirectResponse

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    # vetted-expect: py.web.open-redirect
    return redirect(request.args.get("next") or url_for("index"))


@app.route("/logout")
def logout():
    next_url = request.args.get("next")
    # vetted-expect: py.web.open-redirect
    return redirect(next_url)


def django_login(request, form):
    if form.is_valid():
        target = request.GET.get("next")
        # vetted-expect: py.web.open-redirect
        return HttpResponseRedirect(target or "/")
    # vetted-expect: py.web.open-redirect
    return HttpResponseRedirect(request.POST["return_to"])


async def oauth_done(request):
    # vetted-expect: py.web.open-redirect
    return RedirectResponse(url=request.query_params["redirect_uri"])


@app.route("/safe/home")
def safe_home():
    # vetted-ok: py.web.open-redirect
    return redirect(url_for("index"))


@app.route("/safe/next")
def safe_next():
    target = request.args.get("next", "")
    if urlparse(target).netloc:
        target = url_for("index")
    # vetted-ok: py.web.open-redirect
    return redirect(target)


def django_safe(request):
    nxt = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):
        nxt = "/"
    # vetted-ok: py.web.open-redirect
    return HttpResponseRedirect(nxt)


def safe_examples(user):
    # vetted-ok: py.web.open-redirect
    a = redirect("/dashboard")
    # vetted-ok: py.web.open-redirect
    b = redirect(f"/users/{user.id}")
    # vetted-ok: py.web.open-redirect
    c = redirect(url_for("profile", name=request.args["name"]))
    # vetted-ok: py.web.open-redirect
    hint = "redirect(request.args.get('next'))"
    # vetted-ok: py.web.open-redirect
    # return redirect(request.args["next"])
    return a, b, c, hint


def _after_login_target(req):
    return req.args.get("return_to") or "/"


@app.route("/login/done")
def login_done():
    destination = _after_login_target(request)
    # vetted-ok: py.web.open-redirect
    return redirect(url_for("dashboard"))


@app.route("/go")
def go():
    params = request.args.to_dict()
    where = params.get("to", "/")
    # vetted-expect: py.web.open-redirect
    return redirect(where)


ALLOWED_TARGETS = {"/dashboard", "/settings"}


@app.route("/go-safe")
def go_safe():
    where = request.args.get("to", "/")
    if where not in ALLOWED_TARGETS:
        where = "/"
    # vetted-ok: py.web.open-redirect
    return redirect(where)
