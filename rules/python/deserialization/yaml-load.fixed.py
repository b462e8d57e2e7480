import yaml

EXAMPLE = "name: demo\nreplicas: 2\n"


def read_config(path):
    with open(path) as f:
        # vetted-expect: py.deserialization.yaml-load
        return yaml.safe_load(f)


def parse_body(request):
    # vetted-expect: py.deserialization.yaml-load
    manifest = yaml.safe_load(request.data)
    return manifest


def parse_all(stream):
    # vetted-expect: py.deserialization.yaml-load
    return list(yaml.safe_load_all(stream))


def safe_examples(stream, data):
    # vetted-ok: py.deserialization.yaml-load
    config = yaml.safe_load(stream)
    # vetted-ok: py.deserialization.yaml-load
    docs = list(yaml.safe_load_all(stream))
    # vetted-ok: py.deserialization.yaml-load
    typed = yaml.load(stream, Loader=yaml.SafeLoader)
    # vetted-ok: py.deserialization.yaml-load
    example = yaml.load(EXAMPLE)
    # vetted-ok: py.deserialization.yaml-load
    text = yaml.dump(data)
    # vetted-ok: py.deserialization.yaml-load
    hint = "yaml.load(stream)"
    # vetted-ok: py.deserialization.yaml-load
    # config = yaml.load(stream)
    return config, docs, typed, example, text, hint


# Request data through variables (the finding shows the path).
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/config", methods=["POST"])
def upload_config():
    text = request.files["config"].read()
    # vetted-expect: py.deserialization.yaml-load
    config = yaml.safe_load(text)
    return jsonify(keys=list(config))


@app.route("/safe/config", methods=["POST"])
def safe_config():
    # vetted-ok: py.deserialization.yaml-load
    config = yaml.safe_load(request.get_data())
    return jsonify(keys=list(config))
