import Foundation
import FupinCore

/// Buffered standard output: one `write` per 64 KB instead of one per line.
final class OutputBuffer {
    private var buffer = JSONText(capacity: 1 << 17)
    private static let chunk = 65_536

    /// A line of text and its line break.
    func write(_ line: String) {
        buffer.verbatim(line)
        buffer.byte(0x0A)
        if buffer.count > Self.chunk { flush() }
    }

    /// A fact as `writer` formats it, written straight into the buffer.
    func write(_ f: Fact, with writer: FactWriter) {
        writer.write(f, into: &buffer)
        if buffer.count > Self.chunk { flush() }
    }

    /// Bytes formatted elsewhere (a document's facts); a big block goes out without a copy.
    func write(_ bytes: JSONBytes) {
        if buffer.count + bytes.count > Self.chunk { flush() }
        if bytes.count > Self.chunk {
            bytes.withUnsafeBytes { Self.writeAll($0) }
        } else {
            buffer.verbatim(bytes)
        }
    }

    func flush() {
        guard buffer.count > 0 else { return }
        buffer.withBytes { Self.writeAll(UnsafeRawBufferPointer($0)) }
        buffer.removeAll()
    }

    deinit { flush() }

    /// `write(2)` until every byte is out (a pipe takes part of a block at a time). A failed
    /// write (disk full; a closed pipe when SIGPIPE is ignored — else SIGPIPE ends the process
    /// first, as for any Unix filter) stops with a message and exit status 4.
    private static func writeAll(_ bytes: UnsafeRawBufferPointer) {
        guard var p = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let n = Glibc.write(1, p, left)
            if n < 0 {
                if errno == EINTR { continue }
                warn("fupin: standard output: \(String(cString: strerror(errno)))")
                exit(ExitStatus.output.rawValue)
            }
            p += n; left -= n
        }
    }
}
