#!/usr/bin/env python3
"""Start-up of the next command line tool against a bare JVM, as issue 31 measures it: CPU time (user + system) of the
whole process and its children, and wall time, median of N alternating runs (so that the machine's moods hit every
command alike). Writes startup.json into the folder given; prints a table.

    bench/startup.py bench/results 10
"""
import json, os, pathlib, statistics, subprocess, sys, tempfile, time

out = pathlib.Path(sys.argv[1]); runs = int(sys.argv[2]) if len(sys.argv) > 2 else 10
root = pathlib.Path(__file__).resolve().parent.parent
jar = root / "examples/target/next.jar"
launcher = root / "examples/bin/next"
doc = root / "examples/musterverein.json"
cache = tempfile.mkdtemp(prefix="next-startup-")
jdks = {"17": os.environ.get("JAVA_HOME", "")}
for home in sorted(pathlib.Path("/usr/lib/jvm").glob("*25*")) if pathlib.Path("/usr/lib/jvm").exists() else []:
    if (home / "bin/java").exists():
        jdks["25"] = str(home)
        break
java = lambda home: (home + "/bin/java") if home else "java"

commands = {}
for version, home in jdks.items():
    env = dict(os.environ, XDG_CACHE_HOME=cache, NEXT_JAR=str(jar))
    if home:
        env["JAVA_HOME"] = home
    commands[f"java -version (JDK {version})"] = ([java(home), "-version"], env)
    commands[f"java -jar next.jar check (JDK {version})"] = ([java(home), "-jar", str(jar), "check"], env)
    commands[f"bin/next check (JDK {version})"] = (["sh", str(launcher), "check"], env)
    commands[f"bin/next validate musterverein.json (JDK {version})"] = (["sh", str(launcher), "validate", str(doc)], env)

def run(argv, env):
    start = time.monotonic()
    p = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(p.pid, 0)
    return usage.ru_utime + usage.ru_stime, time.monotonic() - start

# The launcher's first runs make its archive (JDK 17 at exit, JDK 25 in the background): not measured.
for name, (argv, env) in commands.items():
    if argv[0] == "sh":
        run(argv, env)
time.sleep(15)
for name, (argv, env) in commands.items():
    if argv[0] == "sh":
        run(argv, env)
cpu = {name: [] for name in commands}; wall = {name: [] for name in commands}
for _ in range(runs):
    for name, (argv, env) in commands.items():
        c, w = run(argv, env)
        cpu[name].append(c); wall[name].append(w)
result = {name: {"cpu": statistics.median(cpu[name]), "wall": statistics.median(wall[name]), "runs": runs} for name in commands}
(out / "startup.json").write_text(json.dumps(result, indent=2) + "\n")
for name, r in result.items():
    print(f"{name:55s} CPU {r['cpu']*1000:6.0f} ms  wall {r['wall']*1000:6.0f} ms")
