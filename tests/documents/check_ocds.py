"""`tenderkit export --ocds` writes an OCDS 1.1.5 release package that validates against the
release-package schema with the bids and lots extensions merged in, and whose awards point at
real bids, lots and parties.

usage: check_ocds.py TENDERKIT SOURCE_ROOT"""
import json
import os
import sys

from common import fail, run, scratch, skip, tiny_tender

try:
    import jsonschema
except ImportError:
    skip("python3-jsonschema is not installed")

tenderkit, root = sys.argv[1], sys.argv[2]
schemas = os.path.join(root, "tests", "data", "ocds")


def load(name):
    with open(os.path.join(schemas, name), encoding="utf-8") as f:
        return json.load(f)


def merge_patch(target, patch):
    """RFC 7396 JSON Merge Patch."""
    if not isinstance(patch, dict):
        return patch
    out = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = merge_patch(out.get(key), value)
    return out


release = load("release-schema-1.1.5.json")
for extension in ("bid_extension-release-schema.json", "lots_extension-release-schema.json"):
    release = merge_patch(release, load(extension))
package = load("release-package-schema-1.1.5.json")
release_url = package["properties"]["releases"]["items"]["$ref"]
resolver = jsonschema.RefResolver.from_schema(package, store={release_url: release})
validator = jsonschema.Draft4Validator(package, resolver=resolver, format_checker=jsonschema.FormatChecker())

work = scratch()
tender = tiny_tender(root, work)
out = os.path.join(work, "ocds.json")
run(tenderkit, "export", tender, "--ocds", out, "--report-date", "2016-02-16", "--ocid-prefix", "ocds-213czf")
with open(out, encoding="utf-8") as f:
    doc = json.load(f)
errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
for e in errors:
    print("{}: {}".format("/".join(str(p) for p in e.path), e.message))
if errors:
    fail("{} schema errors".format(len(errors)))

# The schema cannot check that identifiers point at something; check that here.
r = doc["releases"][0]
if r["ocid"] != "ocds-213czf-EX-1":
    fail("ocid " + r["ocid"])
bids = {b["id"]: b for b in r["bids"]["details"]}
lots = {l["id"] for l in r["tender"]["lots"]}
parties = {p["id"]: p for p in r["parties"]}
awarded = {}
for a in r["awards"]:
    for bid in a["relatedBids"]:
        if bid not in bids:
            fail("award {} relates to unknown bid {}".format(a["id"], bid))
        if bids[bid]["status"] != "valid":
            fail("award {} relates to a {} bid".format(a["id"], bids[bid]["status"]))
    for lot in a["relatedLots"]:
        if lot not in lots:
            fail("award {} relates to unknown lot {}".format(a["id"], lot))
    for s in a["suppliers"]:
        if "supplier" not in parties.get(s["id"], {}).get("roles", []):
            fail("supplier {} is not a party with the supplier role".format(s["id"]))
    awarded[a["relatedLots"][0]] = a["suppliers"][0]["id"]
if awarded != {"N1": "CLR", "N2": "BRT"}:
    fail("awards {} (expected/award-optimal.json: N1 CLR, N2 BRT)".format(awarded))
if bids["DUN-N2"]["status"] != "disqualified":
    fail("DUN's unsigned bid should be disqualified")
if len(bids) != 9:
    fail("{} bids; expected 4 in N1 and 5 in N2".format(len(bids)))

again = os.path.join(work, "again.json")
run(tenderkit, "export", tender, "--ocds", again, "--report-date", "2016-02-16", "--ocid-prefix", "ocds-213czf")
with open(out, "rb") as a, open(again, "rb") as b:
    if a.read() != b.read():
        fail("two exports of the same tender differ")
print("ocds: the release package validates against OCDS 1.1.5 with the bids and lots extensions")
