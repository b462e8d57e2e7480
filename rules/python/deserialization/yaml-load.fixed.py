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
