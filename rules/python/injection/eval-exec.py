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
