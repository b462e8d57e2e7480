import jinja2
from flask import Flask
from jinja2 import Environment, FileSystemLoader, Template, select_autoescape

app = Flask(__name__)

# vetted-expect: py.xss.jinja2-autoescape-off
env = Environment(loader=FileSystemLoader("templates"), autoescape=False)

# vetted-expect: py.xss.jinja2-autoescape-off
raw_env = jinja2.Environment(autoescape=False)

# vetted-expect: py.xss.jinja2-autoescape-off
app.jinja_env.autoescape = False


def banner(text):
    # vetted-expect: py.xss.jinja2-autoescape-off
    return Template("<div>{{ text }}</div>", autoescape=False).render(text=text)


# vetted-ok: py.xss.jinja2-autoescape-off
safe_env = Environment(loader=FileSystemLoader("templates"), autoescape=True)
# vetted-ok: py.xss.jinja2-autoescape-off
html_env = Environment(autoescape=select_autoescape(["html", "xml"]))
# vetted-ok: py.xss.jinja2-autoescape-off
app.jinja_env.autoescape = True
# vetted-ok: py.xss.jinja2-autoescape-off
settings = dict(autoescape=False)
# vetted-ok: py.xss.jinja2-autoescape-off
hint = "Environment(autoescape=False)"
# vetted-ok: py.xss.jinja2-autoescape-off
# env = Environment(autoescape=False)
