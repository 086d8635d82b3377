/// Splits a stream of UTF-8 chunks into sentences as they complete, with code point offsets
/// into the whole stream, holding only the unfinished paragraph in memory.
///
/// The splitter never looks across a paragraph break, so the stream cuts its buffer at the
/// last blank line of what has arrived and splits everything before it: the sentences are
/// exactly those of splitting the whole text at once. Text with no blank line for
/// `maximumPending` bytes is cut at the last sentence end before the newest `margin` bytes
/// (there a sentence could in principle differ from a whole-text split).
public struct SentenceStream {
    /// One sentence: its bytes (valid only during the callback), code point span, and the rule
    /// that ended it.
    public typealias Emit = (_ bytes: UnsafeBufferPointer<UInt8>, _ span: TextSpan, _ rule: StaticString) -> Void

    public let splitter: SentenceSplitter
    public var maximumPending = 1 << 20
    public var margin = 64 << 10
    private var buffer: [UInt8] = []
    /// Scalar offset of `buffer[0]` in the stream.
    private var bufferScalars = 0
    /// Bytes at the buffer's start already searched for a paragraph break.
    private var searched = 0
    private var validator = UTF8Validator()
    /// The first invalid UTF-8 found; nothing is split after it.
    public private(set) var invalid: UTF8Validator.Failure?
    /// The number of sentences emitted so far.
    public private(set) var count = 0

    public init(splitter: SentenceSplitter) {
        self.splitter = splitter
        buffer.reserveCapacity(1 << 20)
    }

    /// Adds a chunk and emits the sentences it completes. Stops at invalid UTF-8 (see `invalid`).
    public mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, _ emit: Emit) {
        guard invalid == nil else { return }
        if let failure = validator.feed(chunk) {
            invalid = failure
            return
        }
        buffer.append(contentsOf: chunk)
        if let cut = lastParagraphBreak() {
            process(upTo: cut, emitAll: true, emit)
        } else if buffer.count > maximumPending {
            process(upTo: buffer.count, emitAll: false, emit)
        }
    }

    /// Adds a chunk given as an array.
    public mutating func feed(_ chunk: [UInt8], _ emit: Emit) {
        chunk.withUnsafeBufferPointer { feed($0, emit) }
    }

    /// Ends the stream: emits the last sentences.
    public mutating func finish(_ emit: Emit) {
        guard invalid == nil else { return }
        if let failure = validator.finish() {
            invalid = failure
            return
        }
        process(upTo: buffer.count, emitAll: true, emit)
    }

    /// The position of the newline that ends the last blank line in the buffer, or nil.
    private mutating func lastParagraphBreak() -> Int? {
        let floor = max(0, searched - 4)
        searched = buffer.count
        return buffer.withUnsafeBufferPointer { b -> Int? in
            var i = b.count - 1
            while i > floor {
                if b[i] == 0x0A {
                    var j = i - 1
                    while j >= floor, b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x0D { j -= 1 }
                    if j >= floor, b[j] == 0x0A { return i }
                }
                i -= 1
            }
            return nil
        }
    }

    /// Splits `buffer[0..<end]` and emits its sentences, then drops what was emitted. Unless
    /// `emitAll`, sentences ending in the newest `margin` bytes wait for more text.
    private mutating func process(upTo end: Int, emitAll: Bool, _ emit: Emit) {
        var cursorByte = 0
        var cursorScalar = bufferScalars
        var cut = end
        var emitted = 0
        let limit = emitAll ? end : end - margin
        let splitter = self.splitter
        buffer.withUnsafeBufferPointer { b in
            var pending = splitter.scan(b, 0..<end)
            // Cut at a blank line, the last sentence ended at a paragraph break, not the text's end.
            if end < b.count, let lastRule = pending.last?.1, "\(lastRule)" == "end-of-text" {
                pending[pending.count - 1].1 = "paragraph-break"
            }
            var last = -1
            if !emitAll {
                // Keep the sentences near the end (and the one before them, whose end may move).
                last = pending.lastIndex { $0.0.upperBound <= limit }.map { $0 - 1 } ?? -1
                if last < 0 {
                    // One sentence longer than the whole window: cut it at a character boundary.
                    var c = limit
                    while c > 0, b[c] & 0xC0 == 0x80 { c -= 1 }
                    pending = [(0..<c, "length-limit")]
                    last = 0
                    cut = c
                } else {
                    cut = pending[last + 1].0.lowerBound
                }
            } else {
                last = pending.count - 1
            }
            for (r, rule) in pending.prefix(last + 1) {
                cursorScalar += Self.scalars(b, cursorByte, r.lowerBound)
                let start = cursorScalar
                cursorScalar += Self.scalars(b, r.lowerBound, r.upperBound)
                cursorByte = r.upperBound
                emit(UnsafeBufferPointer(rebasing: b[r]), TextSpan(start: start, end: cursorScalar), rule)
                emitted += 1
            }
            cursorScalar += Self.scalars(b, cursorByte, cut)
        }
        count += emitted
        bufferScalars = cursorScalar
        buffer.removeSubrange(0..<cut)
        searched = max(0, searched - cut)
    }

    /// The number of Unicode scalars in `b[from..<to]`: every byte that is not a continuation
    /// byte (10xxxxxx) starts one. Eight bytes at a time.
    static func scalars(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        guard to > from, let base = b.baseAddress else { return 0 }
        var i = from, n = 0
        while i + 8 <= to {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            if w & 0x8080_8080_8080_8080 == 0 {
                n += 8
            } else {
                let continuation = w & ~(w << 1) & 0x8080_8080_8080_8080
                n += 8 - continuation.nonzeroBitCount
            }
            i += 8
        }
        while i < to {
            if b[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        return n
    }
}
