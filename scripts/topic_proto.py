"""Prototype of TopicResolver: reads the cue table from TopicCues.swift (so the Swift table and
this script never drift) and measures topic accuracy on gold facts located in their documents.

    python3 scripts/topic_proto.py [--errors] [--set dev|seeds]
"""
import re, sys, os
from collections import Counter
sys.path.insert(0, os.path.dirname(__file__))
import topic_data

HERE = os.path.dirname(os.path.abspath(__file__))
SWIFT = os.path.join(HERE, '..', 'Sources/FupinExtraction/Lexicon/TopicCues.swift')
TOPIC = os.path.join(HERE, '..', 'Sources/FupinCore/Topic.swift')

names = dict(re.findall(r'case (\w+) = "([^"]+)"', open(TOPIC).read()))
CUES = {}
src = open(SWIFT).read()
for topic, rank, role, words in re.findall(r'\(\.(\w+), (\d), \.(\w+), \[(.*?)\]\)', src, re.S):
    for w in re.findall(r'"([^"]+)"', words):
        CUES[w] = (names[topic], int(rank), role, 'topic.%s.%s' % (names[topic], w))
MAXLEN = max(map(len, CUES))
COUNTS = {'persons', 'households', 'villages', 'items', 'person_times'}

FIRM = ('集团', '公司', '有限公司', '股份')
FIRM_MID = ('投资', '发展', '建设', '开发', '控股', '实业', '产业')
def in_firm_name(t, end, b):
    """交通投资集团: a word that begins a company's name says nothing of the figure's area"""
    k = end
    for mid in FIRM_MID:
        if t.startswith(mid, k, b): k += len(mid); break
    return any(t.startswith(f, k, b) for f in FIRM)

def scan(t, a, b):
    out, i = [], a
    while i < b:
        for L in range(min(MAXLEN, b - i), 0, -1):
            c = CUES.get(t[i:i+L])
            if c:
                if not (c[2] == 'area' and in_firm_name(t, i + L, b)): out.append((i, i + L, c))
                i += L; break
        else: i += 1
    return out

def dist(m, ns, ne):
    return ns - m[1] if m[1] <= ns else max(0, m[0] - ne)

def effective(m, count, action, part, level, after_share, people=False, bare=False):
    topic, rank, role, rule = m[2]
    if role in ('mask', 'action', 'share', 'part'): return None
    if after_share: return None
    if role == 'qualifier':
        if level == 'clause': return 0 if (action or part) else rank
        if level == 'sentence': return rank if (part or bare) else 0
        return 0
    if role == 'exit':
        if count and level == 'sentence': return 3
        return 0
    if role == 'stillPoor':
        return rank if level == 'clause' else 0
    if role == 'income':
        return 0 if count else rank
    if people and topic == '就业' and rank >= 3: return rank + 1
    return rank

MARKS = set(',，;；。：:！？!?')
def clause_index(t, a, b):
    """clause number of each position of the sentence"""
    idx, k = [], 0
    for j in range(a, b):
        idx.append(k)
        if t[j] in MARKS and not (t[j] in ',:' and j > a and j + 1 < b and t[j-1].isdigit() and t[j+1].isdigit()): k += 1
    return idx

def governs_exit(t, ne, m):
    """an exit word after the figure governs it unless a whole is named between (80个县中已有38个县脱贫)"""
    if m[0] < ne: return True
    between = t[ne:m[0]]
    k = between.find('中')
    return not (k >= 0 and any(ch.isdigit() for ch in between[k:]))

