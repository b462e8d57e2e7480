import sqlite3

import pandas as pd
import sqlalchemy as sa
from sqlalchemy import text
from flask import Flask, request

app = Flask(__name__)

TABLE = "users"
COLUMNS = "id, name, email"


def find_user(cursor, name):
    # vetted-expect: py.injection.sql-format
    cursor.execute(f"SELECT * FROM users WHERE name = '{name}'")
    return cursor.fetchone()


def find_by_email(cursor, email):
    # vetted-expect: py.injection.sql-format
    cursor.execute("SELECT id FROM users WHERE email = '" + email + "'")


def delete_user(conn, user_id):
    # vetted-expect: py.injection.sql-format
    conn.execute("DELETE FROM users WHERE id = %s" % user_id)


def rename(cursor, user_id, new_name):
    # vetted-expect: py.injection.sql-format
    cursor.execute("UPDATE users SET name = '{}' WHERE id = {}".format(new_name, user_id))


@app.route("/login", methods=["POST"])
def login():
    username = request.form["username"]
    password = request.form["password"]
    query = f"SELECT * FROM users WHERE username = '{username}' AND password = '{password}'"
    # vetted-expect: py.injection.sql-format
    row = db.execute(query).fetchone()
    return row


@app.route("/search")
def search():
    term = request.args.get("q", "")
    sql = f"""
        SELECT id, title
        FROM posts
        WHERE title LIKE '%{term}%'
    """
    with conn:
        cur = conn.cursor()
        try:
            # vetted-expect: py.injection.sql-format
            cur.execute(sql)
        finally:
            cur.close()


def orders(session, customer):
    # vetted-expect: py.injection.sql-format
    return session.execute(text(f"SELECT * FROM orders WHERE customer = '{customer}'"))


def report(request):
    region = request.GET["region"]
    stmt = "SELECT region, total FROM sales WHERE region = '%s'" % region
    # vetted-expect: py.injection.sql-format
    return pd.read_sql(stmt, engine)


def django_lookup(User, name):
    # vetted-expect: py.injection.sql-format
    return User.objects.raw(f"SELECT * FROM auth_user WHERE username = '{name}'")


def safe_examples(cursor, session, engine, user_id, name, ids):
    # vetted-ok: py.injection.sql-format
    cursor.execute("SELECT * FROM users WHERE id = %s", (user_id,))
    # vetted-ok: py.injection.sql-format
    cursor.execute("SELECT * FROM users WHERE id = ?", [user_id])
    # vetted-ok: py.injection.sql-format
    cursor.execute("SELECT COUNT(*) FROM users")
    # vetted-ok: py.injection.sql-format
    cursor.execute("SELECT " + COLUMNS + " FROM " + TABLE)
    # vetted-ok: py.injection.sql-format
    cursor.execute(f"SELECT {COLUMNS} FROM {TABLE} WHERE id = {int(user_id)}")
    # vetted-ok: py.injection.sql-format
    session.execute(text("SELECT * FROM orders WHERE customer = :c"), {"c": name})
    # vetted-ok: py.injection.sql-format
    session.execute(sa.text(f"SELECT * FROM {TABLE}"))
    placeholders = ", ".join("?" for _ in ids)
    # vetted-ok: py.injection.sql-format
    cursor.execute(f"SELECT * FROM users WHERE id IN ({placeholders})", ids)
    # vetted-ok: py.injection.sql-format
    frame = pd.read_sql("SELECT * FROM sales WHERE region = %(r)s", engine, params={"r": name})
    # vetted-ok: py.injection.sql-format
    log = f"SELECT for user {name} took too long"
    # vetted-ok: py.injection.sql-format
    task.execute(f"sync {name}")
    # vetted-ok: py.injection.sql-format
    text_value = "cursor.execute(f'SELECT * FROM t WHERE a = {x}')"
    # vetted-ok: py.injection.sql-format
    # cursor.execute(f"SELECT * FROM users WHERE name = '{name}'")
    return frame, log, text_value


def build_order_query(customer):
    stmt = "SELECT * FROM orders WHERE customer = '%s'" % customer
    stmt += " ORDER BY created_at"
    return stmt


def customer_orders(request):
    with connection.cursor() as cursor:
        # vetted-expect: py.injection.sql-format
        cursor.execute(build_order_query(request.GET.get("customer")))
        return cursor.fetchall()


