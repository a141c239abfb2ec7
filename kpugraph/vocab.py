"""Namespaces: one base for resources, one for the ontology (declared in ontology/kpu.ttl)."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD

BASE = "https://w3id.org/kpugraph/"
KPU = Namespace(BASE + "ontology#")
ID = Namespace(BASE + "id/")
SCHEMA = Namespace("https://schema.org/")
TIME = Namespace("http://www.w3.org/2006/time#")

PREFIXES = {
    "kpu": KPU,
    "kpuid": ID,
    "schema": SCHEMA,
    "org": ORG,
    "prov": PROV,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "foaf": FOAF,
    "time": TIME,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
}

__all__ = [
    "BASE",
    "KPU",
    "ID",
    "SCHEMA",
    "TIME",
    "PREFIXES",
    "DCTERMS",
    "FOAF",
    "ORG",
    "PROV",
    "RDF",
    "RDFS",
    "SKOS",
    "XSD",
]
