import re

from django import forms
from django.core.validators import RegexValidator
from django.db import models
from flask import request

# vetted-expect: py.injection.redos-nested-quantifier
USERNAME_RE = re.compile(r"^([a-zA-Z0-9]+[._-]?)+$")
# vetted-expect: py.injection.redos-nested-quantifier
EMAIL_RE = re.compile(r"^[a-z0-9]+([._-]?[a-z0-9]+)*@[a-z0-9]+\.[a-z]{2,}$", re.IGNORECASE)


def valid_username(name: str) -> bool:
    return USERNAME_RE.match(name) is not None


def is_slug(value):
    # vetted-expect: py.injection.redos-nested-quantifier
    return bool(re.match(r"^(?:[a-z0-9]+-?)+$", value))


def check_name(name):
    # vetted-expect: py.injection.redos-nested-quantifier
    return re.fullmatch(r"([A-Za-z]+\s?)*", name) is not None


def search_view():
    query = request.args.get("q", "")
    # vetted-expect: py.injection.redos-nested-quantifier
    if re.search(r"^(\d+)*@", query):
        return "ok"
    # vetted-expect: py.injection.redos-nested-quantifier
    return re.sub(r"(\s*\w+\s*)+;", "", query)


class Profile(models.Model):
    # vetted-expect: py.injection.redos-nested-quantifier
    handle = models.CharField(max_length=40, validators=[RegexValidator(r"^(\w+\.?)+$")])
    # vetted-expect: py.injection.redos-nested-quantifier
    website = models.CharField(max_length=200, validators=[RegexValidator(regex=r"^(https?://)?([\w-]+\.?)+/?$")])


class SignupForm(forms.Form):
    # vetted-expect: py.injection.redos-nested-quantifier
    phone = forms.RegexField(r"^(\d+[ -]?)+$")


# vetted-expect: py.injection.redos-nested-quantifier
NAMED = re.compile(r"^(?P<word>[a-z]+-?)+$")
# vetted-ok: py.injection.redos-nested-quantifier
NAME_OK = re.compile(r"^[a-zA-Z]+(?:\s[a-zA-Z]+)*$")
# vetted-ok: py.injection.redos-nested-quantifier
VERSION = re.compile(r"^(?:\d+\.)*\d+$")
# vetted-ok: py.injection.redos-nested-quantifier
HOST = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}$")
# vetted-ok: py.injection.redos-nested-quantifier
LIST = re.compile(r"^(\s*,\s*\w+)*$")
# vetted-ok: py.injection.redos-nested-quantifier
TRAILING = re.compile(r"(\r?\n)+$")
# vetted-ok: py.injection.redos-nested-quantifier
PREFIX = re.compile(r"^(\w+\s?)*")
# vetted-ok: py.injection.redos-nested-quantifier
PARENS = re.compile(r"^\(\w+\)*$")


def safe_uses(text):
    # vetted-ok: py.injection.redos-nested-quantifier
    words = re.split(r"\s+", text)
    # vetted-ok: py.injection.redos-nested-quantifier
    sample = re.match(r"^(a+)+$", "aaaa")
    # vetted-ok: py.injection.redos-nested-quantifier
    prefix = re.match(r"^(\w+\s?)*", text)
    # vetted-ok: py.injection.redos-nested-quantifier
    # re.match(r"^(\w+\s?)*$", text)
    # vetted-ok: py.injection.redos-nested-quantifier
    doc = 'avoid r"^(\\w+\\s?)*$" in validators'
    return words, sample, prefix, doc


# vetted-todo-expect: py.injection.redos-nested-quantifier: overlapping alternatives are not analysed
ALTERNATION = re.compile(r"^(a|aa)+$")
# vetted-todo-expect: py.injection.redos-nested-quantifier: a pattern held in a variable first is not read
PATTERN = r"^(\w+\s?)*$"
