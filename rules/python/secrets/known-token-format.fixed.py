import os

import boto3
from github import Github

# vetted-expect: py.secrets.known-token-format
AWS_ACCESS_KEY_ID = "AKIAZ3Q7XN2R5TBVWY4L"
# vetted-expect: py.secrets.known-token-format
gh = Github("ghp_0aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV1wX")
# vetted-expect: py.secrets.known-token-format
SLACK_TOKEN = "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"
# vetted-expect: py.secrets.known-token-format
stripe.api_key = "sk_live_51HfAkEkEy0123456789abcdefGHIJ"
# vetted-expect: py.secrets.known-token-format
MAPS = {"key": "AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q"}
# vetted-expect: py.secrets.known-token-format
headers = {"Authorization": f"Bearer github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123"}

# vetted-expect: py.secrets.known-token-format
PRIVATE_KEY = """-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun
-----END RSA PRIVATE KEY-----"""
# vetted-expect: py.secrets.known-token-format
SIGNING_KEY = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n"

# A token as the default of an environment look-up (the fix requires the variable instead).
# vetted-expect: py.secrets.known-token-format
GITHUB_TOKEN = os.environ["GITHUB_TOKEN"]
# vetted-expect: py.secrets.known-token-format
stripe_key = os.environ["STRIPE_SECRET_KEY"]
# vetted-expect: py.secrets.known-token-format
hook = os.environ["SLACK_HOOK"]

# vetted-ok: py.secrets.known-token-format
session = boto3.Session(aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"])
# vetted-ok: py.secrets.known-token-format
EXAMPLE_ID = "AKIAIOSFODNN7EXAMPLE"
# vetted-ok: py.secrets.known-token-format
SLACK_TOKEN = "xoxb-your-bot-token-here"
# vetted-ok: py.secrets.known-token-format
stripe.api_key = "sk_live_your_key_here"
# vetted-ok: py.secrets.known-token-format
PUBLISHABLE = "pk_live_51HfAkEkEy0123456789abcdefGHIJ"
# vetted-ok: py.secrets.known-token-format
PEM_HEADER = "-----BEGIN RSA PRIVATE KEY-----"
# vetted-ok: py.secrets.known-token-format
PUBLIC_KEY = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A\n-----END PUBLIC KEY-----\n"
# vetted-ok: py.secrets.known-token-format
# gh = Github("ghp_0aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV1wX")
# vetted-ok: py.secrets.known-token-format
prefix_check = token.startswith("ghp_")
