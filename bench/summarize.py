#!/usr/bin/env python3
"""Turns bench/results (jmh.json, memory.txt, startup.json) into the Markdown tables of bench/README.md."""
import json, pathlib, statistics, sys

out = pathlib.Path(sys.argv[1])
runs = json.loads((out / "jmh.json").read_text())
score = {}
for run in runs:
    name = run["benchmark"].rsplit(".", 2)
    key = (name[-2], name[-1], int(run.get("params", {}).get("members", 0)))
    score[key] = (run["primaryMetric"]["score"], run["primaryMetric"]["scoreError"], run["primaryMetric"]["scoreUnit"])
memory = dict(line.split("=", 1) for line in (out / "memory.txt").read_text().split())
startup = json.loads((out / "startup.json").read_text())
rules = int(memory.get("rules", 0))

def ok(value, target, better="lower"):
    good = value <= target if better == "lower" else value >= target
    return "met" if good else "**missed**"

print(f"### Rule engine: the full catalogue ({rules} rules)\n")
print("| members | ms per check | µs per member |")
print("|---:|---:|---:|")
per_member = {}
for members in (1000, 10000, 100000, 1000000):
    s, e, _ = score[("EngineBenchmark", "fullCatalogue", members)]
    per_member[members] = s * 1000 / members
    print(f"| {members:,} | {s:,.1f} ± {e:,.1f} | {per_member[members]:.2f} |")
growth = per_member[1000000] / per_member[10000]
print(f"\nPer-member cost at 1M against 10k: **{growth:.2f}x** (target at most 1.5x: {ok(growth, 1.5)}).\n")

print("### Peers: board-election deadline and two-reviewer admission rules\n")
print("| members | this library | hand-written loop | Easy Rules 4.1.0 | Drools 10.2 (stateless) | library / loop | Easy Rules / library | Drools / library |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|")
for members in (10000, 100000):
    lib = score[("PeerBenchmark", "library", members)][0]
    loop = score[("PeerBenchmark", "handLoop", members)][0]
    easy = score[("PeerBenchmark", "easyRules", members)][0]
    drools = score[("PeerBenchmark", "drools", members)][0]
    print(f"| {members:,} | {lib:.2f} ms | {loop:.2f} ms | {easy:.2f} ms | {drools:.2f} ms | {lib/loop:.2f}x "
          f"({ok(lib/loop, 2.0)}) | {easy/lib:.1f}x ({ok(easy/lib, 10, 'higher')}) | {drools/lib:.1f}x ({ok(drools/lib, 10, 'higher')}) |")

print("\n### JSON: a 10,000-member document\n")
size = int(memory["documentBytes10k"])
mb = size / 1_000_000
print(f"Document: {size/1e6:.1f} MB, pretty-printed by both.\n")
print("| operation | this library | plain Jackson 3 databind | ratio (issue 31's target) |")
print("|---|---:|---:|---:|")
plain_read = score[("JsonBenchmark", "plainRead", 10000)][0]
plain_write = score[("JsonBenchmark", "plainWrite", 10000)][0]
# Issue 31: strict reading and writing at least at databind's speed, the validated read at least half of it.
for label, bench, peer, target in (("read, strict, no validation", "readUnvalidated", plain_read, 1.0),
                                   ("read, strict, with Bean Validation", "readValidated", plain_read, 0.5),
                                   ("write", "write", plain_write, 1.0)):
    s = score[("JsonBenchmark", bench, 10000)][0]
    print(f"| {label} | {s*mb:.1f} MB/s | {peer*mb:.1f} MB/s | {s/peer:.2f}x (at least {target:.1f}x: "
          f"{ok(s/peer, target, 'higher')}) |")

if ("DuesBenchmark", "ledgers", 10000) in score:
    print("\n### Dues: 10,000 members with about ten payments each, and a statement of 100,000 bookings\n")
    print("| what | ms | against the hand loop |")
    print("|---|---:|---:|")
    loop = score[("DuesBenchmark", "handLoop", 10000)][0]
    for label, bench in (("every member's ledger (fee years, matching, interest)", "ledgers"),
                         ("the whole catalogue with the dues rules", "fullCatalogue"),
                         ("hand loop: payments summed per member", "handLoop")):
        s, e, _ = score[("DuesBenchmark", bench, 10000)]
        print(f"| {label} | {s:,.1f} ± {e:,.1f} | {s/loop:.1f}x |")
    for label, bench in (("camt.053 of 100,000 bookings read", "read"), ("100,000 bookings matched", "match")):
        key = ("StatementBenchmark", bench, 0)
        if key in score:
            s, e, _ = score[key]
            print(f"| {label} | {s:,.1f} ± {e:,.1f} | |")

print("\n### Memory and start-up\n")
print(f"- Retained heap of the 1,000,000-member association: {int(memory['retainedBytes'])/2**20:,.0f} MiB, "
      f"**{float(memory['bytesPerMember']):,.0f} bytes per member** (with its application, two reviews and half an event).")
if "readBytesPerMember" in memory:
    print(f"- The same association of {int(memory['readMembers']):,} members read from its document (the reader's lists "
          f"hold at most 100,000 items): **{float(memory['readBytesPerMember']):,.0f} bytes per member**; a day the "
          f"document names again is the day read before.")
print()
print("| command | CPU | wall | CPU against `java -version` of the same JDK (target at most 3x) |")
print("|---|---:|---:|---:|")
for name, r in startup.items():
    jdk = name[name.rindex("(JDK"):]
    base = startup[f"java -version {jdk}"]["cpu"]
    ratio = r["cpu"] / base
    verdict = "" if name.startswith("java -version") else f"{ratio:.1f}x ({ok(ratio, 3.0)})"
    print(f"| `{name}` | {r['cpu']*1000:,.0f} ms | {r['wall']*1000:,.0f} ms | {verdict} |")
runs = next(iter(startup.values()))["runs"]
print(f"\nMedians of {runs} alternating runs, CPU time of the whole process (user and system, from wait4).")
