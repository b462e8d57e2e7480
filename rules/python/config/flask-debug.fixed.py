import os

from flask import Flask
from flask_socketio import SocketIO

app = Flask(__name__)
socketio = SocketIO(app)

# vetted-expect: py.config.flask-debug
app.config["DEBUG"] = False
# vetted-expect: py.config.flask-debug
app.config.update(DEBUG=False, TESTING=False)
# vetted-expect: py.config.flask-debug
app.debug = False


def create_app():
    flask_app = Flask(__name__)
    # vetted-expect: py.config.flask-debug
    flask_app.debug = False
    return flask_app


if __name__ == "__main__":
    # vetted-expect: py.config.flask-debug
    app.run(host="0.0.0.0", port=5000, debug=False)
    # vetted-expect: py.config.flask-debug
    socketio.run(app, debug=False)

# vetted-ok: py.config.flask-debug
app.run(debug=False)
# vetted-ok: py.config.flask-debug
app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
# vetted-ok: py.config.flask-debug
app.run(host="127.0.0.1")
# vetted-ok: py.config.flask-debug
app.config["TESTING"] = True
# vetted-ok: py.config.flask-debug
logger.debug = True
# vetted-ok: py.config.flask-debug
asyncio.run(main(), debug=True)
# vetted-ok: py.config.flask-debug
note = "app.run(debug=True) starts the Werkzeug debugger"
# vetted-ok: py.config.flask-debug
# app.run(debug=True)
