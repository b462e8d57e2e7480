"""A FastAPI service written the way assistants write them: typed handlers, a SQLAlchemy session
from Depends, inputs read into variables and strings built in steps. Seven endpoints take request
input somewhere dangerous; the ones after them validate, type or parameterise it first."""
import os
import subprocess
from enum import Enum

import httpx
from fastapi import Depends, FastAPI, HTTPException, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from jinja2 import Template
from sqlalchemy import text
from sqlalchemy.orm import Session
from werkzeug.utils import secure_filename

from .database import get_db
from .models import User

app = FastAPI(title="Reports API")

REPORT_DIR = "/srv/reports"
TRUSTED_HOSTS = {"status.example.com", "metrics.example.com"}
ALLOWED_TOOLS = {"uptime", "df"}


class ReportFormat(str, Enum):
    pdf = "pdf"
    csv = "csv"


@app.get("/fetch")
async def fetch_url(url: str):
    async with httpx.AsyncClient() as client:
        resp = await client.get(url, timeout=10)
    return {"status": resp.status_code, "body": resp.text[:200]}


@app.get("/reports/download")
def download_report(filename: str):
    path = os.path.join(REPORT_DIR, filename)
    return FileResponse(path)


@app.get("/users/search")
def search_users(name: str, db: Session = Depends(get_db)):
    query = f"SELECT id, email FROM users WHERE name LIKE '%{name}%'"
    rows = db.execute(text(query)).fetchall()
    return [dict(r._mapping) for r in rows]


@app.post("/tools/ping")
def ping(host: str):
    result = subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True, text=True)
    return {"output": result.stdout}


@app.get("/auth/callback")
def auth_callback(next: str = "/"):
    return RedirectResponse(url=next)


@app.get("/greet", response_class=HTMLResponse)
def greet(name: str = "world"):
    page = "<h1>Hello " + name + "</h1>"
    return Template(page).render()


@app.post("/users")
async def create_user(request: Request, db: Session = Depends(get_db)):
    payload = await request.json()
    user = User(**payload)
    db.add(user)
    db.commit()
    return {"id": user.id}


# Guarded endpoints: nothing below is reported.
@app.get("/reports/{report_id}")
def get_report(report_id: int, fmt: ReportFormat = ReportFormat.pdf):
    path = os.path.join(REPORT_DIR, f"report-{report_id}.{fmt.value}")
    return FileResponse(path)


@app.get("/status")
async def status(host: str):
    if host not in TRUSTED_HOSTS:
        raise HTTPException(status_code=400, detail="unknown host")
    async with httpx.AsyncClient() as client:
        resp = await client.get(f"https://{host}/health", timeout=5)
    return resp.json()


@app.post("/uploads")
async def upload(file: UploadFile):
    name = secure_filename(file.filename)
    with open(os.path.join(REPORT_DIR, "incoming", name), "wb") as out:
        out.write(await file.read())
    return {"stored": name}


@app.get("/users/by-email")
def user_by_email(email: str, db: Session = Depends(get_db)):
    row = db.execute(text("SELECT id, name FROM users WHERE email = :email"), {"email": email}).first()
    return {"id": row.id if row else None}


@app.get("/users/{user_id}/orders")
def user_orders(user_id: int, db: Session = Depends(get_db)):
    query = f"SELECT * FROM orders WHERE user_id = {user_id} ORDER BY created_at DESC"
    rows = db.execute(text(query)).fetchall()
    return [dict(r._mapping) for r in rows]


@app.post("/tools/run")
def run_tool(tool: str):
    if tool not in ALLOWED_TOOLS:
        raise HTTPException(status_code=400, detail="unknown tool")
    return {"output": subprocess.run([tool], capture_output=True, text=True).stdout}


@app.get("/login")
def login_redirect(next: str = "/"):
    if not next.startswith("/") or next.startswith("//"):
        next = "/"
    return RedirectResponse(url=next)
