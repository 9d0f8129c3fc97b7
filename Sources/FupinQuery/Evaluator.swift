import FupinCore

/// Runs a ``Query`` over a ``FactTable``. Queries never write.
///
/// Everything works on row numbers and columns: a condition is compiled once (``RowTest``),
/// groups are keyed by small codes (``FieldCodes``), and whole facts are only built for the
/// rows an answer shows.
public struct Evaluator: Sendable {
    public let table: FactTable
    /// Normalises a place name a user typed (traditional → simplified); identity by default.
    public let normalizePlace: @Sendable (String) -> String

    public init(table: FactTable, normalizePlace: @escaping @Sendable (String) -> String = { $0 }) {
        self.table = table
        self.normalizePlace = normalizePlace
    }

    public func run(_ q: Query) -> Answer {
        let c = table.columns
        let test = q.condition.map { compile(normalized($0)) }
        var matched: [Int32] = []
        if let m = q.measure {
            let rows = table.rowsByMeasure[m.ordinal]
            matched = test.map { t in rows.filter { t.test(Int($0), c) } } ?? rows
        } else {
            matched.reserveCapacity(c.count)
            for r in 0..<c.count where test?.test(r, c) ?? true { matched.append(Int32(r)) }
        }
        var used = matched
        var skipped: [(String, Int)] = []
        if q.aggregate.leavesOutRatesAndTargets, !(q.condition?.names(.kind) ?? false) {
            let before = used.count
            used.removeAll { c.kind[Int($0)].isExcludedFromSumsByDefault }
            if before > used.count { skipped.append(("rate or target (add kind=rate or kind=target to use them)", before - used.count)) }
        }
        switch q.aggregate.restatements {
        case .once:
            let before = used.count
            used.removeAll { c.repeatOf[Int($0)] >= 0 }
            if before > used.count { skipped.append(("repeated claims counted once (restated by the same or another report)", before - used.count)) }
        case .oncePerDocument:
            let before = used.count
            used.removeAll { let k = c.repeatOf[Int($0)]; return k >= 0 && Fact.linksWithin(c.strings[Int(k)], doc: c.documents[Int(c.doc[Int($0)])].id) }
            if before > used.count { skipped.append(("claims a report restates counted once", before - used.count)) }
        case .all:
            break
        }
        var groups: [Answer.Group]
        if q.aggregate == .list {
            used = orderedRows(used, q)
            groups = [Answer.Group(keys: [], value: nil, rows: used)]
        } else if q.groupBy.isEmpty {
            groups = [group(keys: [], q.aggregate, used)]
        } else {
            groups = grouped(used, q)
            if let n = q.limit {
                groups = Array(groups.prefix(n))
                used = groups.flatMap(\.rows)
            }
        }
        return Answer(query: q, groups: groups, used: used, skipped: skipped, table: table)
    }

    // MARK: - Aggregates

    /// A group of rows with its value (and, for `latest`, the row of the figure shown).
    func group(keys: [String], _ a: Aggregate, _ rows: [Int32]) -> Answer.Group {
        guard a == .latest else { return Answer.Group(keys: keys, value: aggregate(a, rows), rows: rows) }
        let pick = latest(rows)
        return Answer.Group(keys: keys, value: pick.map { table.columns.value[Int($0)] }, rows: rows, pick: pick)
    }

    func aggregate(_ a: Aggregate, _ rows: [Int32]) -> Double? {
        if a == .count { return Double(rows.count) }
        guard !rows.isEmpty else { return nil }
        let v = table.columns.value
        switch a {
        case .sum: return rows.reduce(0) { $0 + v[Int($1)] }
        case .avg: return rows.reduce(0) { $0 + v[Int($1)] } / Double(rows.count)
        case .median:
            let sorted = rows.map { v[Int($0)] }.sorted(), mid = sorted.count / 2
            return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
        case .min: return rows.lazy.map { v[Int($0)] }.min()
        case .max: return rows.lazy.map { v[Int($0)] }.max()
        case .latest: return latest(rows).map { v[Int($0)] }
        case .count, .list: return nil
        }
    }

