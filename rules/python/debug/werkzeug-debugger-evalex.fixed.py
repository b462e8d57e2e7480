import os

from flask import Flask
from werkzeug.debug import DebuggedApplication
from werkzeug.serving import run_simple
import werkzeug.debug

app = Flask(__name__)

# vetted-expect: py.debug.werkzeug-debugger-evalex
app.wsgi_app = DebuggedApplication(app.wsgi_app, evalex=False)
# vetted-expect: py.debug.werkzeug-debugger-evalex
application = werkzeug.debug.DebuggedApplication(app, False)
# vetted-expect: py.debug.werkzeug-debugger-evalex
os.environ["WERKZEUG_DEBUG_PIN"] = "off"


def create_app():
    flask_app = Flask(__name__)
    # vetted-expect: py.debug.werkzeug-debugger-evalex
    return DebuggedApplication(flask_app, evalex=False, pin_security=True)


if __name__ == "__main__":
    # vetted-expect: py.debug.werkzeug-debugger-evalex
    run_simple("0.0.0.0", 5000, app, use_reloader=True, use_debugger=False)


def serve(port):
    # vetted-expect: py.debug.werkzeug-debugger-evalex
    run_simple("0.0.0.0", port, app, use_debugger=False, use_evalex=True)


# Safe forms.
if app.debug:
    # vetted-ok: py.debug.werkzeug-debugger-evalex
    app.wsgi_app = DebuggedApplication(app.wsgi_app, evalex=True)

if os.environ.get("FLASK_ENV") == "development":
    # vetted-ok: py.debug.werkzeug-debugger-evalex
    run_simple("127.0.0.1", 5000, app, use_debugger=True)


def serve_quietly(port):
    # vetted-ok: py.debug.werkzeug-debugger-evalex
    run_simple("127.0.0.1", port, app, use_debugger=True, use_evalex=False)
    # vetted-ok: py.debug.werkzeug-debugger-evalex
    run_simple("127.0.0.1", port, app, use_reloader=True)
    # vetted-ok: py.debug.werkzeug-debugger-evalex
    run_simple("127.0.0.1", port, app, use_evalex=True)
    # vetted-ok: py.debug.werkzeug-debugger-evalex
    wrapped = DebuggedApplication(app, evalex=False)
    # vetted-ok: py.debug.werkzeug-debugger-evalex
    os.environ["WERKZEUG_DEBUG_PIN"] = "1234-5678-9012"
    # vetted-ok: py.debug.werkzeug-debugger-evalex
    hint = "DebuggedApplication(app, evalex=True)"
    # vetted-ok: py.debug.werkzeug-debugger-evalex
    # app.wsgi_app = DebuggedApplication(app.wsgi_app, evalex=True)
    return wrapped, hint
