#!/usr/bin/env python3
"""Runs every command of a Markdown guide and checks what it prints.

    check_commands.py GUIDE.md

Each ```console block of GUIDE holds commands, lines starting with "$ ", each followed by
what it prints (standard output, then standard error). In the expected lines, a line "..."
stands for any number of lines. A command is expected to exit 0, unless a line "[exit N]"
follows its output. Commands run with sh in the current folder, in order, so a later command
sees the files an earlier one wrote; tenderkit must be on PATH. Prints one line per failure
and exits 1 if there is any.
"""
import re
import subprocess
import sys


def blocks(text):
    for m in re.finditer(r"^```console\n(.*?)^```$", text, re.S | re.M):
        line = text.count("\n", 0, m.start()) + 2
        yield line, m.group(1).splitlines()


def commands(line, lines):
    current = None
    for i, l in enumerate(lines):
        if l.startswith("$ "):
            if current:
                yield current
            current = {"line": line + i, "command": l[2:], "expected": [], "exit": 0}
        elif current is None:
            raise SystemExit(f"line {line + i}: output before any command")
        elif re.fullmatch(r"\[exit (\d+)\]", l):
            current["exit"] = int(l[6:-1])
        else:
            current["expected"].append(l)
    if current:
        yield current


def matches(expected, actual):
    # "..." matches any run of lines: a small backtracking match.
    if not expected:
        return not actual
    if expected[0] == "...":
        return any(matches(expected[1:], actual[k:]) for k in range(len(actual) + 1))
    return bool(actual) and expected[0] == actual[0] and matches(expected[1:], actual[1:])


def main():
    guide = sys.argv[1]
    text = open(guide, encoding="utf-8").read()
    failures = 0
    count = 0
    for line, lines in blocks(text):
        for c in commands(line, lines):
            count += 1
            r = subprocess.run(["sh", "-c", c["command"]], capture_output=True, text=True)
            actual = (r.stdout + r.stderr).splitlines()
            if r.returncode != c["exit"]:
                failures += 1
                print(f"{guide}:{c['line']}: '{c['command']}' exited {r.returncode}, expected {c['exit']}")
                print("\n".join("  | " + a for a in actual[:20]))
            elif not matches(c["expected"], actual):
                failures += 1
                print(f"{guide}:{c['line']}: '{c['command']}' printed something else:")
                print("\n".join("  | " + a for a in actual[:40]))
    print(f"{count} commands run, {failures} failed")
    return 1 if failures or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
