import Foundation
import FupinStorage

/// One input: a file, or standard input (`-`).
struct InputFile: Sendable {
    let path: String
    let id: String
    var isStdin: Bool { path == "-" }
}

/// Turns command-line paths into input files: folders recursively (`.txt`, `.html`,
/// `.htm`), `-` for standard input. Symbolic links are followed only when they stay inside
/// the folder, unless `followLinks` is set.
enum InputFiles {
    static let extensions: Set<String> = ["txt", "html", "htm", "text"]

    static func expand(_ paths: [String], followLinks: Bool = false) -> (files: [InputFile], failures: [(String, String)]) {
        var files: [InputFile] = []
        var failures: [(String, String)] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" { files.append(InputFile(path: "-", id: "stdin")); continue }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { failures.append((path, "no such file or folder")); continue }
            if !isDir.boolValue { files.append(InputFile(path: path, id: DocumentID.from(fileName: path))); continue }
            let root = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            guard let e = fm.enumerator(at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.isSymbolicLinkKey, .isRegularFileKey],
                                        options: [.skipsHiddenFiles]) else { failures.append((path, "cannot read folder")); continue }
            var found: [String] = []
            for case let url as URL in e {
                guard extensions.contains(url.pathExtension.lowercased()) else { continue }
                let values = try? url.resourceValues(forKeys: [.isSymbolicLinkKey])
                if values?.isSymbolicLink == true {
                    let target = url.resolvingSymlinksInPath().path
                    if !followLinks && !target.hasPrefix(root + "/") {
                        failures.append((url.path, "symbolic link out of \(path) not followed (use --follow-links)")); continue
                    }
                }
                var d: ObjCBool = false
                if fm.fileExists(atPath: url.path, isDirectory: &d), !d.boolValue { found.append(url.path) }
            }
            for f in found.sorted() { files.append(InputFile(path: f, id: DocumentID.from(fileName: f))) }
        }
        return (files, failures)
    }
}
