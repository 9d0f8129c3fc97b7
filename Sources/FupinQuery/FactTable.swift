import FupinCore

/// What a query runs over: facts, with the documents' metadata and the links between claims
/// that several documents repeat.
public struct FactTable: Sendable {
    public struct DocumentInfo: Sendable {
        public var title: String?
        public var date: String?
        public var source: String?
        public init(title: String? = nil, date: String? = nil, source: String? = nil) {
            self.title = title; self.date = date; self.source = source
        }
    }
    public private(set) var facts: [Fact]
    public let documents: [String: DocumentInfo]
    /// Place names known to the table (for completion and `.regions`), most frequent first.
    public let regions: [String]
    /// Distinct region paths, and each fact's index into them: a region condition is decided
    /// once per path, not once per fact.
    public let paths: [RegionPath]
    public let pathIndex: [Int32]
    /// Distinct place names over all paths, and each path as indices into them: a region
    /// condition tests each name once.
    public let levelNames: [String]
    public let pathLevels: [[Int32]]
    /// Columns of the fields most conditions test, so a scan reads a few bytes per fact
    /// instead of copying whole facts.
    public let measures: [Measure]
    public let kinds: [Kind]
    public let values: [Double]
    public let years: [Int32]        // 0 for no year
    public let approx: [Bool]
    public let repeated: [Bool]

    /// Links repeated claims: a fact whose claim (place, measure, value, year, kind) an earlier
    /// document (by id) already made gets `repeatOf` set to that document.
    public init(facts: [Fact], documents: [String: DocumentInfo]) {
        var firstDoc: [String: String] = [:]
        for f in facts where f.repeatOf == nil {
            let key = f.claimKey
            if let d = firstDoc[key] { if f.doc < d { firstDoc[key] = f.doc } } else { firstDoc[key] = f.doc }
        }
        var linked = facts
        for i in linked.indices {
            if let d = firstDoc[linked[i].claimKey], d != linked[i].doc { linked[i].repeatOf = d }
        }
        self.facts = linked
        self.documents = documents
        var ids: [RegionPath: Int32] = [:]
        var paths: [RegionPath] = []
        var index: [Int32] = []
        index.reserveCapacity(linked.count)
        for f in linked {
            if let id = ids[f.regionPath] { index.append(id) } else {
                ids[f.regionPath] = Int32(paths.count); index.append(Int32(paths.count)); paths.append(f.regionPath)
            }
        }
        self.paths = paths
        self.pathIndex = index
        var nameIDs: [String: Int32] = [:]
        var names: [String] = []
        pathLevels = paths.map { p in
            p.levels.map { level in
                if let id = nameIDs[level] { return id }
                nameIDs[level] = Int32(names.count); names.append(level); return Int32(names.count - 1)
            }
        }
        levelNames = names
        measures = linked.map(\.measure)
        kinds = linked.map(\.kind)
        values = linked.map(\.value)
        years = linked.map { Int32($0.year ?? 0) }
        approx = linked.map(\.approx)
        repeated = linked.map { $0.repeatOf != nil }
        var counts: [String: Int] = [:]
        var factsPerPath = [Int](repeating: 0, count: paths.count)
        for id in index { factsPerPath[Int(id)] += 1 }
        for (path, n) in zip(paths, factsPerPath) { for level in path.levels { counts[level, default: 0] += n } }
        regions = counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.map(\.key)
    }
}
