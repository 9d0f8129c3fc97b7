import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive `flock` on `<store>/.lock` held by writers; two ingests into one store wait
/// for each other instead of tearing documents. Readers never lock.
final class StoreLock {
    private let fd: Int32

    /// Takes the lock, calling `waiting` once if another process holds it.
    init(root: URL, waiting: () -> Void) throws(StoreError) {
        let path = root.appendingPathComponent(".lock").path
        fd = open(path, O_RDWR | O_CREAT, 0o644)
        guard fd >= 0 else { throw .io(path, String(cString: strerror(errno))) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            waiting()
            var taken = flock(fd, LOCK_EX)
            while taken != 0 && errno == EINTR { taken = flock(fd, LOCK_EX) }   // a signal while waiting: wait on
            guard taken == 0 else { close(fd); throw .locked(path) }
        }
    }

    private var held = true

    /// Releases the lock (also done when the lock is dropped).
    func release() {
        guard held else { return }
        held = false
        flock(fd, LOCK_UN)
        close(fd)
    }

    deinit { release() }
}
