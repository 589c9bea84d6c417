#!/usr/bin/env python3
"""Dev-only: pages that changed between two saved runs of bench/dev/runs.mjs. Usage: diff-runs.py OLD NEW"""
import json, sys
a = json.load(open(f'.bench-out/runs/{sys.argv[1]}.json'))
b = json.load(open(f'.bench-out/runs/{sys.argv[2]}.json'))
for k, v in b['sh'].items():
    o = a['sh'].get(k)
    if o and (abs(o['p'] - v['p']) > 0.005 or abs(o['r'] - v['r']) > 0.005):
        print(f"sh {k[:10]} P {o['p']:.2f}->{v['p']:.2f} R {o['r']:.2f}->{v['r']:.2f}")
for k, v in b['ev'].items():
    o = a['ev'].get(k)
    if not o: continue
    gm = [x for x in o['missed'] if x not in v['missed']]; lm = [x for x in v['missed'] if x not in o['missed']]
    gl = [x for x in o['leaked'] if x not in v['leaked']]; ll = [x for x in v['leaked'] if x not in o['leaked']]
    if gm or lm or gl or ll:
        print(f"ev {k[:8]} recall +{len(gm)} -{len(lm)} leak -{len(gl)} +{len(ll)}", ('LOST ' + str([x[:60] for x in lm])) if lm else '', ('LEAK ' + str([x[:60] for x in ll])) if ll else '')
