import FupinCore

/// A `where` condition compiled against a table: text comparisons are decided once per
/// distinct place path, string or document, so testing a row reads a few column cells.
indirect enum RowTest {
    case constant(Bool)
    case path([Bool])
    case document([Bool])
    case unit([Bool])
    case subject([Bool])
    /// By ``Topic/ordinal``.
    case topic([Bool])
    case kind(Kind, negated: Bool)
    case measure(Measure, negated: Bool)
    case value(Comparison, Double)
    case year(Comparison, Double)
    case yearMissing(Bool)
    case approx(Bool, negated: Bool)
    case and(RowTest, RowTest)
    case or(RowTest, RowTest)
    case not(RowTest)

    func test(_ r: Int, _ c: FactColumns) -> Bool {
        switch self {
        case .constant(let b): return b
        case .path(let t): return t[Int(c.path[r])]
        case .document(let t): return t[Int(c.doc[r])]
        case .unit(let t): return t[Int(c.unit[r])]
        case .subject(let t): return t[Int(c.subject[r])]
        case .topic(let t): return t[c.topic[r].ordinal]
        case .kind(let k, let negated): return (c.kind[r] == k) != negated
        case .measure(let m, let negated): return (c.measure[r] == m) != negated
        case .value(let op, let n): return Evaluator.numeric(c.value[r], op, n)
        case .year(let op, let n):
            let y = c.year[r]
            return y == 0 ? op == .notEqual : Evaluator.numeric(Double(y), op, n)
        case .yearMissing(let missing): return (c.year[r] == 0) == missing
        case .approx(let want, let negated): return (c.approx[r] == want) != negated
        case .and(let a, let b): return a.test(r, c) && b.test(r, c)
        case .or(let a, let b): return a.test(r, c) || b.test(r, c)
        case .not(let a): return !a.test(r, c)
        }
    }
}

extension Evaluator {
    /// Compiles a (normalised) condition.
    func compile(_ cond: Condition) -> RowTest {
        switch cond {
        case .and(let a, let b): return .and(compile(a), compile(b))
        case .or(let a, let b): return .or(compile(a), compile(b))
        case .not(let a): return .not(compile(a))
        case .oneOf(let field, let values, let negated):
            let any = values.map { compile(.compare(field, .equal, $0)) }.reduce(RowTest.constant(false)) { acc, t in
                if case .constant(false) = acc { return t }
                return .or(acc, t)
            }
            return negated ? .not(any) : any
        case .compare(let field, let op, let v): return leaf(field, op, v)
        }
    }

    private func leaf(_ field: Field, _ op: Comparison, _ v: Literal) -> RowTest {
        let c = table.columns
        switch field {
        case .kind, .measure:
            guard case .text(let t) = v else { return .constant(false) }
            if field == .kind { return Kind(rawValue: t).map { .kind($0, negated: op == .notEqual) } ?? .constant(op == .notEqual) }
            return Measure(rawValue: t).map { .measure($0, negated: op == .notEqual) } ?? .constant(op == .notEqual)
        case .value:
            guard case .number(let n) = v else { return .constant(false) }
            return .value(op, n)
        case .year:
            switch v {
            case .text("null"):
                return op == .equal ? .yearMissing(true) : op == .notEqual ? .yearMissing(false) : .constant(false)
            case .text: return .constant(op == .notEqual)
            case .number(let n): return .year(op, n)
            }
        case .approx:
            guard case .text(let t) = v else { return .constant(false) }
            return .approx(t == "true" || t == "yes", negated: op == .notEqual)
        case .region:
            guard case .text(let name) = v else { return .constant(false) }
            switch op {
            case .equal, .notEqual, .contains:
                var names = [Bool](repeating: false, count: c.strings.count)
                for id in table.placeIDs { names[Int(id)] = op == .contains ? c.strings[Int(id)].contains(name) : RegionPath.level(c.strings[Int(id)], matches: name) }
                return .path(c.paths.map { p in p.contains { names[Int($0)] } != (op == .notEqual) })
            default:
                return .path(table.pathLeaf.map { ordered($0 < 0 ? "" : c.strings[Int($0)], op, name) })
            }
        case .unit, .subject:
            let want = text(v)
            var hit = [Bool](repeating: false, count: c.strings.count)
            for id in field == .unit ? table.unitIDs : table.subjectIDs { hit[Int(id)] = ordered(c.strings[Int(id)], op, want) }
            return field == .unit ? .unit(hit) : .subject(hit)
        case .topic:
            // `~` looks inside both names (`topic~"基础"`, `topic~infra`); the rest compare the Chinese names
            let want = text(v)
            return .topic(Topic.allCases.map { t in
                op == .contains ? t.rawValue.contains(want) || t.english.contains(want.lowercased()) : ordered(t.rawValue, op, want)
            })
        case .doc, .source, .date, .title:
            let want = text(v)
            return .document(c.documents.map { d in
                let have: String
                switch field {
                case .doc: have = d.id
                case .source: have = d.source ?? ""
                case .date: have = d.date ?? ""
                default: have = d.title ?? ""
                }
                return ordered(have, op, want)
            })
        }
    }

    func text(_ v: Literal) -> String {
        switch v {
        case .text(let t): return t
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)   // 1e30 has no Int64
        }
    }

    func ordered(_ have: String, _ op: Comparison, _ want: String) -> Bool {
        switch op {
        case .equal: return have == want
        case .notEqual: return have != want
        case .contains: return have.contains(want) || normalizePlace(have).contains(normalizePlace(want))
        case .less: return have < want
        case .lessOrEqual: return have <= want
        case .greater: return have > want
        case .greaterOrEqual: return have >= want
        }
    }

    static func numeric(_ a: Double, _ op: Comparison, _ b: Double) -> Bool {
        switch op {
        case .equal: return a == b
        case .notEqual: return a != b
        case .less: return a < b
        case .lessOrEqual: return a <= b
        case .greater: return a > b
        case .greaterOrEqual: return a >= b
        case .contains: return false
        }
    }
}
