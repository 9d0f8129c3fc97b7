/// JSON written by hand into UTF-8 bytes: the store writes millions of facts, and Foundation's
/// `JSONEncoder` spent more time boxing values than extraction spent finding them.
///
/// The output is what `JSONEncoder` with `.sortedKeys, .withoutEscapingSlashes` writes
/// (callers emit keys in sorted order), so either can read what the other wrote.
public struct JSONText: ~Copyable, @unchecked Sendable {   // owns its buffer alone: not copyable
    /// The buffer, written through its pointer: each write checks the capacity once and nothing
    /// else (appends to an array checked uniqueness and capacity per call, and a fact is twenty
    /// or so writes; the CLI spent more time there than writing the bytes).
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes written so far.
    public private(set) var count = 0

    public init(capacity: Int = 1024) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// A copy of the bytes written.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// The text's buffer handed over without a copy (a store's index is tens of megabytes).
    public consuming func finish() -> JSONBytes {
        let out = JSONBytes(base: base, count: count)
        discard self   // the buffer now belongs to `out`
        return out
    }

    /// The bytes written, without a copy.
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// Room for `n` more bytes.
    @inline(__always)
    private mutating func reserve(_ n: Int) { if count + n > capacity { grow(n) } }

    @inline(never)
    private mutating func grow(_ n: Int) {
        let newCapacity = max(capacity * 2, count + n)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        (base, capacity) = (newBase, newCapacity)
    }

    /// Bytes appended as they are.
    @inline(__always)
    mutating func put(_ b: UnsafeBufferPointer<UInt8>) {
        guard let from = b.baseAddress, b.count > 0 else { return }
        reserve(b.count)
        Self.copy(from, to: base + count, b.count)
        count += b.count
    }

    /// `n` bytes copied; up to 16 of them as two overlapping words, each read inside the
    /// source: keys and short values are most of a fact's writes, and a call to `memcpy` for
    /// ten bytes cost more than writing them.
    @inline(__always)
    static func copy(_ from: UnsafePointer<UInt8>, to: UnsafeMutablePointer<UInt8>, _ n: Int) {
        let src = UnsafeRawPointer(from), dst = UnsafeMutableRawPointer(to)
        if n >= 8 && n <= 16 {
            let (a, b) = (src.loadUnaligned(as: UInt64.self), src.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self))
            dst.storeBytes(of: a, as: UInt64.self)
            dst.storeBytes(of: b, toByteOffset: n - 8, as: UInt64.self)
        } else if n >= 4 && n < 8 {
            let (a, b) = (src.loadUnaligned(as: UInt32.self), src.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
            dst.storeBytes(of: a, as: UInt32.self)
            dst.storeBytes(of: b, toByteOffset: n - 4, as: UInt32.self)
        } else if n < 4 {
            for i in 0..<n { to[i] = from[i] }
        } else {
            to.initialize(from: from, count: n)
        }
    }

