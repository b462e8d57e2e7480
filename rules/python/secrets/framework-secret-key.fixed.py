import os

from flask import Flask

app = Flask(__name__)

# vetted-expect: py.secrets.framework-secret-key
SECRET_KEY = "django-insecure-7x!k2$c9w@q#m1p0z8v"
# vetted-expect: py.secrets.framework-secret-key
app.secret_key = "super-secret"
# vetted-expect: py.secrets.framework-secret-key
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
# vetted-expect: py.secrets.framework-secret-key
app.config.update(SECRET_KEY="change-me-later", DEBUG=False)
# vetted-expect: py.secrets.framework-secret-key
app.config.from_mapping({"SECRET_KEY": b"\x8f\x12\xa0"})
# vetted-expect: py.secrets.framework-secret-key
secret_key = os.environ["SECRET_KEY"]

# vetted-ok: py.secrets.framework-secret-key
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
# vetted-ok: py.secrets.framework-secret-key
app.secret_key = os.environ.get("FLASK_SECRET_KEY")
# vetted-ok: py.secrets.framework-secret-key
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", "")
# vetted-ok: py.secrets.framework-secret-key
SECRET_KEY = ""
# vetted-ok: py.secrets.framework-secret-key
app.secret_key = os.urandom(32)
# vetted-ok: py.secrets.framework-secret-key
SECRET_KEY_FILE = "/run/secrets/django_key"
# vetted-ok: py.secrets.framework-secret-key
doc = "SECRET_KEY = 'abc' must never be committed"
# vetted-ok: py.secrets.framework-secret-key
# app.secret_key = "super-secret"
# vetted-ok: py.secrets.framework-secret-key
cache_key = os.environ.get("CACHE_PREFIX", "app")


def create_app(name):
    web = Flask(name)
    # vetted-expect: py.secrets.framework-secret-key
    web.secret_key = os.environ[f"{name.upper()}_SECRET_KEY"]
    return web
