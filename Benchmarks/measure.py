#!/usr/bin/env python3
"""Runs one command of the benchmark and appends its wall time, peak memory (the child's
ru_maxrss, from getrusage) and standard output to RESULTS (one JSON object per line).

    measure.py RESULTS LABEL -- COMMAND ARGS...
"""
import json
import resource
import subprocess
import sys
import time

results, label = sys.argv[1], sys.argv[2]
cmd = sys.argv[sys.argv.index('--') + 1:]
t = time.perf_counter()
p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
wall = time.perf_counter() - t
# RUSAGE_CHILDREN's maxrss is the largest of the waited-for children: one child per measure.py.
maxrss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
row = {'label': label, 'command': ' '.join(cmd), 'status': p.returncode, 'seconds': wall,
       'max_rss_mb': maxrss_kb / 1024, 'stdout': p.stdout.decode('utf-8', 'replace').strip()[-4000:],
       'stderr': p.stderr.decode('utf-8', 'replace').strip()[-2000:]}
with open(results, 'a', encoding='utf-8') as f:
    f.write(json.dumps(row, ensure_ascii=False) + '\n')
print(f"{label}: {wall:.2f} s, peak {maxrss_kb / 1024:.0f} MB, exit {p.returncode}", file=sys.stderr)
if p.returncode not in (0, 2):
    print(p.stderr.decode('utf-8', 'replace')[-2000:], file=sys.stderr)
    sys.exit(1)
