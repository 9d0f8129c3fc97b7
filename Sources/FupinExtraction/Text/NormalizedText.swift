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
    /// Where the line feeds are in `scalars`, noted as they are written: the outline's lines
    /// without a scan of their own (measured: 304.3 → 301.6 M instructions a pass over 400 reports).
    let lineFeeds: [Int32]

    public init(_ text: String, converter: ChineseConverter = .shared) {
        var text = text
        let n = text.withUTF8 { Self.normalize($0, converter)! }   // a String's bytes are well formed
        self.init(text: text, n)
    }

    /// Bytes that should be UTF-8, normalised by the same pass that checks them; nil when they
    /// are not well formed. The stored text is a copy of the bytes, not checked a second time
    /// (Swift's check when decoding a report took 11 instructions a byte; measured:
    /// 336.9 → 326.2 M instructions a pass over 400 reports).
    init?(utf8 bytes: UnsafeBufferPointer<UInt8>, converter: ChineseConverter) {
        guard let n = Self.normalize(bytes, converter) else { return nil }
        self.init(text: String(copyingValidUTF8: bytes), n)
    }

    private init(text: String, _ n: (offsets: [Int32], scalars: [UInt32], origin: [Int32], traditional: Int, lineFeeds: [Int32], points: [Int32])) {
        self.text = text
        self.utf8Offsets = n.offsets
        self.traditionalCount = n.traditional
        // words a spammed page injects even inside numbers (`2.6包養9萬人`) are stripped
        let injected = InjectedWords.find(n.scalars, points: n.points)
        var (scalars, origin, lineFeeds) = (n.scalars, n.origin, n.lineFeeds)
        if !injected.isEmpty {
            (scalars, origin, lineFeeds) = Self.removing(InjectedWords.occurrences(injected, in: scalars), scalars: scalars, origin: origin)
        }
        // line breaks a page's layout put inside a sentence are taken out (`4120⏎万元`)
        let offsets = n.offsets
        let wraps = WrappedLines.find(scalars, feeds: lineFeeds) { [origin] k in
            // a stored scalar of more than one byte (Han, full-width marks) takes two columns
            let o = Int(origin[k])
            return offsets[o + 1] - offsets[o] > 1 ? 2 : 1
        }
        if !wraps.isEmpty {
            (scalars, origin, lineFeeds) = Self.removing(wraps, scalars: scalars, origin: origin)
        }
        (self.scalars, self.origin, self.lineFeeds) = (scalars, origin, lineFeeds)
    }

    /// One pass over UTF-8: checks that it is well formed (nil if not), decodes it by hand, notes
    /// each stored scalar's byte offset, and writes the normalised scalars with their stored
    /// offsets, all through pointers (appends cost a capacity check each; a second pass cost a
    /// third more).
    static func normalize(_ b: UnsafeBufferPointer<UInt8>, _ converter: ChineseConverter)
        -> (offsets: [Int32], scalars: [UInt32], origin: [Int32], traditional: Int, lineFeeds: [Int32], points: [Int32])? {
        let stored = b.count - continuationBytes(b)   // scalars: bytes that start one
        var offsets: [Int32] = [], origin: [Int32] = [], lineFeeds: [Int32] = [], points: [Int32] = []
        var traditional = 0
        var wellFormed = true
        let scalars = [UInt32](unsafeUninitializedCapacity: stored) { o, outCount in
            origin = [Int32](unsafeUninitializedCapacity: stored) { g, originCount in
                offsets = [Int32](unsafeUninitializedCapacity: stored + 1) { off, offCount in
                    converter.withLookup { lookup in
                        var i = 0, k = 0, n = 0
                        var previous: UInt32 = 0       // the stored scalar before, as stored
                        var droppedThrough = -1        // a pinyin gloss `(qū)` is dropped through here
                        let wordEnd = b.count &- 3     // four bytes can be read from a byte before this one
                        while i < b.count {
                            off[k] = Int32(truncatingIfNeeded: i)
                            // U+3000–U+9FFF (Han and the CJK marks, most of a report) on a path of their
                            // own: three bytes, no test of the other ranges (measured: 344.6 → 341.5 M
                            // instructions a pass over 400 reports)
                            let lead = b[i]
                            if lead &- 0xE3 < 7, i < wordEnd, k > droppedThrough {
                                // its bytes (and the next) in one load: the two continuation bytes
                                // tested and the bits gathered by masks (measured: 311.8 → 310.9 M)
                                let x = UInt32(littleEndian: UnsafeRawPointer(b.baseAddress.unsafelyUnwrapped + i).loadUnaligned(as: UInt32.self))
                                guard x & 0x00C0_C000 == 0x0080_8000 else { wellFormed = false; break }
                                let original = (x & 0x0F) << 12 | (x & 0x3F00) >> 2 | (x & 0x3F_0000) >> 16
                                i &+= 3
                                var u = original
                                if u >= 0x3400 {
                                    let simple = lookup.simplifyIdeograph(u)
                                    if simple != u { traditional += 1; u = simple }
                                } else if u == 0x3000 {
                                    // (上海市财政援助资金(万元)　3800　4215: one between two characters of a line separates a table's
                                    // cells, as a tab does; a paragraph's indent, 　　全县…, is spaces)
                                    u = n > 0 && previous != 0x0A && previous != 0x3000 && previous != 0x20 && previous != 0x09 ? 0x09 : 0x20
                                }
                                if u == Self.nian, n >= 4 { Self.digitizeYear(o, before: n) }
                                o[n] = u
                                g[n] = Int32(truncatingIfNeeded: k)
                                n &+= 1
                                previous = original; k &+= 1
                                continue
                            }
                            guard UTF8Validation.sequenceLength(b, at: i) != nil else { wellFormed = false; break }
                            let (original, length) = decode(b, at: i)
                            i += length
                            defer { previous = original; k += 1 }
                            var u = original
                            if k <= droppedThrough { continue }
                            if u < 0x80 {
                                if u == 0x0D { continue }
                                if u == 0x20, spacedDigits(b, space: i - 1) { continue }
                                if u == 0x28, isHan(previous), let gloss = pinyinGloss(b, from: i) { droppedThrough = k + gloss; continue }
                                // 占總?cè)丝诘?1.1%: an ASCII `?` between a Han character and a letter or digit
                                // is a character the page's encoding lost, no question's end
                                if u == 0x3F, isHan(previous), i < b.count, Self.isAlphanumeric(b[i]) { u = Self.lostCharacter }
                            } else if u >= 0x3400 && u <= 0x9FFF {   // Han first: most of the text
                                let simple = lookup.simplify(u)
                                if simple != u { traditional += 1; u = simple }
                            } else if u >= 0xFF01 && u <= 0xFF5E {
                                if u == 0xFF08, isHan(previous), let gloss = pinyinGloss(b, from: i) { droppedThrough = k + gloss; continue }
                                u -= 0xFEE0   // full-width forms → ASCII
                            } else if u == 0x3000 || u == 0xA0 { u = 0x20 }
                            else if u >= 0xFE50 && u <= 0xFE5A, let m = Self.smallForms[u] { u = m }   // ﹔ ﹐ ﹑: small forms as the full ones
                            // (a table drawn in box characters: its lines, ─ ═, as a separator's -, every other piece, │ ┼ ├ ┐, as |;
                            // ├──┼──┤ reads as |--|--|, a separator row)
                            else if u >= 0x2500 && u <= 0x257F { u = Self.boxHorizontals.contains(u) ? 0x2D : 0x7C }
                            if u == 0x0A { lineFeeds.append(Int32(truncatingIfNeeded: n)) }
                            else if u == 0x2E { points.append(Int32(truncatingIfNeeded: n)) }   // for ``InjectedWords``
                            o[n] = u
                            g[n] = Int32(truncatingIfNeeded: k)
                            n += 1
                        }
                        off[k] = Int32(truncatingIfNeeded: i)
                        offCount = k + 1
                        originCount = n
                        outCount = n
                    }
                }
            }
        }
        return wellFormed ? (offsets, scalars, origin, traditional, lineFeeds, points) : nil
    }

    /// The scalars and their stored offsets without the ranges `cuts` (in order, apart), and the line feeds'
    /// new places: what ``InjectedWords`` and ``WrappedLines`` take out.
    static func removing(_ cuts: [Range<Int>], scalars: [UInt32], origin: [Int32]) -> (scalars: [UInt32], origin: [Int32], lineFeeds: [Int32]) {
        var s: [UInt32] = [], o: [Int32] = [], feeds: [Int32] = []
        s.reserveCapacity(scalars.count); o.reserveCapacity(scalars.count)
        var next = 0
        var k = 0
        while k < scalars.count {
            if next < cuts.count, k == cuts[next].lowerBound { k = cuts[next].upperBound; next += 1; continue }
            if scalars[k] == newline { feeds.append(Int32(s.count)) }
            s.append(scalars[k]); o.append(origin[k])
            k += 1
        }
        return (s, o, feeds)
    }

    static let nian: UInt32 = 0x5E74   // 年
    /// The digits of a year written in Chinese numerals (`二〇二〇年`, `一九九八年`, `二零一九年`), as ASCII:
    /// the year reads as one written in digits. Asked only at a 年 in the fast path, four scalars back.
    @inline(__always)
    static func digitizeYear(_ o: UnsafeMutableBufferPointer<UInt32>, before n: Int) {
        guard let d0 = yearDigits[o[n - 4]], d0 == 1 || d0 == 2, let d1 = yearDigits[o[n - 3]], d0 == 1 ? d1 == 9 : d1 == 0,
              let d2 = yearDigits[o[n - 2]], let d3 = yearDigits[o[n - 1]] else { return }
        if n >= 5, yearDigits[o[n - 5]] != nil { return }
        o[n - 4] = 0x30 + d0; o[n - 3] = 0x30 + d1; o[n - 2] = 0x30 + d2; o[n - 1] = 0x30 + d3
    }
    static let yearDigits: [UInt32: UInt32] = [0x3007: 0, 0x96F6: 0, 0x25CB: 0, 0x30: 0, 0x4F: 0, 0x4E00: 1, 0x4E8C: 2, 0x4E09: 3, 0x56DB: 4, 0x4E94: 5,
                                                0x516D: 6, 0x4E03: 7, 0x516B: 8, 0x4E5D: 9]

    /// What stands for a character a page's encoding lost (U+FFFD): it ends no sentence, and a
    /// figure right after it has lost its first digits (``Trap``).
    public static let lostCharacter: UInt32 = 0xFFFD
    /// The line feed that ends a line in normalised text.
    public static let newline: UInt32 = 0x0A
    /// The box-drawing characters that draw a line across (`─`, `━`, `═`, dashed ones).
    static let boxHorizontals: Set<UInt32> = [0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550]
    @inline(__always) static func isAlphanumeric(_ c: UInt8) -> Bool { c &- 0x30 < 10 || (c | 0x20) &- 0x61 < 26 }

    /// The small form variants pages set for punctuation (`年增收500元/亩﹔同时…`), as ASCII or as
    /// the full form's normalised scalar.
    static let smallForms: [UInt32: UInt32] = [0xFE50: 0x2C, 0xFE51: 0x3001, 0xFE52: 0x2E, 0xFE54: 0x3B, 0xFE55: 0x3A,
                                               0xFE56: 0x3F, 0xFE57: 0x21, 0xFE59: 0x28, 0xFE5A: 0x29]

    /// Whether the space at byte `p` splits digits a page wrote one by one (`1 1 0 万人次`,
    /// `2 0 1 4 年的6 9 6 3 元`, `1 .6 万家`, `6 0 %`): a single digit before it, and a single digit,
    /// or a point and a digit, after it — or a `%` closing such a run. A group of three after a
    /// digit is a thousands group and keeps its space (`2 416人`).
    @inline(__always)
    static func spacedDigits(_ b: UnsafeBufferPointer<UInt8>, space p: Int) -> Bool {
        @inline(__always) func digit(_ k: Int) -> Bool { k >= 0 && k < b.count && b[k] >= 0x30 && b[k] <= 0x39 }
        guard digit(p - 1), !digit(p - 2), p + 1 < b.count else { return false }
        let next = b[p + 1]
        if digit(p + 1) { return !digit(p + 2) }
        if next == 0x2E { return digit(p + 2) }                                  // 1 .6
        if next == 0x25 { return p >= 3 && b[p - 2] == 0x20 && digit(p - 3) }  // 6 0 %
        return false
    }

    /// UTF-8 continuation bytes (`10xxxxxx`), counted eight at a time: the bit 7 of each byte
    /// whose bit 6 is clear (a byte-by-byte loop was a third of normalising).
    static func continuationBytes(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = b.baseAddress else { return 0 }
        var count = 0, i = 0
        while i + 8 <= b.count {
            let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            // one bit per continuation byte, at bit 7 of its byte; the multiply adds the eight
            // bytes into the top one (the x86-64 baseline has no popcount instruction)
            let bits = (x & ~(x << 1) & 0x8080_8080_8080_8080) >> 7
            count &+= Int(truncatingIfNeeded: (bits &* 0x0101_0101_0101_0101) >> 56)
            i += 8
        }
        while i < b.count { if b[i] & 0xC0 == 0x80 { count += 1 }; i += 1 }
        return count
    }

    /// The scalar at byte `i` of valid UTF-8, and its length in bytes.
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let c = UInt32(b[i])
        if c < 0x80 { return (c, 1) }
        if c < 0xE0 { return ((c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
        if c < 0xF0 { return ((c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3) }
        return ((c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), 4)
    }

    /// How many bytes the UTF-8 sequence starting with `lead` takes (the thresholds of ``decode(_:at:)``).
    static func sequenceLength(_ lead: UInt8) -> Int { lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4 }

    @inline(__always)
    static func isHan(_ u: UInt32) -> Bool { (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) }

    /// Pinyin letters, including tone-marked vowels.
    private static let pinyinLetters = ScalarSet("abcdefghijklmnopqrstuvwxyz" + "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ")

    /// After a `(` ending at byte `from`: how many scalars a pinyin syllable and its closing
    /// `)` take (`qū)` → 3), or nil when none follows.
    private static func pinyinGloss(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        // (bytes still to be checked may end inside a sequence: none is read past the end)
        var i = from, letters = 0
        while i < b.count, letters <= 7, i + sequenceLength(b[i]) <= b.count {
            let (u, length) = decode(b, at: i)
            guard pinyinLetters.contains(u) else { break }
            i += length; letters += 1
        }
        guard letters > 0, i < b.count, i + sequenceLength(b[i]) <= b.count else { return nil }
        let closer = decode(b, at: i).0
        return closer == 0x29 || closer == 0xFF09 ? letters + 1 : nil
    }

    /// The stored text between two normalised offsets (end exclusive).
    public func storedText(from start: Int, to end: Int) -> String {
        guard start < end, start < origin.count else { return "" }
        let a = Int(origin[start])
        let b = end < origin.count ? Int(origin[end - 1]) + 1 : utf8Offsets.count - 1
        return storedText(a..<b)
    }

    /// A figure's surface: the stored text between two normalised offsets, less the line breaks
    /// a page's layout put inside it (`4120⏎万元` is `4120万元`, ``WrappedLines``).
    public func surface(from start: Int, to end: Int) -> String {
        let whole = storedText(from: start, to: end)
        // (stored one after the other, as nearly every surface is, nothing was taken out inside it: no scan of
        // its bytes; measured: a scan of every surface cost 3.0 M instructions a pass over 400 reports)
        guard start < end, end <= origin.count, Int(origin[end - 1] - origin[start]) != end - 1 - start,
              whole.utf8.contains(UInt8(Self.newline)) else { return whole }
        var out = "", k = start
        while k < end {
            var e = k + 1   // a run of scalars stored one after the other
            while e < end, origin[e] == origin[e - 1] + 1 || !storedText(Int(origin[e - 1]) + 1..<Int(origin[e])).contains("\n") { e += 1 }
            out += storedText(from: k, to: e)
            k = e
        }
        return out
    }

    /// The stored text of a range of stored scalars: a copy of `text`'s bytes.
    public func storedText(_ r: Range<Int>) -> String {
        // the bytes copied straight from the text's storage: through a Substring of its UTF-8
        // view each copy checked its ends and built two views (measured: 387.7 → 383.7 M
        // instructions a pass over 400 reports)
        // (and not checked again: a slice of a String's bytes between scalars is well formed;
        // measured with ``string(_:)``'s bytes copied the same way: 323.6 → 321.7 M)
        let (a, b) = (Int(utf8Offsets[r.lowerBound]), Int(utf8Offsets[r.upperBound]))
        if let copy = text.utf8.withContiguousStorageIfAvailable({ String(copyingValidUTF8: UnsafeBufferPointer(rebasing: $0[a..<b])) }) {
            return copy
        }
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

    /// Scalars → String, encoding UTF-8 by hand into a buffer the string copies without
    /// checking it (it is well formed: surrogates and what is beyond U+10FFFF are left out):
    /// one allocation, none for strings of up to 15 bytes (appending scalars costs several).
    static func string<C: Collection>(_ s: C) -> String where C.Element == UInt32 {
        // the exact length first, so that short strings stay small (inline)
        var length = 0
        for u in s { length += u < 0x80 ? 1 : u < 0x800 ? 2 : u < 0x10000 ? ((u & 0xF800) == 0xD800 ? 0 : 3) : u <= 0x10FFFF ? 4 : 0 }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { out in
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
            return String(copyingValidUTF8: UnsafeBufferPointer(rebasing: out[..<n]))
        }
    }
}
