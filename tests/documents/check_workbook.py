"""The evaluation workbook, re-read with openpyxl, holds the numbers `score --format json` prints,
with formulas where a reader expects them, the same bytes on every run, and neutralised text.

usage: check_workbook.py TENDERKIT SOURCE_ROOT"""
import csv
import json
import os
import sys
from decimal import ROUND_HALF_UP, Decimal

from common import fail, run, scratch, skip, tiny_tender

try:
    import openpyxl
except ImportError:
    skip("python3-openpyxl is not installed")

tenderkit, root = sys.argv[1], sys.argv[2]
work = scratch()
tender = tiny_tender(root, work)
book_path = os.path.join(work, "evaluation.xlsx")
run(tenderkit, "export", tender, "--xlsx", book_path)
score = json.loads(run(tenderkit, "score", tender, "--format", "json"))


def shown(value, places):
    return str(Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


values = openpyxl.load_workbook(book_path, data_only=True)
formulas = openpyxl.load_workbook(book_path)
checked = 0
for lot in score["lots"]:
    name = "Lot " + lot["lot"]
    if name not in values.sheetnames:
        fail("no sheet " + name + " in " + str(values.sheetnames))
    ws, wf = values[name], formulas[name]
    header = [c.value for c in ws[7]]
    col = {h: i for i, h in enumerate(header)}
    rows = {r[col["Bidder ID"]].value: r for r in ws.iter_rows(min_row=8) if r[col["Bidder ID"]].value}
    if sorted(rows) != sorted(b["bidder_id"] for b in lot["bids"]):
        fail("{}: bidders {} in the sheet, {} in score".format(name, sorted(rows), [b["bidder_id"] for b in lot["bids"]]))
    for bid in lot["bids"]:
        row = rows[bid["bidder_id"]]
        cell = lambda h: row[col[h]]
        if cell("Status").value != bid["status"]:
            fail("{} {}: status {} != {}".format(name, bid["bidder_id"], cell("Status").value, bid["status"]))
        if shown(cell("Evaluated price").value, 2) != bid["evaluated_price"]:
            fail("{} {}: evaluated price {} != {}".format(name, bid["bidder_id"], cell("Evaluated price").value,
                                                           bid["evaluated_price"]))
        if bid["status"] != "ranked":
            continue
        if cell("Rank").value != bid["rank"]:
            fail("{} {}: rank {} != {}".format(name, bid["bidder_id"], cell("Rank").value, bid["rank"]))
        for crit_name, crit in zip(header[7:7 + len(bid["scores"])], bid["scores"]):
            if shown(cell(crit_name).value, 2) != bid["scores"][crit]:
                fail("{} {} {}: {} != {}".format(name, bid["bidder_id"], crit, cell(crit_name).value, bid["scores"][crit]))
        for h, key in (("Quality total", "quality_total"), ("Total", "total")):
            if shown(cell(h).value, 2) != bid[key]:
                fail("{} {} {}: {} != {}".format(name, bid["bidder_id"], h, cell(h).value, bid[key]))
        total_formula = wf.cell(row=row[0].row, column=col["Total"] + 1).value
        if not (isinstance(total_formula, str) and total_formula.startswith("=SUM(")):
            fail("{} {}: the total is not a SUM formula: {!r}".format(name, bid["bidder_id"], total_formula))
        price_formula = wf.cell(row=row[0].row, column=col["Evaluated price"] + 1).value
        if not (isinstance(price_formula, str) and price_formula.startswith("=")):
            fail("{} {}: the evaluated price is not a formula: {!r}".format(name, bid["bidder_id"], price_formula))
        checked += 1
if checked < 8:
    fail("only {} ranked bids checked".format(checked))
# The Marks sheet: one row per bidder and question, every row of quality.csv a cell in it.
if "Marks" not in values.sheetnames:
    fail("no Marks sheet in " + str(values.sheetnames))
marks = values["Marks"]
header = [c.value for c in marks[1]]
expected = ["Bidder ID", "Bidder", "Question", "Criterion", "E1", "E2", "E3", "Consensus", "Mark used", "Comments"]
if header != expected:
    fail("Marks header {} != {}".format(header, expected))
col = {h: i for i, h in enumerate(header)}
rows = {(r[0].value, r[2].value): r for r in marks.iter_rows(min_row=2)}
if len(rows) != marks.max_row - 1:
    fail("a bidder and question has more than one row in Marks")
with open(os.path.join(tender, "quality.csv"), encoding="utf-8") as f:
    quality = list(csv.DictReader(f))
if len(quality) != 80 or len(rows) != len({(q["bidder_id"], q["question"]) for q in quality}):
    fail("{} rows of quality.csv, {} rows in Marks".format(len(quality), len(rows)))
for q in quality:
    row = rows.get((q["bidder_id"], q["question"]))
    if row is None:
        fail("no Marks row for {} {}".format(q["bidder_id"], q["question"]))
    column = "Consensus" if q["evaluator"] == "consensus" else q["evaluator"]
    if row[col[column]].value != int(q["mark"]):
        fail("Marks {} {} {}: {!r} != {}".format(q["bidder_id"], q["question"], column, row[col[column]].value, q["mark"]))
    if q["evaluator"] == "consensus" and row[col["Mark used"]].value != int(q["mark"]):
        fail("Marks {} {}: the mark used is not the consensus".format(q["bidder_id"], q["question"]))
    if q["comment"] and q["evaluator"] + ": " + q["comment"] not in (row[col["Comments"]].value or "").split("\n"):
        fail("Marks {} {}: comment {!r} missing from {!r}".format(q["bidder_id"], q["question"], q["comment"],
                                                                  row[col["Comments"]].value))

again = os.path.join(work, "again.xlsx")
run(tenderkit, "export", tender, "--xlsx", again)
with open(book_path, "rb") as a, open(again, "rb") as b:
    if a.read() != b.read():
        fail("two exports of the same tender differ")

# Text that a spreadsheet could run as a formula is neutralised with a leading quote.
with open(os.path.join(tender, "bidders.csv"), encoding="utf-8") as f:
    bidders = f.read().replace("Ace Homecare Ltd", "=HYPERLINK(\"http://x\";\"click\")")
with open(os.path.join(tender, "bidders.csv"), "w", encoding="utf-8") as f:
    f.write(bidders)
with open(os.path.join(tender, "quality.csv"), encoding="utf-8") as f:
    quality = f.read().replace("ACE,A1,consensus,4,A1: evidence", "ACE,A1,consensus,4,@SUM(1) evidence")
with open(os.path.join(tender, "quality.csv"), "w", encoding="utf-8") as f:
    f.write(quality)
run(tenderkit, "export", tender, "--xlsx", book_path)
book = openpyxl.load_workbook(book_path)
names = [c.value for c in book["Lot N1"]["C"] if c.value]
if "'=HYPERLINK(\"http://x\";\"click\")" not in names:
    fail("the formula-like name was not neutralised: " + repr(names))
marked = [c.value for c in book["Marks"]["B"] if c.value]
if "'=HYPERLINK(\"http://x\";\"click\")" not in marked:
    fail("the formula-like name was not neutralised in Marks: " + repr(marked))
comments = [c.value for c in book["Marks"]["J"] if c.value]
if "consensus: @SUM(1) evidence in the method statement supports a mark of 4" not in comments:
    fail("the formula-like comment was not kept as text: " + repr(comments[:3]))
for ws in book.worksheets:
    for r in ws.iter_rows():
        for c in r:
            if c.data_type == "f" and "HYPERLINK" in str(c.value):
                fail("an input became a formula in " + ws.title)
print("workbook: {} ranked bids match score --format json; formulas, determinism and neutralising checked".format(checked))
