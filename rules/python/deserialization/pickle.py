import base64
import json
import marshal
import pickle

import dill
import joblib
import jsonpickle
import pandas as pd

DEFAULTS = b"\x80\x04}\x94."


def load_session(request):
    # vetted-expect: py.deserialization.pickle
    return pickle.loads(base64.b64decode(request.cookies["session"]))


def from_cache(redis_client, key):
    raw = redis_client.get(key)
    # vetted-expect: py.deserialization.pickle
    return pickle.loads(raw)


def load_model(path):
    with open(path, "rb") as f:
        # vetted-expect: py.deserialization.pickle
        return pickle.load(f)


def restore(blob):
    # vetted-expect: py.deserialization.pickle
    obj = dill.loads(blob)
    # vetted-expect: py.deserialization.pickle
    code = marshal.loads(blob)
    # vetted-expect: py.deserialization.pickle
    state = jsonpickle.decode(blob)
    return obj, code, state


def load_upload(upload):
    # vetted-expect: py.deserialization.pickle
    clf = joblib.load(upload)
    # vetted-expect: py.deserialization.pickle
    frame = pd.read_pickle(upload)
    return clf, frame


def safe_examples(request, blob, obj):
    # vetted-ok: py.deserialization.pickle
    data = json.loads(blob)
    # vetted-ok: py.deserialization.pickle
    prefs = pickle.loads(DEFAULTS)
    # vetted-ok: py.deserialization.pickle
    payload = pickle.dumps(obj)
    # vetted-ok: py.deserialization.pickle
    frame = pd.read_csv(request.files["data"])
    # vetted-ok: py.deserialization.pickle
    session = json.loads(base64.b64decode(request.cookies["session"]))
    # vetted-ok: py.deserialization.pickle
    text = "pickle.loads(request.data)"
    # vetted-ok: py.deserialization.pickle
    # obj = pickle.loads(request.data)
    return data, prefs, payload, frame, session, text


# Request data through variables and helpers (the finding shows the path).
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/restore", methods=["POST"])
def restore_view():
    blob = request.data
    # vetted-expect: py.deserialization.pickle
    state = pickle.loads(blob)
    return jsonify(keys=list(state))


@app.route("/import", methods=["POST"])
def import_model():
    upload = request.files["model"]
    raw = upload.read()
    # vetted-expect: py.deserialization.pickle
    model = pickle.loads(raw)
    return jsonify(name=type(model).__name__)


def decode_cart(cookie_value):
    data = base64.b64decode(cookie_value)
    # vetted-expect: py.deserialization.pickle
    return pickle.loads(data)


def cart(request):
    return decode_cart(request.COOKIES.get("cart", ""))


@app.route("/safe/restore", methods=["POST"])
def safe_restore():
    # vetted-ok: py.deserialization.pickle
    state = json.loads(request.data)
    # vetted-ok: py.deserialization.pickle
    return jsonify(keys=list(state), size=len(pickle.dumps(state)))
