import FupinCore

/// Runs a ``Query`` over a ``FactTable``. Queries never write.
public struct Evaluator: Sendable {
    public let table: FactTable
    /// Normalises a place name a user typed (traditional → simplified); identity by default.
    public let normalizePlace: @Sendable (String) -> String

    public init(table: FactTable, normalizePlace: @escaping @Sendable (String) -> String = { $0 }) {
        self.table = table
        self.normalizePlace = normalizePlace
    }

    public func run(_ q: Query) -> Answer {
        let condition = q.condition.map(normalized)
        var regionCache: [String: [Bool]] = [:]
        var matchedIndices: [Int] = []
        let measures = table.measures
        for i in 0..<measures.count where q.measure == nil || measures[i] == q.measure {
            if let c = condition, !matches(i, c, &regionCache) { continue }
            matchedIndices.append(i)
        }
        let matched = matchedIndices.map { table.facts[$0] }
        var used = matched
        var skipped: [(String, Int)] = []
        if q.aggregate == .sum || q.aggregate == .avg {
            if !(q.condition?.names(.kind) ?? false) {
                let before = used.count
                used.removeAll { $0.kind.isExcludedFromSumsByDefault }
                if before > used.count { skipped.append(("rate or target (add kind=rate or kind=target to use them)", before - used.count)) }
            }
            let before = used.count
            used.removeAll { $0.repeatOf != nil }
            if before > used.count { skipped.append(("repeated claims already counted from another document", before - used.count)) }
        }
        var groups: [Answer.Group]
        if q.aggregate == .list {
            groups = [Answer.Group(keys: [], value: nil, facts: used)]
        } else if q.groupBy.isEmpty {
            groups = [Answer.Group(keys: [], value: aggregate(q.aggregate, used), facts: used)]
        } else {
            var byKey: [[String]: [Fact]] = [:]
            var order: [[String]] = []
            for f in used {
                let key = q.groupBy.map { display(f, $0) }
                if byKey[key] == nil { order.append(key) }
                byKey[key, default: []].append(f)
            }
            groups = order.map { Answer.Group(keys: $0, value: aggregate(q.aggregate, byKey[$0]!), facts: byKey[$0]!) }
        }
        groups = sorted(groups, q)
        if q.aggregate == .list {
            var facts = groups[0].facts
            facts = sortedFacts(facts, q)
            if let n = q.limit { facts = Array(facts.prefix(n)) }
            groups[0].facts = facts
            used = facts
        } else if let n = q.limit {
            groups = Array(groups.prefix(n))
            used = groups.flatMap(\.facts)
        }
        return Answer(query: q, groups: groups, used: used, skipped: skipped)
    }

    // MARK: - Aggregates

    private func aggregate(_ a: Aggregate, _ facts: [Fact]) -> Double? {
        if a == .count { return Double(facts.count) }
        guard !facts.isEmpty else { return nil }
        let values = facts.map(\.value)
        switch a {
        case .sum: return values.reduce(0, +)
        case .avg: return values.reduce(0, +) / Double(values.count)
        case .min: return values.min()
        case .max: return values.max()
        case .count, .list: return nil
        }
    }

    private func sorted(_ groups: [Answer.Group], _ q: Query) -> [Answer.Group] {
        guard !q.groupBy.isEmpty else { return groups }
        let (key, desc) = q.order ?? (.value, true)
        return groups.sorted { a, b in
            switch key {
            case .value:
                let x = a.value ?? -.infinity, y = b.value ?? -.infinity
                return x == y ? a.keys.lexicographicallyPrecedes(b.keys) : (desc ? x > y : x < y)
            case .field(let f):
                let i = q.groupBy.firstIndex(of: f) ?? 0
                let x = a.keys[safe: i] ?? "", y = b.keys[safe: i] ?? ""
                return desc ? Self.less(y, x) : Self.less(x, y)
            }
        }
    }

    private func sortedFacts(_ facts: [Fact], _ q: Query) -> [Fact] {
        guard let (key, desc) = q.order else { return facts }
        return facts.sorted { a, b in
            switch key {
            case .value: return desc ? a.value > b.value : a.value < b.value
            case .field(let f):
                let x = display(a, f), y = display(b, f)
                return desc ? Self.less(y, x) : Self.less(x, y)
            }
        }
    }

    /// Numbers in text compare as numbers (`year` 2019 < 2020, `value` 9 < 10).
    static func less(_ a: String, _ b: String) -> Bool {
        if let x = Double(a), let y = Double(b) { return x < y }
        return a < b
    }

    // MARK: - Conditions

    /// Place names in a condition, simplified once per query (漢臺 → 汉台).
    private func normalized(_ c: Condition) -> Condition {
        switch c {
        case .and(let a, let b): return .and(normalized(a), normalized(b))
        case .or(let a, let b): return .or(normalized(a), normalized(b))
        case .not(let a): return .not(normalized(a))
        case .compare(.region, let op, .text(let t)): return .compare(.region, op, .text(normalizePlace(t)))
        case .oneOf(.region, let values, let negated):
            return .oneOf(.region, values.map { if case .text(let t) = $0 { return .text(normalizePlace(t)) } else { return $0 } }, negated: negated)
        case .compare(let f, let op, .text(let t)) where f == .kind || f == .measure || f == .approx:
            return .compare(f, op, .text(t.lowercased()))
        case .oneOf(let f, let values, let negated) where f == .kind || f == .measure || f == .approx:
            return .oneOf(f, values.map { if case .text(let t) = $0 { return .text(t.lowercased()) } else { return $0 } }, negated: negated)
        case .compare, .oneOf: return c
        }
    }

