import ArgumentParser
import Foundation
import FupinExtraction
import FupinQuery
import FupinStorage

/// `--store DIR`, shared by every subcommand.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The store folder.", discussion: "Default: $FUPIN_STORE, else $XDG_DATA_HOME/fupin/store (~/.local/share/fupin/store).", valueName: "DIR"))
    var store: String?

    /// The folder and whether it is the default one (only the default is seeded automatically).
    var location: (url: URL, isDefault: Bool) {
        if let s = store { return (URL(fileURLWithPath: (s as NSString).expandingTildeInPath), false) }
        let env = ProcessInfo.processInfo.environment
        if let s = env["FUPIN_STORE"], !s.isEmpty { return (URL(fileURLWithPath: (s as NSString).expandingTildeInPath), true) }
        let data = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.local/share")
        return (URL(fileURLWithPath: data).appendingPathComponent("fupin/store"), true)
    }

    /// Opens the store for reading. The default store, when empty, first gets the bundled
    /// seeds so that a newcomer's first query answers (and says so on stderr).
    func openForReading() throws -> Store {
        let (url, isDefault) = location
        do {
            if isDefault {
                let store = try Store.open(url, create: true)
                if (store.catalog() ?? []).isEmpty, Store.hasNoDocuments(store), let seeds = Seeds.folder() {
                    warn("fupin: the store at \(url.path) is empty; ingesting the bundled seeds from \(seeds.path) first")
                    let report = try Ingestion(store: store, options: IngestionOptions()).run([seeds.path])
                    warn("fupin: " + report.summary)
                }
                return store
            }
            return try Store.open(url, create: false)
        } catch let e as StoreError {
            warn("fupin: store error: \(e)")
            throw ExitStatus.store
        }
    }

    /// Opens (creating) the store for writing.
    func openForWriting() throws -> Store {
        do { return try Store.open(location.url, create: true) }
        catch { warn("fupin: store error: \(error)"); throw ExitStatus.store }
    }
}

extension Store {
    static func hasNoDocuments(_ s: Store) -> Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: s.documentsDirectory.path)) ?? []).allSatisfy { $0.hasPrefix(".") }
    }
}

/// Where the bundled seed reports are: `$FUPIN_SEEDS`, `./seeds`, or beside the package the
/// binary was built in.
enum Seeds {
    static func folder() -> URL? {
        let fm = FileManager.default
        var candidates: [String] = []
        if let s = ProcessInfo.processInfo.environment["FUPIN_SEEDS"] { candidates.append(s) }
        candidates.append(fm.currentDirectoryPath + "/seeds")
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        var dir = exe
        for _ in 0..<4 { candidates.append(dir.appendingPathComponent("seeds").path); dir.deleteLastPathComponent() }
        candidates.append(exe.appendingPathComponent("../share/fupin/seeds").standardized.path)
        for c in candidates {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: c, isDirectory: &isDir), isDir.boolValue,
               let files = try? fm.contentsOfDirectory(atPath: c), files.contains(where: { $0.hasSuffix(".txt") }) {
                return URL(fileURLWithPath: c)
            }
        }
        return nil
    }
}
