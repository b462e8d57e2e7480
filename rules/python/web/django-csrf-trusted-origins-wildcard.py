# settings.py
import os

from django.conf import settings

CSRF_TRUSTED_ORIGINS = [
    # vetted-expect: py.web.django-csrf-trusted-origins-wildcard
    "https://*.herokuapp.com",
    # vetted-ok: py.web.django-csrf-trusted-origins-wildcard
    "https://myapp.herokuapp.com",
    # vetted-ok: py.web.django-csrf-trusted-origins-wildcard
    "https://*.myshop.com",
]

# vetted-expect: py.web.django-csrf-trusted-origins-wildcard
CSRF_TRUSTED_ORIGINS += ["https://*.up.railway.app"]

# vetted-expect: py.web.django-csrf-trusted-origins-wildcard
CSRF_TRUSTED_ORIGINS = ["https://*.ngrok-free.app", "http://localhost:8000"]

# vetted-expect: py.web.django-csrf-trusted-origins-wildcard
CSRF_TRUSTED_ORIGINS = os.environ.get("CSRF_TRUSTED_ORIGINS", "https://*.onrender.com").split(",")

# Django before 4.0: a leading dot means every subdomain.
# vetted-expect: py.web.django-csrf-trusted-origins-wildcard
CSRF_TRUSTED_ORIGINS = (".vercel.app",)

# vetted-expect: py.web.django-csrf-trusted-origins-wildcard
settings.CSRF_TRUSTED_ORIGINS = ["https://*.com"]

# vetted-ok: py.web.django-csrf-trusted-origins-wildcard
CSRF_TRUSTED_ORIGINS = ["https://example.com", "https://www.example.com"]
# vetted-ok: py.web.django-csrf-trusted-origins-wildcard
CSRF_TRUSTED_ORIGINS = os.environ["CSRF_TRUSTED_ORIGINS"].split(",")
# vetted-ok: py.web.django-csrf-trusted-origins-wildcard
ALLOWED_HOSTS = [".herokuapp.com"]
# vetted-ok: py.web.django-csrf-trusted-origins-wildcard
CORS_ALLOWED_ORIGINS = ["https://app.vercel.app"]
# vetted-ok: py.web.django-csrf-trusted-origins-wildcard
NOTE = "CSRF_TRUSTED_ORIGINS = ['https://*.herokuapp.com'] trusts every Heroku app"
# vetted-ok: py.web.django-csrf-trusted-origins-wildcard
# CSRF_TRUSTED_ORIGINS = ["https://*.herokuapp.com"]
# vetted-ok: py.web.django-csrf-trusted-origins-wildcard
CSRF_TRUSTED_ORIGINS = ["https://*.internal.mycompany.co.uk"]
# vetted-ok: py.web.django-csrf-trusted-origins-wildcard
CSRF_TRUSTED_ORIGINS = ["http://*.localhost:8000"]
