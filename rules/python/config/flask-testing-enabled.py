import os

import pytest
from flask import Flask
from flask_login import LoginManager

app = Flask(__name__)
login_manager = LoginManager(app)

# Skip auth until SSO is wired up
# vetted-expect: py.config.flask-testing-enabled
app.config["LOGIN_DISABLED"] = True
# vetted-expect: py.config.flask-testing-enabled
app.config.update(SECRET_KEY=os.environ["SECRET_KEY"], TESTING=True)
# vetted-expect: py.config.flask-testing-enabled
app.testing = True


class ProductionConfig:
    SESSION_COOKIE_SECURE = True
    # vetted-expect: py.config.flask-testing-enabled
    TESTING = True


def create_app():
    application = Flask(__name__)
    # vetted-expect: py.config.flask-testing-enabled
    application.config["TESTING"] = True
    return application


# vetted-expect: py.config.flask-testing-enabled
LOGIN_DISABLED = True

# Safe forms.
class TestingConfig:
    # vetted-ok: py.config.flask-testing-enabled
    TESTING = True
    # vetted-ok: py.config.flask-testing-enabled
    LOGIN_DISABLED = True


class DevelopmentConfig:
    # vetted-ok: py.config.flask-testing-enabled
    TESTING = True


@pytest.fixture
def client():
    # vetted-ok: py.config.flask-testing-enabled
    app.config.update(TESTING=True)
    return app.test_client()


def create_test_app():
    test_app = Flask(__name__)
    # vetted-ok: py.config.flask-testing-enabled
    test_app.config["TESTING"] = True
    return test_app


if os.environ.get("APP_ENV") == "test":
    # vetted-ok: py.config.flask-testing-enabled
    app.config["LOGIN_DISABLED"] = True

# vetted-ok: py.config.flask-testing-enabled
app.config["TESTING"] = False
# vetted-ok: py.config.flask-testing-enabled
app.config["TESTING"] = os.environ.get("APP_ENV") == "test"
# vetted-ok: py.config.flask-testing-enabled
NOTE = 'app.config["LOGIN_DISABLED"] = True'
# vetted-ok: py.config.flask-testing-enabled
# app.config["LOGIN_DISABLED"] = True
