"""Adds or updates UI messages in both locales: python3 scripts/add-messages.py key 'English' 'Deutsch' [...]"""
import fcntl
import json
import re
import sys

args = sys.argv[1:]
if len(args) % 3:
    sys.exit("usage: add-messages.py key en de [key en de ...]")
lock = open("public/_locales/.lock", "w")
fcntl.flock(lock, fcntl.LOCK_EX)  # several people may add messages at once
files = {lang: f"public/_locales/{lang}/messages.json" for lang in ("en", "de")}
data = {lang: json.load(open(path, encoding="utf-8")) for lang, path in files.items()}
for i in range(0, len(args), 3):
    key, en, de = args[i : i + 3]
    names = re.findall(r"\$([A-Z_]+)\$", en)
    placeholders = {n.lower(): {"content": f"${j + 1}"} for j, n in enumerate(dict.fromkeys(names))}
    for lang, text in (("en", en), ("de", de)):
        entry = {"message": text}
        if placeholders:
            entry["placeholders"] = placeholders
        data[lang][key] = entry
for lang, path in files.items():
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data[lang], f, indent=2, ensure_ascii=False)
        f.write("\n")
