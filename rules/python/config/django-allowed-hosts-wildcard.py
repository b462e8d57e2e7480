import os

# vetted-expect: py.config.django-allowed-hosts-wildcard
ALLOWED_HOSTS = ["*"]
# vetted-expect: py.config.django-allowed-hosts-wildcard
ALLOWED_HOSTS = ["example.com", "*"]
# vetted-expect: py.config.django-allowed-hosts-wildcard
ALLOWED_HOSTS = "*"
# vetted-expect: py.config.django-allowed-hosts-wildcard
ALLOWED_HOSTS += ["*"]
# vetted-expect: py.config.django-allowed-hosts-wildcard
ALLOWED_HOSTS.append("*")
# vetted-expect: py.config.django-allowed-hosts-wildcard
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "*").split(",")

# vetted-ok: py.config.django-allowed-hosts-wildcard
ALLOWED_HOSTS = ["example.com", ".example.com"]
# vetted-ok: py.config.django-allowed-hosts-wildcard
ALLOWED_HOSTS = os.environ["DJANGO_ALLOWED_HOSTS"].split(",")
# vetted-ok: py.config.django-allowed-hosts-wildcard
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1").split(",")
# vetted-ok: py.config.django-allowed-hosts-wildcard
CORS_ALLOWED_ORIGINS = ["*"]
# vetted-ok: py.config.django-allowed-hosts-wildcard
note = "ALLOWED_HOSTS = ['*'] trusts any Host header"
# vetted-ok: py.config.django-allowed-hosts-wildcard
# ALLOWED_HOSTS = ["*"]
# vetted-ok: py.config.django-allowed-hosts-wildcard
ALLOWED_HOSTS = []
