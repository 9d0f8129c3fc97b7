import Crypto

/// SHA-256 (FIPS 180-4), hex; the store uses it to see that content is unchanged.
public enum ContentHash {
    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        let digest = SHA256.hash(data: bytes)
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
