import aiohttp
import boto3
import httpx
import requests
from aiohttp import TCPConnector


def fetch(url, headers):
    # vetted-expect: py.tls.verify-disabled
    return requests.get(url, headers=headers, verify=False)


def post(url, body):
    # vetted-expect: py.tls.verify-disabled
    with httpx.Client(verify=False, timeout=10) as client:
        return client.post(url, json=body)


def session_call(url):
    session = requests.Session()
    # vetted-expect: py.tls.verify-disabled
    session.verify = False
    # vetted-expect: py.tls.verify-disabled
    return session.post(url, data={"a": 1}, verify=False)


async def async_fetch(url):
    # vetted-expect: py.tls.verify-disabled
    async with aiohttp.ClientSession(connector=TCPConnector(ssl=False)) as session:
        # vetted-expect: py.tls.verify-disabled
        async with session.get(url, ssl=False) as resp:
            return await resp.text()


def s3():
    # vetted-expect: py.tls.verify-disabled
    return boto3.client("s3", verify=False)


def safe(url, model, cache):
    # vetted-ok: py.tls.verify-disabled
    a = requests.get(url, timeout=10)
    # vetted-ok: py.tls.verify-disabled
    b = requests.get(url, verify="/etc/ssl/certs/internal-ca.pem")
    # vetted-ok: py.tls.verify-disabled
    c = requests.get(url, verify=True)
    # vetted-ok: py.tls.verify-disabled
    model.verify = False
    # vetted-ok: py.tls.verify-disabled
    d = cache.lookup(url, verify=False)
    # vetted-ok: py.tls.verify-disabled
    note = "requests.get(url, verify=False) skips certificate checks"
    # vetted-ok: py.tls.verify-disabled
    # requests.get(url, verify=False)
    return a, b, c, d