    /// Rows → groups in two passes: a group number per row (an array slot per key when the
    /// keys are small numbers, else a dictionary), then each group's rows in one flat array.
    private func grouped(_ rows: [Int32], _ q: Query) -> [Answer.Group] {
        let fields = q.groupBy.map { FieldCodes($0, table) }
        var groupCodes: [[Int64]] = []
        var gid = [Int32](repeating: 0, count: rows.count)
        // mixed-radix key over the fields' bounds (codes shifted by one so -1 fits)
        var radix: Int64? = 1
        for f in fields {
            guard let r = radix, let b = f.bound, case let (p, o) = r.multipliedReportingOverflow(by: b + 1), !o, p <= 1 << 24 else { radix = nil; break }
            radix = p
        }
        if let size = radix {
            var slot = [Int32](repeating: -1, count: Int(size))
            for (k, r) in rows.enumerated() {
                var key: Int64 = 0
                for f in fields { key = key * (f.bound! + 1) + f.code(Int(r)) + 1 }
                if slot[Int(key)] < 0 { slot[Int(key)] = Int32(groupCodes.count); groupCodes.append(fields.map { $0.code(Int(r)) }) }
                gid[k] = slot[Int(key)]
            }
        } else {
            var index: [[Int64]: Int32] = [:]
            for (k, r) in rows.enumerated() {
                let key = fields.map { $0.code(Int(r)) }
                if let g = index[key] { gid[k] = g } else {
                    index[key] = Int32(groupCodes.count); gid[k] = Int32(groupCodes.count); groupCodes.append(key)
                }
            }
        }
        var counts = [Int](repeating: 0, count: groupCodes.count)
        for g in gid { counts[Int(g)] += 1 }
        var groupRows = counts.map { n -> [Int32] in var a = [Int32](); a.reserveCapacity(n); return a }
        for (k, r) in rows.enumerated() { groupRows[Int(gid[k])].append(r) }
        let groups = zip(groupCodes, groupRows).map { codes, rows in
            group(keys: zip(fields, codes).map { $0.display($1) }, q.aggregate, rows)
        }
        let (key, desc) = q.order.map { ($0.key, $0.descending) } ?? (.value, true)
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

    /// `list` rows in the order asked for (row order otherwise), cut to the limit. With a
    /// limit, only the best rows are kept while scanning instead of sorting them all.
    private func orderedRows(_ rows: [Int32], _ q: Query) -> [Int32] {
        guard let (key, desc) = q.order.map({ ($0.key, $0.descending) }) else { return q.limit.map { Array(rows.prefix($0)) } ?? rows }
        let rank: (Int32) -> Double
        switch key {
        case .value:
            let v = table.columns.value
            rank = { v[Int($0)] }
        case .field(let f):
            // each distinct code's place among the distinct displays, in display order
            let codes = FieldCodes(f, table)
            var distinct: [Int64: Double] = [:]
            for r in rows where distinct[codes.code(Int(r))] == nil { distinct[codes.code(Int(r))] = 0 }
            let order = distinct.keys.map { ($0, codes.display($0)) }.sorted { Self.less($0.1, $1.1) }
            var position: [Int64: Double] = [:]
            var last: String?
            var p = -1.0
            for (code, text) in order {
                if text != last { p += 1; last = text }   // equal displays share a place
                position[code] = p
            }
            rank = { position[codes.code(Int($0))]! }
        }
        func before(_ a: Int32, _ b: Int32) -> Bool {
            let x = rank(a), y = rank(b)
            return x == y ? a < b : (desc ? x > y : x < y)
        }
        guard let k = q.limit, k < rows.count / 4 else {
            let sorted = rows.sorted(by: before)
            return q.limit.map { Array(sorted.prefix($0)) } ?? sorted
        }
        var best: [Int32] = []
        best.reserveCapacity(k + 1)
        for r in rows {
            if best.count == k, !before(r, best[k - 1]) { continue }
            var lo = 0, hi = best.count
            while lo < hi { let mid = (lo + hi) / 2; if before(best[mid], r) { lo = mid + 1 } else { hi = mid } }
            best.insert(r, at: lo)
            if best.count > k { best.removeLast() }
        }
        return best
    }

    /// Numbers in text compare as numbers (`year` 2019 < 2020, `value` 9 < 10).
    static func less(_ a: String, _ b: String) -> Bool {
        if let x = Double(a), let y = Double(b) { return x < y }
        return a < b
    }

    /// Place names in a condition, simplified once per query (漢臺 → 汉台); words lowercased;
    /// topics by their Chinese names (`jobs` → 就业).
    private func normalized(_ c: Condition) -> Condition {
        switch c {
        case .and(let a, let b): return .and(normalized(a), normalized(b))
        case .or(let a, let b): return .or(normalized(a), normalized(b))
        case .not(let a): return .not(normalized(a))
        case .compare(.region, let op, .text(let t)): return .compare(.region, op, .text(normalizePlace(t)))
        case .oneOf(.region, let values, let negated):
            return .oneOf(.region, values.map { if case .text(let t) = $0 { return .text(normalizePlace(t)) } else { return $0 } }, negated: negated)
        case .compare(.topic, let op, .text(let t)) where op != .contains:
            return .compare(.topic, op, .text(Topic(name: t)?.rawValue ?? t))
        case .oneOf(.topic, let values, let negated):
            return .oneOf(.topic, values.map { if case .text(let t) = $0 { return .text(Topic(name: t)?.rawValue ?? t) } else { return $0 } }, negated: negated)
        case .compare(let f, let op, .text(let t)) where f == .kind || f == .measure || f == .approx:
            return .compare(f, op, .text(t.lowercased()))
        case .oneOf(let f, let values, let negated) where f == .kind || f == .measure || f == .approx:
            return .oneOf(f, values.map { if case .text(let t) = $0 { return .text(t.lowercased()) } else { return $0 } }, negated: negated)
        case .compare, .oneOf: return c
        }
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
