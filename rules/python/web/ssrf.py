import urllib.request
from urllib.parse import urlparse

import httpx
import requests
from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED_HOSTS = {"api.github.com"}
FEEDS = {"news": "https://example.com/news.xml"}
API = "https://api.example.com"


@app.route("/preview")
def preview():
    # vetted-expect: py.web.ssrf
    resp = requests.get(request.args["url"], timeout=5)
    return resp.text


@app.route("/status")
def status():
    # vetted-expect: py.web.ssrf
    return requests.get(f"http://{request.args.get('host')}/health").text


@app.route("/fetch", methods=["POST"])
def fetch():
    url = request.json.get("url")
    # vetted-expect: py.web.ssrf
    with urllib.request.urlopen(url) as r:
        return r.read()


@app.route("/proxy")
def proxy():
    target = request.args.get("target")
    if target:
        # vetted-expect: py.web.ssrf
        data = httpx.get(target, follow_redirects=True).json()
        return data
    return {}


@app.route("/webhook/test", methods=["POST"])
def webhook_test():
    host = request.form["host"]
    # vetted-expect: py.web.ssrf
    requests.post(f"https://{host}/hook", json={"ping": True})
    return "sent"


@app.route("/safe/feed")
def safe_feed():
    # vetted-ok: py.web.ssrf
    return requests.get(FEEDS[request.args["feed"]]).text


@app.route("/safe/user")
def safe_user():
    # vetted-ok: py.web.ssrf
    return requests.get(f"{API}/users/{request.args['id']}").json()


@app.route("/safe/checked")
def safe_checked():
    url = request.args.get("url", "")
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        abort(400)
    # vetted-ok: py.web.ssrf
    return requests.get(url, timeout=5).text


def safe_examples(url):
    # vetted-ok: py.web.ssrf
    a = requests.get(url)
    # vetted-ok: py.web.ssrf
    b = requests.post(API + "/events", json=request.get_json())
    # vetted-ok: py.web.ssrf
    c = requests.get("https://example.com/status")
    # vetted-ok: py.web.ssrf
    hint = "requests.get(request.args['url'])"
    # vetted-ok: py.web.ssrf
    # requests.get(request.args["url"])
    return a, b, c, hint


# Stepwise handlers, as assistants write them.
def fetch_json(address):
    # vetted-expect: py.web.ssrf
    return requests.get(address, timeout=5).json()


@app.route("/mirror")
def mirror():
    source = request.args.get("source", "")
    cleaned = source.strip()
    return fetch_json(cleaned)


@app.route("/report", methods=["POST"])
def report():
    payload = request.get_json()
    host = payload["host"]
    endpoint = "https://%s/api/report" % host
    # vetted-expect: py.web.ssrf
    return requests.post(endpoint, json=payload).json()


@app.route("/format")
def formatted():
    url = "https://{}/status".format(request.args["host"])
    # vetted-expect: py.web.ssrf
    return httpx.get(url).text


@app.route("/items/<int:item_id>")
def item(item_id):
    # vetted-ok: py.web.ssrf
    return requests.get(f"https://api.example.com/items/{item_id}").json()


@app.route("/allowed")
def allowed():
    host = request.args.get("host")
    if host not in ALLOWED_HOSTS:
        abort(400)
    # vetted-ok: py.web.ssrf
    return requests.get(f"https://{host}/status").text


def background_refresh():
    url = "https://example.com/feed.xml"
    # vetted-ok: py.web.ssrf
    return requests.get(url).text


# Known gap: a module-level variable shared between functions is not followed.
feed_url = None


@app.route("/feed-url", methods=["POST"])
def set_feed_url():
    global feed_url
    feed_url = request.form["url"]
    return "", 204


@app.route("/feed")
def feed():
    # vetted-todo-expect: py.web.ssrf: request input stored in a module-level variable by another view
    return requests.get(feed_url).text
