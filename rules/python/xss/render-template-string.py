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


# Request data through variables and helpers: the finding shows the path.
from django.template import Context, engines
from jinja2 import Environment, SandboxedEnvironment, Template


@app.route("/card", methods=["POST"])
def card():
    data = request.get_json()
    title = data["title"]
    body = "<div class='card'><h2>" + title + "</h2>"
    body += "<p>{}</p></div>".format(data.get("text", ""))
    # vetted-expect: py.xss.render-template-string
    return render_template_string(body)


def render_snippet(source, **context):
    # vetted-expect: py.xss.render-template-string
    return Template(source).render(**context)


@app.route("/snippet")
def snippet():
    return render_snippet(request.args.get("tpl", ""), user="guest")


def django_preview(request):
    template_text = request.POST["template"]
    # vetted-expect: py.xss.render-template-string
    html = engines["django"].from_string(template_text).render({})
    return HttpResponse(html)


@app.route("/mail-preview", methods=["POST"])
def mail_preview():
    subject = request.form["subject"]
    # vetted-expect: py.xss.render-template-string
    return Environment(autoescape=True).from_string(f"<h1>{subject}</h1>").render()


@app.route("/safe/mail-preview", methods=["POST"])
def safe_mail_preview():
    subject = request.form["subject"]
    # vetted-ok: py.xss.render-template-string
    page = Template("<h1>{{ subject }}</h1>").render(subject=subject)
    # vetted-ok: py.xss.render-template-string
    sandboxed = SandboxedEnvironment().from_string("{{ s }}").render(s=subject)
    # vetted-ok: py.xss.render-template-string
    return render_template_string(PAGE, name=subject) + page + sandboxed


@app.route("/safe/theme")
def safe_theme():
    theme = request.args.get("theme", "light")
    # vetted-ok: py.xss.render-template-string
    return render_template_string("<body class='{{ theme }}'>", theme=theme)


def other_handler(template):
    # vetted-ok: py.xss.render-template-string
    return Template(template).substitute(name="x")
