from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from flask import Flask
from flask_cors import CORS, cross_origin

api = FastAPI()
# The front end on localhost:3000 kept getting CORS errors
# vetted-expect: py.config.cors-any-origin-credentials
api.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["*"],
    allow_headers=["*"],
)

# vetted-expect: py.config.cors-any-origin-credentials
api.add_middleware(CORSMiddleware, allow_credentials=False, allow_origins="*")

app = Flask(__name__)
# vetted-expect: py.config.cors-any-origin-credentials
CORS(app, supports_credentials=False)
# vetted-expect: py.config.cors-any-origin-credentials
CORS(app, origins="*", supports_credentials=False)


@app.route("/me")
# vetted-expect: py.config.cors-any-origin-credentials
@cross_origin(supports_credentials=False)
def me():
    return {"ok": True}


# Near misses

# vetted-ok: py.config.cors-any-origin-credentials
api.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True)
# vetted-ok: py.config.cors-any-origin-credentials
api.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=False)
# vetted-ok: py.config.cors-any-origin-credentials
api.add_middleware(CORSMiddleware, allow_origins=["*"])
# vetted-ok: py.config.cors-any-origin-credentials
CORS(app, origins=["https://app.example.com"], supports_credentials=True)
# vetted-ok: py.config.cors-any-origin-credentials
CORS(app, resources={r"/api/*": {"origins": "https://app.example.com"}}, supports_credentials=True)
# vetted-ok: py.config.cors-any-origin-credentials
CORS(app)
