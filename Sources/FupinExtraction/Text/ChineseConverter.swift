import COpenCC
import Foundation

/// Traditional → simplified, character by character, through OpenCC's `t2s` table.
///
/// OpenCC is asked once, for every CJK ideograph in the Basic Multilingual Plane; the
/// answers become a lookup table, so converting a report is one array read per scalar and
/// a report without traditional characters costs nothing. (`漢臺區` → `汉台区`.) Character
/// mapping keeps offsets 1:1 with the stored text, which is what provenance needs.
public final class ChineseConverter: Sendable {
    public static let shared = ChineseConverter()

    /// CJK Unified Ideographs and Extension A.
    private static let ranges: [ClosedRange<UInt32>] = [0x3400...0x4DBF, 0x4E00...0x9FFF]
    private static let base: UInt32 = 0x3400
    /// Simplified scalar for each scalar from U+3400 to U+9FFF; 0 where nothing changes.
    private let table: [UInt32]
    /// One bit per scalar from U+3400 to U+9FFF: set where `table` has a change. 3 KB stay in
    /// the first-level cache where the 110 KB table does not; most text has few such characters.
    private let changes: [UInt64]
    /// Why OpenCC could not be used, when it could not (the table is then empty).
    public let unavailableReason: String?

    private init() {
        // OpenCC's character dictionary alone (`t2s-characters.json`: TSCharacters, and an empty
        // segmentation dictionary instead of the phrases), asked for all ideographs in one run
        // without separators: a quarter of the work of t2s.json with a line per character (the
        // phrases never apply one character at a time; segmenting looked each character up
        // again). OpenCC's own t2s.json, a line a character, when that config cannot be used.
        let asked: [UInt32]
        if let config = Self.characterConfig, let map = Self.ask(config: config, separated: false) {
            asked = map
        } else if let map = Self.ask(config: "t2s.json", separated: true) {
            asked = map
        } else {
            self.table = []
            changes = []
            unavailableReason = String(cString: opencc_error())
            return
        }
        // variants OpenCC's table leaves as they are (陜西 is 陕西 on many pages)
        var adjusted = asked
        for (variant, simple) in Self.variants { adjusted[Int(variant - Self.base)] = simple }
        for u in Self.kept { adjusted[Int(u - Self.base)] = 0 }
        table = adjusted
        var bits = [UInt64](repeating: 0, count: (adjusted.count + 63) / 64)
        for (k, v) in adjusted.enumerated() where v != 0 { bits[k >> 6] |= 1 << UInt64(k & 63) }
        changes = bits
        unavailableReason = nil
    }

    /// Variant characters that pages use and OpenCC's `t2s` leaves unchanged, each with its
    /// simplified form: `陜西` (陕西), `彞族` (彝族), `靑海` (青海), `黒龙江`, `戸` (户), `県` (县). One pair a row.
    static let variants: [(UInt32, UInt32)] = ["陜陕", "彞彝", "彜彝", "靑青", "淸清", "黒黑", "戸户", "県县", "鄕乡", "隂阴",
        "衞卫", "団团", "鉄铁", "騐验", "槪概", "兎兔", "郞郎", "囘回", "蔴麻", "汚污", "菓果", "鑛矿", "従从", "発发",
        "図图", "読读", "駅驿", "転转", "亀龟"].map { pair in
            let u = Array(pair.unicodeScalars)
            return (u[0].value, u[1].value)
        }

    /// Characters OpenCC maps that simplified text keeps in names: 乾 is 干 as "dry" but stays in
    /// 乾县, 乾安县, 万乾村 (a character at a time cannot tell them apart; a name lost is worse than
    /// a 乾旱 left as written, which no cue needs).
    static let kept: [UInt32] = ["乾"].map { $0.unicodeScalars.first!.value }

    /// The bundled character-only config's path.
    static var characterConfig: String? { Bundle.module.url(forResource: "t2s-characters", withExtension: "json")?.path }

