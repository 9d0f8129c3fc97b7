import ArgumentParser
import Foundation
import FupinStorage

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the store's files; --repair rebuilds the catalog.",
        discussion: """
        Reports unreadable, missing or unlisted document files by name. --repair rebuilds the catalog from
        the document files and moves unreadable ones to damaged/ (never deletes them).
        """)

    @OptionGroup var storeOptions: StoreOptions
    @Flag(name: .long, help: "Rebuild the catalog from the document files.") var repair = false

    func run() throws {
        let store = try storeOptions.openForWriting()
        if repair {
            let result = Result { () throws(StoreError) -> [String] in
                try store.repair(waiting: { warn("fupin: waiting for another fupin writing to this store …") })
            }
            switch result {
            case .success(let actions): print(actions.isEmpty ? "nothing to repair" : actions.joined(separator: "\n"))
            case .failure(let e): warn("fupin: store error: \(e)"); throw ExitStatus.store
            }
            return
        }
        let problems = store.check()
        let n = store.catalog()?.count ?? 0
        if problems.isEmpty { print("ok: \(n) documents"); return }
        for p in problems { print(p.description) }
        print("\(problems.count) problem\(problems.count == 1 ? "" : "s"); queries skip what they cannot read")
        throw ExitStatus.store
    }
}
