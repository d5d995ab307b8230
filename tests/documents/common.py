"""Shared helpers of the document checks: run tenderkit, make a scratch folder, skip."""
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77  # CTest's SKIP_RETURN_CODE for these checks


def skip(why):
    print("skipped: " + why)
    sys.exit(SKIP)


def fail(why):
    print("FAILED: " + why)
    sys.exit(1)


def run(tenderkit, *args, cwd=None):
    """Runs tenderkit; fails the check on a non-zero exit. Returns stdout."""
    env = dict(os.environ, LC_ALL="C", TZ="UTC")
    p = subprocess.run([tenderkit, *args], cwd=cwd, env=env, capture_output=True, text=True)
    if p.returncode != 0:
        fail("tenderkit {} exited {}: {}".format(" ".join(args), p.returncode, p.stderr))
    return p.stdout


def scratch():
    return tempfile.mkdtemp(prefix="tk-documents-")


def tiny_tender(source_root, into):
    """A copy of the contract's tiny tender in `into`/tiny-tender; returns its path."""
    dest = os.path.join(into, "tiny-tender")
    shutil.copytree(os.path.join(source_root, "tests", "data", "spec-examples", "tiny-tender"), dest)
    return dest


def awarded_names(source_root):
    """Names of the bidders expected/award-optimal.json awards a lot to."""
    import csv
    import json
    base = os.path.join(source_root, "tests", "data", "spec-examples")
    with open(os.path.join(base, "expected", "award-optimal.json"), encoding="utf-8") as f:
        ids = [a["bidder_id"] for a in json.load(f)["awards"]]
    with open(os.path.join(base, "tiny-tender", "bidders.csv"), encoding="utf-8", newline="") as f:
        names = {row["bidder_id"]: row["name"] for row in csv.DictReader(f)}
    return [names[i] for i in ids]
