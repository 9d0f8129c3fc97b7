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
    /// Files read and extracted together on all cores (extract, ingest).
    static let batchSize = 256

    /// Files in batches of ``batchSize``, in order.
    static func batches(_ files: [InputFile]) -> [[InputFile]] {
        stride(from: 0, to: files.count, by: batchSize).map { Array(files[$0..<min($0 + batchSize, files.count)]) }
    }

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
            var reports: [(path: String, isLink: Bool)] = []
            guard walk(absolute.hasSuffix("/") ? String(absolute.dropLast()) : absolute, into: &reports) else {
                failures.append((path, "cannot read folder")); continue
            }
            var found: [String] = []
            for (full, isLink) in reports {
                guard isLink else { found.append(full); continue }
                let target = URL(fileURLWithPath: full).resolvingSymlinksInPath().path
                if !followLinks && !target.hasPrefix(root + "/") {
                    failures.append((full, "symbolic link out of \(path) not followed (use --follow-links)")); continue
                }
                var d: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &d), !d.boolValue { found.append(full) }
            }
            for f in found.sorted() { files.append(InputFile(path: f, id: DocumentID.from(fileName: f))) }
        }
        return (files, failures)
    }

    /// The reports under a folder, recursively: regular files and symbolic links named with a
    /// report extension (`.txt`, `.html`, `.htm`). Names starting with `.` and what lies under
    /// them are left out; links are listed, not entered. False when `dir` cannot be read;
    /// unreadable folders below it are passed over. (`readdir` directly: Foundation's enumerator
    /// spent more time building paths than reading the files took.)
    private static func walk(_ dir: String, into out: inout [(path: String, isLink: Bool)]) -> Bool {
        guard let d = opendir(dir) else { return false }
        defer { closedir(d) }
        while let entry = readdir(d) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name.hasPrefix(".") { continue }   // also . and ..
            let full = dir + "/" + name
            var mode: mode_t
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): mode = S_IFDIR
            case Int32(DT_REG): mode = S_IFREG
            case Int32(DT_LNK): mode = S_IFLNK
            default:   // the file system did not say: ask
                var st = stat()
                guard lstat(full, &st) == 0 else { continue }
                mode = st.st_mode & S_IFMT
            }
            if mode == S_IFDIR { _ = walk(full, into: &out); continue }
            guard mode == S_IFREG || mode == S_IFLNK, let ext = DocumentID.fileExtension(name),
                  DocumentID.reportExtensions.contains(ext) else { continue }
            out.append((full, mode == S_IFLNK))
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
        // one byte more than the stat said is asked for: a read that returns the stat's size has
        // met the end, so the usual file takes one read, not a second one to find the end
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buf, count in
            while count < size + 1 {
                let n = read(fd, buf.baseAddress! + count, size + 1 - count)
                if n < 0 { if errno == EINTR { continue }; failure = String(cString: strerror(errno)); return }
                if n == 0 { break }   // shorter than its size said (a file being written)
                count += n
                if count == size { break }
            }
        }
        if let f = failure { return .failure(FailureReason("cannot read (\(f))")) }
        // a file that grew since the stat: read the rest too, up to the limit
        if bytes.count > size {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 65_536) { chunk in   // on the stack: no 64 KB cleared per file
                while bytes.count <= limit {
                    let n = read(fd, chunk.baseAddress!, chunk.count)
                    if n <= 0 { break }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<n]))
                }
            }
        }
        if bytes.count > limit { return .failure(FailureReason(InputProblem.tooLarge(bytes.count).description)) }
        return .success(bytes)
    }
}
