import html

from django.http import HttpResponse, JsonResponse
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from flask import Flask, Response, jsonify, make_response, render_template, request
from markupsafe import escape

app = Flask(__name__)
api = FastAPI()


@app.route("/search")
def search():
    query = request.args.get("q", "")
    # vetted-expect: py.xss.reflected-response
    return f"<h1>Results for {query}</h1>"


@app.route("/hello")
def hello():
    name = request.args["name"]
    # vetted-expect: py.xss.reflected-response
    return "<p>Hello, " + name + "!</p>", 200


@app.route("/error")
def error_page():
    # vetted-expect: py.xss.reflected-response
    return make_response("<div class='error'>%s</div>" % request.args.get("msg"), 400)


@app.route("/echo", methods=["POST"])
def echo():
    body = request.form.get("comment", "")
    # vetted-expect: py.xss.reflected-response
    return Response(body)


def render_title(title):
    # vetted-expect: py.xss.reflected-response
    return "<title>{}</title>".format(title)


@app.route("/page")
def page():
    return render_title(request.args.get("title"))


def django_greet(request):
    name = request.GET.get("name", "guest")
    # vetted-expect: py.xss.reflected-response
    return HttpResponse(f"<p>Welcome back, {name}</p>")


@api.get("/banner")
async def banner(text: str):
    # vetted-expect: py.xss.reflected-response
    return HTMLResponse(content=f"<marquee>{text}</marquee>")


# Near misses


@app.route("/safe-search")
def safe_search():
    query = request.args.get("q", "")
    # vetted-ok: py.xss.reflected-response
    return f"<h1>Results for {escape(query)}</h1>"


@app.route("/safe-hello")
def safe_hello():
    name = html.escape(request.args["name"])
    # vetted-ok: py.xss.reflected-response
    return "<p>Hello, " + name + "!</p>"


@app.route("/api/items")
def items():
    q = request.args.get("q")
    # vetted-ok: py.xss.reflected-response
    return jsonify({"query": q})


@app.route("/api/raw")
def raw():
    q = request.args.get("q")
    # vetted-ok: py.xss.reflected-response
    return Response(q, mimetype="text/plain")


@app.route("/template")
def templated():
    # vetted-ok: py.xss.reflected-response
    return render_template("search.html", query=request.args.get("q"))


@app.route("/count")
def count():
    n = int(request.args.get("n", "1"))
    # vetted-ok: py.xss.reflected-response
    return f"<p>{n} items</p>"


@app.route("/plain")
def plain():
    q = request.args.get("q", "")
    # vetted-ok: py.xss.reflected-response
    return f"You searched for {q}"


def django_json(request):
    # vetted-ok: py.xss.reflected-response
    return JsonResponse({"q": request.GET.get("q")})


@app.route("/static-page")
def static_page():
    # vetted-ok: py.xss.reflected-response
    return "<h1>Welcome</h1>"
