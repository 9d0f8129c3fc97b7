"""Builds (doc, surface, clause, sentence, heading, measure, kind, gold topic) rows for the
topic prototype: gold facts located in their simplified documents by surface, occurrences
taken in order."""
import json, os, re, sys
from collections import defaultdict
import opencc
cc = opencc.OpenCC('t2s')
PINYIN = re.compile(r'(?<=[\u3400-\u9fff])[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+[)）]')
def norm(x):
    x = PINYIN.sub('', cc.convert(x))
    return ''.join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else (' ' if c == '\u3000' else c) for c in x)
CLAUSE = set(',，;；。：:！？!?')
SENT = set('。！？!?')

def doc_path(doc):
    for d in ('/work/shared/eval/dev/docs', '/work/main/seeds'):
        p = os.path.join(d, doc + '.txt')
        if os.path.exists(p): return p

def rows(gold_file):
    gold = [json.loads(l) for l in open(gold_file)]
    gold = [g for g in gold if g.get('type') == 'fact' and g.get('topic')]
    texts, used = {}, defaultdict(int)
    out = []
    for g in gold:
        doc = g['doc']
        if doc not in texts: texts[doc] = norm(open(doc_path(doc)).read())
        t = texts[doc]
        surf = norm(g['surface'])
        key = (doc, surf)
        pos = -1
        for _ in range(used[key] + 1):
            pos = t.find(surf, pos + 1)
            if pos < 0: break
        if pos < 0:
            pos = t.find(surf)
        else:
            used[key] += 1
        if pos < 0: continue
        m = re.search(r'[0-9０-９零〇一二两三四五六七八九十百千万亿半几]', surf)
        ns = pos + (m.start() if m else 0)
        ne = ns
        while ne < len(t) and re.match(r'[0-9.０-９零〇一二两三四五六七八九十百千万亿]', t[ne]): ne += 1
        ls = t.rfind('\n', 0, pos) + 1
        le = t.find('\n', pos); le = len(t) if le < 0 else le
        a = pos
        while a > ls and t[a-1] not in SENT: a -= 1
        b = pos
        while b < le and t[b] not in SENT: b += 1
        b = min(le, b + 1)
        def mark(j):
            u = t[j]
            if u not in CLAUSE: return False
            if u in ',:' and j > a and j + 1 < b and t[j-1].isdigit() and t[j+1].isdigit(): return False
            return True
        ca = ns
        while ca > a and not mark(ca-1): ca -= 1
        cb = ns
        while cb < b and not mark(cb): cb += 1
        # heading: the nearest line above that is short with no full stop / comma
        head = None
        lines = t[:ls].split('\n')
        for L in reversed(lines):
            L2 = L.strip()
            if L2 and len(L2) <= 30 and not re.search(r'[。，,]', L2):
                head = L2; break
        out.append(dict(doc=doc, surface=surf, text=t, ns=ns, ne=ne, clause=(ca, cb), sentence=(a, b),
                        heading=head, measure=g['measure'], kind=g['kind'], topic=g['topic'],
                        subject=g.get('subject')))
    return out
