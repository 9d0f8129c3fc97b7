/// JSON written by hand into UTF-8 bytes: the store writes millions of facts, and Foundation's
/// `JSONEncoder` spent more time boxing values than extraction spent finding them.
///
/// The output is what `JSONEncoder` with `.sortedKeys, .withoutEscapingSlashes` writes
/// (callers emit keys in sorted order), so either can read what the other wrote.
public struct JSONText: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

    public mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public mutating func byte(_ b: UInt8) { bytes.append(b) }

    /// Text appended as it is (already JSON, or not JSON at all: CSV and table lines).
    public mutating func verbatim(_ s: String) { bytes.append(contentsOf: s.utf8) }

    /// Empties the text, keeping its storage.
    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// `"key":` — keys are plain ASCII names.
    public mutating func key(_ k: StaticString) {
        bytes.append(0x22); raw(k); bytes.append(0x22); bytes.append(0x3A)
    }

    /// A quoted string with `"`, `\` and control characters escaped.
    public mutating func string(_ s: String) {
        bytes.append(0x22)
        var s = s
        s.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return }
            let n = utf8.count
            var from = 0, i = 0
            while i < n {
                // eight bytes at a time while none of them needs an escape (document texts are long)
                while i + 8 <= n, !Self.mayNeedEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { i += 8 }
                guard i < n else { break }
                let b = base[i]
                if b < 0x20 || b == 0x22 || b == 0x5C {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[from..<i]))
                    from = i + 1
                    bytes.append(0x5C)
                    if let e = Self.shortEscapes.first(where: { $0.byte == b }) { bytes.append(e.letter) }
                    else { bytes.append(contentsOf: [0x75, 0x30, 0x30, Self.hex[Int(b >> 4)], Self.hex[Int(b & 0xF)]]) }
                }
                i += 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[from...]))
        }
        bytes.append(0x22)
    }

    /// Whether any of eight bytes is a control character, `"` or `\` (exact: no false negatives;
    /// a false positive only means the bytes are looked at one by one).
    @inline(__always)
    private static func mayNeedEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        let control = (w &- ones &* 0x20) & ~w & highs != 0   // a byte below 0x20
        return control || hasZero(w ^ (ones &* 0x22)) || hasZero(w ^ (ones &* 0x5C))
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// The two-character escapes of JSON strings (`\"`, `\\`, `\n`, …): a byte and the letter after
    /// the backslash. Writing and reading (the store's index scanner) use this one table.
    public static let shortEscapes: [(byte: UInt8, letter: UInt8)] = [
        (0x22, 0x22), (0x5C, 0x5C), (0x2F, 0x2F), (0x0A, 0x6E), (0x0D, 0x72), (0x09, 0x74), (0x08, 0x62), (0x0C, 0x66),
    ]

    /// A string, or `null`.
    public mutating func string(_ s: String?) {
        if let s { string(s) } else { raw("null") }
    }

    public mutating func int(_ v: Int) {
        if v < 0 { bytes.append(0x2D) }
        var m = v.magnitude
        if m == 0 { bytes.append(0x30); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            while m > 0 { d[n] = UInt8(m % 10) + 0x30; m /= 10; n += 1 }
            while n > 0 { n -= 1; bytes.append(d[n]) }
        }
    }

    /// Integral values without a fraction (`27000`), others in Swift's shortest form (`39.53`).
    /// A non-finite value, which no extraction produces, is written as 0 to keep the file valid.
    public mutating func number(_ v: Double) {
        guard v.isFinite else { bytes.append(0x30); return }
        if v == v.rounded(), abs(v) < 1e15 { int(Int(v)); return }
        bytes.append(contentsOf: v.description.utf8)
    }

    public mutating func bool(_ v: Bool) { v ? raw("true") : raw("false") }
}
