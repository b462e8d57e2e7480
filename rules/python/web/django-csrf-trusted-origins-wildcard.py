import os

ALLOWED_HOSTS = ["shop.example.com", ".ngrok-free.app"]

CSRF_TRUSTED_ORIGINS = [
    "https://shop.example.com",
    # Needed for the ngrok tunnel during the demo
    # vetted-expect: py.web.django-csrf-trusted-origins-wildcard
    "https://*.ngrok-free.app",
    # vetted-expect: py.web.django-csrf-trusted-origins-wildcard
    "https://*.herokuapp.com",
]

# vetted-expect: py.web.django-csrf-trusted-origins-wildcard
CSRF_TRUSTED_ORIGINS += ["https://*.vercel.app"]

# Django 3 style (host names, a leading dot for subdomains)
# vetted-expect: py.web.django-csrf-trusted-origins-wildcard
CSRF_TRUSTED_ORIGINS.append(".onrender.com")

# vetted-expect: py.web.django-csrf-trusted-origins-wildcard
CSRF_TRUSTED_ORIGINS.extend(["https://*.com"])

if os.environ.get("CODESPACES"):
    # vetted-expect: py.web.django-csrf-trusted-origins-wildcard
    CSRF_TRUSTED_ORIGINS.append("https://*.app.github.dev")

# Safe forms.
CSRF_TRUSTED_ORIGINS_SAFE = [
    # vetted-ok: py.web.django-csrf-trusted-origins-wildcard
    "https://*.ngrok-free.app",
]
CSRF_TRUSTED_ORIGINS = (
    # vetted-ok: py.web.django-csrf-trusted-origins-wildcard
    "https://shop-prod.herokuapp.com",
    # vetted-ok: py.web.django-csrf-trusted-origins-wildcard
    "https://*.example.com",
    # vetted-ok: py.web.django-csrf-trusted-origins-wildcard
    "https://*.shop.example.co.uk",
    # vetted-ok: py.web.django-csrf-trusted-origins-wildcard
    "http://localhost:8000",
)
# vetted-ok: py.web.django-csrf-trusted-origins-wildcard
CSRF_TRUSTED_ORIGINS += [os.environ["PUBLIC_ORIGIN"]]
# vetted-ok: py.web.django-csrf-trusted-origins-wildcard
CORS_ALLOWED_ORIGINS = ["https://*.vercel.app"]
# vetted-ok: py.web.django-csrf-trusted-origins-wildcard
NOTE = 'CSRF_TRUSTED_ORIGINS = ["https://*.herokuapp.com"]'
# vetted-ok: py.web.django-csrf-trusted-origins-wildcard
# CSRF_TRUSTED_ORIGINS = ["https://*.herokuapp.com"]

# vetted-todo-expect: py.web.django-csrf-trusted-origins-wildcard: origins read from the environment are not known
CSRF_TRUSTED_ORIGINS = os.environ.get("CSRF_TRUSTED_ORIGINS", "https://*.onrender.com").split(",")
