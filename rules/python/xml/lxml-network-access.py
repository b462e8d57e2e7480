from lxml import etree
from lxml.etree import XMLParser

# vetted-expect: py.xml.lxml-network-access
REMOTE_DTD_PARSER = etree.XMLParser(load_dtd=True, no_network=False)


def parse_feed(data):
    # vetted-expect: py.xml.lxml-network-access
    parser = XMLParser(no_network=False, recover=True)
    return etree.fromstring(data, parser)


def validate(schema_doc, doc):
    # vetted-expect: py.xml.lxml-network-access
    schema_parser = etree.XMLParser(no_network=False)
    return etree.XMLSchema(etree.parse(schema_doc, schema_parser)).validate(doc)


def safe_examples(data, settings):
    # vetted-ok: py.xml.lxml-network-access
    a = etree.XMLParser(load_dtd=True, no_network=True)
    # vetted-ok: py.xml.lxml-network-access
    b = etree.XMLParser(resolve_entities=False)
    # vetted-ok: py.xml.lxml-network-access
    c = etree.fromstring(data)
    # vetted-ok: py.xml.lxml-network-access
    d = settings.update(no_network=False)
    # vetted-ok: py.xml.lxml-network-access
    hint = "etree.XMLParser(no_network=False)"
    # vetted-ok: py.xml.lxml-network-access
    # parser = etree.XMLParser(no_network=False)
    return a, b, c, d, hint
