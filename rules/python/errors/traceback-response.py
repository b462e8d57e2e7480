import logging
import traceback

from django.http import HttpResponse, JsonResponse
from fastapi import HTTPException
from flask import Flask, jsonify

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.errorhandler(Exception)
def handle_exception(exc):
    # vetted-expect: py.errors.traceback-response
    return jsonify({"error": str(exc), "trace": traceback.format_exc()}), 500


@app.route("/report")
def report():
    try:
        return build_report()
    except Exception:
        # vetted-expect: py.errors.traceback-response
        return traceback.format_exc(), 500


def django_view(request):
    try:
        return JsonResponse(do_work(request))
    except Exception:
        # vetted-expect: py.errors.traceback-response
        return HttpResponse(traceback.format_exc(), status=500)


async def fastapi_route(item_id: int):
    try:
        return await load(item_id)
    except Exception as exc:
        # vetted-expect: py.errors.traceback-response
        raise HTTPException(status_code=500, detail=traceback.format_exc()) from exc


def django_json(request):
    try:
        return JsonResponse(do_work(request))
    except Exception as exc:
        # vetted-expect: py.errors.traceback-response
        return JsonResponse({"error": "failed", "details": str(traceback.format_exception(exc))}, status=500)


# Near misses


@app.errorhandler(500)
def internal_error(exc):
    # vetted-ok: py.errors.traceback-response
    logger.error("unhandled: %s", traceback.format_exc())
    # vetted-ok: py.errors.traceback-response
    traceback.print_exc()
    # vetted-ok: py.errors.traceback-response
    return jsonify({"error": "Internal server error"}), 500


def format_for_log():
    # vetted-ok: py.errors.traceback-response
    return traceback.format_exc()
