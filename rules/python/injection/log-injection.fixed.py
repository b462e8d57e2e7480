import json
import logging

from django.http import JsonResponse
from fastapi import FastAPI
from flask import Flask, current_app, jsonify, request

app = Flask(__name__)
api = FastAPI()
logger = logging.getLogger(__name__)
log = logging.getLogger("audit")


@app.route("/login", methods=["POST"])
def login():
    username = request.form["username"]
    # vetted-expect: py.injection.log-injection
    logger.warning(f"failed login for {username!r}")
    # vetted-expect: py.injection.log-injection
    app.logger.info("login attempt: " + username)
    # vetted-expect: py.injection.log-injection
    logging.info("user %s logged in" % username)
    return jsonify(ok=False), 401


@app.route("/search")
def search():
    term = request.args.get("q", "")
    message = "search for {}".format(term)
    # vetted-expect: py.injection.log-injection
    current_app.logger.debug(message)
    return jsonify([])


def audit(action, who):
    line = f"{action} by {who}"
    # vetted-expect: py.injection.log-injection
    log.info(line)


@app.route("/delete", methods=["POST"])
def delete():
    data = request.get_json()
    audit("delete", data["user"])
    return jsonify(ok=True)


class OrderView:
    def post(self, request):
        # vetted-expect: py.injection.log-injection
        self.logger.error(f"bad order from {request.POST.get('customer')!r}")
        return JsonResponse({"ok": False})


@api.get("/items")
def items(q: str):
    # vetted-expect: py.injection.log-injection
    logger.log(logging.INFO, f"items query {q}")
    return []


# Near misses
@app.route("/safe/login", methods=["POST"])
def safe_login():
    username = request.form["username"]
    # vetted-ok: py.injection.log-injection
    logger.warning("failed login for %s", username)
    # vetted-ok: py.injection.log-injection
    logger.warning("failed login for %r", username)
    # vetted-ok: py.injection.log-injection
    logger.info(f"failed login for {username!r}")
    # vetted-ok: py.injection.log-injection
    logger.info(f"login payload {json.dumps(username)}")
    # vetted-ok: py.injection.log-injection
    logger.info("attempts: %d" % int(request.form.get("attempts", "0")))
    clean = username.replace("\n", " ").replace("\r", " ")
    # vetted-ok: py.injection.log-injection
    logger.info(f"failed login for {clean}")
    # vetted-ok: py.injection.log-injection
    logger.info("login handler called")
    return jsonify(ok=False), 401


@api.get("/safe/items/{item_id}")
def safe_items(item_id: int):
    # vetted-ok: py.injection.log-injection
    logger.info(f"fetching item {item_id}")
    return {"id": item_id}


def worker(job_name):
    # vetted-ok: py.injection.log-injection
    logger.info(f"job {job_name} finished")
    # vetted-ok: py.injection.log-injection
    hint = "logger.info(f'user {request.args}')"
    # vetted-ok: py.injection.log-injection
    # logger.info(f"user {request.args['name']}")
    return hint


@app.route("/safe/echo")
def safe_echo():
    name = request.args.get("name")
    # vetted-ok: py.injection.log-injection
    print(f"hello {name}")
    # vetted-ok: py.injection.log-injection
    return jsonify(name=name)
