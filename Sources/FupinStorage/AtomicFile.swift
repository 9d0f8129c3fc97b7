import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that readers see the old content or the new, never a torn one:
/// a hidden temporary file in the same folder, flushed to disk, then renamed over the target.
public enum AtomicFile {
    /// `sync: false` leaves flushing to a later ``syncDirectory(_:)`` — the store syncs once
    /// before the catalog names a batch of new documents, not once per document.
    public static func write(_ data: some ContiguousBytes, to url: URL, sync: Bool = true) throws(StoreError) {
        try write(data, toPath: url.path, sync: sync)
    }

    /// The same on a path; returns the written file's size and modification time (taken from
    /// the open file, so the store needs no second lookup).
    @discardableResult
    public static func write(_ data: some ContiguousBytes, toPath path: String, sync: Bool = true) throws(StoreError) -> (size: Int, time: Int) {
        let staged = try stage(data, forPath: path, sync: sync)
        try staged.commit()
        return (staged.size, staged.time)
    }

    /// The first half of a write: the content in a hidden temporary file beside `path`.
    /// ``StagedFile/commit()`` renames it into place; ``StagedFile/discard()`` removes it.
    /// (Ingest stages documents on all cores and commits them in order on one.)
    public static func stage(_ data: some ContiguousBytes, forPath path: String, sync: Bool = false) throws(StoreError) -> StagedFile {
        let slash = path.lastIndex(of: "/")
        let dir = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let tmp = "\(dir).\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw .io(tmp, String(cString: strerror(errno))) }
        var ok = true
        var failure = ""
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { ok = false; failure = String(cString: strerror(errno)); return }
                offset += n
            }
        }
        if ok && sync && fsync(fd) != 0 { ok = false; failure = String(cString: strerror(errno)) }
        var st = stat()
        let stamped = ok && fstat(fd, &st) == 0
        close(fd)
        guard ok else { unlink(tmp); throw .io(path, failure) }
        return StagedFile(temporary: tmp, path: path, size: stamped ? Int(st.st_size) : 0,
                          time: stamped ? Int(st.st_mtim.tv_sec) * 1_000_000_000 + Int(st.st_mtim.tv_nsec) : 0)
    }

    /// Size and modification time (ns) of a file, or nil when it cannot be read.
    public static func stamp(_ path: String) -> (size: Int, time: Int)? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return (Int(st.st_size), Int(st.st_mtim.tv_sec) * 1_000_000_000 + Int(st.st_mtim.tv_nsec))
    }

    /// Stamps of files in one folder, looked up relative to the folder (no path walk per file).
    public static func stamps(in directory: String, _ names: some Collection<String>) -> [(size: Int, time: Int)?] {
        let dfd = open(directory, O_RDONLY | O_DIRECTORY)
        guard dfd >= 0 else { return names.map { _ in nil } }
        defer { close(dfd) }
        var st = stat()
        return names.map { name in
            guard fstatat(dfd, name, &st, 0) == 0 else { return nil }
            return (Int(st.st_size), Int(st.st_mtim.tv_sec) * 1_000_000_000 + Int(st.st_mtim.tv_nsec))
        }
    }

    /// Flushes what was written on the folder's file system to disk: `syncfs` on the folder
    /// (glibc declares it only for C with `_GNU_SOURCE`, so it is looked up by name), else `sync`,
    /// which flushes every file system.
    public static func syncDirectory(_ url: URL) throws(StoreError) {
        let fd = open(url.path, O_RDONLY | O_DIRECTORY)
        guard fd >= 0, let syncfs = Self.syncfs else {
            if fd >= 0 { close(fd) }
            sync()
            return
        }
        defer { close(fd) }
        if syncfs(fd) != 0 { throw .io(url.path, String(cString: strerror(errno))) }
    }

    private typealias SyncFS = @convention(c) (Int32) -> Int32
    private static let syncfs: SyncFS? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs").map { unsafeBitCast($0, to: SyncFS.self) }
}

/// Content written to a temporary file, waiting to be renamed into place.
public struct StagedFile: Sendable {
    let temporary: String
    /// Where ``commit()`` puts it.
    public let path: String
    /// Size and modification time (ns) of the content; renaming keeps both.
    public let size: Int, time: Int

    public func commit() throws(StoreError) {
        guard rename(temporary, path) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(temporary)
            throw .io(path, why)
        }
    }

    public func discard() { unlink(temporary) }
}
