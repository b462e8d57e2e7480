import dbm
import os
import shelve

from fastapi import FastAPI
from flask import Flask, request, session
from werkzeug.utils import secure_filename

app = Flask(__name__)
api = FastAPI()
DATA_DIR = "/var/lib/app/shelves"


@app.route("/cart")
def cart():
    user = request.args.get("user", "guest")
    path = os.path.join(DATA_DIR, user)
    # vetted-expect: py.deserialization.shelve-input
    with shelve.open(path) as db:
        return {"items": db.get("items", [])}


@app.post("/import")
def import_profile():
    name = request.form["profile"]
    # vetted-expect: py.deserialization.shelve-input
    db = shelve.open(f"{DATA_DIR}/{name}.db", flag="r")
    profile = dict(db)
    db.close()
    return profile


def open_store(store_name):
    # vetted-expect: py.deserialization.shelve-input
    return dbm.open(os.path.join(DATA_DIR, store_name), "c")


@app.route("/store")
def store():
    db = open_store(request.args["store"])
    return {"keys": len(db.keys())}


@api.get("/cache/{name}")
async def read_cache(name: str):
    # vetted-expect: py.deserialization.shelve-input
    with shelve.open(filename=DATA_DIR + "/" + name) as db:
        return dict(db)


@app.route("/safe")
def safe():
    user = request.args["user"]
    # vetted-ok: py.deserialization.shelve-input
    with shelve.open(os.path.join(DATA_DIR, "prefs")) as db:
        prefs = db.get(user, {})
    # vetted-ok: py.deserialization.shelve-input
    with shelve.open(os.path.join(DATA_DIR, secure_filename(user))) as db:
        prefs.update(db)
    user_id = int(request.args["id"])
    # vetted-ok: py.deserialization.shelve-input
    with shelve.open(f"{DATA_DIR}/user-{user_id}") as db:
        prefs.update(db)
    # vetted-ok: py.deserialization.shelve-input
    with shelve.open(os.path.join(DATA_DIR, session.get("shelf_id", "default"))) as db:
        prefs.update(db)
    return prefs


def local_tool(path):
    # vetted-ok: py.deserialization.shelve-input
    with shelve.open(path) as db:
        return dict(db)
