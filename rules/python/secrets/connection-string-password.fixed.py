import os

import redis
from pymongo import MongoClient
from sqlalchemy import create_engine

# vetted-expect: py.secrets.connection-string-password
DATABASE_URL = "postgresql://app_user:Xk9#mP2vLq@prod-db.internal.company.io:5432/orders"
# vetted-expect: py.secrets.connection-string-password
SQLALCHEMY_DATABASE_URI = os.environ["SQLALCHEMY_DATABASE_URI"]
# vetted-expect: py.secrets.connection-string-password
CELERY_BROKER_URL = os.environ["CELERY_BROKER_URL"]


def get_engine():
    # vetted-expect: py.secrets.connection-string-password
    return create_engine("postgresql+psycopg2://analytics:a7f3c9e1d2b4@warehouse.company.io/analytics")


def get_mongo():
    # vetted-expect: py.secrets.connection-string-password
    client = MongoClient("mongodb+srv://admin:Tr0ub4dor3@cluster0.ab1cd.mongodb.net/?retryWrites=true&w=majority")
    return client


def get_cache():
    # vetted-expect: py.secrets.connection-string-password
    return redis.Redis.from_url('redis://:9f8e7d6c5b4a@cache.prod.internal:6379/0')


def safe(user, password, host):
    # vetted-ok: py.secrets.connection-string-password
    a = create_engine(os.environ["DATABASE_URL"])
    # vetted-ok: py.secrets.connection-string-password
    b = create_engine(f"postgresql://{user}:{password}@{host}/app")
    # vetted-ok: py.secrets.connection-string-password
    c = create_engine("postgresql://postgres:postgres@localhost:5432/dev")
    # vetted-ok: py.secrets.connection-string-password
    d = create_engine("postgresql://user:password@host:5432/dbname")
    # vetted-ok: py.secrets.connection-string-password
    e = create_engine("postgresql://scott:tiger@db.internal/test")
    # vetted-ok: py.secrets.connection-string-password
    f = MongoClient("mongodb://db.internal:27017/")
    # vetted-ok: py.secrets.connection-string-password
    g = "postgresql://%s:%s@%s/app" % (user, password, host)
    # vetted-ok: py.secrets.connection-string-password
    h = "amqp://guest:guest@rabbitmq:5672//"
    # vetted-ok: py.secrets.connection-string-password
    i = "mysql://app:<password>@db.internal/app"
    # vetted-ok: py.secrets.connection-string-password
    j = "https://user:token@github.com/org/repo.git"
    # vetted-ok: py.secrets.connection-string-password
    k = os.environ.get("DATABASE_URL", "sqlite:///dev.db")
    # vetted-ok: py.secrets.connection-string-password
    # DATABASE_URL = "postgresql://app_user:Xk9mP2vLq@prod-db/orders"
    # vetted-ok: py.secrets.connection-string-password
    m = "redis://${REDIS_PASSWORD}@cache:6379"
    # vetted-ok: py.secrets.connection-string-password
    n = "postgresql://app_user@prod-db.internal/orders"
    # vetted-ok: py.secrets.connection-string-password
    o = create_engine("postgresql://myuser:mypassword@db:5432/mydb")
    # vetted-ok: py.secrets.connection-string-password
    q = "mongodb://admin:password123@mongo.internal:27017"
    return a, b, c, d, e, f, g, h, i, j, k, m, n, o, q
