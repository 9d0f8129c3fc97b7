import Foundation

/// Document ids are file names without the extension (`001_09c03b03f3e3dd39`), made safe to
/// use as a file name inside the store: no path separators, no leading dots, no control
/// characters or NUL, NFC-normalised, at most 150 bytes of UTF-8 (file names stop at 255).
public enum DocumentID {
    public static let maxBytes = 150

    public static func from(fileName: String) -> String {
        var base = (fileName as NSString).lastPathComponent
        for ext in [".txt", ".html", ".htm", ".text"] where base.lowercased().hasSuffix(ext) {
            base = String(base.dropLast(ext.count)); break
        }
        return sanitize(base)
    }

    public static func sanitize(_ raw: String) -> String {
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
