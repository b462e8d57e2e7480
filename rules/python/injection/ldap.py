import re

import ldap
import ldap.filter
from fastapi import FastAPI
from flask import Flask, abort, jsonify, request
from ldap3 import ALL, SUBTREE, Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
api = FastAPI()
BASE_DN = "ou=people,dc=example,dc=com"
server = Server("ldaps://ldap.example.com", get_info=ALL)


def get_conn():
    return Connection(server, user="cn=reader,dc=example,dc=com", password=READER_PASSWORD, auto_bind=True)


@app.route("/users/search")
def search_users():
    name = request.args.get("name", "")
    conn = get_conn()
    # vetted-expect: py.injection.ldap
    conn.search(BASE_DN, f"(&(objectClass=person)(cn=*{name}*))", attributes=["cn", "mail"])
    return jsonify([e.entry_to_json() for e in conn.entries])


@app.route("/login", methods=["POST"])
def login():
    username = request.form["username"]
    password = request.form["password"]
    conn = get_conn()
    search_filter = "(&(uid=%s)(userPassword=%s))" % (username, password)
    # vetted-expect: py.injection.ldap
    conn.search(search_base=BASE_DN, search_filter=search_filter, search_scope=SUBTREE)
    return "ok" if conn.entries else abort(401)


@app.route("/groups")
def groups():
    uid = request.args["uid"]
    l = ldap.initialize("ldaps://ldap.example.com")
    # vetted-expect: py.injection.ldap
    results = l.search_s(BASE_DN, ldap.SCOPE_SUBTREE, "(memberUid={})".format(uid), ["cn"])
    return jsonify([dn for dn, _ in results])


def lookup(mail):
    ld = ldap.initialize("ldaps://ldap.example.com")
    # vetted-expect: py.injection.ldap
    return ld.search_ext_s(BASE_DN, ldap.SCOPE_SUBTREE, filterstr="(mail=" + mail + ")")


@app.route("/by-mail")
def by_mail():
    return jsonify(lookup(request.args["mail"]))


@api.get("/directory")
def directory(department: str):
    conn = get_conn()
    # vetted-expect: py.injection.ldap
    conn.extend.standard.paged_search(BASE_DN, f"(department={department})", paged_size=100)
    return {"count": len(conn.entries)}


# Safe forms.
@app.route("/safe/users/search")
def safe_search_users():
    name = request.args.get("name", "")
    conn = get_conn()
    # vetted-ok: py.injection.ldap
    conn.search(BASE_DN, f"(&(objectClass=person)(cn=*{escape_filter_chars(name)}*))", attributes=["cn"])
    safe = escape_filter_chars(request.args["uid"])
    # vetted-ok: py.injection.ldap
    conn.search(BASE_DN, "(uid=%s)" % safe)
    return jsonify(len(conn.entries))


@app.route("/safe/groups")
def safe_groups():
    uid = request.args["uid"]
    l = ldap.initialize("ldaps://ldap.example.com")
    # vetted-ok: py.injection.ldap
    results = l.search_s(BASE_DN, ldap.SCOPE_SUBTREE, ldap.filter.filter_format("(memberUid=%s)", [uid]))
    # vetted-ok: py.injection.ldap
    more = l.search_s(BASE_DN, ldap.SCOPE_SUBTREE, "(memberUid=%s)" % ldap.filter.escape_filter_chars(uid))
    return jsonify(results + more)


@app.route("/safe/employee")
def safe_employee():
    number = request.args["number"]
    if not re.fullmatch(r"[0-9]{6}", number):
        abort(400)
    conn = get_conn()
    # vetted-ok: py.injection.ldap
    conn.search(BASE_DN, f"(employeeNumber={int(number)})")
    # vetted-ok: py.injection.ldap
    conn.search(BASE_DN, "(objectClass=person)", attributes=["cn"])
    # vetted-ok: py.injection.ldap
    match = re.search(r"^[a-z]+$", request.args["q"])
    # vetted-ok: py.injection.ldap
    hint = 'conn.search(BASE_DN, f"(uid={request.args["uid"]})")'
    # vetted-ok: py.injection.ldap
    # conn.search(BASE_DN, f"(uid={request.args['uid']})")
    return jsonify(bool(match), hint)


def sync_job(conn, department):
    # vetted-ok: py.injection.ldap
    conn.search(BASE_DN, f"(department={department})")
