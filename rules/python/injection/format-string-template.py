from string import Template

from django.http import HttpResponse
from fastapi import FastAPI
from flask import Flask, jsonify, request
from flask_login import current_user

app = Flask(__name__)
api = FastAPI()


@app.route("/notifications/preview", methods=["POST"])
def preview_notification():
    template = request.form.get("template", "Hello {user.name}")
    # vetted-expect: py.injection.format-string-template
    return template.format(user=current_user)


@app.post("/orders/<int:order_id>/receipt")
def receipt(order_id):
    order = Order.query.get_or_404(order_id)
    data = request.get_json()
    line = data["line_template"]
    context = {"order": order, "customer": order.customer}
    # vetted-expect: py.injection.format-string-template
    text = "\n".join(line.format(**context) for _ in order.items)
    return jsonify(receipt=text)


@app.get("/greet")
def greet():
    # vetted-expect: py.injection.format-string-template
    return request.args.get("msg", "Welcome, {}!").format(current_user)


def export_name(request, report):
    pattern = request.POST["filename_pattern"]
    # vetted-expect: py.injection.format-string-template
    filename = pattern.format_map({"report": report, "user": request.user})
    return HttpResponse(status=204, headers={"X-Filename": filename})


@api.post("/render")
async def render(subject_template: str, user_id: int):
    user = await load_user(user_id)
    # vetted-expect: py.injection.format-string-template
    subject = subject_template.format(user=user, settings=settings)
    return {"subject": subject}


@app.get("/safe")
def safe_forms():
    name = request.args.get("name", "")
    # vetted-ok: py.injection.format-string-template
    greeting = "Hello {name}".format(name=name)
    # vetted-ok: py.injection.format-string-template
    greeting2 = "Hello {}, you have {} messages".format(current_user.name, current_user.unread)
    # vetted-ok: py.injection.format-string-template
    preview = request.args["template"].format("Alice", 3)
    # vetted-ok: py.injection.format-string-template
    custom = Template(request.args["template"]).safe_substitute(name=str(current_user.name))
    # vetted-ok: py.injection.format-string-template
    # request.args["template"].format(user=current_user)
    # vetted-ok: py.injection.format-string-template
    doc = 'request.args["template"].format(user=current_user)'
    return jsonify(greeting=greeting, greeting2=greeting2, preview=preview, custom=custom, doc=doc)


TEMPLATES = {"short": "Hi {user.name}", "long": "Dear {user.name}, ..."}


@app.get("/choose")
def choose():
    # vetted-ok: py.injection.format-string-template
    return TEMPLATES.get(request.args.get("style"), TEMPLATES["short"]).format(user=current_user)
