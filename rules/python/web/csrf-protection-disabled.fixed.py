import json

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators import csrf
from django.views.decorators.csrf import csrf_exempt
from flask import Flask

app = Flask(__name__)
# Forms kept failing with "The CSRF token is missing"
# vetted-expect: py.web.csrf-protection-disabled
app.config["WTF_CSRF_ENABLED"] = True
# vetted-expect: py.web.csrf-protection-disabled
app.config.update(SECRET_KEY_FILE="/etc/app/key", WTF_CSRF_ENABLED=True)


class ProductionConfig:
    DEBUG = False
    # vetted-expect: py.web.csrf-protection-disabled
    WTF_CSRF_ENABLED = True


# vetted-expect: py.web.csrf-protection-disabled
@csrf_exempt
def update_profile(request):
    data = json.loads(request.body)
    request.user.first_name = data["first_name"]
    request.user.save()
    return JsonResponse({"ok": True})


# vetted-expect: py.web.csrf-protection-disabled
@csrf.csrf_exempt
def transfer_funds(request):
    return JsonResponse({"ok": True})


# vetted-expect: py.web.csrf-protection-disabled
@method_decorator(csrf_exempt, name="dispatch")
class OrderView(View):
    def post(self, request):
        return JsonResponse({"ok": True})


# Near misses


# vetted-ok: py.web.csrf-protection-disabled
@method_decorator(csrf_exempt, name="dispatch")
class GithubWebhookView(View):
    def post(self, request):
        return JsonResponse({"ok": True})


# vetted-ok: py.web.csrf-protection-disabled
@method_decorator(login_required, name="dispatch")
class AccountView(View):
    pass


# vetted-ok: py.web.csrf-protection-disabled
@csrf_exempt
def stripe_webhook(request):
    return JsonResponse({"received": True})


# vetted-ok: py.web.csrf-protection-disabled
@csrf_exempt
def payment_callback(request):
    return JsonResponse({"received": True})


class TestingConfig:
    TESTING = True
    # vetted-ok: py.web.csrf-protection-disabled
    WTF_CSRF_ENABLED = False


def create_test_app():
    test_app = Flask(__name__)
    # vetted-ok: py.web.csrf-protection-disabled
    test_app.config["WTF_CSRF_ENABLED"] = False
    return test_app


# vetted-ok: py.web.csrf-protection-disabled
app.config["WTF_CSRF_ENABLED"] = True
# vetted-ok: py.web.csrf-protection-disabled
WTF_CSRF_TIME_LIMIT = None
# vetted-ok: py.web.csrf-protection-disabled
NOTE = "never set WTF_CSRF_ENABLED = False"
