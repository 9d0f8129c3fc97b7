import FupinCore

extension Answer {
    /// One topic's part of a sum or average that mixes topics.
    public struct TopicShare: Sendable, Equatable {
        public var topic: Topic
        /// The topic's sum (or average, for `avg`).
        public var value: Double
        public var facts: Int
    }

    /// How a sum or average splits by topic when its facts are of more than one topic, largest
    /// first; empty when they are of one (or the query groups by topic, or does not add).
    ///
    /// `sum persons where region="个旧"` adds people who left poverty (脱贫) to people who
    /// found work (就业): the answer says so, and how much of the total each is.
    public var topicShares: [TopicShare] {
        guard query.aggregate.adds, !query.groupBy.contains(.topic) else { return [] }
        let c = table.columns
        var sums = [Double](repeating: 0, count: Topic.allCases.count)
        var counts = [Int](repeating: 0, count: Topic.allCases.count)
        for r in used {
            let t = c.topic[Int(r)].ordinal
            sums[t] += c.value[Int(r)]; counts[t] += 1
        }
        guard counts.filter({ $0 > 0 }).count > 1 else { return [] }
        let average = query.aggregate == .avg
        return Topic.allCases.filter { counts[$0.ordinal] > 0 }
            .map { t in TopicShare(topic: t, value: average ? sums[t.ordinal] / Double(counts[t.ordinal]) : sums[t.ordinal], facts: counts[t.ordinal]) }
            .sorted { a, b in a.value != b.value ? a.value > b.value : a.topic.ordinal < b.topic.ordinal }
    }
}
