/// Well-formed UTF-8 (The Unicode Standard, table 3-7), checked by hand, and strings made from
/// bytes already known to be well formed without checking them again.
///
/// Swift's own check (`String(validating:)`) took about 11 instructions a byte of Chinese text,
/// 4 % of extracting a report. Plain UTF-8 reports are now checked by the normaliser's one pass
/// over their bytes (``NormalizedText/init(utf8:converter:)``, with the tests below), and their
/// text copied from the bytes through `UTF8Span(unchecked:)`, which does not check again.
enum UTF8Validation {
    /// Whether `b` is well-formed UTF-8: no stray continuation byte, no overlong form, no
    /// surrogate, nothing above U+10FFFF, no sequence cut short at the end.
    static func isValid(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            guard let length = sequenceLength(b, at: i) else { return false }
            i &+= length
        }
        return true
    }

    /// Whether two bytes are both continuation bytes (`10xxxxxx`), in one test.
    @inline(__always)
    static func continuation(_ a: UInt8, _ b: UInt8) -> Bool { ((a & 0xC0) | ((b & 0xC0) >> 2)) == 0xA0 }

    /// The length of the well-formed sequence at byte `i`, or nil.
    @inline(__always)
    static func sequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let lead = b[i]
        if lead < 0x80 { return 1 }
        // E1–EF but ED (U+1000–U+FFFF less the surrogates): Han, CJK and full-width punctuation
        if lead &- 0xE1 < 0x0F, lead != 0xED {
            return b.count - i > 2 && continuation(b[i &+ 1], b[i &+ 2]) ? 3 : nil
        }
        return otherSequence(b, at: i)
    }

    /// The length of the well-formed sequence at `i` whose lead byte is none of the common ones
    /// above, or nil.
    private static func otherSequence(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        // the sequence's length and the range of its second byte, by its lead byte
        let length: Int, low: UInt8, high: UInt8
        switch b[i] {
        case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
        case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
        case 0xED: (length, low, high) = (3, 0x80, 0x9F)
        case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
        case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
        default: return nil
        }
        guard b.count - i >= length, b[i + 1] >= low, b[i + 1] <= high else { return nil }
        for k in 2..<length where b[i + k] & 0xC0 != 0x80 { return nil }
        return length
    }
}

extension String {
    /// A copy of bytes known to be well-formed UTF-8, not checked again (as
    /// `String(decoding:as:)` and `String(unsafeUninitializedCapacity:…)` do).
    init(copyingValidUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        self = String(copying: unsafe UTF8Span(unchecked: bytes.span))
    }

    /// Strict UTF-8 validation (nil on any invalid sequence), by ``UTF8Validation``.
    init?(validatingUTF8 bytes: ArraySlice<UInt8>) {
        guard let s = bytes.withUnsafeBufferPointer({ b in UTF8Validation.isValid(b) ? String(copyingValidUTF8: b) : nil })
        else { return nil }
        self = s
    }
}
