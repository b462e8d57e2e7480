import os

import psycopg2
import requests

# vetted-expect: py.secrets.hardcoded-credential
DB_PASSWORD = "s3cr3t-Pa55w0rd"
# vetted-expect: py.secrets.hardcoded-credential
stripe_api_key: str = "rk_test_51Habc0123456789"


def connect():
    # vetted-expect: py.secrets.hardcoded-credential
    return psycopg2.connect(host="db", user="app", password="Sup3rS3cret!")


def call_api(session):
    headers = {
        # vetted-expect: py.secrets.hardcoded-credential
        "X-Auth-Token": "9f8e7d6c5b4a39281706",
    }
    # vetted-expect: py.secrets.hardcoded-credential
    session.client_secret = "a1b2c3d4e5f6g7h8"
    return requests.get("https://api.example.com", headers=headers)


# vetted-expect: py.secrets.hardcoded-credential
def login(user, passwd="letmein99"):
    return user, passwd


class Settings:
    def __init__(self):
        self.config = {}
        # vetted-expect: py.secrets.hardcoded-credential
        self.config["aws_secret_access_key"] = "wJalrXUtnFEMIK7MDENGbPxRfiCY"


# A written default is the credential whenever the variable is missing (the fix requires it).
# vetted-expect: py.secrets.hardcoded-credential
DATABASE_PASSWORD = os.environ["DB_PASSWORD"]
# vetted-expect: py.secrets.hardcoded-credential
settings_api_key = os.environ["SERVICE_API_KEY"]
# vetted-expect: py.secrets.hardcoded-credential
engine_conn = psycopg2.connect(host="db", password=os.environ["PGPASSWORD"])
# vetted-ok: py.secrets.hardcoded-credential
admin_token = os.getenv("ADMIN_TOKEN", "")
# vetted-ok: py.secrets.hardcoded-credential
db_password = os.environ.get("DB_PASSWORD", "changeme")
# vetted-ok: py.secrets.hardcoded-credential
db_host = os.getenv("DB_HOST", "localhost-db-01")

# vetted-ok: py.secrets.hardcoded-credential
password = os.environ["DB_PASSWORD"]
# vetted-ok: py.secrets.hardcoded-credential
api_key = os.getenv("API_KEY", "")
# vetted-ok: py.secrets.hardcoded-credential
token = ""
# vetted-ok: py.secrets.hardcoded-credential
API_TOKEN = "<your-api-token>"
# vetted-ok: py.secrets.hardcoded-credential
client_secret = "changeme"
# vetted-ok: py.secrets.hardcoded-credential
github_token = "GITHUB_TOKEN"
# vetted-ok: py.secrets.hardcoded-credential
token_type = "Bearer"
# vetted-ok: py.secrets.hardcoded-credential
password_prompt = "Enter your password"
# vetted-ok: py.secrets.hardcoded-credential
password_label = "Password: "
# vetted-ok: py.secrets.hardcoded-credential
token = f"Bearer {os.environ['TOKEN']}"
# vetted-ok: py.secrets.hardcoded-credential
note = "password = 'hunter2' is what the old script did"
# vetted-ok: py.secrets.hardcoded-credential
# password = "hunter2"
# vetted-ok: py.secrets.hardcoded-credential
form_fields = {"username": "text", "password": "password"}
# vetted-ok: py.secrets.hardcoded-credential
SECRET_KEY = "covered-by-its-own-rule-7d3f"
# vetted-ok: py.secrets.hardcoded-credential
aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
# vetted-ok: py.secrets.hardcoded-credential
GITHUB_TOKEN = "ghp_0aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV1wX"
# vetted-ok: py.secrets.hardcoded-credential
GOOGLE_APPLICATION_CREDENTIALS = "config/service-account.json"
# vetted-ok: py.secrets.hardcoded-credential
private_key = "/etc/ssl/private/server.key"
# vetted-ok: py.secrets.hardcoded-credential
token_url = "https://auth.example.com/oauth/token"

PAGINATION = {
    # vetted-ok: py.secrets.hardcoded-credential
    "input_token": "next_token",
    # vetted-ok: py.secrets.hardcoded-credential
    "AWS::ApiGateway::ApiKey": "48205d4ffd7feba3",
}


# Default arguments: the password every caller gets unless it passes its own.


# vetted-expect: py.secrets.hardcoded-credential
def connect_db(host, user="admin", password="hunter2"):
    return host, user, password


# vetted-expect: py.secrets.hardcoded-credential
async def login_as(username: str, password: str = "Adm1n!2024"):
    return username, password


# vetted-expect: py.secrets.hardcoded-credential
def open_mysql(host, db_pass="s3cr3tpw"):
    return host, db_pass


class MailClient:
    # vetted-expect: py.secrets.hardcoded-credential
    def __init__(self, server, smtp_pwd="mailpass99"):
        self.server = server
        self.smtp_pwd = smtp_pwd


# vetted-ok: py.secrets.hardcoded-credential
def connect_optional(password=None, token=""):
    return password, token


# vetted-ok: py.secrets.hardcoded-credential
def connect_env(password=os.environ.get("DB_PASSWORD")):
    return password


# vetted-ok: py.secrets.hardcoded-credential
def form(password_field="password", first_pass="tokenize"):
    return password_field, first_pass
