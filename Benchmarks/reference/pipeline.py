#!/usr/bin/env python3
"""The pipeline an analyst would write in an afternoon: lxml for HTML, jieba to segment every
character, re for the targets. Kept as the reference the Swift pipeline is measured against
(Benchmarks/run.sh installs lxml and jieba from PyPI into a virtualenv).

    pipeline.py CORPUS_DIR --mb 10 --out out.jsonl     # prints per-stage seconds as JSON

The sample is every k-th file in path order, k = corpus size / sample size, as in
`target-ledger bench stages`, so both time the same mix of HTML, GBK HTML and text.
"""
import argparse
import json
import logging
import os
import re
import sys
import time
import unicodedata

import jieba
from lxml import html as lxml_html

CHARSET = re.compile(rb'charset\s*=\s*["\']?([A-Za-z0-9_-]+)', re.I)
SENTENCE = re.compile(r'[。！？；\n]+')
UNITS = r'(%|个百分点|万人|亿元|万元|元|所|个|家|人|吨|公里|千米|平方米|万平方米|亩|万亩|套|户|座|项|次|张|辆|小时|天)'
TARGET = re.compile(
    r'(?:到|至|在)?(20\d\d)?年?[^，。；]{0,30}?(达到|不低于|不少于|超过|控制在|低于|降低|下降|提高|提升|增长|新增|完成|建成|累计)'
    r'[^，。；\d]{0,12}?(\d+(?:\.\d+)?)\s*' + UNITS + r'?(以上|以内|左右)?')
DEADLINE = re.compile(r'(到|至|于)(20\d\d)年(?:(\d{1,2})月)?(?:底|末|前)?')
UNIT_NAME = re.compile(r'(?:责任单位|牵头单位|配合单位)[:：]\s*([^。；\n）)]+)')


def files_of(corpus):
    out = []
    for root, dirs, names in os.walk(corpus):
        dirs[:] = [d for d in dirs if not d.startswith('.')]
        for n in names:
            if not n.startswith('.') and n.lower().endswith(('.html', '.htm', '.txt', '.md')):
                p = os.path.join(root, n)
                out.append((os.path.relpath(p, corpus), p, os.path.getsize(p)))
    out.sort(key=lambda t: t[0].encode('utf-8'))
    return out


def decode(raw):
    m = CHARSET.search(raw[:2048])
    enc = m.group(1).decode('ascii').lower() if m else 'utf-8'
    if enc.startswith('gb'):
        enc = 'gb18030'
    try:
        return raw.decode(enc)
    except (UnicodeDecodeError, LookupError):
        return raw.decode('gb18030', errors='replace')


def html_text(text):
    doc = lxml_html.document_fromstring(text.encode('utf-8'), parser=lxml_html.HTMLParser(encoding='utf-8'))
    for bad in doc.xpath('//script|//style'):
        bad.drop_tree()
    return '\n'.join(t.strip() for t in doc.itertext() if t.strip())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('corpus')
    ap.add_argument('--mb', type=float, default=10)
    ap.add_argument('--out', default=os.devnull)
    a = ap.parse_args()
    jieba.setLogLevel(logging.WARNING)
    t0 = time.perf_counter()
    jieba.initialize()
    t_init = time.perf_counter() - t0
    all_files = files_of(a.corpus)
    total = sum(s for _, _, s in all_files)
    step = max(1, total // max(1, int(a.mb * 1e6)))
    sample = all_files[::step]
    stages = dict.fromkeys(['read+decode', 'html', 'normalise', 'tokenize', 'extract', 'write'], 0.0)
    nbytes = targets = 0
    with open(a.out, 'w', encoding='utf-8') as out:
        for rel, path, _ in sample:
            t = time.perf_counter()
            with open(path, 'rb') as f:
                raw = f.read()
            text = decode(raw)
            t1 = time.perf_counter(); stages['read+decode'] += t1 - t
            if rel.endswith(('.html', '.htm')):
                text = html_text(text)
            t2 = time.perf_counter(); stages['html'] += t2 - t1
            text = unicodedata.normalize('NFKC', text)
            t3 = time.perf_counter(); stages['normalise'] += t3 - t2
            words = jieba.lcut(text)
            t4 = time.perf_counter(); stages['tokenize'] += t4 - t3
            records = []
            for sent in SENTENCE.split(text):
                units = UNIT_NAME.findall(sent)
                dl = DEADLINE.search(sent)
                for m in TARGET.finditer(sent):
                    records.append({'path': rel, 'indicator': sent[:m.start(2)][-20:], 'verb': m.group(2),
                                    'value': float(m.group(3)), 'unit': m.group(4), 'qualifier': m.group(5),
                                    'deadline': dl.group(2) if dl else None, 'responsible': units,
                                    'evidence': sent})
            t5 = time.perf_counter(); stages['extract'] += t5 - t4
            out.write(json.dumps({'record': 'document', 'path': rel, 'chars': len(text), 'words': len(words)},
                                 ensure_ascii=False) + '\n')
            for r in records:
                out.write(json.dumps(r, ensure_ascii=False) + '\n')
            stages['write'] += time.perf_counter() - t5
            nbytes += len(raw)
            targets += len(records)
    print(json.dumps({'files': len(sample), 'bytes': nbytes, 'targets': targets, 'init_seconds': t_init,
                      'stages': stages, 'seconds': sum(stages.values())}))


if __name__ == '__main__':
    sys.exit(main())
