#!/usr/bin/env python3
"""Checks that lib/'s folders include one another in the order of the data flow.

    check_includes.py SOURCE_DIR

The folders of lib/ form one chain, core -> model -> read -> evaluate, cost -> decide -> write:
a file includes only its own folder and the folders before it. evaluate and cost are peers at
the same place in the chain and include neither each other nor anything later. Nothing in lib/
includes cmd/. Prints FILE:LINE: the offending include and why, and exits 1 if there is any.
"""
import pathlib
import re
import sys

CHAIN = [["core"], ["model"], ["read"], ["evaluate", "cost"], ["decide"], ["write"]]
LEVEL = {folder: level for level, folders in enumerate(CHAIN) for folder in folders}
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]')


def included_folder(lib, source, target):
    """The lib/ folder, or "cmd", that `target` (as written in `source`) names; None when neither."""
    first = target.split("/", 1)[0]
    if "/" in target and (first == "cmd" or (first not in (".", "..") and (lib / first).is_dir())):
        return first
    if not target.startswith("."):
        return None  # a system or library header, or one beside `source`
    resolved = (source.parent / target).resolve()
    for top in (lib, lib.parent / "cmd"):
        if resolved.is_relative_to(top.resolve()):
            rest = resolved.relative_to(top.resolve()).parts
            return "cmd" if top.name == "cmd" else (rest[0] if len(rest) > 1 else None)
    return None


def problems(root):
    lib = root / "lib"
    for folder in sorted(p.name for p in lib.iterdir() if p.is_dir() and p.name not in LEVEL):
        yield f"lib/{folder}/: not in the chain {chain_text()}; give it its place in CHAIN here"
    for source in sorted(p for p in lib.rglob("*") if p.suffix in (".hpp", ".cpp")):
        folder = source.relative_to(lib).parts[0]
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            m = INCLUDE.match(line)
            if not m:
                continue
            target = included_folder(lib, source, m.group(1))
            if target is None or target == folder:
                continue
            where = f"{source.relative_to(root)}:{number}: {line.strip()}"
            if target == "cmd":
                yield f"{where}: lib/ never includes cmd/"
            elif folder in LEVEL and target in LEVEL and LEVEL[target] >= LEVEL[folder]:
                yield f"{where}: {folder}/ may not include {target}/ (the chain is {chain_text()})"


def chain_text():
    return " -> ".join("/".join(folders) for folders in CHAIN)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    found = list(problems(pathlib.Path(sys.argv[1])))
    for p in found:
        print(p)
    if found:
        print(f"{len(found)} problem{'s' if len(found) != 1 else ''} with the order of lib/'s folders")
        sys.exit(1)


if __name__ == "__main__":
    main()
