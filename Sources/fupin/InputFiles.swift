import Foundation
import FupinExtraction
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
            // path strings and lstat: URL resource values cost more than reading the files
            guard let e = fm.enumerator(atPath: path) else { failures.append((path, "cannot read folder")); continue }
            var found: [String] = []
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            let base = absolute.hasSuffix("/") ? absolute : absolute + "/"
            while let rel = e.nextObject() as? String {
                let name = DocumentID.lastPathComponent(rel)
                if name.hasPrefix(".") { if e.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { e.skipDescendants() }; continue }
                guard let ext = DocumentID.fileExtension(name), DocumentID.reportExtensions.contains(ext) else { continue }
                let full = base + rel
                var st = stat()
                guard lstat(full, &st) == 0 else { continue }
                if st.st_mode & S_IFMT == S_IFLNK {
                    let target = URL(fileURLWithPath: full).resolvingSymlinksInPath().path
                    if !followLinks && !target.hasPrefix(root + "/") {
                        failures.append((full, "symbolic link out of \(path) not followed (use --follow-links)")); continue
                    }
                    var d: ObjCBool = false
                    if fm.fileExists(atPath: full, isDirectory: &d), !d.boolValue { found.append(full) }
                } else if st.st_mode & S_IFMT == S_IFREG {
                    found.append(full)
                }
            }
            for f in found.sorted() { files.append(InputFile(path: f, id: DocumentID.from(fileName: f))) }
        }
        return (files, failures)
    }
}

extension InputFiles {
    /// A file's bytes read straight into an array (one open, one stat, reads; no Data copy),
    /// refused above `limit` bytes before reading.
    static func contents(_ path: String, limit: Int) -> Result<[UInt8], FailureReason> {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failure(FailureReason("cannot read (\(String(cString: strerror(errno))))")) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(FailureReason("cannot read (\(String(cString: strerror(errno))))")) }
        let size = Int(st.st_size)
        if size > limit { return .failure(FailureReason(InputProblem.tooLarge(size).description)) }
        var failure: String?
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buf, count in
            while count < size {
                let n = read(fd, buf.baseAddress! + count, size - count)
                if n < 0 { if errno == EINTR { continue }; failure = String(cString: strerror(errno)); return }
                if n == 0 { break }   // shorter than its size said (a file being written)
                count += n
            }
        }
        if let f = failure { return .failure(FailureReason("cannot read (\(f))")) }
        // a file that grew since the stat: read the rest too, up to the limit
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while bytes.count <= limit {
            let n = read(fd, &chunk, chunk.count)
            if n <= 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        if bytes.count > limit { return .failure(FailureReason(InputProblem.tooLarge(bytes.count).description)) }
        return .success(bytes)
    }
}
