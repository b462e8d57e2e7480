import flask
import jinja2
from flask import Flask, render_template, render_template_string, request

app = Flask(__name__)
env = jinja2.Environment(autoescape=True)

PAGE = "<h1>Hello {{ name }}</h1>"


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    # vetted-expect: py.xss.render-template-string
    return render_template_string(f"<h1>Hello {name}</h1>")


@app.route("/error")
def error():
    template = "<p>Error: %s</p>" % request.args["msg"]
    # vetted-expect: py.xss.render-template-string
    return flask.render_template_string(template)


def greeting(user):
    # vetted-expect: py.xss.render-template-string
    return jinja2.Template("Dear " + user.display_name + ",").render()


def preview(body):
    # vetted-expect: py.xss.render-template-string
    return app.jinja_env.from_string(body).render()


def safe_examples(name, loader_path):
    # vetted-ok: py.xss.render-template-string
    a = render_template_string(PAGE, name=name)
    # vetted-ok: py.xss.render-template-string
    b = render_template_string("<h1>Hello {{ name }}</h1>", name=name)
    # vetted-ok: py.xss.render-template-string
    c = render_template("hello.html", name=name)
    # vetted-ok: py.xss.render-template-string
    d = env.from_string("Hi {{ name }}").render(name=name)
    with open(loader_path) as f:
        # vetted-ok: py.xss.render-template-string
        e = render_template_string(f.read(), name=name)
    # vetted-ok: py.xss.render-template-string
    hint = "render_template_string(f'<h1>{name}</h1>')"
    # vetted-ok: py.xss.render-template-string
    # return render_template_string(f"<h1>Hello {name}</h1>")
    return a, b, c, d, e, hint
