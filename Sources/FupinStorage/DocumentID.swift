import Foundation

/// Document ids are file names without the extension (`001_09c03b03f3e3dd39`), made safe to
/// use as a file name inside the store: no path separators, no leading dots, no control
/// characters or NUL, NFC-normalised, at most 150 bytes of UTF-8 (file names stop at 255).
public enum DocumentID {
    public static let maxBytes = 150

    /// Extensions of report files: folders are read for these, and ids leave them off.
    public static let reportExtensions: Set<String> = ["txt", "html", "htm", "text"]

    public static func from(fileName: String) -> String {
        var base = lastPathComponent(fileName)
        if let ext = fileExtension(base), reportExtensions.contains(ext) { base = String(base.dropLast(ext.count + 1)) }
        return sanitize(base)
    }

    /// A file name's extension after its last dot, lower-cased (`HTML` → `html`); nil without a dot.
    public static func fileExtension(_ name: String) -> String? {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) else { return nil }
        return String(Substring(name.utf8[name.utf8.index(after: dot)...])).lowercased()
    }

    /// What follows a path's last `/` (the path itself when it has none; trailing slashes
    /// ignored). A split on the bytes: NSString's took longer than reading a small file.
    public static func lastPathComponent(_ path: String) -> String {
        var u = path.utf8[...]
        while u.count > 1, u.last == UInt8(ascii: "/") { u = u.dropLast() }
        if let slash = u.lastIndex(of: UInt8(ascii: "/")), u.index(after: slash) < u.endIndex { u = u[u.index(after: slash)...] }
        return String(Substring(u))
    }

    public static func sanitize(_ raw: String) -> String {
        // the usual id (ASCII letters, digits, - _ . after a letter or digit) is safe as it is;
        // NFC normalisation below costs more than extracting a small report
        func alnum(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) }
        if raw.utf8.count <= maxBytes, let first = raw.utf8.first, alnum(first),
           raw.utf8.allSatisfy({ alnum($0) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E }) { return raw }
        var out = ""
        for ch in raw.precomposedStringWithCanonicalMapping.unicodeScalars {
            let ok = ch.properties.isAlphabetic || ("0"..."9").contains(ch) || ch == "-" || ch == "_" || ch == "."
                || ch.properties.numericType != nil
            out.unicodeScalars.append(ok ? ch : "_")
        }
        while out.hasPrefix(".") || out.hasPrefix("_") && out.count > 1 && out.dropFirst().allSatisfy({ $0 == "_" }) { out.removeFirst() }
        while out.hasPrefix(".") { out.removeFirst() }
        if out.utf8.count > maxBytes {
            var cut = String.UnicodeScalarView()
            var bytes = 0
            for u in out.unicodeScalars {
                bytes += UTF8.width(u)
                if bytes > maxBytes { break }
                cut.append(u)
            }
            out = String(cut)
        }
        return out.isEmpty ? "document" : out
    }
}
