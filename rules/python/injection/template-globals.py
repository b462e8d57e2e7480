from django.shortcuts import render
from django.template.loader import render_to_string
from flask import Flask, current_app, render_template, request
from jinja2 import Environment, FileSystemLoader

app = Flask(__name__)
env = Environment(loader=FileSystemLoader("templates"), autoescape=True)


@app.route("/profile/<int:user_id>")
def profile(user_id):
    user = load_user(user_id)
    api_key = current_app.config["BILLING_API_KEY"]
    invoices = fetch_invoices(api_key, user.id)
    # vetted-expect: py.injection.template-globals
    return render_template("profile.html", **locals())


@app.route("/about")
def about():
    # vetted-expect: py.injection.template-globals
    return render_template("about.html", **globals())


def dashboard(request):
    orders = request.user.orders.all()
    # vetted-expect: py.injection.template-globals
    return render(request, "dashboard.html", locals())


def invoice_mail(customer, invoice):
    template = env.get_template("invoice.txt")
    # vetted-expect: py.injection.template-globals
    return template.render(**vars())


def report(request, month):
    rows = build_rows(month)
    # vetted-expect: py.injection.template-globals
    html = render_to_string("report.html", {**locals(), "title": "Monthly report"})
    # vetted-expect: py.injection.template-globals
    return render(request, "report.html", dict(locals(), html=html))


# Safe forms.
@app.route("/safe/profile/<int:user_id>")
def safe_profile(user_id):
    user = load_user(user_id)
    context = {"user": user, "title": "Profile"}
    # vetted-ok: py.injection.template-globals
    page = render_template("profile.html", user=user)
    # vetted-ok: py.injection.template-globals
    page = render_template("profile.html", **context)
    # vetted-ok: py.injection.template-globals
    page = render_template("profile.html", **vars(user))
    # vetted-ok: py.injection.template-globals
    debug_snapshot = dict(locals())
    # vetted-ok: py.injection.template-globals
    hint = 'render_template("profile.html", **locals())'
    # vetted-ok: py.injection.template-globals
    # return render_template("profile.html", **locals())
    return page


def safe_dashboard(request):
    orders = request.user.orders.all()
    # vetted-ok: py.injection.template-globals
    return render(request, "dashboard.html", {"orders": orders})
