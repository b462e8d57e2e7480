import os

import mysql.connector
import psycopg2
from pymongo import MongoClient
from sqlalchemy import create_engine

DB_HOST = os.environ.get("DB_HOST", "orders.c9akciq32.eu-west-1.rds.amazonaws.com")

# vetted-expect: py.transport.database-tls-disabled
conn = psycopg2.connect(host="orders.c9akciq32.eu-west-1.rds.amazonaws.com", dbname="shop", sslmode="disable")

# vetted-expect: py.transport.database-tls-disabled
conn_env = psycopg2.connect(host=DB_HOST, dbname="shop", user="app", sslmode="allow")

engine = create_engine(
    os.environ["DATABASE_URL"],
    # vetted-expect: py.transport.database-tls-disabled
    connect_args={"sslmode": "disable"},
)

# vetted-expect: py.transport.database-tls-disabled
legacy = create_engine("postgresql+psycopg2://app:s3cret@orders.example-corp.net:5432/shop?sslmode=disable")

cnx = mysql.connector.connect(
    host="mysql.prod.acme-corp.io",
    user="reporting",
    # vetted-expect: py.transport.database-tls-disabled
    ssl_disabled=True,
)

# vetted-expect: py.transport.database-tls-disabled
mongo = MongoClient("mongodb+srv://cluster0.ab1cd.mongodb.net/", tls=False)

# vetted-expect: py.transport.database-tls-disabled
BROKER_URL = "mongodb://svc:pw@mongo.acme-corp.io:27017/jobs?tls=false"

# Local and in-cluster connections, and TLS switched on.
# vetted-ok: py.transport.database-tls-disabled
local = psycopg2.connect(host="localhost", dbname="shop_dev", sslmode="disable")
# vetted-ok: py.transport.database-tls-disabled
compose = psycopg2.connect(host="db", dbname="shop", sslmode="disable")
# vetted-ok: py.transport.database-tls-disabled
local_url = create_engine("postgresql://app:app@localhost:5432/shop?sslmode=disable")
# vetted-ok: py.transport.database-tls-disabled
service_url = create_engine("postgresql://app:app@postgres:5432/shop?sslmode=disable")
# vetted-ok: py.transport.database-tls-disabled
secure = psycopg2.connect(host="orders.c9akciq32.eu-west-1.rds.amazonaws.com", sslmode="verify-full")
# vetted-ok: py.transport.database-tls-disabled
preferred = psycopg2.connect(host=DB_HOST, sslmode="prefer")
# vetted-ok: py.transport.database-tls-disabled
local_mongo = MongoClient("mongodb://localhost:27017/", tls=False)
# vetted-ok: py.transport.database-tls-disabled
mysql_tls = mysql.connector.connect(host="mysql.prod.acme-corp.io", ssl_disabled=False)
# vetted-ok: py.transport.database-tls-disabled
DOCS = "Set sslmode=disable only for localhost connections."
# vetted-ok: py.transport.database-tls-disabled
verified_url = "postgresql://app@orders.example-corp.net/shop?sslmode=verify-full"
# Other settings that happen to be "allow" or "disable".
# vetted-ok: py.transport.database-tls-disabled
ACL_ENTRY = {"rule_number": 100, "rule_action": "allow", "egress": True}
# vetted-ok: py.transport.database-tls-disabled
GATEWAY = {"AutoAcceptSharedAttachments": "disable", "DnsSupport": "enable"}
