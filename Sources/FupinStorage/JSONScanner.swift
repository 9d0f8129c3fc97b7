import FupinCore
#if canImport(Glibc)
import Glibc
#endif

/// A small JSON reader over bytes for the fact index: arrays of numbers and strings read
/// straight into Swift arrays, hundreds of MB per second. Foundation's decoders build a tree
/// of boxed values first, which for millions of numbers took most of a query's time.
struct JSONScanner {
    struct Failure: Error, CustomStringConvertible {
        let offset: Int, message: String
        var description: String { "byte \(offset): \(message)" }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    func fail(_ m: String) -> Failure { Failure(offset: i, message: m) }

    mutating func expect(_ b: UInt8) throws(Failure) {
        skipSpace()
        guard i < bytes.count, bytes[i] == b else { throw fail("expected '\(Character(Unicode.Scalar(b)))'") }
        i += 1
    }

    /// Consumes `b` if it comes next.
    mutating func take(_ b: UInt8) -> Bool {
        skipSpace()
        if i < bytes.count, bytes[i] == b { i += 1; return true }
        return false
    }

    /// `{"key": value, …}`: calls `field` for each key, positioned at its value.
    mutating func object(_ field: (inout JSONScanner, String) throws(Failure) -> Void) throws(Failure) {
        try expect(0x7B)
        if take(0x7D) { return }
        repeat {
            let k = try string()
            try expect(0x3A)
            try field(&self, k)
        } while take(0x2C)
        try expect(0x7D)
    }

    /// `[v, …]`, calling `element` for each.
    mutating func array(_ element: (inout JSONScanner) throws(Failure) -> Void) throws(Failure) {
        try expect(0x5B)
        if take(0x5D) { return }
        repeat { try element(&self) } while take(0x2C)
        try expect(0x5D)
    }

