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
            // facts of one report mostly share a place: its path is interned once
            var last: (levels: [String], id: Int32)?
            for (k, f) in facts.enumerated() {
                let p: Int32
                if let l = last, l.levels == f.regionPath.levels { p = l.id } else {
                    p = internPath(f.regionPath.levels.map { intern($0) })
                    last = (f.regionPath.levels, p)
                }
                let u = intern(f.unit), s = intern(f.subject), r = f.repeatOf.map { intern($0) } ?? -1
                columns.doc.append(d); columns.ordinal.append(Int32(k))
                columns.measure.append(f.measure); columns.kind.append(f.kind); columns.value.append(f.value)
                columns.approx.append(f.approx); columns.year.append(Int32(f.year ?? 0))
                columns.path.append(p); columns.unit.append(u); columns.subject.append(s); columns.repeatOf.append(r)
                columns.topic.append(f.topic)
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
                // a restatement within the report stays linked to it; links to other reports are made again in build()
                let link = other.repeatOf[r] >= 0 ? other.strings[Int(other.repeatOf[r])] : nil
                let own = link.map { Fact.linksWithin($0, doc: other.documents[k].id) } ?? false
                columns.path.append(p); columns.unit.append(u); columns.subject.append(s)
                columns.repeatOf.append(own ? remapString(other.repeatOf[r], other, &remap) : -1)
                columns.topic.append(other.topic[r])
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

    /// Links repeated claims: a fact whose claim (place, measure, value, year, kind) a document
    /// with a smaller id also made gets `repeatOf` set to that document; sums count such a
    /// claim once.
    public mutating func linkRepeats() {
        // rank of each document by id (documents are usually in id order already)
        var rank = [Int32](repeating: 0, count: documents.count)
        for (r, k) in documents.indices.sorted(by: { documents[$0].id < documents[$1].id }).enumerated() { rank[k] = Int32(r) }
        // Claims in an open-addressing table of row numbers, compared column by column: a
        // Dictionary keyed by a claim struct spent most of an ingest's final step hashing.
        var claims = ClaimTable(self)
        var firstDoc = [Int32](repeating: -1, count: claims.slots)
        var slotOf = [Int32](repeating: -1, count: count)
        for row in 0..<count where repeatOf[row] < 0 {
            let slot = claims.slot(row)
            slotOf[row] = Int32(slot)
            let d = doc[row], f = firstDoc[slot]
            if f < 0 || rank[Int(d)] < rank[Int(f)] { firstDoc[slot] = d }
        }
        var docString = [Int32](repeating: -1, count: documents.count)
        var ids: [String: Int32] = [:]
        for row in 0..<count where slotOf[row] >= 0 {
            let f = firstDoc[Int(slotOf[row])]
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

    /// Rows grouped by claim (``Claim``): ``slot(_:)`` gives every row of one claim the same slot.
    private struct ClaimTable {
        // the claim's columns only (not the ones linkRepeats then changes, which would be copied)
        let columns: FactColumns
        private(set) var first: [Int32]   // a representative row per slot, -1 when empty
        var slots: Int { first.count }

        init(_ c: FactColumns) {
            var claimOnly = FactColumns()
            claimOnly.path = c.path; claimOnly.year = c.year; claimOnly.value = c.value
            claimOnly.measure = c.measure; claimOnly.kind = c.kind
            columns = claimOnly
            var n = 16
            while n < c.count * 2 { n <<= 1 }
            first = [Int32](repeating: -1, count: n)
        }

        /// The slot of a row's claim, claiming an empty one for a claim not seen before.
        mutating func slot(_ row: Int) -> Int {
            let claim = columns.claim(row)
            var h = claim.valueBits &* 0x9E37_79B9_7F4A_7C15
            h ^= UInt64(UInt32(bitPattern: claim.place)) &* 0xC2B2_AE3D_27D4_EB4F
            h ^= UInt64(UInt32(bitPattern: claim.year)) << 17
            h ^= UInt64(claim.measure.ordinal) << 40 ^ UInt64(claim.kind.ordinal) << 48
            h = (h ^ (h >> 29)) &* 0xBF58_476D_1CE4_E5B9
            let mask = first.count - 1
            var i = Int(truncatingIfNeeded: h ^ (h >> 32)) & mask
            while true {
                let r = first[i]
                if r < 0 { first[i] = Int32(row); return i }
                if columns.claim(Int(r)) == claim { return i }
                i = (i + 1) & mask
            }
        }
    }
}
