import FupinQuery

/// Tab completion: dot-commands at the start of a line, place names after `region=`,
/// otherwise the language's words. A pure function, tested without a terminal.
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
        return Array(Set(Vocabulary.all)).filter { $0.hasPrefix(lower) }.sorted()
    }
}
