import Foundation

/// Document ids are file names without the extension (`001_09c03b03f3e3dd39`), made safe to
/// use as a file name inside the store: no path separators, no leading dots, no control
/// characters or NUL, NFC-normalised, at most 100 characters.
public enum DocumentID {
    public static let maxLength = 100

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
        if out.unicodeScalars.count > maxLength { out = String(String.UnicodeScalarView(out.unicodeScalars.prefix(maxLength))) }
        return out.isEmpty ? "document" : out
    }
}
