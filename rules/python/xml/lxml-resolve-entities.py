from lxml import etree
from lxml.etree import XMLParser

# vetted-expect: py.xml.lxml-resolve-entities
PARSER = etree.XMLParser(resolve_entities=True)


def parse_upload(data):
    # vetted-expect: py.xml.lxml-resolve-entities
    parser = XMLParser(load_dtd=True, resolve_entities=True, no_network=False)
    return etree.fromstring(data, parser)


def stream(path):
    # vetted-expect: py.xml.lxml-resolve-entities
    for _, elem in etree.iterparse(path, resolve_entities=True):
        yield elem


def safe_examples(data, options):
    # vetted-ok: py.xml.lxml-resolve-entities
    a = etree.XMLParser(resolve_entities=False, no_network=True)
    # vetted-ok: py.xml.lxml-resolve-entities
    b = etree.XMLParser(remove_blank_text=True)
    # vetted-ok: py.xml.lxml-resolve-entities
    c = etree.fromstring(data)
    # vetted-ok: py.xml.lxml-resolve-entities
    d = dict(resolve_entities=True)
    # vetted-ok: py.xml.lxml-resolve-entities
    e = etree.HTMLParser(recover=True)
    # vetted-ok: py.xml.lxml-resolve-entities
    hint = "etree.XMLParser(resolve_entities=True)"
    # vetted-ok: py.xml.lxml-resolve-entities
    # parser = etree.XMLParser(resolve_entities=True)
    return a, b, c, d, e, hint
