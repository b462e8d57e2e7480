import os
import shutil
from pathlib import Path

from flask import Flask, abort, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = "/srv/uploads"


@app.route("/download")
def download():
    # vetted-expect: py.web.path-traversal
    return send_file(os.path.join(UPLOAD_DIR, request.args["file"]))


@app.route("/read")
def read():
    # vetted-expect: py.web.path-traversal
    with open(f"{UPLOAD_DIR}/{request.args.get('name')}") as f:
        return f.read()


@app.route("/report")
def report():
    name = request.args.get("report")
    path = os.path.join(UPLOAD_DIR, "reports", name)
    # vetted-expect: py.web.path-traversal
    return send_file(path)


@app.route("/delete", methods=["POST"])
def delete():
    target = request.form["path"]
    if request.form.get("confirm"):
        # vetted-expect: py.web.path-traversal
        os.remove(target)
    return "ok"


@app.route("/upload", methods=["POST"])
def upload():
    file = request.files["file"]
    if file:
        # vetted-expect: py.web.path-traversal
        file.save(os.path.join(UPLOAD_DIR, file.filename))
    return "saved"


@app.route("/logs")
def logs():
    log_name = request.args.get("log", "app.log")
    # vetted-expect: py.web.path-traversal
    with open(os.path.join("/var/log/myapp", log_name)) as f:
        return f.read()


@app.route("/safe/download")
def safe_download():
    # vetted-ok: py.web.path-traversal
    return send_from_directory(UPLOAD_DIR, request.args["file"])


@app.route("/safe/upload", methods=["POST"])
def safe_upload():
    file = request.files["file"]
    filename = secure_filename(file.filename)
    # vetted-ok: py.web.path-traversal
    file.save(os.path.join(UPLOAD_DIR, filename))
    return "saved"


@app.route("/safe/read")
def safe_read():
    name = request.args.get("name", "")
    full = Path(UPLOAD_DIR, name).resolve()
    if not full.is_relative_to(UPLOAD_DIR):
        abort(403)
    # vetted-ok: py.web.path-traversal
    with open(full) as f:
        return f.read()


@app.route("/safe/checked")
def safe_checked():
    name = request.args.get("name", "")
    path = os.path.realpath(os.path.join(UPLOAD_DIR, name))
    if not path.startswith(UPLOAD_DIR + os.sep):
        abort(403)
    return send_file(path)


def safe_examples(config_name, user):
    # vetted-ok: py.web.path-traversal
    a = open(os.path.join(UPLOAD_DIR, "index.html"))
    # vetted-ok: py.web.path-traversal
    b = open(config_name)
    # vetted-ok: py.web.path-traversal
    c = os.path.join(UPLOAD_DIR, secure_filename(request.args["file"]))
    # vetted-ok: py.web.path-traversal
    shutil.rmtree(os.path.join("/tmp", "build"))
    # vetted-ok: py.web.path-traversal
    d = open(os.path.join(UPLOAD_DIR, os.path.basename(request.args["file"])))
    # vetted-ok: py.web.path-traversal
    request.files["doc"].save(secure_filename(request.files["doc"].filename))
    # vetted-ok: py.web.path-traversal
    e = open(resolve_inside(UPLOAD_DIR, request.args["file"]))
    # vetted-ok: py.web.path-traversal
    hint = "send_file(os.path.join(UPLOAD_DIR, request.args['file']))"
    # vetted-ok: py.web.path-traversal
    # return send_file(request.args["file"])
    return a, b, c, d, e, hint


# FastAPI: typed path and query parameters.
import aiofiles
from fastapi import FastAPI, UploadFile
from fastapi.responses import FileResponse as FastFileResponse

api = FastAPI()


def attachment_path(name):
    return os.path.join(UPLOAD_DIR, "attachments", name)


@api.get("/attachments/{name}")
async def attachment(name: str):
    target = attachment_path(name)
    # vetted-expect: py.web.path-traversal
    return FileResponse(target)


@api.get("/invoices/{invoice_id}")
async def invoice(invoice_id: int):
    path = os.path.join(UPLOAD_DIR, f"invoice-{invoice_id}.pdf")
    # vetted-ok: py.web.path-traversal
    return FileResponse(path)


@api.get("/notes")
async def notes(name: str):
    note = Path(UPLOAD_DIR) / name
    # vetted-expect: py.web.path-traversal
    return {"text": note.read_text()}


@api.post("/uploads")
async def upload_async(file: UploadFile):
    dest = os.path.join(UPLOAD_DIR, file.filename)
    # vetted-expect: py.web.path-traversal
    async with aiofiles.open(dest, "wb") as out:
        await out.write(await file.read())
    return {"ok": True}


@api.post("/safe/uploads")
async def safe_upload_async(file: UploadFile):
    dest = os.path.join(UPLOAD_DIR, secure_filename(file.filename))
    # vetted-ok: py.web.path-traversal
    async with aiofiles.open(dest, "wb") as out:
        await out.write(await file.read())
    return {"ok": True}
