import os
import urllib.request

import httpx
import requests
import websocket

API_KEY = os.environ["PARTNER_API_KEY"]


def create_charge(amount):
    # vetted-expect: py.transport.cleartext-http-request
    resp = requests.post("https://api.partner-payments.com/v1/charges", json={"amount": amount}, headers={"Authorization": API_KEY}, timeout=10)
    return resp.json()


def fetch_user(user_id):
    # vetted-expect: py.transport.cleartext-http-request
    return httpx.get(f"https://accounts.acme-corp.io/users/{user_id}").json()


def legacy_report(report_id):
    # vetted-expect: py.transport.cleartext-http-request
    with urllib.request.urlopen("https://reports.acme-corp.io/export?id=" + str(report_id)) as resp:
        return resp.read()


def send_event(event):
    # vetted-expect: py.transport.cleartext-http-request
    requests.request("POST", "https://events.analytics-vendor.com/track", json=event)
    # vetted-expect: py.transport.cleartext-http-request
    requests.put(url="https://52.14.100.7/api/state", json=event)


def live_prices():
    # vetted-expect: py.transport.cleartext-http-request
    ws = websocket.create_connection("wss://stream.market-data.net/prices")
    return ws.recv()


# Near misses


def secure_calls(user_id, host, base_url):
    # vetted-ok: py.transport.cleartext-http-request
    requests.post("https://api.partner-payments.com/v1/charges", json={}, timeout=10)
    # vetted-ok: py.transport.cleartext-http-request
    requests.get("http://localhost:8000/health")
    # vetted-ok: py.transport.cleartext-http-request
    requests.get("http://127.0.0.1:5000/api")
    # vetted-ok: py.transport.cleartext-http-request
    httpx.get(f"http://{host}/status")
    # vetted-ok: py.transport.cleartext-http-request
    requests.get("http://user-service:8080/users/" + str(user_id))
    # vetted-ok: py.transport.cleartext-http-request
    requests.get("http://192.168.1.20/metrics")
    # vetted-ok: py.transport.cleartext-http-request
    requests.get("http://api.example.com/v1/items")
    # vetted-ok: py.transport.cleartext-http-request
    requests.get("http://minio.internal:9000/bucket")
    # vetted-ok: py.transport.cleartext-http-request
    requests.get(base_url + "/v1/items")
    # vetted-ok: py.transport.cleartext-http-request
    ws = websocket.create_connection("wss://stream.market-data.net/prices")
    # vetted-ok: py.transport.cleartext-http-request
    link = "http://www.w3.org/2000/svg"
    # vetted-ok: py.transport.cleartext-http-request
    requests.get("http://169.254.169.254/latest/meta-data/")
    # vetted-ok: py.transport.cleartext-http-request
    requests.get("http://203.0.113.10/api/state")
    return ws, link
