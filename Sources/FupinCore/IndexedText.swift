/// A document's text with the UTF-8 offset of each of its Unicode scalars.
///
/// Facts hold their sentence and clause as scalar spans of the text (`sentenceSpan`,
/// `textSpan`); with this index a writer copies them straight out of the text's bytes, so
/// `fupin extract` builds no string per sentence it only writes out.
public struct IndexedText: Sendable {
    public let text: String
    /// For each scalar of `text`, its UTF-8 offset; then one more entry, the text's length.
    public let byteOffsets: [Int32]

    public init(text: String, byteOffsets: [Int32]) {
        self.text = text
        self.byteOffsets = byteOffsets
    }

    /// Indexes a text by walking it (the extractor hands over the index it already made).
    public init(_ text: String) {
        var offsets: [Int32] = []
        var k: Int32 = 0
        for u in text.unicodeScalars {
            offsets.append(k)
            k += Int32(UTF8.width(u))
        }
        offsets.append(k)
        self.init(text: text, byteOffsets: offsets)
    }

    /// The UTF-8 range of a scalar span; nil when the span is not inside the text.
    public func byteRange(_ span: Range<Int>) -> Range<Int>? {
        guard span.lowerBound >= 0, span.upperBound < byteOffsets.count else { return nil }
        return Int(byteOffsets[span.lowerBound])..<Int(byteOffsets[span.upperBound])
    }

    /// The bytes of a scalar span, in place; nil when the span is not inside the text.
    public func withUTF8<R>(_ span: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        guard let r = byteRange(span) else { return nil }
        var text = text   // a native string: no copy
        return try text.withUTF8 { try body(UnsafeBufferPointer(rebasing: $0[r])) }
    }

    /// The text of a scalar span ("" when it is not inside the text).
    public func string(_ span: Range<Int>) -> String {
        withUTF8(span) { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}
