import xml.sax
from xml.sax import handler
from xml.sax.handler import feature_external_ges, feature_namespaces


def parse(stream, content_handler):
    parser = xml.sax.make_parser()
    # vetted-expect: py.xml.sax-external-entities
    parser.setFeature(feature_external_ges, False)
    # vetted-expect: py.xml.sax-external-entities
    parser.setFeature(handler.feature_external_pes, False)
    # vetted-expect: py.xml.sax-external-entities
    parser.setFeature("http://xml.org/sax/features/external-general-entities", False)
    parser.setContentHandler(content_handler)
    parser.parse(stream)


def safe_examples(parser):
    # vetted-ok: py.xml.sax-external-entities
    parser.setFeature(feature_external_ges, False)
    # vetted-ok: py.xml.sax-external-entities
    parser.setFeature(feature_namespaces, True)
    # vetted-ok: py.xml.sax-external-entities
    parser.setFeature(handler.feature_validation, True)
    # vetted-ok: py.xml.sax-external-entities
    enabled = parser.getFeature(feature_external_ges)
    # vetted-ok: py.xml.sax-external-entities
    hint = "parser.setFeature(feature_external_ges, True)"
    # vetted-ok: py.xml.sax-external-entities
    # parser.setFeature(feature_external_ges, True)
    return enabled, hint
