import xml.etree.ElementTree as ET

import elementpath
from fastapi import FastAPI
from flask import Flask, abort, jsonify, request
from lxml import etree

app = Flask(__name__)
api = FastAPI()
catalogue = etree.parse("catalogue.xml")
FIND_USER = etree.XPath("//user[@name=$name]")


@app.route("/product")
def product():
    sku = request.args.get("sku", "")
    # vetted-expect: py.injection.xpath
    prices = catalogue.xpath(f"//product[@sku='{sku}']/price/text()")
    return jsonify(prices)


@app.route("/login", methods=["POST"])
def login():
    users = etree.parse("users.xml")
    name, password = request.form["name"], request.form["password"]
    query = "//user[name='%s' and password='%s']" % (name, password)
    # vetted-expect: py.injection.xpath
    if not users.getroot().xpath(query):
        abort(401)
    return "ok"


@app.route("/report")
def report():
    # vetted-expect: py.injection.xpath
    finder = etree.XPath("//entry[@region='" + request.args["region"] + "']")
    return jsonify(len(finder(catalogue)))


@app.route("/legacy")
def legacy():
    root = ET.parse("legacy.xml").getroot()
    user_id = request.args["id"]
    # vetted-expect: py.injection.xpath
    node = root.find(".//account[@id='{}']".format(user_id))
    return node.text if node is not None else ""


@api.get("/items")
def items(category: str):
    doc = ET.parse("items.xml")
    # vetted-expect: py.injection.xpath
    return elementpath.select(doc, f"//item[@category='{category}']/@name")


# Safe forms.
@app.route("/safe/product")
def safe_product():
    sku = request.args.get("sku", "")
    # vetted-ok: py.injection.xpath
    prices = catalogue.xpath("//product[@sku=$sku]/price/text()", sku=sku)
    # vetted-ok: py.injection.xpath
    users = FIND_USER(catalogue, name=request.args["name"])
    return jsonify(prices, len(users))


@app.route("/safe/page")
def safe_page():
    page = int(request.args.get("page", "1"))
    # vetted-ok: py.injection.xpath
    rows = catalogue.xpath(f"//product[{page}]")
    # vetted-ok: py.injection.xpath
    all_products = catalogue.xpath("//product/@sku")
    text = request.args.get("q", "")
    # vetted-ok: py.injection.xpath
    where = text.find(request.args["needle"])
    # vetted-ok: py.injection.xpath
    hint = "catalogue.xpath(f\"//product[@sku='{sku}']\")"
    # vetted-ok: py.injection.xpath
    # catalogue.xpath(f"//product[@sku='{request.args['sku']}']")
    return jsonify(len(rows), all_products, where, hint)


def export(tree, region):
    # vetted-ok: py.injection.xpath
    return tree.xpath(f"//entry[@region='{region}']")
