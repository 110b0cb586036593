#!/usr/bin/env python3
"""Copies the shipped JSON Schemas into README.md between their markers (run after changing the format)."""
import pathlib, re
root = pathlib.Path(__file__).resolve().parent.parent
readme = root / "README.md"
text = readme.read_text(encoding="utf-8")
for name in ("check-report", "association"):
    schema = (root / "next-json/src/main/resources/de/nextnetz/json" / f"{name}.schema.json").read_text(encoding="utf-8")
    block = f"<!-- schema:{name}:start -->\n```json\n{schema.rstrip()}\n```\n<!-- schema:{name}:end -->"
    text = re.sub(rf"<!-- schema:{name}:start -->.*?<!-- schema:{name}:end -->", lambda m: block, text, flags=re.S)
readme.write_text(text, encoding="utf-8")
