# settings.py
import sys

from django.conf import settings

# vetted-expect: py.auth.django-weak-password-hasher
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.PBKDF2PasswordHasher", "django.contrib.auth.hashers.MD5PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

# vetted-expect: py.auth.django-weak-password-hasher
PASSWORD_HASHERS = ("django.contrib.auth.hashers.PBKDF2PasswordHasher", 'django.contrib.auth.hashers.UnsaltedSHA1PasswordHasher',)

# vetted-expect: py.auth.django-weak-password-hasher
settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher", "django.contrib.auth.hashers.SHA1PasswordHasher"]

# vetted-ok: py.auth.django-weak-password-hasher
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.MD5PasswordHasher",
]

if "test" in sys.argv:
    # vetted-ok: py.auth.django-weak-password-hasher
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# vetted-ok: py.auth.django-weak-password-hasher
LEGACY_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# vetted-ok: py.auth.django-weak-password-hasher
NOTE = "PASSWORD_HASHERS = ['django.contrib.auth.hashers.MD5PasswordHasher'] is for tests"
# vetted-ok: py.auth.django-weak-password-hasher
# PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# vetted-ok: py.auth.django-weak-password-hasher
PASSWORD_HASHERS = ["myproject.hashers.MyArgon2Hasher"]
