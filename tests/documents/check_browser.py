"""Headless Chromium renders the Contract Award Report without errors, and the rendered page
(its DOM, and its text printed to PDF) names every awarded bidder.

usage: check_browser.py TENDERKIT SOURCE_ROOT"""
import html
import os
import re
import shutil
import subprocess
import sys

from common import awarded_names, fail, run, scratch, skip, tiny_tender

browser = shutil.which("chromium") or shutil.which("chromium-browser")
if not browser:
    skip("chromium is not installed")

tenderkit, root = sys.argv[1], sys.argv[2]
work = scratch()
tender = tiny_tender(root, work)
report = os.path.join(work, "report.html")
run(tenderkit, "report", tender, "-o", report, "--report-date", "2016-02-16", "--notice-date", "2016-03-01")

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--enable-logging=stderr", "--v=0"]


def chromium(*args):
    profile = os.path.join(work, "profile-%d" % len(os.listdir(work)))
    os.mkdir(profile)
    p = subprocess.run([browser, *FLAGS, "--user-data-dir=" + profile, *args], capture_output=True, text=True,
                       timeout=150)
    if p.returncode != 0:
        fail("chromium exited {}: {}".format(p.returncode, p.stderr[-2000:]))
    # A blocked resource (the page's Content-Security-Policy) or a script error shows as a console message.
    for line in p.stderr.splitlines():
        if re.search(r"Refused to|Uncaught|CONSOLE.*[Ee]rror", line):
            fail("chromium reported: " + line)
    return p.stdout


url = "file://" + report
dom = chromium("--dump-dom", url)
if "<h1" not in dom or "Contract Award Report" not in dom:
    fail("the rendered DOM has no report heading")
if dom.count("<svg") < 2:
    fail("the rendered DOM should hold a chart per lot")
text = html.unescape(re.sub(r"<[^>]+>", " ", dom))
names = awarded_names(root)
for name in names:
    if name not in text:
        fail("the rendered page does not name " + name)

pdf = os.path.join(work, "report.pdf")
chromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf, url)
if not os.path.exists(pdf) or os.path.getsize(pdf) < 1000:
    fail("no PDF printed")
pdftotext = shutil.which("pdftotext")
if pdftotext:
    printed = subprocess.run([pdftotext, "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(printed.split())
    for name in names:
        if name not in flat:
            fail("the printed PDF does not name " + name)
print("browser: the report renders and prints, naming " + ", ".join(names))
