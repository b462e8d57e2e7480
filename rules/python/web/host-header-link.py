import smtplib
from email.message import EmailMessage

from django.core.mail import send_mail
from fastapi import FastAPI, Request
from flask import Flask, current_app, request, url_for
from flask_mail import Mail, Message

app = Flask(__name__)
mail = Mail(app)
api = FastAPI()


@app.route("/reset_password", methods=["POST"])
def reset_request():
    user = User.query.filter_by(email=request.form["email"]).first_or_404()
    token = user.get_reset_token()
    reset_link = f"{request.host_url}reset_password/{token}"
    # vetted-expect: py.web.host-header-link
    msg = Message("Password Reset Request", sender="noreply@demo.com", recipients=[user.email], body=f"To reset your password, visit: {reset_link}")
    mail.send(msg)
    return {"message": "sent"}


@app.post("/register")
def register():
    user = create_user(request.get_json())
    base = "https://" + request.headers.get("Host")
    msg = Message("Confirm your account", recipients=[user.email])
    msg.body = f"Confirm: {base}/confirm/{user.confirmation_token}"
    # vetted-expect: py.web.host-header-link
    mail.send(msg)
    return {"id": user.id}, 201


def password_reset_view(request):
    user = User.objects.get(email=request.POST["email"])
    token = default_token_generator.make_token(user)
    domain = request.META["HTTP_HOST"]
    link = f"http://{domain}/accounts/reset/{user.pk}/{token}/"
    # vetted-expect: py.web.host-header-link
    send_mail("Password reset", f"Reset your password: {link}", "noreply@example.com", [user.email])


def activation_view(request, user, token):
    link = "https://" + request.META["HTTP_HOST"] + f"/activate/{token}"
    # vetted-ok: py.web.host-header-link
    is_valid_mail = validate_email(request.META["HTTP_HOST"])
    # vetted-expect: py.web.host-header-link
    user.email_user("Activate your account", f"Activate: {link}")


def invite_view(request):
    host = request.META.get("HTTP_X_FORWARDED_HOST")
    # vetted-expect: py.web.host-header-link
    send_invite_email(request.POST["email"], f"https://{host}/join/{request.POST['code']}")


@api.post("/magic-link")
async def magic_link(request: Request, email: str):
    token = issue_token(email)
    message = EmailMessage()
    message["To"] = email
    # vetted-expect: py.web.host-header-link
    message.set_content(f"Sign in: {request.base_url}login?token={token}")
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(message)


@app.route("/reset_password_safe", methods=["POST"])
def reset_request_safe():
    user = User.query.filter_by(email=request.form["email"]).first_or_404()
    link = f"{current_app.config['PUBLIC_URL']}/reset_password/{user.get_reset_token()}"
    # vetted-ok: py.web.host-header-link
    mail.send(Message("Password Reset", recipients=[user.email], body=link))
    # vetted-ok: py.web.host-header-link
    print(f"reset requested on {request.host}")
    # vetted-ok: py.web.host-header-link
    mail.send(Message("New contact", recipients=["support@example.com"], body=request.form["message"]))
    # vetted-ok: py.web.host-header-link
    # mail.send(Message("x", body=f"{request.host_url}reset/{token}"))
    return {"docs": f"{request.host_url}docs"}


def django_safe(request, user, token):
    # vetted-ok: py.web.host-header-link
    send_mail("Reset", f"Reset: {request.build_absolute_uri('/reset/' + token)}", "noreply@example.com", [user.email])
    # vetted-ok: py.web.host-header-link
    send_mail("Reset", f"Reset: https://{request.get_host()}/reset/{token}", "noreply@example.com", [user.email])


@app.route("/reset_password_url_for", methods=["POST"])
def reset_url_for():
    user = User.query.filter_by(email=request.form["email"]).first_or_404()
    # vetted-todo-expect: py.web.host-header-link: url_for(_external=True) uses the Host header unless SERVER_NAME is set, which is configured elsewhere
    mail.send(Message("Reset", recipients=[user.email], body=url_for("reset_token", token=user.get_reset_token(), _external=True)))
    return {"message": "sent"}
