/// The view of a stored text that the extractor matches against, with a map back.
///
/// Stored `漢臺區(qū)安排資金220萬元` becomes `汉台区安排资金220万元`: traditional characters
/// simplified, pinyin left after a character (`(qū)`) removed, full-width digits, letters
/// and punctuation made ASCII. `origin[i]` is the stored scalar offset of `scalars[i]`, so
/// every fact's `start`/`end`/`surface` point into the stored text.
public struct NormalizedText: Sendable {
    /// The stored text.
    public let text: String
    /// For each stored scalar, its UTF-8 offset in `text`, and one more entry: the end.
    /// Stored slices (a fact's sentence, clause, surface) are then copies of `text`'s bytes,
    /// not scalars encoded and validated again.
    let utf8Offsets: [Int32]
    /// The normalised scalars.
    public let scalars: [UInt32]
    /// For each normalised scalar, its offset in the stored scalars.
    public let origin: [Int32]
    /// How many traditional-only characters the stored text has.
    public let traditionalCount: Int

    public init(_ text: String, converter: ChineseConverter = .shared) {
        var text = text
        let (stored, offsets) = text.withUTF8 { Self.scalars(ofValidUTF8: $0) }
        let n = stored.count
        var traditional = 0
        var count = 0
        // both arrays filled through pointers, then cut to length: appends cost a capacity check each
        var origin: [Int32] = []
        let out = [UInt32](unsafeUninitializedCapacity: n) { o, outCount in
            origin = [Int32](unsafeUninitializedCapacity: n) { g, originCount in
                var i = 0
                while i < n {
                    var u = stored[i]
                    if u < 0x80 {
                        if u == 0x0D { i += 1; continue }
                        if u == 0x28, i > 0, Self.isHan(stored[i - 1]), let close = Self.pinyinEnd(stored, from: i + 1) {
                            i = close + 1   // drop "(qū)"
                            continue
                        }
                    } else if u >= 0xFF01 && u <= 0xFF5E {
                        if u == 0xFF08, i > 0, Self.isHan(stored[i - 1]), let close = Self.pinyinEnd(stored, from: i + 1) {
                            i = close + 1
                            continue
                        }
                        u -= 0xFEE0   // full-width forms → ASCII
                    } else if u >= 0x3400 {
                        let simple = converter.simplify(u)
                        if simple != u { traditional += 1; u = simple }
                    } else if u == 0x3000 || u == 0xA0 { u = 0x20 }
                    o[count] = u
                    g[count] = Int32(i)
                    count += 1
                    i += 1
                }
                originCount = count
            }
            outCount = count
        }
        self.text = text
        self.utf8Offsets = offsets
        self.scalars = out
        self.origin = origin
        self.traditionalCount = traditional
    }

    /// Scalars of UTF-8 that is known to be valid (a String's own bytes), decoded by hand,
    /// with the byte offset of each (and of the end).
    static func scalars(ofValidUTF8 b: UnsafeBufferPointer<UInt8>) -> ([UInt32], [Int32]) {
        var offsets: [Int32] = []
        let scalars = [UInt32](unsafeUninitializedCapacity: b.count) { out, count in
            offsets = [Int32](unsafeUninitializedCapacity: b.count + 1) { off, offCount in
                var i = 0, n = 0
                while i < b.count {
                    let c = UInt32(b[i])
                    off[n] = Int32(truncatingIfNeeded: i)
                    if c < 0x80 { out[n] = c; i += 1 }
                    else if c < 0xE0 { out[n] = (c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2 }
                    else if c < 0xF0 { out[n] = (c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); i += 3 }
                    else { out[n] = (c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F); i += 4 }
                    n += 1
                }
                off[n] = Int32(truncatingIfNeeded: i)
                count = n
                offCount = n + 1
            }
        }
        return (scalars, offsets)
    }

    @inline(__always)
    static func isHan(_ u: UInt32) -> Bool { (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) }

    /// Pinyin letters, including tone-marked vowels.
    private static let pinyinLetters = ScalarSet("abcdefghijklmnopqrstuvwxyz" + "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ")

    /// The index of the `)` closing a pinyin syllable that starts at `from`, or nil.
    private static func pinyinEnd(_ s: [UInt32], from: Int) -> Int? {
        var j = from
        while j < s.count, j - from <= 7, pinyinLetters.contains(s[j]) { j += 1 }
        guard j > from, j < s.count, s[j] == 0x29 || s[j] == 0xFF09 else { return nil }
        return j
    }

    /// The stored text between two normalised offsets (end exclusive).
    public func storedText(from start: Int, to end: Int) -> String {
        guard start < end, start < origin.count else { return "" }
        let a = Int(origin[start])
        let b = end < origin.count ? Int(origin[end - 1]) + 1 : utf8Offsets.count - 1
        return storedText(a..<b)
    }

    /// The stored text of a range of stored scalars: a copy of `text`'s bytes.
    public func storedText(_ r: Range<Int>) -> String {
        let u = text.utf8
        let lo = u.index(u.startIndex, offsetBy: Int(utf8Offsets[r.lowerBound]))
        let hi = u.index(lo, offsetBy: Int(utf8Offsets[r.upperBound] - utf8Offsets[r.lowerBound]))
        return String(Substring(u[lo..<hi]))
    }

    /// Stored offsets (start, end exclusive) for a normalised range.
    public func storedRange(from start: Int, to end: Int) -> (Int, Int) {
        let a = Int(origin[start])
        let b = Int(origin[end - 1]) + 1
        return (a, b)
    }

    /// The normalised text between two offsets.
    public func text(from start: Int, to end: Int) -> String {
        guard start < end else { return "" }
        return Self.string(scalars[max(0, start)..<min(end, scalars.count)])
    }

    /// ASCII digits → their value, without building a string; nil if any scalar is not a digit.
    static func integer(_ digits: ArraySlice<UInt32>) -> Int? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var v = 0
        for u in digits {
            guard u >= 0x30 && u <= 0x39 else { return nil }
            v = v * 10 + Int(u - 0x30)
        }
        return v
    }

    /// Scalars → String, encoding UTF-8 by hand straight into the string's storage: one
    /// allocation, none for strings of up to 15 bytes (appending scalars costs several).
    static func string<C: Collection>(_ s: C) -> String where C.Element == UInt32 {
        // the exact length first, so that short strings stay small (inline)
        var length = 0
        for u in s { length += u < 0x80 ? 1 : u < 0x800 ? 2 : u < 0x10000 ? ((u & 0xF800) == 0xD800 ? 0 : 3) : 4 }
        return String(unsafeUninitializedCapacity: length) { out in
            var n = 0
            for u in s {
                switch u {
                case 0..<0x80: out[n] = UInt8(u); n += 1
                case 0x80..<0x800:
                    out[n] = UInt8(0xC0 | (u >> 6)); out[n + 1] = UInt8(0x80 | (u & 0x3F)); n += 2
                case 0xD800...0xDFFF: continue
                case 0x800..<0x10000:
                    out[n] = UInt8(0xE0 | (u >> 12)); out[n + 1] = UInt8(0x80 | ((u >> 6) & 0x3F))
                    out[n + 2] = UInt8(0x80 | (u & 0x3F)); n += 3
                case 0x10000...0x10FFFF:
                    out[n] = UInt8(0xF0 | (u >> 18)); out[n + 1] = UInt8(0x80 | ((u >> 12) & 0x3F))
                    out[n + 2] = UInt8(0x80 | ((u >> 6) & 0x3F)); out[n + 3] = UInt8(0x80 | (u & 0x3F)); n += 4
                default: continue
                }
            }
            return n
        }
    }
}
