import ast
import re

DEFAULT_EXPR = "1 + 2"
DFILE = "module.py"


def calculate(expr):
    # vetted-expect: py.injection.eval-exec
    return eval(expr)


def run_snippet(request):
    # vetted-expect: py.injection.eval-exec
    exec(request.form["code"])


def build(src):
    # vetted-expect: py.injection.eval-exec
    code = compile(src, "<user>", "exec")
    return code


def add(data):
    # vetted-expect: py.injection.eval-exec
    return eval(f"{data['a']} + {data['b']}")


def run_with_globals(source):
    # vetted-expect: py.injection.eval-exec
    exec("result = " + source, {"__builtins__": {}})


def safe_examples(expr, model, pattern):
    # vetted-ok: py.injection.eval-exec
    values = ast.literal_eval(expr)
    # vetted-ok: py.injection.eval-exec
    model.eval()
    # vetted-ok: py.injection.eval-exec
    total = eval("1 + 2")
    # vetted-ok: py.injection.eval-exec
    total = eval(DEFAULT_EXPR)
    # vetted-ok: py.injection.eval-exec
    regex = re.compile(pattern)
    # vetted-ok: py.injection.eval-exec
    frame = df.eval(expr)
    # vetted-ok: py.injection.eval-exec
    compile(pattern, "out.pyc", DFILE)
    # vetted-ok: py.injection.eval-exec
    text = "eval(user_input)"
    # vetted-ok: py.injection.eval-exec
    # exec(request.form["code"])
    return values, total, regex, frame, text


# Request data through variables and helpers (the finding shows the path).
from fastapi import FastAPI
from flask import Flask, jsonify, request

app = Flask(__name__)
api = FastAPI()


@app.route("/calc")
def calc():
    expression = request.args.get("expr", "0")
    cleaned = expression.strip()
    # vetted-expect: py.injection.eval-exec
    return jsonify(result=eval(cleaned))


def apply_rule(rule_source, context):
    # vetted-expect: py.injection.eval-exec
    exec(rule_source, {}, context)
    return context


@app.route("/rules", methods=["POST"])
def rules():
    data = request.get_json()
    return jsonify(apply_rule(data["rule"], {}))


@api.get("/filter")
def filter_items(expr: str):
    code = "lambda item: " + expr
    # vetted-expect: py.injection.eval-exec
    predicate = eval(code)
    return [i for i in range(10) if predicate(i)]


@app.route("/safe/calc")
def safe_calc():
    raw = request.args.get("values", "[]")
    # vetted-ok: py.injection.eval-exec
    values = ast.literal_eval(raw)
    # vetted-ok: py.injection.eval-exec
    return jsonify(total=sum(values), echo=raw)