ORDER = 'preceding'
TWOPASS = True
def resolve(t, ns, ne, clause, sentence, heading, measure, kind, fallback='other'):
    cm = scan(t, *clause)
    count = measure in COUNTS
    roles = {m[2][2] for m in cm}
    if count:
        strong = any(m[2][2] == 'area' and m[2][1] >= 4 for m in cm)
        still = [m for m in cm if m[2][2] == 'stillPoor']
        exits = [m for m in cm if m[2][2] == 'exit' and governs_exit(t, ne, m)]
        if t[ne:ne+4].find('脱贫') in (0, 1, 2) or t[ne:ne+4].find('摘帽') in (0, 1, 2): return '脱贫', 'topic.脱贫.after-unit'
        if exits and not still: return '脱贫', min(exits, key=lambda m: dist(m, ns, ne))[2][3]
        if still and not strong: return '贫困人口', min(still, key=lambda m: dist(m, ns, ne))[2][3]
    if 'training' in roles and 'cadre' in roles:
        return '组织', 'topic.组织.cadre-training'
    if measure == 'mu':
        for want in ('生态', '产业'):
            hit = [m for m in cm if m[2][0] == want and m[2][2] == 'area' and m[2][1] >= 2]
            if hit: return want, hit[0][2][3]
    action = 'action' in roles
    part = kind == 'part' or 'part' in roles or ('share' in roles)
    def shares(ms):
        at = {}
        for m in ms:
            if m[2][2] == 'share': at.setdefault(m[3] if len(m) > 3 else 0, m[0])
        return at
    def cands(ms, level, minrank, share_at=None):
        out = []
        for m in ms:
            r = effective(m, count or measure == 'percent' and level == 'sentence' and m[2][2] == 'exit', action, part, level, share_at is not None and m[0] > share_at,
                          people=measure in ('persons', 'households', 'person_times'), bare=bare)
            if r is not None and r >= minrank: out.append((-r, m[2][2] == 'qualifier', dist(m, ns, ne), m))
        out.sort(key=lambda x: x[:3])
        return out
    def topic_of(m):
        return ('脱贫' if m[2][2] == 'exit' else m[2][0]), m[2][3]
    share_here = min([m[0] for m in cm if m[2][2] == 'share' and m[0] < ns], default=None)
    bare = not any(m[2][2] not in ('mask',) for m in cm)
    c = cands(cm, 'clause', 1, share_here)
    if c: return topic_of(c[0][3])
    sa, sb = sentence
    idx = clause_index(t, sa, sb)
    c0 = idx[ns - sa]
    sm = [m for m in scan(t, sa, sb) if not (clause[0] <= m[0] < clause[1])]
    byoff = {}
    for m in sm:
        byoff.setdefault(idx[m[0] - sa] - c0, []).append(m)
    offs = sorted(byoff, key=lambda o: (abs(o), o > 0) if ORDER == 'alternate' else (o > 0, abs(o)))
    for minrank in ((2, 1) if TWOPASS else (1,)):
        for o in offs:
            ms = byoff[o]
            sh = min([m[0] for m in ms if m[2][2] == 'share'], default=None)
            c = cands(ms, 'sentence', minrank, sh)
            if c: return topic_of(c[0][3])
    if heading:
        hm = scan(heading, 0, len(heading))
        c = cands(hm, 'heading', 2)
        if c: return topic_of(c[0][3])
    c = cands(cm, 'weak', 0, share_here)
    if c: return topic_of(c[0][3])
    if measure == 'mu': return '产业', 'topic.产业.mu'
    if measure == 'yuan' and fallback == 'funds': return '资金', 'topic.资金.yuan'
    return '其他', 'topic.其他.default'

def evaluate(name, path, show=False, **kw):
    rows = topic_data.rows(path)
    ok = 0; conf = Counter()
    for r in rows:
        t = r['text']
        got, rule = resolve(t, r['ns'], r['ne'], r['clause'], r['sentence'], r['heading'], r['measure'], r['kind'], **kw)
        if got == r['topic']: ok += 1
        else:
            conf[(r['topic'], got)] += 1
            if show:
                a, b = r['clause']
                print('%s want %s got %s (%s) %s | %s[%s]%s | %s' % (r['doc'], r['topic'], got, rule, r['measure'],
                      t[a:r['ns']], t[r['ns']:r['ne']], t[r['ne']:b], t[r['sentence'][0]:r['sentence'][1]][:120]))
    print('%s: %d/%d = %.3f' % (name, ok, len(rows), ok / len(rows)), conf.most_common(8))

if __name__ == '__main__':
    show = '--errors' in sys.argv
    which = sys.argv[sys.argv.index('--set') + 1] if '--set' in sys.argv else None
    import topic_proto as _m
    for a in sys.argv:
        if a.startswith('--order='): globals()['ORDER'] = a[8:]
        if a == '--twopass': globals()['TWOPASS'] = True
    fb = 'funds' if '--yuan-funds' in sys.argv else 'other'
    if which in (None, 'seeds'): evaluate('seeds', '/work/shared/eval/seeds-gold.jsonl', show, fallback=fb)
    if which in (None, 'dev'): evaluate('dev', '/work/shared/eval/dev/gold.jsonl', show, fallback=fb)

def corpus(path=os.path.join(HERE, '..', 'Tests/FupinExtractionTests/Corpus/topics.txt')):
    """The test corpus, read as the Swift test reads it."""
    want, ok, n = None, 0, 0
    for line in open(path):
        line = topic_data.norm(line.strip())
        if not line or line.startswith('#'): continue
        if line.startswith('= '): want = line[2:]; continue
        m = re.search(r'[0-9]+(\.[0-9]+)?', line)
        ns, ne = m.start(), m.end()
        rest = re.sub(r'^[万亿千百]?[余多]?', '', line[ne:])
        measure = 'items'
        for u, ms in (('人次', 'person_times'), ('人', 'persons'), ('名', 'persons'), ('户', 'households'), ('个村', 'villages'),
                      ('个贫困村', 'villages'), ('个行政村', 'villages'), ('元', 'yuan'), ('%', 'percent'), ('亩', 'mu'), ('公里', 'km'), ('吨', 'tons')):
            if rest.startswith(u): measure = ms; break
        kind = 'part' if '其中' in line[:ns] else 'total'
        a = ns
        while a > 0 and line[a-1] not in MARKS: a -= 1
        b = ns
        while b < len(line) and line[b] not in MARKS: b += 1
        got, rule = resolve(line, ns, ne, (a, b), (0, len(line)), None, measure, kind)
        n += 1
        if got == want: ok += 1
        else: print('corpus: want %s got %s (%s) %s %s' % (want, got, rule, measure, line))
    print('corpus: %d/%d' % (ok, n))

if __name__ == '__main__' and '--corpus' in sys.argv: corpus()
