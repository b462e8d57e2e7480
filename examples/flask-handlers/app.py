"""A small Flask + FastAPI service in the style assistants write: inputs read into variables
first, paths and URLs built in steps, helpers for the repetitive parts. Three endpoints take
request input to a dangerous place; the ones after them check or convert it first."""
import os

import requests
from fastapi import FastAPI
from fastapi.responses import FileResponse
from flask import Flask, abort, redirect, request, send_file

app = Flask(__name__)
api = FastAPI()

EXPORT_DIR = "/srv/exports"
PARTNER_HOSTS = {"partner-a.example.com", "partner-b.example.com"}


def export_path(name):
    return os.path.join(EXPORT_DIR, name)


@app.route("/exports")
def download_export():
    name = request.args.get("name", "")
    path = export_path(name)
    return send_file(path)


@app.route("/webhooks/test", methods=["POST"])
def test_webhook():
    payload = request.get_json()
    callback = payload.get("callback_url")
    response = requests.post(callback, json={"ping": True}, timeout=5)
    return {"status": response.status_code}


@app.route("/logout")
def logout():
    next_page = request.args.get("next") or "/"
    return redirect(next_page)


@app.route("/partners/status")
def partner_status():
    host = request.args.get("host", "")
    if host not in PARTNER_HOSTS:
        abort(400)
    return requests.get(f"https://{host}/status", timeout=5).json()


@api.get("/reports/{report_id}")
async def report(report_id: int):
    path = os.path.join(EXPORT_DIR, f"report-{report_id}.pdf")
    return FileResponse(path)


@app.route("/thumbnails")
def thumbnail():
    name = os.path.basename(request.args.get("name", ""))
    return send_file(os.path.join(EXPORT_DIR, "thumbs", name))