    mutating func string() throws(Failure) -> String {
        try expect(0x22)
        let start = i
        while i < bytes.count, bytes[i] != 0x22, bytes[i] != 0x5C { i += 1 }
        guard i < bytes.count else { throw fail("unterminated string") }
        if bytes[i] == 0x22 {
            defer { i += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        }
        var out = Array(bytes[start..<i])
        while i < bytes.count, bytes[i] != 0x22 {
            if bytes[i] != 0x5C { out.append(bytes[i]); i += 1; continue }
            i += 1
            guard i < bytes.count else { break }
            let e = bytes[i]; i += 1
            if e == 0x75 {
                var u = try hex4()
                if (0xD800..<0xDC00).contains(u), i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 {
                    i += 2
                    let low = try hex4()
                    u = 0x10000 + ((u - 0xD800) << 10) + (low &- 0xDC00)
                }
                out.append(contentsOf: String(Unicode.Scalar(u) ?? "\u{FFFD}").utf8)
            } else {
                out.append(JSONText.shortEscapes.first(where: { $0.letter == e })?.byte ?? e)
            }
        }
        guard i < bytes.count else { throw fail("unterminated string") }
        i += 1
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard i + 4 <= bytes.count else { throw fail("bad \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]; i += 1
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x61...0x66: d = UInt32(b - 0x61 + 10)
            case 0x41...0x46: d = UInt32(b - 0x41 + 10)
            default: throw fail("bad \\u escape")
            }
            v = v << 4 | d
        }
        return v
    }

    mutating func optionalString() throws(Failure) -> String? {
        if isNull() { return nil }
        return try string()
    }

    mutating func isNull() -> Bool {
        skipSpace()
        if i + 4 <= bytes.count, bytes[i] == 0x6E, bytes[i + 1] == 0x75, bytes[i + 2] == 0x6C, bytes[i + 3] == 0x6C { i += 4; return true }
        return false
    }

    mutating func int() throws(Failure) -> Int {
        skipSpace()
        var negative = false
        if i < bytes.count, bytes[i] == 0x2D { negative = true; i += 1 }
        let start = i
        var v = 0
        while i < bytes.count, bytes[i] &- 0x30 < 10 { v = v &* 10 &+ Int(bytes[i] &- 0x30); i += 1 }
        guard i > start, i - start < 19 || (i - start == 19 && v >= 0) else { throw fail("expected an integer") }
        return negative ? -v : v
    }

    mutating func double() throws(Failure) -> Double {
        skipSpace()
        let start = i
        if i < bytes.count, bytes[i] == 0x2D { i += 1 }
        var v = 0, digits = 0
        while i < bytes.count, bytes[i] &- 0x30 < 10 { v = v &* 10 &+ Int(bytes[i] &- 0x30); i += 1; digits += 1 }
        let plain = i >= bytes.count || (bytes[i] != 0x2E && bytes[i] != 0x65 && bytes[i] != 0x45)
        if plain, digits > 0, digits <= 15 { return bytes[start] == 0x2D ? -Double(v) : Double(v) }
        while i < bytes.count, bytes[i] == 0x2E || bytes[i] == 0x65 || bytes[i] == 0x45 || bytes[i] == 0x2B || bytes[i] == 0x2D || bytes[i] &- 0x30 < 10 { i += 1 }
        guard i - start < 64 else { throw fail("number too long") }
        var buf = [CChar](repeating: 0, count: i - start + 1)
        for k in start..<i { buf[k - start] = CChar(bitPattern: bytes[k]) }
        var end: UnsafeMutablePointer<CChar>?
        let d = buf.withUnsafeMutableBufferPointer { p in strtod(p.baseAddress!, &end) }
        guard digits > 0 || i - start > 1 else { throw fail("expected a number") }
        return d
    }

    /// `[1,2,…]` of integers, read in one tight loop (the index holds millions of them).
    mutating func ints<T: FixedWidthInteger>(_: T.Type = T.self, capacity: Int = 0) throws(Failure) -> [T] {
        try expect(0x5B)
        var out: [T] = []
        out.reserveCapacity(capacity)
        skipSpace()
        if i < bytes.count, bytes[i] == 0x5D { i += 1; return out }
        let n = bytes.count
        while true {
            var negative = false
            if i < n, bytes[i] == 0x2D { negative = true; i += 1 }
            let start = i
            var v = 0
            while i < n, bytes[i] &- 0x30 < 10 { v = v &* 10 &+ Int(bytes[i] &- 0x30); i += 1 }
            guard i > start, i - start < 19 || (i - start == 19 && v >= 0), let t = T(exactly: negative ? -v : v) else {
                throw fail("expected an integer")
            }
            out.append(t)
            if i < n, bytes[i] == 0x2C { i += 1; continue }
            skipSpace()
            if i < n, bytes[i] == 0x2C { i += 1; skipSpace(); continue }
            if i < n, bytes[i] == 0x5D { i += 1; return out }
            throw fail("expected ',' or ']'")
        }
    }

    mutating func doubles(capacity: Int = 0) throws(Failure) -> [Double] {
        try expect(0x5B)
        var out: [Double] = []
        out.reserveCapacity(capacity)
        if take(0x5D) { return out }
        repeat { out.append(try double()) } while take(0x2C)
        try expect(0x5D)
        return out
    }

    mutating func strings() throws(Failure) -> [String] {
        var out: [String] = []
        try array { (s: inout JSONScanner) throws(Failure) in out.append(try s.string()) }
        return out
    }

    mutating func optionalStrings() throws(Failure) -> [String?] {
        var out: [String?] = []
        try array { (s: inout JSONScanner) throws(Failure) in out.append(try s.optionalString()) }
        return out
    }

    /// Skips an array or object without building anything: one pass counting brackets,
    /// stepping over strings. Used to find the columns so they can be read in parallel.
    mutating func skipFast() throws(Failure) {
        skipSpace()
        guard i < bytes.count, bytes[i] == 0x5B || bytes[i] == 0x7B else { return try skipValue() }
        let n = bytes.count
        // A flat array of numbers ends at the first ']' (if it is not flat, reading it fails later).
        if bytes[i] == 0x5B, i + 1 < n, bytes[i + 1] == 0x2D || bytes[i + 1] &- 0x30 < 10,
           let end = memchr(bytes.baseAddress! + i, 0x5D, n - i) {
            i = bytes.baseAddress!.distance(to: end.assumingMemoryBound(to: UInt8.self)) + 1
            return
        }
        var depth = 0
        while i < n {
            let b = bytes[i]
            i += 1
            switch b {
            case 0x5B, 0x7B: depth += 1
            case 0x5D, 0x7D:
                depth -= 1
                if depth == 0 { return }
            case 0x22:
                while i < n, bytes[i] != 0x22 { i += bytes[i] == 0x5C ? 2 : 1 }
                i += 1
            default: break
            }
        }
        throw fail("unterminated value")
    }

    /// Skips any value (for keys a newer writer added).
    mutating func skipValue() throws(Failure) {
        skipSpace()
        guard i < bytes.count else { throw fail("unexpected end") }
        switch bytes[i] {
        case 0x22: _ = try string()
        case 0x7B: try object { (s: inout JSONScanner, _: String) throws(Failure) in try s.skipValue() }
        case 0x5B: try array { (s: inout JSONScanner) throws(Failure) in try s.skipValue() }
        default:
            let start = i
            while i < bytes.count, !(bytes[i] == 0x2C || bytes[i] == 0x5D || bytes[i] == 0x7D || bytes[i] == 0x20 || bytes[i] == 0x0A) { i += 1 }
            guard i > start else { throw fail("expected a value") }
        }
    }
}
