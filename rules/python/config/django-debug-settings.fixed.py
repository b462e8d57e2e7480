import os
from pathlib import Path

import environ
from decouple import config

env = environ.Env()
BASE_DIR = Path(__file__).resolve().parent.parent

# vetted-expect: py.config.django-debug-settings
DEBUG = False
# vetted-expect: py.config.django-debug-settings
DEBUG = os.getenv("DJANGO_DEBUG", True)
# vetted-expect: py.config.django-debug-settings
DEBUG = os.environ.get("DJANGO_DEBUG", "True") == "True"
# vetted-expect: py.config.django-debug-settings
DEBUG = os.environ.get("DJANGO_DEBUG", "1").lower() in ("1", "true")
# vetted-expect: py.config.django-debug-settings
DEBUG = config("DEBUG", default=False, cast=bool)
# vetted-expect: py.config.django-debug-settings
DEBUG = env.bool("DJANGO_DEBUG", default=False)

if os.environ.get("CI"):
    # vetted-ok: py.config.django-debug-settings
    DEBUG = True

# vetted-ok: py.config.django-debug-settings
DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"
# vetted-ok: py.config.django-debug-settings
DEBUG = os.getenv("DJANGO_DEBUG", "False") == "True"
# vetted-ok: py.config.django-debug-settings
DEBUG = config("DEBUG", default=False, cast=bool)
# vetted-ok: py.config.django-debug-settings
DEBUG = False
# vetted-ok: py.config.django-debug-settings
TEMPLATE_DEBUG_NOTE = "DEBUG = True"
# vetted-ok: py.config.django-debug-settings
# DEBUG = True
# vetted-ok: py.config.django-debug-settings
DEBUG_TOOLBAR = True


def enable_debug(settings):
    # vetted-ok: py.config.django-debug-settings
    DEBUG = True
    return DEBUG