    public mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { put($0) }
    }

    public mutating func byte(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count += 1
    }

    /// Text appended as it is (already JSON, or not JSON at all: CSV and table lines).
    public mutating func verbatim(_ s: String) {
        var s = s
        s.withUTF8 { put($0) }
    }

    /// Bytes written by another text (a document's facts), appended as they are.
    public mutating func verbatim(_ b: JSONBytes) {
        b.withUnsafeBytes { put($0.assumingMemoryBound(to: UInt8.self)) }
    }

    /// Bytes written before, written again (a sentence shared by the facts of a document).
    mutating func repeatBytes(_ r: Range<Int>) {
        reserve(r.count)
        (base + count).initialize(from: base + r.lowerBound, count: r.count)   // earlier bytes: no overlap
        count += r.count
    }

    /// Empties the text, keeping its storage.
    public mutating func removeAll() { count = 0 }

    /// `"key":` — keys are plain ASCII names.
    public mutating func key(_ k: StaticString) {
        reserve(k.utf8CodeUnitCount + 3)
        base[count] = 0x22
        count += 1
        k.withUTF8Buffer { put($0) }
        base[count] = 0x22
        base[count + 1] = 0x3A
        count += 2
    }

    /// `,"key":` — a separator and the next key, in one write (a fact has fifteen of them).
    public mutating func nextKey(_ k: StaticString) {
        let n = k.utf8CodeUnitCount
        reserve(n + 4)
        base[count] = 0x2C
        base[count + 1] = 0x22
        Self.copy(k.utf8Start, to: base + count + 2, n)
        base[count + n + 2] = 0x22
        base[count + n + 3] = 0x3A
        count += n + 4
    }

    /// A quoted string with `"`, `\` and control characters escaped.
    public mutating func string(_ s: String) {
        // a native string's bytes in place (no copy of the string to make it mutable)
        if s.utf8.withContiguousStorageIfAvailable({ string(utf8: $0) }) != nil { return }
        var s = s
        s.withUTF8 { string(utf8: $0) }
    }

    /// A span of a document's text as a quoted string, copied from the text's bytes; false
    /// (nothing written) when the span is not inside the text.
    @discardableResult
    public mutating func string(_ text: IndexedText, span: Range<Int>) -> Bool {
        text.withUTF8(span) { string(utf8: $0) } != nil
    }

    /// Valid UTF-8 as a quoted string, escaped.
    public mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        let n = utf8.count
        if let p = utf8.baseAddress, Self.isPlain(p, n) {   // nothing to escape: most strings
            reserve(n + 2)
            base[count] = 0x22
            Self.copy(p, to: base + count + 1, n)
            base[count + n + 1] = 0x22
            count += n + 2
            return
        }
        reserve(n + 2)   // room for the string as it is; the first escape makes room for the worst case
        var out = base + count
        var widened = false
        out.pointee = 0x22
        out += 1
        if let inBase = utf8.baseAddress {
            var from = 0, i = 0
            while i < n {
                // eight bytes at a time while none of them needs an escape (document texts are long)
                while i + 8 <= n, !Self.mayNeedEscape(UnsafeRawPointer(inBase + i).loadUnaligned(as: UInt64.self)) { i += 8 }
                guard i < n else { break }
                let b = inBase[i]
                if b < 0x20 || b == 0x22 || b == 0x5C {
                    if !widened {   // every byte left `\u00XX`: no check for the rest of the loop
                        count = out - base
                        reserve((n - from) * 6 + 1)
                        out = base + count
                        widened = true
                    }
                    out.initialize(from: inBase + from, count: i - from)
                    out += i - from
                    from = i + 1
                    out.pointee = 0x5C
                    out += 1
                    if let e = Self.shortEscapes.first(where: { $0.byte == b }) {
                        out.pointee = e.letter
                        out += 1
                    } else {
                        for h in [0x75, 0x30, 0x30, Self.hex[Int(b >> 4)], Self.hex[Int(b & 0xF)]] { out.pointee = h; out += 1 }
                    }
                }
                i += 1
            }
            out.initialize(from: inBase + from, count: n - from)
            out += n - from
        }
        out.pointee = 0x22
        out += 1
        count = out - base
    }

    /// Whether no byte of `p[0..<n]` needs an escape, eight at a time: the last word overlaps
    /// the one before it, and a string under eight bytes is read into a word padded with spaces.
    @inline(__always)
    static func isPlain(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        if n < 8 {
            var w: UInt64 = 0x2020_2020_2020_2020
            for i in 0..<n { w = w << 8 | UInt64(p[i]) }
            return !mayNeedEscape(w)
        }
        let raw = UnsafeRawPointer(p)
        var i = 0
        while i + 8 <= n {
            if mayNeedEscape(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { return false }
            i += 8
        }
        return i == n || !mayNeedEscape(raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self))
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
        reserve(21)   // a sign and up to 20 digits
        if v < 0 { base[count] = 0x2D; count += 1 }
        var m = v.magnitude
        if m == 0 { base[count] = 0x30; count += 1; return }
        var digits = 1, p: UInt = 10
        while digits < 20, m >= p { digits += 1; (p, _) = p.multipliedReportingOverflow(by: 10) }
        var k = count + digits - 1
        while m > 0 { base[k] = UInt8(m % 10) + 0x30; m /= 10; k -= 1 }
        count += digits
    }

    /// Integral values without a fraction (`27000`), others in Swift's shortest form (`39.53`).
    /// A non-finite value, which no extraction produces, is written as 0 to keep the file valid.
    public mutating func number(_ v: Double) {
        guard v.isFinite else { byte(0x30); return }
        if v == v.rounded(), abs(v) < 1e15 { int(Int(v)); return }
        verbatim(v.description)
    }

    public mutating func bool(_ v: Bool) { v ? raw("true") : raw("false") }
}

/// Finished JSON text: the buffer a ``JSONText`` wrote, freed with this object.
public final class JSONBytes: @unchecked Sendable {   // immutable once made
    private let base: UnsafeMutablePointer<UInt8>
    public let count: Int

    init(base: UnsafeMutablePointer<UInt8>, count: Int) { (self.base, self.count) = (base, count) }
    deinit { base.deallocate() }

    /// A copy as an array.
    public var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// The bytes, in place (Foundation's `ContiguousBytes` asks for this method).
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }
}
