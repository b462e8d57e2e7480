import logging

from flask import current_app, request

logger = logging.getLogger(__name__)


def login():
    email = request.form["email"]
    password = request.form["password"]
    # vetted-expect: py.debug.secret-logged
    logger.info(f"login attempt {email} / {password}")
    access_token = issue_token(email)
    # vetted-expect: py.debug.secret-logged
    print("issued token", access_token)
    # vetted-expect: py.debug.secret-logged
    logging.debug("token=%s", access_token)
    return access_token


def connect(config):
    # vetted-expect: py.debug.secret-logged
    current_app.logger.warning("connecting with key " + config.api_key)
    # vetted-expect: py.debug.secret-logged
    print(config["client_secret"])


class Client:
    def refresh(self, session):
        # vetted-expect: py.debug.secret-logged
        self.logger.debug(session.refresh_token)


# Near misses


def safe_logging(email, password, token, config):
    # vetted-ok: py.debug.secret-logged
    logger.info("login attempt %s", email)
    # vetted-ok: py.debug.secret-logged
    print("token refreshed")
    # vetted-ok: py.debug.secret-logged
    logger.info("password has %d characters", len(password))
    # vetted-ok: py.debug.secret-logged
    logger.info("token type %s expires %s", token.token_type, token.expires_at)
    # vetted-ok: py.debug.secret-logged
    print("Missing API key: set OPENAI_API_KEY")
    # vetted-ok: py.debug.secret-logged
    print(config.api_key_id)
    # vetted-ok: py.debug.secret-logged
    record.info(token)
    # A tokenizer's token, not a credential
    # vetted-ok: py.debug.secret-logged
    print(token)
    # vetted-ok: py.debug.secret-logged
    logger.info("set %s", EnvVarNames.CLIENT_SECRET)
