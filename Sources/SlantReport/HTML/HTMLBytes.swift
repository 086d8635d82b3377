import SlantCore

/// Markup built by SlantReport as UTF-8 bytes, inserted as it is by `{{{ }}}`.
///
/// An article page's sentences and loaded-term rows are most of its bytes; building them
/// straight into a byte buffer, instead of through `String` interpolation and a final
/// conversion, was most of the rendering time of a 100,000-article report.
struct RawHTML: Sendable, CustomStringConvertible {
    var bytes: [UInt8]

    /// The markup as a string, for swift-mustache (the renderer of restyled templates it
    /// alone handles).
    var description: String { String(decoding: bytes, as: UTF8.self) }
}

/// Appending pieces of HTML to a byte buffer; every piece of text from the input goes
/// through `appendEscaped`.
extension Array where Element == UInt8 {
    /// Appends markup written in the source (never input text).
    @inline(__always)
    mutating func appendMarkup(_ markup: StaticString) {
        markup.withUTF8Buffer { append(contentsOf: $0) }
    }

    /// Appends text that needs no escaping: numbers and fixed names made by Slant.
    mutating func appendPlain(_ text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }

    /// Appends a decimal integer.
    mutating func appendInt(_ n: Int) {
        JSONBytes.appendInt(n, to: &self)
    }

    /// Appends `text` HTML-escaped (`& < > " '`) byte by byte, so it is inert in text and in
    /// quoted attribute values alike, and no following combining mark can hide a `<` or a quote.
    mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { appendEscaped($0, 0..<$0.count) }
    }

    /// Appends bytes `range` of the UTF-8 `source`, HTML-escaped.
    mutating func appendEscaped(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var runStart = range.lowerBound
        for i in range {
            let entity: StaticString
            switch source[i] {
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "\""): entity = "&quot;"
            case UInt8(ascii: "'"): entity = "&#39;"
            default: continue
            }
            if runStart < i { append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<i])) }
            appendMarkup(entity)
            runStart = i + 1
        }
        if runStart < range.upperBound { append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<range.upperBound])) }
    }
}

extension Array where Element == UInt8 {
    /// Appends `x` with two decimals, as `Num.fixed(x, 2)` writes it.
    mutating func appendFixed2(_ x: Double) {
        let scaled = (x * 100).rounded()
        guard x.isFinite, abs(scaled) < 1e15 else {
            appendPlain(Num.fixed(x, 2))
            return
        }
        if scaled < 0 { append(UInt8(ascii: "-")) }
        let v = Int(abs(scaled))
        appendInt(v / 100)
        append(UInt8(ascii: "."))
        append(UInt8(ascii: "0") + UInt8(v % 100 / 10))
        append(UInt8(ascii: "0") + UInt8(v % 10))
    }
}
