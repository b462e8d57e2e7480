"""Django views in the style assistants write: request.GET/POST read into variables, models
filled from the posted form, a raw query for a report, and logging along the way. Four views
take request input somewhere it does harm; the ones after them pick, escape or bind it first."""
import logging
import re

from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Customer, Invoice

logger = logging.getLogger(__name__)

EDITABLE_FIELDS = {"name", "email", "phone"}
EXPORT_FORMATS = {"csv": "text/csv", "json": "application/json"}


@require_POST
def create_customer(request):
    customer = Customer.objects.create(**request.POST.dict())
    return JsonResponse({"id": customer.id})


def invoice_report(request):
    region = request.GET.get("region", "")
    sql = "SELECT number, total FROM invoices WHERE region = '%s'" % region
    with connection.cursor() as cursor:
        cursor.execute(sql)
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


def search_customers(request):
    term = request.GET.get("q", "")
    logger.info(f"customer search: {term}")
    pattern = re.compile(term, re.IGNORECASE)
    names = [c.name for c in Customer.objects.all() if pattern.search(c.name)]
    return JsonResponse({"names": names})


def export_invoices(request):
    filename = request.GET.get("filename", "invoices.csv")
    response = HttpResponse("number,total\n", content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# Guarded views: nothing below is reported.
@require_POST
def update_customer(request, pk):
    customer = get_object_or_404(Customer, pk=pk)
    changes = {k: v for k, v in request.POST.items() if k in EDITABLE_FIELDS}
    for field, value in changes.items():
        setattr(customer, field, value)
    customer.save()
    logger.info("customer %s updated by %s", pk, request.user)
    return JsonResponse({"ok": True})


def invoice_detail(request):
    number = request.GET.get("number", "")
    with connection.cursor() as cursor:
        cursor.execute("SELECT number, total FROM invoices WHERE number = %s", [number])
        row = cursor.fetchone()
    return JsonResponse({"row": row})


def search_invoices(request):
    term = request.GET.get("q", "")
    pattern = re.compile(re.escape(term), re.IGNORECASE)
    numbers = [i.number for i in Invoice.objects.all() if pattern.search(i.number)]
    return JsonResponse({"numbers": numbers})


def export_customers(request):
    fmt = request.GET.get("format", "csv")
    if fmt not in EXPORT_FORMATS:
        return HttpResponse(status=400)
    response = HttpResponse("", content_type=EXPORT_FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="customers.{fmt}"'
    return response
