from urllib.parse import quote

from django.http import HttpResponse
from fastapi import FastAPI, Response
from fastapi.responses import JSONResponse
from flask import Flask, jsonify, make_response, request, send_file
from werkzeug.utils import secure_filename

app = Flask(__name__)
api = FastAPI()

ALLOWED_ORIGINS = {"https://app.example.com", "https://admin.example.com"}


@app.after_request
def cors(response):
    # vetted-expect: py.web.header-injection
    response.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin", "*")
    return response


@app.route("/download")
def download():
    name = request.args.get("name", "report.csv")
    resp = make_response(open("/srv/report.csv").read())
    disposition = f'attachment; filename="{name}"'
    # vetted-expect: py.web.header-injection
    resp.headers["Content-Disposition"] = disposition
    return resp


@app.route("/lang")
def lang():
    rv = jsonify(ok=True)
    # vetted-expect: py.web.header-injection
    rv.headers.add("Content-Language", request.args["lang"])
    return rv


def tagged(body, tag):
    # vetted-expect: py.web.header-injection
    return make_response(body, 200, headers={"X-Tag": tag})


@app.route("/tag")
def tag_view():
    return tagged("ok", request.args.get("tag"))


# Django
def export(request):
    filename = request.GET.get("filename", "export.csv")
    response = HttpResponse("a,b\n", content_type="text/csv")
    # vetted-expect: py.web.header-injection
    response["Content-Disposition"] = "attachment; filename=%s" % filename
    return response


# FastAPI
@api.get("/trace")
def trace(request_id: str, response: Response):
    # vetted-expect: py.web.header-injection
    response.headers["X-Request-ID"] = request_id
    return {"ok": True}


@api.get("/refresh")
def refresh(target: str):
    # vetted-expect: py.web.header-injection
    return JSONResponse({"ok": True}, headers={"Refresh": "0; url=" + target})


# Near misses
@app.route("/safe/cors")
def safe_cors():
    response = jsonify(ok=True)
    origin = request.headers.get("Origin")
    if origin in ALLOWED_ORIGINS:
        # vetted-ok: py.web.header-injection
        response.headers["Access-Control-Allow-Origin"] = origin
    # vetted-ok: py.web.header-injection
    response.headers["X-Frame-Options"] = "DENY"
    return response


@app.route("/safe/download")
def safe_download():
    name = secure_filename(request.args.get("name", "report.csv"))
    resp = make_response(open("/srv/report.csv").read())
    # vetted-ok: py.web.header-injection
    resp.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    # vetted-ok: py.web.header-injection
    resp.headers["X-Count"] = str(int(request.args.get("count", "0")))
    # vetted-ok: py.web.header-injection
    resp.headers["X-Query"] = quote(request.args.get("q", ""))
    return resp


@app.route("/safe/file")
def safe_file():
    # vetted-ok: py.web.header-injection
    return send_file("/srv/report.csv", download_name=request.args.get("name", "r.csv"))


@app.route("/safe/body")
def safe_body():
    response = {}
    # vetted-ok: py.web.header-injection
    response["status"] = request.args.get("status")
    # vetted-ok: py.web.header-injection
    return jsonify(response, lang=request.args.get("lang"))


@api.get("/safe/page/{page}")
def safe_page(page: int, response: Response):
    # vetted-ok: py.web.header-injection
    response.headers["X-Page"] = f"{page}"
    return {"page": page}


def outgoing(session, token):
    # vetted-ok: py.web.header-injection
    session.headers["Authorization"] = f"Bearer {token}"
    # vetted-ok: py.web.header-injection
    hint = 'response.headers["X"] = request.args["x"]'
    # vetted-ok: py.web.header-injection
    # response.headers["X"] = request.args["x"]
    return hint


def unrelated(response, value):
    # vetted-ok: py.web.header-injection
    response.headers["X-Value"] = value
    return response
