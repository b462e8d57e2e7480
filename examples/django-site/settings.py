# Generated Django settings for "mysite".
SECRET_KEY = "django-insecure-4n7#x!q2@z9$w8m&k3v5b6c1p0o"

DEBUG = True

ALLOWED_HOSTS = ["*"]

SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.sessions",
]
