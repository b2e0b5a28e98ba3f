"""Checks OSCAL files the way an OSCAL user's tools would, independently of this crate.

1. Each file against NIST's OSCAL 1.2.3 complete JSON Schema (draft-07) with Python
   `jsonschema`, its format checker (date-time, uri, uri-reference, email) and the schema's
   regular expressions run by the `regex` module (they use `\\p{L}`, which `re` lacks).
2. Every reference resolves: `#uuid` hrefs name a back-matter resource of the same file;
   other hrefs name a file in the directory; mapping `id-ref`s name controls of the
   catalogs the mapping's resources link to; assessment results import a plan that is
   there; finding targets name statement parts of the GB/T 39204 catalog; related
   observations exist.
3. The checker itself rejects broken copies (a negative control), so a pass means
   something.

Usage: python nist-oscal-check.py SCHEMA DIR
"""
import copy
import json
import pathlib
import sys

import jsonschema
import regex
from jsonschema import Draft7Validator, validators


def pattern(validator, patrn, instance, schema):
    if validator.is_type(instance, "string") and not regex.search(patrn, instance):
        yield jsonschema.ValidationError(f"{instance!r} does not match {patrn!r}")


Validator = validators.extend(Draft7Validator, {"pattern": pattern})


def errors(validator, doc):
    out = []
    for e in validator.iter_errors(doc):
        # oneOf over the document kinds: report the branch for this kind.
        deepest = max(e.context, key=lambda c: len(c.absolute_path), default=e)
        out.append(f"/{'/'.join(map(str, deepest.absolute_path))}: {deepest.message[:300]}")
    return out


def walk(value, key):
    """Every value of `key` anywhere in `value`."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k == key:
                yield v
            yield from walk(v, key)
    elif isinstance(value, list):
        for v in value:
            yield from walk(v, key)


def catalog_ids(doc):
    """Control IDs and part IDs of a catalog."""
    controls, parts = set(), set()
    for control in walk(doc, "controls"):
        for c in control:
            controls.add(c["id"])
            parts.update(p["id"] for p in c.get("parts", ()))
    return controls, parts


def check_references(name, doc, out):
    problems = []
    root = next(iter(doc.values()))
    resources = {r["uuid"]: r for r in root.get("back-matter", {}).get("resources", ())}
    for href in walk(doc, "href"):
        if href.startswith("#"):
            if href[1:] not in resources:
                problems.append(f"href {href} names no back-matter resource")
        elif not (out / href).is_file():
            problems.append(f"href {href} names no file in {out}")

    def linked_catalog(href):
        resource = resources.get(href[1:]) if href.startswith("#") else None
        if resource is None:
            return None
        files = [r["href"] for r in resource.get("rlinks", ()) if (out / r["href"]).is_file()]
        return json.loads((out / files[0]).read_text()) if files else None

    if "mapping-collection" in doc:
        for m in root["mappings"]:
            for side, items in (("source", "sources"), ("target", "targets")):
                cat = linked_catalog(m[f"{side}-resource"]["href"])
                if cat is None:
                    problems.append(f"{side}-resource links to no catalog")
                    continue
                controls, _ = catalog_ids(cat)
                wanted = [i["id-ref"] for mp in m["maps"] for i in mp[items]]
                if side == "source":
                    for g in m.get("source-gap-summary", {}).get("unmapped-controls", ()):
                        wanted += g["with-ids"]
                problems += [f"{side} id-ref {i} is no control of its catalog" for i in wanted if i not in controls]
    if "assessment-results" in doc:
        plan_file = out / root["import-ap"]["href"]
        if not plan_file.is_file() or "assessment-plan" not in json.loads(plan_file.read_text()):
            problems.append(f"import-ap {root['import-ap']['href']} is no assessment plan here")
        _, parts = catalog_ids(json.loads((out / "catalog.json").read_text()))
        for result in root["results"]:
            observations = {o["uuid"] for o in result.get("observations", ())}
            for f in result["findings"]:
                t = f["target"]
                if t["type"] != "statement-id" or t["target-id"] not in parts:
                    problems.append(f"finding {f['uuid']} targets {t['type']} {t['target-id']}, no statement part of catalog.json")
                for r in f.get("related-observations", ()):
                    if r["observation-uuid"] not in observations:
                        problems.append(f"finding {f['uuid']} names a missing observation")
    return [f"{name}: {p}" for p in problems]


def negative_controls(validator, docs):
    """Broken copies the schema must refuse; proves the validator bites."""
    by_kind = {next(iter(d)): d for d in docs.values()}
    broken = []
    if "assessment-results" in by_kind:
        d = copy.deepcopy(by_kind["assessment-results"])
        del d["assessment-results"]["results"][0]["findings"][0]["target"]["status"]
        broken.append(("finding target without status", d))
    if "catalog" in by_kind:
        d = copy.deepcopy(by_kind["catalog"])
        next(walk(d, "controls"))[0]["id"] = "7.4.c"  # not a token: starts with a digit
        broken.append(("control ID that is no token", d))
        d = copy.deepcopy(by_kind["catalog"])
        d["catalog"]["metadata"]["last-modified"] = "2025-02-30T00:00:00Z"
        broken.append(("date that does not exist", d))
        d = copy.deepcopy(by_kind["catalog"])
        d["catalog"]["metadata"]["title"] = "two\nlines"
        broken.append(("markup-line with a line break", d))
    return [f"negative control accepted: {what}" for what, d in broken if not errors(validator, d)]


def main():
    schema = json.loads(pathlib.Path(sys.argv[1]).read_text())
    out = pathlib.Path(sys.argv[2])
    validator = Validator(schema, format_checker=Draft7Validator.FORMAT_CHECKER)
    docs = {p.name: json.loads(p.read_text()) for p in sorted(out.glob("*.json"))}
    failures = []
    for name, doc in docs.items():
        found = errors(validator, doc) + check_references(name, doc, out)
        failures += [f"{name}{e}" if e.startswith("/") else e for e in found]
        print(f"{'ok ' if not found else 'BAD'} {name} ({next(iter(doc))})")
    failures += negative_controls(validator, docs)
    for f in failures:
        print(f, file=sys.stderr)
    if failures:
        sys.exit(f"{len(failures)} problem(s)")
    print(f"{len(docs)} OSCAL files valid against {schema['$id']}; every reference resolves")


main()
