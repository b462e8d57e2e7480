import bleach
import markupsafe
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from markupsafe import Markup, escape

BADGE = "<span class='badge'>new</span>"


def user_link(user):
    # vetted-expect: py.xss.unescaped-markup
    return mark_safe(f'<a href="/u/{user.id}">{user.name}</a>')


def note(text):
    # vetted-expect: py.xss.unescaped-markup
    return Markup("<p class='note'>" + text + "</p>")


def comment_html(comment):
    # vetted-expect: py.xss.unescaped-markup
    return markupsafe.Markup("<p>{}</p>".format(comment.body))


def status(request):
    label = request.GET.get("label", "")
    html = "<b>%s</b>" % label
    # vetted-expect: py.xss.unescaped-markup
    return mark_safe(html)


def status_escaped(request):
    label = escape(request.GET.get("label", ""))
    html = "<b>%s</b>" % label
    # vetted-ok: py.xss.unescaped-markup
    return mark_safe(html)


def safe_examples(user, label, body, rendered):
    # vetted-ok: py.xss.unescaped-markup
    a = format_html('<a href="/u/{}">{}</a>', user.id, user.name)
    # vetted-ok: py.xss.unescaped-markup
    b = Markup("<b>{}</b>").format(label)
    # vetted-ok: py.xss.unescaped-markup
    c = mark_safe(BADGE)
    # vetted-ok: py.xss.unescaped-markup
    d = mark_safe(f"<b>{escape(label)}</b>")
    # vetted-ok: py.xss.unescaped-markup
    e = Markup("<div>" + bleach.clean(body) + "</div>")
    # vetted-ok: py.xss.unescaped-markup
    f = mark_safe("<i>" + conditional_escape(label) + "</i>")
    # vetted-ok: py.xss.unescaped-markup
    g = mark_safe(rendered)
    # vetted-ok: py.xss.unescaped-markup
    h = Markup("\n".join(f"<p>{escape(line)}</p>" for line in body.splitlines()))
    # vetted-ok: py.xss.unescaped-markup
    hint = "mark_safe(f'<b>{label}</b>')"
    # vetted-ok: py.xss.unescaped-markup
    # return mark_safe(f"<b>{label}</b>")
    return a, b, c, d, e, f, g, h, hint
