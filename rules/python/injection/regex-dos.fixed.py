import enum
import re
import uuid
from typing import Literal, Optional

from django.http import JsonResponse
from fastapi import APIRouter, Body, FastAPI, Form, Path, Query
from flask import Flask, jsonify, request

from .models import Product

app = Flask(__name__)
api = FastAPI()
router = APIRouter()

NAMES = ["alice", "bob", "carol"]
SLUG = re.compile(r"^[a-z0-9-]+$")


class SortOrder(str, enum.Enum):
    asc = "asc"
    desc = "desc"


@app.route("/search")
def search():
    term = request.args.get("q", "")
    # vetted-expect: py.injection.regex-dos
    pattern = re.compile(term, re.IGNORECASE)
    return jsonify([n for n in NAMES if pattern.search(n)])


@app.route("/filter", methods=["POST"])
def filter_names():
    data = request.get_json()
    rule = f"^{data['prefix']}.*"
    # vetted-expect: py.injection.regex-dos
    return jsonify([n for n in NAMES if re.match(rule, n)])


def matching(expr, values):
    # vetted-expect: py.injection.regex-dos
    return [v for v in values if re.fullmatch(expr, v)]


@app.route("/match")
def match_names():
    return jsonify(matching(request.args["pattern"], NAMES))


def product_search(request):
    # vetted-expect: py.injection.regex-dos
    rows = Product.objects.filter(name__iregex=request.GET.get("q"))
    return JsonResponse({"ids": [p.id for p in rows]})


# One line per kind of request input.
@app.route("/sources", methods=["POST"])
def flask_sources():
    # vetted-expect: py.injection.regex-dos
    a = re.compile(re.escape(request.args["a"]))
    # vetted-expect: py.injection.regex-dos
    b = re.compile(re.escape(request.form["b"]))
    # vetted-expect: py.injection.regex-dos
    c = re.compile(re.escape(request.json["c"]))
    # vetted-expect: py.injection.regex-dos
    d = re.compile(request.get_json()["d"])
    # vetted-expect: py.injection.regex-dos
    e = re.compile(request.files["e"].filename)
    # vetted-expect: py.injection.regex-dos
    f = re.compile(re.escape(request.cookies.get("f")))
    # vetted-expect: py.injection.regex-dos
    g = re.compile(re.escape(request.headers["X-Filter"]))
    # vetted-expect: py.injection.regex-dos
    h = re.compile(re.escape(request.values.get("h")))
    # vetted-expect: py.injection.regex-dos
    i = re.compile(request.data)
    return str([a, b, c, d, e, f, g, h, i])


def django_sources(request):
    # vetted-expect: py.injection.regex-dos
    a = re.compile(re.escape(request.GET["a"]))
    # vetted-expect: py.injection.regex-dos
    b = re.compile(re.escape(request.GET.get("b")))
    # vetted-expect: py.injection.regex-dos
    c = re.compile(re.escape(request.POST["c"]))
    # vetted-expect: py.injection.regex-dos
    d = re.compile(request.body)
    # vetted-expect: py.injection.regex-dos
    e = re.compile(request.FILES["e"].name)
    # vetted-expect: py.injection.regex-dos
    f = re.compile(re.escape(request.COOKIES["f"]))
    # vetted-expect: py.injection.regex-dos
    g = re.compile(re.escape(request.META["HTTP_X_FILTER"]))
    return JsonResponse({"n": len([a, b, c, d, e, f, g])})


@api.get("/fastapi/{name}")
def fastapi_sources(name, q: str, tag: Optional[str] = None, label: str = Query(...), body: str = Body(None), field: str = Form("")):
    # vetted-expect: py.injection.regex-dos
    a = re.compile(name)
    # vetted-expect: py.injection.regex-dos
    b = re.compile(q)
    # vetted-expect: py.injection.regex-dos
    c = re.compile(tag)
    # vetted-expect: py.injection.regex-dos
    d = re.compile(label)
    # vetted-expect: py.injection.regex-dos
    e = re.compile(body)
    # vetted-expect: py.injection.regex-dos
    f = re.compile(field)
    return [a, b, c, d, e, f]


@router.get("/path/{part}")
def path_source(part: str = Path(...)):
    # vetted-expect: py.injection.regex-dos
    return bool(re.search(part, "text"))


# Near misses
@api.get("/typed/{item_id}")
def typed(item_id: int, ref: uuid.UUID, order: SortOrder, mode: Literal["a", "b"], slug: str = Query(..., pattern="^[a-z]+$"), limit: Optional[int] = None):
    # vetted-ok: py.injection.regex-dos
    a = re.compile(str(item_id))
    # vetted-ok: py.injection.regex-dos
    b = re.compile(str(ref))
    # vetted-ok: py.injection.regex-dos
    c = re.compile(order.value)
    # vetted-ok: py.injection.regex-dos
    d = re.compile(mode)
    # vetted-ok: py.injection.regex-dos
    e = re.compile(slug)
    # vetted-ok: py.injection.regex-dos
    f = re.compile(f"x{limit}")
    return [a, b, c, d, e, f]


@app.route("/safe/search")
def safe_search():
    term = request.args.get("q", "")
    # vetted-ok: py.injection.regex-dos
    pattern = re.compile(re.escape(term), re.IGNORECASE)
    escaped = f"^{re.escape(term)}"
    # vetted-ok: py.injection.regex-dos
    starts = re.compile(escaped)
    # vetted-ok: py.injection.regex-dos
    hits = [n for n in NAMES if re.search(r"\d+", term)]
    # vetted-ok: py.injection.regex-dos
    valid = SLUG.match(term)
    # vetted-ok: py.injection.regex-dos
    count = re.compile(str(int(request.args.get("n", "3"))))
    return jsonify(pattern.pattern, starts.pattern, hits, bool(valid), count.pattern)


def offline(expr):
    # vetted-ok: py.injection.regex-dos
    compiled = re.compile(expr)
    # vetted-ok: py.injection.regex-dos
    fixed = re.compile(r"^[A-Z]{3}$")
    # vetted-ok: py.injection.regex-dos
    hint = "re.compile(request.args['q'])"
    # vetted-ok: py.injection.regex-dos
    # re.compile(request.args["q"])
    return compiled, fixed, hint


def other_view(term):
    # vetted-ok: py.injection.regex-dos
    return re.compile(term)


@app.route("/only-logged")
def only_logged():
    term = request.args.get("q")
    app.logger.info("search for %s", term)
    # vetted-ok: py.injection.regex-dos
    return jsonify(query=term, pattern=re.compile("^a").pattern)


@app.route("/by-id/<int:item_id>/<uuid:ref>")
def by_id(item_id, ref):
    # vetted-ok: py.injection.regex-dos
    return jsonify(bool(re.compile(f"{item_id}-{ref}")))


@app.get("/v2/by-id/<int:item_id>")
def by_id_v2(item_id):
    # vetted-ok: py.injection.regex-dos
    return jsonify(bool(re.compile(f"{item_id}")))


@app.route("/by-name/<int:item_id>/<name>")
def by_name(item_id, name):
    # vetted-expect: py.injection.regex-dos
    return jsonify(bool(re.compile(name)))
