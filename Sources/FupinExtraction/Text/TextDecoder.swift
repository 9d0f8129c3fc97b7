import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why a file could not be read as a report.
public enum InputProblem: Error, CustomStringConvertible, Equatable, Sendable {
    case empty
    case binary(String)
    case undecodable(String)
    case tooLarge(Int)

    public var description: String {
        switch self {
        case .empty: return "empty file"
        case .binary(let why): return "binary data, not text (\(why))"
        case .undecodable(let why): return "cannot decode as UTF-8, UTF-16 or GB18030 (\(why))"
        case .tooLarge(let n): return "too large (\(n / 1_048_576) MB; the limit is \(TextDecoder.maxBytes / 1_048_576) MB)"
        }
    }
}

/// Bytes → text: UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK detected;
/// binary files (NUL bytes, image and archive signatures) are refused.
public enum TextDecoder {
    /// Reports are a few kilobytes; a file above this is refused rather than exhausting memory.
    public static let maxBytes = 64 * 1_048_576

    private static let signatures: [([UInt8], String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"), ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "GIF image"), ([0x25, 0x50, 0x44, 0x46], "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"), ([0x1F, 0x8B], "gzip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
    ]

    /// Decodes `bytes`, returning the text and the name of the encoding used.
    public static func decode(_ bytes: [UInt8]) throws(InputProblem) -> (text: String, encoding: String) {
        guard let body = try utf8Body(bytes) else { return utf16(bytes) }
        if let text = String(validatingUTF8: body) {
            return (text, "utf-8")
        }
        if let text = gb18030(Array(body)) { return (text, "gb18030") }
        let bad = firstInvalidUTF8(body)
        throw .undecodable("invalid UTF-8 at byte \(bad)")
    }

    /// The bytes that should be UTF-8 (less a byte-order mark), not yet checked; nil for UTF-16
    /// (a byte-order mark of its own); throws for what is no text at all.
    static func utf8Body(_ bytes: [UInt8]) throws(InputProblem) -> ArraySlice<UInt8>? {
        if bytes.isEmpty { throw .empty }
        if bytes.count > maxBytes { throw .tooLarge(bytes.count) }
        for (magic, name) in signatures where bytes.starts(with: magic) { throw .binary(name) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        if let nul = firstNUL(bytes) { throw .binary("NUL byte at offset \(nul)") }
        return bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
    }

    /// Bytes that start with UTF-16's byte-order mark as text.
    private static func utf16(_ bytes: [UInt8]) -> (text: String, encoding: String) {
        let little = bytes[0] == 0xFF
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8
                                : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
            i += 2
        }
        return (String(decoding: units, as: UTF16.self), little ? "utf-16le" : "utf-16be")
    }

    /// Where the first NUL byte is.
    static func firstNUL(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstIndex(of: 0, in: $0, from: 0, to: $0.count) }
    }

    /// The offset of the first `byte` in `b[from..<to]`, by memchr (a byte loop cost two
    /// instructions a byte over whole files).
    static func firstIndex(of byte: UInt8, in b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        guard let base = b.baseAddress, from < to, let hit = memchr(base + from, Int32(byte), to - from) else { return nil }
        return UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
    }

    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var it = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &it) {
            case .valid(let e): offset += e.count
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }

    /// GB18030 through glibc's iconv; nil when the bytes are not valid GB18030 either.
    static func gb18030(_ input: [UInt8]) -> String? {
        let cd = iconv_open("UTF-8", "GB18030")
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var src = input.map { CChar(bitPattern: $0) }
        var outLeft = output.count
        let ok: Bool = src.withUnsafeMutableBufferPointer { sp in
            output.withUnsafeMutableBufferPointer { dp in
                var inPtr: UnsafeMutablePointer<CChar>? = sp.baseAddress
                var inLeft = sp.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(dp.baseAddress!).assumingMemoryBound(to: CChar.self)
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                return r != -1 && inLeft == 0
            }
        }
        guard ok else { return nil }
        output.removeLast(outLeft)
        return String(validatingUTF8: output[...])
    }
}
