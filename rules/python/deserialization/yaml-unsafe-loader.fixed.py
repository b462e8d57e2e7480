import yaml
from yaml import SafeLoader

DOC = "a: 1\n"


def parse_spec(request):
    # vetted-expect: py.deserialization.yaml-unsafe-loader
    return yaml.load(request.data, Loader=yaml.SafeLoader)


def read_config(f):
    # vetted-expect: py.deserialization.yaml-unsafe-loader
    return yaml.load(f, Loader=yaml.SafeLoader)


def read_fast(f):
    # vetted-expect: py.deserialization.yaml-unsafe-loader
    return list(yaml.load_all(f, yaml.SafeLoader))


def read_any(text):
    # vetted-expect: py.deserialization.yaml-unsafe-loader
    obj = yaml.safe_load(text)
    # vetted-expect: py.deserialization.yaml-unsafe-loader
    cfg = yaml.safe_load(text)
    # vetted-expect: py.deserialization.yaml-unsafe-loader
    docs = list(yaml.safe_load_all(text))
    return obj, cfg, docs


def read_imported(f):
    from yaml import Loader

    # vetted-expect: py.deserialization.yaml-unsafe-loader
    return yaml.load(f, Loader=yaml.SafeLoader)


def safe_examples(f, text):
    # vetted-ok: py.deserialization.yaml-unsafe-loader
    a = yaml.load(f, Loader=yaml.SafeLoader)
    # vetted-ok: py.deserialization.yaml-unsafe-loader
    b = yaml.load(f, Loader=yaml.CSafeLoader)
    # vetted-ok: py.deserialization.yaml-unsafe-loader
    c = yaml.load(f, SafeLoader)
    # vetted-ok: py.deserialization.yaml-unsafe-loader
    d = yaml.safe_load(text)
    # vetted-ok: py.deserialization.yaml-unsafe-loader
    e = yaml.load(DOC, Loader=yaml.Loader)
    # vetted-ok: py.deserialization.yaml-unsafe-loader
    g = yaml.dump(text, Dumper=yaml.Dumper)
    # vetted-ok: py.deserialization.yaml-unsafe-loader
    hint = "yaml.load(f, Loader=yaml.Loader)"
    # vetted-ok: py.deserialization.yaml-unsafe-loader
    # obj = yaml.unsafe_load(text)
    return a, b, c, d, e, g, hint


# Request data through variables (the finding shows the path).
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/manifests", methods=["POST"])
def upload_manifest():
    upload = request.files["manifest"]
    document = upload.read().decode("utf-8")
    # vetted-expect: py.deserialization.yaml-unsafe-loader
    manifest = yaml.load(document, Loader=yaml.SafeLoader)
    return jsonify(name=manifest.get("name"))


@app.route("/safe/manifests", methods=["POST"])
def safe_manifest():
    document = request.get_data(as_text=True)
    # vetted-ok: py.deserialization.yaml-unsafe-loader
    manifest = yaml.load(document, Loader=yaml.SafeLoader)
    return jsonify(name=manifest.get("name"))