    /// The simplified scalar of every ideograph from OpenCC with `config` (0 where none
    /// changes): a line a character when `separated`, else all in one run, which must come
    /// back one scalar for one. Nil when OpenCC cannot open the config or the run does not
    /// line up. Input and output are handled as bytes (Strings cost as much as OpenCC).
    static func ask(config: String, separated: Bool) -> [UInt32]? {
        let cc = opencc_open(config)
        if fupin_opencc_failed(cc) != 0 { return nil }
        defer { opencc_close(cc) }
        var map = [UInt32](repeating: 0, count: Int(0x9FFF - Self.base + 1))
        for range in Self.ranges {
            var input: [CChar] = []
            input.reserveCapacity(range.count * 4 + 1)
            for v in range {   // three UTF-8 bytes each (U+3400…U+9FFF)
                input.append(CChar(bitPattern: UInt8(0xE0 | v >> 12)))
                input.append(CChar(bitPattern: UInt8(0x80 | (v >> 6) & 0x3F)))
                input.append(CChar(bitPattern: UInt8(0x80 | v & 0x3F)))
                if separated { input.append(0x0A) }
            }
            input.append(0)
            guard let out = opencc_convert_utf8(cc, input, input.count - 1) else { return nil }
            defer { opencc_convert_utf8_free(out) }
            let converted = UnsafeBufferPointer(start: UnsafeRawPointer(out).assumingMemoryBound(to: UInt8.self), count: strlen(out))
            var v = range.lowerBound, i = 0
            while i < converted.count, v <= range.upperBound {
                // one line, or one scalar, per character asked
                var end = i
                if separated { while end < converted.count, converted[end] != 0x0A { end += 1 } } else { end = i + NormalizedText.sequenceLength(converted[i]) }
                guard end <= converted.count else { return nil }
                if let u = Self.singleScalar(UnsafeBufferPointer(rebasing: converted[i..<end])), u != v { map[Int(v - Self.base)] = u }
                i = separated ? end + 1 : end
                v += 1
            }
            if v <= range.upperBound || (!separated && i != converted.count) { return nil }   // out of step
        }
        return map
    }

    /// The scalar a line of UTF-8 holds when it holds exactly one.
    private static func singleScalar(_ b: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard let lead = b.first, NormalizedText.sequenceLength(lead) == b.count else { return nil }
        return NormalizedText.decode(b, at: 0).0
    }

    /// The simplified form of one scalar (itself when it is not traditional).
    @inline(__always)
    public func simplify(_ u: UInt32) -> UInt32 {
        withLookup { $0.simplify(u) }
    }

    /// The change bits and the table as buffers: a loop over a whole text simplifies through
    /// these (read through the class per scalar, the arrays were loaded again each time).
    struct Lookup {
        let changes: UnsafeBufferPointer<UInt64>
        let table: UnsafeBufferPointer<UInt32>

        @inline(__always)
        func simplify(_ u: UInt32) -> UInt32 {
            guard u >= ChineseConverter.base, u <= 0x9FFF, !changes.isEmpty else { return u }
            let k = Int(u &- ChineseConverter.base)
            guard changes[k >> 6] & (1 << UInt64(k & 63)) != 0 else { return u }
            return table[k]
        }

        /// ``simplify(_:)`` of a scalar known to lie in U+3400…U+9FFF.
        @inline(__always)
        func simplifyIdeograph(_ u: UInt32) -> UInt32 {
            let k = Int(u &- ChineseConverter.base)
            guard !changes.isEmpty, changes[k >> 6] & (1 << UInt64(k & 63)) != 0 else { return u }
            return table[k]
        }
    }

    @inline(__always)
    func withLookup<R>(_ body: (Lookup) throws -> R) rethrows -> R {
        try changes.withUnsafeBufferPointer { c in try table.withUnsafeBufferPointer { t in try body(Lookup(changes: c, table: t)) } }
    }

    /// Whether the scalar is a traditional-only character.
    @inline(__always)
    public func isTraditional(_ u: UInt32) -> Bool {
        u >= Self.base && u <= 0x9FFF && !table.isEmpty && table[Int(u - Self.base)] != 0
    }

    /// Simplified → traditional through OpenCC's `s2t` (phrases included), for generating test
    /// corpora; the text unchanged when OpenCC is unavailable.
    public func traditional(_ text: String) -> String {
        guard let cc = Self.s2t else { return text }
        guard let out = text.withCString({ opencc_convert_utf8(cc, $0, strlen($0)) }) else { return text }
        defer { opencc_convert_utf8_free(out) }
        return String(cString: out)
    }

    /// One s2t converter, opened on first use (used from one thread: the corpus generator).
    nonisolated(unsafe) private static let s2t: opencc_t? = {
        let cc = opencc_open("s2t.json")
        return fupin_opencc_failed(cc) == 0 ? cc : nil
    }()

    /// `漢臺` → `汉台`.
    public func simplify(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars { out.append(Unicode.Scalar(simplify(u.value)) ?? u) }
        return String(out)
    }
}
