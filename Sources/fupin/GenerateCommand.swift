import ArgumentParser
import Foundation
import FupinCorpus

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a deterministic synthetic corpus for benchmarks.",
        discussion: """
        Examples:
          fupin generate --documents 10000 --out /tmp/corpus-10k
          fupin generate --documents 20000 --traditional-share 1 --out /tmp/corpus-trad
        """)

    @Option(help: "How many documents (about 3 KB each).") var documents: Int = 1000
    @Option(help: "The output folder.") var out: String
    @Option(help: "Random seed: the same seed gives the same corpus.") var seed: UInt64 = 20201016
    @Option(help: "Share of documents in traditional script (0…1).") var traditionalShare: Double = 0.3

    func run() throws {
        let started = Date()
        let bytes = try CorpusGenerator(seed: seed, traditionalShare: traditionalShare)
            .write(count: documents, to: URL(fileURLWithPath: out))
        print(String(format: "%d documents, %.1f MB in %@ (%.1f s)", documents, Double(bytes) / 1_048_576, out, Date().timeIntervalSince(started)))
    }
}
