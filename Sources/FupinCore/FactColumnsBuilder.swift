extension FactColumns {
    /// Builds columns document by document, interning strings and paths.
    public struct Builder: Sendable {
        public private(set) var columns = FactColumns()
        private var stringIDs: [String: Int32] = [:]
        private var pathIDs: [[Int32]: Int32] = [:]

        public init() {}

        public mutating func intern(_ s: String) -> Int32 {
            if let id = stringIDs[s] { return id }
            let id = Int32(columns.strings.count)
            columns.strings.append(s); stringIDs[s] = id
            return id
        }

        mutating func internPath(_ p: [Int32]) -> Int32 {
            if let id = pathIDs[p] { return id }
            let id = Int32(columns.paths.count)
            columns.paths.append(p); pathIDs[p] = id
            return id
        }

        /// Adds a document and its facts (in the document's order).
        public mutating func add(_ info: DocumentInfo, facts: [Fact]) {
            let d = Int32(columns.documents.count)
            var info = info
            info.facts = facts.count
            columns.documents.append(info)
            for (k, f) in facts.enumerated() {
                let levels = f.regionPath.levels.map { intern($0) }
                let p = internPath(levels)
                let u = intern(f.unit), s = intern(f.subject), r = f.repeatOf.map { intern($0) } ?? -1
                columns.doc.append(d); columns.ordinal.append(Int32(k))
                columns.measure.append(f.measure); columns.kind.append(f.kind); columns.value.append(f.value)
                columns.approx.append(f.approx); columns.year.append(Int32(f.year ?? 0))
                columns.path.append(p); columns.unit.append(u); columns.subject.append(s); columns.repeatOf.append(r)
            }
        }

        /// Copies one document's rows from other columns (an older index), remapping strings
        /// and paths through `remap`, which this call fills as it goes.
        public mutating func copy(document k: Int, from other: FactColumns, firstRow: Int, remap: inout Remap) {
            let d = Int32(columns.documents.count)
            columns.documents.append(other.documents[k])
            let rows = firstRow..<(firstRow + other.documents[k].facts)
            for r in rows {
                let p = remapPath(other.path[r], other, &remap)
                let u = remapString(other.unit[r], other, &remap)
                let s = remapString(other.subject[r], other, &remap)
                columns.doc.append(d); columns.ordinal.append(other.ordinal[r])
                columns.measure.append(other.measure[r]); columns.kind.append(other.kind[r])
                columns.value.append(other.value[r]); columns.approx.append(other.approx[r]); columns.year.append(other.year[r])
                columns.path.append(p); columns.unit.append(u); columns.subject.append(s); columns.repeatOf.append(-1)   // linked again in build()
            }
        }

        /// Old string and path ids → new ones, filled lazily.
        public struct Remap: Sendable {
            var strings: [Int32]
            var paths: [Int32]
            public init(_ other: FactColumns) {
                strings = [Int32](repeating: -1, count: other.strings.count)
                paths = [Int32](repeating: -1, count: other.paths.count)
            }
        }

        private mutating func remapString(_ id: Int32, _ other: FactColumns, _ m: inout Remap) -> Int32 {
            let old = Int(id)
            if m.strings[old] < 0 { m.strings[old] = intern(other.strings[old]) }
            return m.strings[old]
        }

        private mutating func remapPath(_ id: Int32, _ other: FactColumns, _ m: inout Remap) -> Int32 {
            let old = Int(id)
            if m.paths[old] < 0 { m.paths[old] = internPath(other.paths[old].map { remapString($0, other, &m) }) }
            return m.paths[old]
        }

        /// The columns, with claims repeated across documents linked (see ``FactColumns/linkRepeats()``).
        public func build() -> FactColumns {
            var c = columns
            c.linkRepeats()
            return c
        }
    }

    /// The identity of a claim across documents (place, measure, value, year, kind).
    struct Claim: Hashable {
        let path: Int32, year: Int32, value: UInt64, measure: UInt8, kind: UInt8
    }

    /// Links repeated claims: a fact whose claim a document with a smaller id also made gets
    /// `repeatOf` set to that document; sums count such a claim once.
    public mutating func linkRepeats() {
        // rank of each document by id (documents are usually in id order already)
        var rank = [Int32](repeating: 0, count: documents.count)
        for (r, k) in documents.indices.sorted(by: { documents[$0].id < documents[$1].id }).enumerated() { rank[k] = Int32(r) }
        func claim(_ row: Int) -> Claim {
            let v = value[row] == 0 ? 0 : value[row]   // -0 and 0 are one claim
            return Claim(path: path[row], year: year[row], value: v.bitPattern,
                         measure: UInt8(measure[row].ordinal), kind: UInt8(kind[row].ordinal))
        }
        var first: [Claim: Int32] = [:]
        first.reserveCapacity(count / 2)
        for row in 0..<count where repeatOf[row] < 0 {
            let c = claim(row), d = doc[row]
            if let f = first[c] { if rank[Int(d)] < rank[Int(f)] { first[c] = d } } else { first[c] = d }
        }
        var docString = [Int32](repeating: -1, count: documents.count)
        var ids: [String: Int32] = [:]
        for row in 0..<count where repeatOf[row] < 0 {
            let f = first[claim(row)]!
            guard f != doc[row] else { continue }
            let k = Int(f)
            if docString[k] < 0 {
                if ids.isEmpty { for (i, s) in strings.enumerated() where ids[s] == nil { ids[s] = Int32(i) } }
                let id = documents[k].id
                if let existing = ids[id] { docString[k] = existing } else {
                    docString[k] = Int32(strings.count); ids[id] = docString[k]; strings.append(id)
                }
            }
            repeatOf[row] = docString[k]
        }
    }
}
