import FupinCore
import FupinQuery

/// Tab completion: dot-commands at the start of a line, place names after `region=`, topic
/// names and aliases after `topic=` or inside `topic in (…)`, otherwise the language's words. A pure function, tested without a terminal.
enum Completion {
    static func candidates(line: String, word: String, regions: [String]) -> [String] {
        let trimmed = line.drop { $0 == " " }
        if trimmed.hasPrefix(".") && !trimmed.contains(" ") {
            return DotCommands.table.map(\.name).filter { $0.hasPrefix(word) || $0.hasPrefix("." + word) }
        }
        let before = line.hasSuffix(word) ? String(line.dropLast(word.count)) : line
        let compact = before.replacingOccurrences(of: " ", with: "")
        if compact.hasSuffix("region=\"") || compact.hasSuffix("region=“") {
            return regions.filter { $0.hasPrefix(word) }.map { $0 + "\"" }
        }
        if compact.hasSuffix("region=") || compact.hasSuffix("region~") {
            return regions.filter { $0.hasPrefix(word) }.map { "\"\($0)\"" }
        }
        let lower = word.lowercased()
        if Self.wantsTopic(compact) {
            return Topic.names.filter { $0.hasPrefix(lower) }
        }
        return Array(Set(Vocabulary.all)).filter { $0.hasPrefix(lower) }.sorted()
    }

    /// Whether the text before the word (spaces removed) ends in a topic's place:
    /// `topic=`, `topic!=`, `topic~`, or an open `topic in (` / `topic not in (` list.
    static func wantsTopic(_ compact: String) -> Bool {
        let lower = compact.lowercased()
        guard let r = lower.range(of: "topic", options: .backwards) else { return false }
        let rest = lower[r.upperBound...]
        if ["=", "==", "!=", "<>", "~", "＝"].contains(rest) { return true }
        for open in ["in(", "notin(", "in（", "notin（"] where rest.hasPrefix(open) {
            return !rest.contains(")") && !rest.contains("）") && (rest.last == "(" || rest.last == "（" || rest.last == "," || rest.last == "、")
        }
        return false
    }
}
