from flask import abort, request
from werkzeug.security import check_password_hash

from .models import User


def login():
    user = User.query.filter_by(email=request.form["email"]).first()
    # vetted-expect: py.auth.plaintext-password-comparison
    if user is None or user.password != request.form["password"]:
        abort(401)
    return user


def login_form(form):
    user = User.query.filter_by(email=form.email.data).first()
    # vetted-expect: py.auth.plaintext-password-comparison
    if user.password == form.password.data:
        return user
    return None


def admin_check(username, password):
    # vetted-expect: py.auth.plaintext-password-comparison
    return username == "admin" and password == "Adm1nPass!"


# Near misses


def safe_login(form):
    user = User.query.filter_by(email=form.email.data).first()
    # vetted-ok: py.auth.plaintext-password-comparison
    if user is None or not check_password_hash(user.password_hash, form.password.data):
        abort(401)
    # vetted-ok: py.auth.plaintext-password-comparison
    if form.password.data != form.confirm_password.data:
        abort(400)
    # vetted-ok: py.auth.plaintext-password-comparison
    if request.form.get("password") is None:
        abort(400)
    # vetted-ok: py.auth.plaintext-password-comparison
    if request.form.get("password") == "":
        abort(400)
    # vetted-ok: py.auth.plaintext-password-comparison
    if len(form.password.data) < 12:
        abort(400)
    # vetted-ok: py.auth.plaintext-password-comparison
    if field.type == "password":
        abort(400)
    return user
