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
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            var entries: [(path: String, type: UInt8)] = []
            guard walk(absolute.hasSuffix("/") ? String(absolute.dropLast()) : absolute, into: &entries) else {
                failures.append((path, "cannot read folder")); continue
            }
            var found: [String] = []
            for (full, type) in entries {
                guard let ext = DocumentID.fileExtension(DocumentID.lastPathComponent(full)),
                      DocumentID.reportExtensions.contains(ext) else { continue }
                var mode = type == UInt8(DT_LNK) ? S_IFLNK : type == UInt8(DT_REG) ? S_IFREG : 0
                if mode == 0 {   // the file system did not say: ask
                    var st = stat()
                    guard lstat(full, &st) == 0 else { continue }
                    mode = st.st_mode & S_IFMT
                }
                if mode == S_IFLNK {
                    let target = URL(fileURLWithPath: full).resolvingSymlinksInPath().path
                    if !followLinks && !target.hasPrefix(root + "/") {
                        failures.append((full, "symbolic link out of \(path) not followed (use --follow-links)")); continue
                    }
                    var d: ObjCBool = false
                    if fm.fileExists(atPath: full, isDirectory: &d), !d.boolValue { found.append(full) }
                } else if mode == S_IFREG {
                    found.append(full)
                }
            }
            for f in found.sorted() { files.append(InputFile(path: f, id: DocumentID.from(fileName: f))) }
        }
        return (files, failures)
    }

    /// Everything under a folder, recursively, with its type as the folder listing gives it
    /// (`DT_UNKNOWN` where the file system does not say): names starting with `.` and what lies
    /// under them left out, symbolic links listed but not entered. False when `dir` cannot be
    /// read; unreadable folders below it are passed over. (`readdir` directly: Foundation's
    /// enumerator spent more time building paths than reading the files took.)
    private static func walk(_ dir: String, into out: inout [(path: String, type: UInt8)]) -> Bool {
        guard let d = opendir(dir) else { return false }
        defer { closedir(d) }
        while let entry = readdir(d) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name.hasPrefix(".") { continue }   // also . and ..
            let full = dir + "/" + name
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                var st = stat()
                if lstat(full, &st) == 0, st.st_mode & S_IFMT == S_IFDIR { type = UInt8(DT_DIR) }
            }
            if type == UInt8(DT_DIR) { _ = walk(full, into: &out) } else { out.append((full, type)) }
        }
        return true
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
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 65_536) { chunk in   // on the stack: no 64 KB cleared per file
            while bytes.count <= limit {
                let n = read(fd, chunk.baseAddress!, chunk.count)
                if n <= 0 { break }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<n]))
            }
        }
        if bytes.count > limit { return .failure(FailureReason(InputProblem.tooLarge(bytes.count).description)) }
        return .success(bytes)
    }
}