    func matches(_ i: Int, _ c: Condition, _ cache: inout [String: [Bool]]) -> Bool {
        switch c {
        case .and(let a, let b): return matches(i, a, &cache) && matches(i, b, &cache)
        case .or(let a, let b): return matches(i, a, &cache) || matches(i, b, &cache)
        case .not(let a): return !matches(i, a, &cache)
        case .oneOf(let field, let values, let negated):
            let hit = values.contains { field == .region ? regionHit(Int(table.pathIndex[i]), .equal, $0, &cache) : compare(i, field, .equal, $0) }
            return negated ? !hit : hit
        case .compare(.region, let op, let v) where op == .equal || op == .notEqual || op == .contains:
            return regionHit(Int(table.pathIndex[i]), op, v, &cache)
        case .compare(let field, let op, let v): return compare(i, field, op, v)
        }
    }

    /// Column fields are read from the columns; text fields from the fact.
    private func compare(_ i: Int, _ field: Field, _ op: Comparison, _ v: Literal) -> Bool {
        switch field {
        case .kind:
            guard case .text(let t) = v else { return false }
            let hit = table.kinds[i].rawValue == t
            return op == .notEqual ? !hit : hit
        case .measure:
            guard case .text(let t) = v else { return false }
            let hit = table.measures[i].rawValue == t
            return op == .notEqual ? !hit : hit
        case .value:
            guard case .number(let n) = v else { return false }
            return numeric(table.values[i], op, n)
        case .year:
            let y = table.years[i]
            if case .text("null") = v { return op == .equal ? y == 0 : op == .notEqual ? y != 0 : false }
            guard y != 0, case .number(let n) = v else { return op == .notEqual }
            return numeric(Double(y), op, n)
        case .approx:
            guard case .text(let t) = v else { return false }
            let want = t == "true" || t == "yes"
            return op == .notEqual ? table.approx[i] != want : table.approx[i] == want
        case .region, .doc, .subject, .unit, .source, .date, .title:
            return compare(table.facts[i], field, op, v)
        }
    }

    /// A region condition decided for every distinct path once, then looked up.
    private func regionHit(_ path: Int, _ op: Comparison, _ v: Literal, _ cache: inout [String: [Bool]]) -> Bool {
        guard case .text(let name) = v else { return false }
        let key = op.rawValue + name
        if cache[key] == nil {
            let names = table.levelNames.map { op == .contains ? $0.contains(name) : Self.placeMatches($0, name) }
            cache[key] = table.pathLevels.map { levels in
                let hit = levels.contains { names[Int($0)] }
                return op == .notEqual ? !hit : hit
            }
        }
        return cache[key]![path]
    }

    private func compare(_ f: Fact, _ field: Field, _ op: Comparison, _ v: Literal) -> Bool {
        switch field {
        case .region:
            guard case .text(let name) = v else { return false }
            let hit: Bool
            switch op {
            case .contains: hit = f.regionPath.levels.contains { $0.contains(name) }
            case .equal, .notEqual: hit = f.regionPath.levels.contains { Self.placeMatches($0, name) }
            default: return ordered(f.region ?? "", op, name)
            }
            return op == .notEqual ? !hit : hit
        case .year:
            if case .text("null") = v { return op == .equal ? f.year == nil : op == .notEqual ? f.year != nil : false }
            guard let y = f.year, case .number(let n) = v else { return op == .notEqual }
            return numeric(Double(y), op, n)
        case .value:
            guard case .number(let n) = v else { return false }
            return numeric(f.value, op, n)
        case .approx:
            guard case .text(let t) = v else { return false }
            let want = ["true", "yes"].contains(t.lowercased())
            return op == .notEqual ? f.approx != want : f.approx == want
        case .kind, .measure:
            guard case .text(let t) = v else { return false }
            let have = field == .kind ? f.kind.rawValue : f.measure.rawValue
            return op == .notEqual ? have != t.lowercased() : have == t.lowercased()
        case .doc, .subject, .unit, .source, .date, .title:
            return ordered(display(f, field), op, text(v))
        }
    }

    /// `个旧` names `个旧市`; `红河` names `红河哈尼族彝族自治州`; `空港` names `揭阳空港经济区`.
    static func placeMatches(_ level: String, _ name: String) -> Bool {
        level == name || level.hasPrefix(name) || (name.unicodeScalars.count >= 2 && level.contains(name))
    }

    private func text(_ v: Literal) -> String {
        switch v {
        case .text(let t): return t
        case .number(let n): return n == n.rounded() ? String(Int64(n)) : String(n)
        }
    }

    private func ordered(_ have: String, _ op: Comparison, _ want: String) -> Bool {
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

    private func numeric(_ a: Double, _ op: Comparison, _ b: Double) -> Bool {
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

    /// A fact's field as text, for grouping, sorting and display.
    public func display(_ f: Fact, _ field: Field) -> String {
        switch field {
        case .region: return f.region ?? "(unknown)"
        case .year: return f.year.map(String.init) ?? "(unknown)"
        case .doc: return f.doc
        case .kind: return f.kind.rawValue
        case .subject: return f.subject
        case .approx: return f.approx ? "true" : "false"
        case .value: return Answer.format(f.value)
        case .unit: return f.unit
        case .measure: return f.measure.rawValue
        case .source: return table.documents[f.doc]?.source ?? ""
        case .date: return table.documents[f.doc]?.date ?? ""
        case .title: return table.documents[f.doc]?.title ?? ""
        }
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
