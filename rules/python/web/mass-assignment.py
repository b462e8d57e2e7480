from typing import Any, Dict

from django import forms
from django.http import JsonResponse
from fastapi import APIRouter, FastAPI, Request
from flask import Flask, jsonify, request
from pydantic import BaseModel

from .models import Account, Profile, User, db

app = Flask(__name__)
api = FastAPI()
router = APIRouter()

EDITABLE_FIELDS = {"name", "email", "bio"}
PROFILE_FIELDS = ("display_name", "avatar_url")


class UserCreate(BaseModel):
    name: str
    email: str


@app.route("/users", methods=["POST"])
def create_user():
    # vetted-expect: py.web.mass-assignment
    user = User(**request.json)
    db.session.add(user)
    db.session.commit()
    return jsonify(id=user.id)


@app.route("/users/<int:user_id>", methods=["PATCH"])
def update_user(user_id):
    user = User.query.get_or_404(user_id)
    data = request.get_json()
    for key, value in data.items():
        # vetted-expect: py.web.mass-assignment
        setattr(user, key, value)
    db.session.commit()
    return jsonify(ok=True)


@app.route("/profile", methods=["POST"])
def edit_profile():
    profile = Profile.query.first()
    # vetted-expect: py.web.mass-assignment
    profile.__dict__.update(request.form)
    return "ok"


@app.route("/accounts", methods=["POST"])
def open_account():
    payload = request.get_json(force=True)
    fields = payload.get("account", {})
    # vetted-expect: py.web.mass-assignment
    account = models.Account(**fields)
    return jsonify(id=account.id)


def apply_changes(obj, changes):
    for name, value in changes.items():
        # vetted-expect: py.web.mass-assignment
        setattr(obj, name, value)
    return obj


@app.route("/settings", methods=["PUT"])
def settings():
    account = Account.query.first()
    apply_changes(account, request.json)
    return "saved"


@app.route("/bulk", methods=["PUT"])
def bulk():
    # vetted-expect: py.web.mass-assignment
    db.session.query(User).filter(User.team_id == 3).update(request.json)
    return "ok"


# Django
def signup(request):
    # vetted-expect: py.web.mass-assignment
    user = User.objects.create(**request.POST.dict())
    return JsonResponse({"id": user.id})


def update_account(request, pk):
    data = request.POST.copy()
    # vetted-expect: py.web.mass-assignment
    Account.objects.filter(pk=pk).update(**data)
    return JsonResponse({"ok": True})


def upsert_profile(request):
    # vetted-expect: py.web.mass-assignment
    Profile.objects.update_or_create(user=request.user, defaults=request.data)
    return JsonResponse({"ok": True})


# FastAPI
@api.post("/raw-users")
async def raw_users(request: Request):
    body = await request.json()
    # vetted-expect: py.web.mass-assignment
    user = User(**body)
    return {"id": user.id}


@router.patch("/items/{item_id}")
def patch_item(item_id: int, changes: Dict[str, Any]):
    item = db.get(Item, item_id)
    for k, v in changes.items():
        # vetted-expect: py.web.mass-assignment
        setattr(item, k, v)
    return item


# Near misses
@app.route("/safe/users", methods=["POST"])
def safe_create_user():
    data = request.get_json()
    # vetted-ok: py.web.mass-assignment
    user = User(name=data["name"], email=data["email"])
    fields = {"name": data["name"], "email": data.get("email")}
    # vetted-ok: py.web.mass-assignment
    other = User(**fields)
    allowed = {k: v for k, v in data.items() if k in EDITABLE_FIELDS}
    # vetted-ok: py.web.mass-assignment
    third = User(**allowed)
    picked = {k: data[k] for k in PROFILE_FIELDS if k in data}
    # vetted-ok: py.web.mass-assignment
    profile = Profile(**picked)
    return jsonify(ids=[user.id, other.id, third.id, profile.id])


@app.route("/safe/patch/<int:user_id>", methods=["PATCH"])
def safe_patch(user_id):
    user = User.query.get_or_404(user_id)
    for key, value in request.json.items():
        if key not in EDITABLE_FIELDS:
            continue
        # vetted-ok: py.web.mass-assignment
        setattr(user, key, value)
    for field in PROFILE_FIELDS:
        # vetted-ok: py.web.mass-assignment
        setattr(user, field, request.json.get(field))
    return jsonify(ok=True)


@app.route("/safe/validate", methods=["POST"])
def safe_validate():
    # vetted-ok: py.web.mass-assignment
    form = UserCreate(**request.json)
    # vetted-ok: py.web.mass-assignment
    user = User(**form.dict())
    return jsonify(id=user.id)


@api.post("/typed-users")
def typed_users(user: UserCreate):
    # vetted-ok: py.web.mass-assignment
    db_user = User(**user.dict())
    return {"id": db_user.id}


def seed(rows):
    for row in rows:
        # vetted-ok: py.web.mass-assignment
        User(**row)
    # vetted-ok: py.web.mass-assignment
    defaults = dict(name="admin", is_admin=True)
    # vetted-ok: py.web.mass-assignment
    text = "User(**request.json)"
    # vetted-ok: py.web.mass-assignment
    # user = User(**request.json)
    return defaults, text


@app.route("/logged", methods=["POST"])
def logged():
    data = request.get_json()
    app.logger.info("signup attempt for %s", data.get("email"))
    # vetted-ok: py.web.mass-assignment
    return jsonify(**data)


@app.route("/render-context")
def render_context():
    context = {"title": "Search"}
    # vetted-ok: py.web.mass-assignment
    context.update(**request.args)
    return jsonify(context)


@app.route("/sqlalchemy-update/<int:user_id>", methods=["PUT"])
def sqlalchemy_update(user_id):
    data = request.get_json()
    # vetted-expect: py.web.mass-assignment
    db.session.execute(update(User).where(User.id == user_id).values(**data))
    return jsonify(ok=True)


# Known gap: a Django ModelForm that accepts every field of its model.
class AccountForm(forms.ModelForm):
    class Meta:
        model = Account
        # vetted-todo-expect: py.web.mass-assignment: a ModelForm with fields = "__all__" lets a client post any model field
        fields = "__all__"