@app.route("/page")
def page():
    page_number = int(request.args.get("page", "1"))
    sql = f"SELECT * FROM posts LIMIT 20 OFFSET {page_number * 20}"
    # vetted-ok: py.injection.sql-format
    return db.execute(sql).fetchall()


@app.route("/by-author")
def by_author():
    author = request.args.get("author")
    sql = "SELECT * FROM posts WHERE author = %s"
    # vetted-ok: py.injection.sql-format
    return db.execute(sql, (author,)).fetchall()


def nightly_cleanup(days):
    sql = f"DELETE FROM sessions WHERE age > {days}"
    # vetted-ok: py.injection.sql-format
    db.execute(sql)


# Django, FastAPI and command-line shapes (the finding shows the path).
import argparse
import sys

from django.db.models.expressions import RawSQL
from fastapi import Depends, FastAPI

api = FastAPI()
SORTABLE = {"name", "created_at"}


def tagged_posts(request):
    tag = request.GET.get("tag", "")
    # vetted-expect: py.injection.sql-format
    return Post.objects.extra(where=[f"tags LIKE '%%{tag}%%'"])


def annotated(request):
    # vetted-expect: py.injection.sql-format
    return Post.objects.annotate(score=RawSQL(f"SELECT count(*) FROM votes WHERE user = '{request.user.username}'", []))


@api.get("/orders")
def list_orders(status: str, db=Depends(get_db)):
    query = f"SELECT * FROM orders WHERE status = '{status}'"
    # vetted-expect: py.injection.sql-format
    return db.execute(text(query)).fetchall()


@api.get("/customers")
async def customers(name: str):
    sql = "SELECT * FROM customers WHERE name = '" + name + "'"
    # vetted-expect: py.injection.sql-format
    return await database.fetch_all(query=sql)


@api.get("/sorted")
def sorted_posts(sort: str, db=Depends(get_db)):
    stmt = "SELECT * FROM posts ORDER BY {}".format(sort)
    # vetted-expect: py.injection.sql-format
    return db.execute(text(stmt)).fetchall()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--user")
    args = parser.parse_args()
    query = f"DELETE FROM sessions WHERE username = '{args.user}'"
    # vetted-expect: py.injection.sql-format
    conn.execute(query)
    table = sys.argv[1]
    sql = "SELECT count(*) FROM " + table
    # vetted-expect: py.injection.sql-format
    conn.execute(sql)


@api.get("/safe/orders/{order_id}")
def safe_order(order_id: int, status: str, db=Depends(get_db)):
    query = f"SELECT * FROM orders WHERE id = {order_id}"
    # vetted-ok: py.injection.sql-format
    first = db.execute(text(query)).fetchall()
    # vetted-ok: py.injection.sql-format
    second = db.execute(text("SELECT * FROM orders WHERE status = :s"), {"s": status}).fetchall()
    return first + second


@api.get("/safe/sorted")
def safe_sorted(sort: str, db=Depends(get_db)):
    if sort not in SORTABLE:
        raise HTTPException(400)
    stmt = f"SELECT * FROM posts ORDER BY {sort}"
    # vetted-ok: py.injection.sql-format
    return db.execute(text(stmt)).fetchall()


def safe_tagged(request):
    # vetted-ok: py.injection.sql-format
    return Post.objects.extra(where=["tags LIKE %s"], params=[request.GET.get("tag", "")])


def admin_report(order_id):
    # vetted-ok: py.injection.sql-format
    return Post.objects.annotate(score=RawSQL("SELECT count(*) FROM votes WHERE post_id = %s", [order_id]))


# Methods named like a database's on things that are not one.
@app.route("/jobs")
def run_job():
    task = request.args.get("task", "")
    # vetted-ok: py.injection.sql-format
    result = executor.execute(task)
    # vetted-ok: py.injection.sql-format
    body = pipeline.raw(task)
    return str((result, body))


@app.route("/report")
def report():
    report_sql = request.args["sql"]
    # vetted-expect: py.injection.sql-format
    rows = get_db().execute(report_sql)
    # vetted-expect: py.injection.sql-format
    users = User.objects.raw(report_sql)
    # vetted-expect: py.injection.sql-format
    more = self_conn.cursor().execute(report_sql)
    return str((rows, users, more))
