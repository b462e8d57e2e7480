import json

from bson.code import Code
from fastapi import FastAPI
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
api = FastAPI()
db = MongoClient("mongodb://localhost:27017")["shop"]
ACTIVE_ONLY = "this.active === true"


@app.route("/products/search", methods=["POST"])
def search_products():
    # vetted-expect: py.injection.nosql-where
    results = db.products.find(request.get_json())
    return jsonify(list(results))


@app.route("/orders/purge", methods=["POST"])
def purge_orders():
    filters = json.loads(request.data)
    # vetted-expect: py.injection.nosql-where
    deleted = db.orders.delete_many(filters)
    return jsonify(deleted=deleted.deleted_count)


@app.route("/notes")
def notes():
    user = request.args.get("user", "")
    # vetted-expect: py.injection.nosql-where
    found = db.notes.find({"$where": f"this.owner == '{user}'"})
    return jsonify(list(found))


def notes_matching(expression):
    # vetted-expect: py.injection.nosql-where
    return db.notes.find_one({"$where": "this.title.includes('" + expression + "')"})


@app.route("/mine", methods=["POST"])
def mine():
    owner_id = current_user_id()
    data = request.json
    # vetted-expect: py.injection.nosql-where
    cursor = db.invoices.find({"owner_id": owner_id, **data})
    return jsonify(list(cursor))


@app.route("/stats")
def stats():
    field = request.args["field"]
    # vetted-expect: py.injection.nosql-where
    mapper = Code("function () { emit(this.%s, 1); }" % field)
    return jsonify(db.command("mapReduce", "orders", map=mapper, reduce=REDUCER, out={"inline": 1}))


@api.post("/report")
async def report(pipeline: list):
    # vetted-expect: py.injection.nosql-where
    return list(db.sales.aggregate(pipeline))


# Safe forms.
@app.route("/safe/search", methods=["POST"])
def safe_search():
    data = request.get_json()
    category = str(data["category"])
    # vetted-ok: py.injection.nosql-where
    results = db.products.find({"category": category, "price": {"$lte": float(data["max_price"])}})
    # vetted-ok: py.injection.nosql-where
    by_name = db.products.find_one({"name": request.args.get("name", "")})
    # vetted-ok: py.injection.nosql-where
    active = db.products.find({"$where": ACTIVE_ONLY})
    # vetted-ok: py.injection.nosql-where
    legacy = db.products.find({"$where": "this.stock > this.reserved"})
    # vetted-ok: py.injection.nosql-where
    mapper = Code("function () { emit(this.sku, 1); }")
    text = request.get_data(as_text=True)
    # vetted-ok: py.injection.nosql-where
    position = text.find(request.args["needle"])
    # vetted-ok: py.injection.nosql-where
    hint = 'db.notes.find({"$where": f"this.owner == \'{user}\'"})'
    # vetted-ok: py.injection.nosql-where
    # db.products.find(request.get_json())
    return jsonify(list(results), by_name, list(active), list(legacy), str(mapper), position, hint)


def nightly_cleanup(cutoff):
    # vetted-ok: py.injection.nosql-where
    db.sessions.delete_many({"expires_at": {"$lt": cutoff}})


@app.route("/filter", methods=["POST"])
def filter_by_field():
    data = request.get_json()
    # vetted-todo-expect: py.injection.nosql-where: one request field that may itself be an object ({"$ne": ""}) is not reported
    return jsonify(list(db.users.find({"username": data["username"], "password": data["password"]})))


@app.route("/query", methods=["POST"])
def query_by_client_filter():
    # vetted-todo-expect: py.injection.nosql-where: a filter object picked out of the request body (body["filter"]) counts as one field
    return jsonify(list(db.users.find(request.get_json()["filter"])))
