import Crypto

/// SHA-256 (FIPS 180-4), hex; the store uses it to see that content is unchanged.
public enum ContentHash {
    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// The hash of a text's UTF-8, read in place (no copy of the text).
    public static func sha256Hex(utf8 text: String) -> String {
        var text = text
        return hex(text.withUTF8 { SHA256.hash(data: UnsafeRawBufferPointer($0)) })
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: 64) { out in
            var i = 0
            for b in digest {
                out[i] = digits[Int(b >> 4)]; out[i + 1] = digits[Int(b & 0xF)]; i += 2
            }
            return 64
        }
    }
}
