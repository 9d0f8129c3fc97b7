import FupinCore

extension Answer {
    /// One topic's part of a sum, average or median that mixes topics.
    public struct TopicShare: Sendable, Equatable {
        public var topic: Topic
        /// The topic's sum (or average, or median: the query's aggregate over its facts).
        public var value: Double
        public var facts: Int
    }

    /// How a sum, average or median splits by topic when its facts are of more than one topic,
    /// largest first; empty when they are of one (or the query groups by topic, or does not add).
    ///
    /// `sum persons where region="个旧"` adds people who left poverty (脱贫) to people who
    /// found work (就业): the answer says so, and how much of the total each is.
    public var topicShares: [TopicShare] {
        guard query.aggregate.adds, !query.groupBy.contains(.topic) else { return [] }
        let c = table.columns
        var rows = [[Int32]](repeating: [], count: Topic.allCases.count)
        for r in used { rows[c.topic[Int(r)].ordinal].append(r) }
        guard rows.filter({ !$0.isEmpty }).count > 1 else { return [] }
        let evaluator = Evaluator(table: table)
        return Topic.allCases.filter { !rows[$0.ordinal].isEmpty }
            .map { t in TopicShare(topic: t, value: evaluator.aggregate(query.aggregate, rows[t.ordinal]) ?? 0, facts: rows[t.ordinal].count) }
            .sorted { a, b in a.value != b.value ? a.value > b.value : a.topic.ordinal < b.topic.ordinal }
    }
}
