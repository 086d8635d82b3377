/// The turns of an interview or debate transcript printed in an article ("Q: Have you talked to
/// her?" / "A: It's been about a month."; "TAPPER: ..." / "FALLIN: ..."): each turn is its
/// speaker's words, as a quotation is, not the outlet's. The analysis reads a turn's text as a
/// quotation credited to its label, so an answer's opinions are ATTRIBUTED and its loaded words
/// the speaker's.
///
/// A turn opens a line with a label and a colon: `Q` or `A`, or a name in capitals of up to
/// three words (`TAPPER`, `MR. SMITH`). An article is read as a transcript only when at least
/// three lines open so, with at least two different labels (a dialogue) or all of them `A` (the
/// answers of an interview whose questions lost their label): a lone "CORRECTION:", a run of
/// "UPDATE:" lines (labels of notes, `notSpeakers`) or a list of "Clinton: ..." items is no
/// transcript. A turn runs to the next labelled line, over at most `maxParagraphs` paragraphs;
/// the last turn, to the end of its own paragraph.
public enum TranscriptTurns {
    /// One paragraph of a turn: the bytes of its words (after the label, in the turn's first
    /// paragraph), the label's bytes and its text.
    public struct Part: Sendable, Hashable {
        public var bytes: Range<Int>
        public var label: Range<Int>
        public var speaker: String
    }

    /// Labels in capitals that head a note, not a turn ("UPDATE: ...", "CORRECTION: ...").
    static let notSpeakers: Set<String> = [
        "UPDATE", "UPDATED", "CORRECTION", "CLARIFICATION", "EDITOR'S NOTE", "EDITORS NOTE", "NOTE", "BREAKING", "WATCH", "READ",
        "RELATED", "PHOTOS", "PHOTO", "VIDEO", "SOURCE", "SOURCES", "CONTACT", "DISCLOSURE", "ADVERTISEMENT", "MORE", "ALSO",
        "WASHINGTON", "NEW YORK", "LONDON", "PARIS", "MOSCOW", "BEIJING", "TOKYO", "UPI", "AP", "AFP", "REUTERS", "CNN", "FULL STORY",
        "SPOILER", "WARNING", "POLL", "ANALYSIS", "OPINION", "EXCLUSIVE", "LIVE", "TIMELINE", "BACKGROUND", "TRANSCRIPT",
    ]

    /// Labelled lines needed for a transcript.
    static let minTurns = 3
    /// Paragraphs a turn may run over, its labelled one included.
    static let maxParagraphs = 4

    /// The parts of every turn among `sentences` (in text order), or none when the article is
    /// no transcript.
    public static func parts(of sentences: [Sentence], in source: SourceText) -> [Part] {
        let bytes = source.bytes
        // The labelled sentences: (index, label bytes, end of the label and its colon and space).
        var labelled: [(index: Int, label: Range<Int>, textStart: Int)] = []
        var distinct: Set<String> = []
        for (i, s) in sentences.enumerated() where !s.isHeadline {
            guard opensLine(bytes, at: s.bytes.lowerBound), let (label, textStart) = label(bytes, in: s.bytes) else { continue }
            let name = source.text(ofBytes: label)
            guard !notSpeakers.contains(name) else { continue }
            labelled.append((i, label, textStart))
            distinct.insert(name)
        }
        // (Answers alone are an interview too, when its questions lost their label: "QWhy?")
        guard labelled.count >= minTurns,
              distinct.count >= 2 || distinct == ["A"] else { return [] }
        var parts: [Part] = []
        for (n, turn) in labelled.enumerated() {
            let speaker = source.text(ofBytes: turn.label)
            let end = n + 1 < labelled.count ? labelled[n + 1].index : sentences.count
            var start = turn.textStart
            var last = turn.index
            var paragraphs = 1
            var k = turn.index + 1
            while k <= end {
                let closes = k == end || Analyzer.hasParagraphBreak(bytes, from: sentences[k - 1].bytes.upperBound, to: sentences[k].bytes.lowerBound)
                if closes {
                    if start < sentences[last].bytes.upperBound {
                        parts.append(Part(bytes: start..<sentences[last].bytes.upperBound, label: turn.label, speaker: speaker))
                    }
                    paragraphs += 1
                    // (The last turn keeps to its own paragraph: what follows it is as often the
                    // outlet's closing note, "The interview has been edited for length.")
                    if k == end || paragraphs > maxParagraphs || sentences[k].isHeadline || n + 1 == labelled.count { break }
                    start = sentences[k].bytes.lowerBound
                }
                last = k
                k += 1
            }
        }
        return parts
    }

    /// Whether `at` opens a line: only spaces or tabs between it and a line break or the text's start.
    static func opensLine(_ bytes: [UInt8], at start: Int) -> Bool {
        var i = start
        while i > 0 {
            let b = bytes[i - 1]
            if b == 0x0A { return true }
            if b != 0x20 && b != 0x09 && b != 0x0D { return false }
            i -= 1
        }
        return true
    }

    /// A turn's label at the start of `range`: `Q` or `A`, or capitals (with spaces, periods and
    /// apostrophes) of two letters or more and at most three words; then a colon and a space.
    /// The label's bytes and where the text after the colon and its spaces starts.
    static func label(_ bytes: [UInt8], in range: Range<Int>) -> (Range<Int>, Int)? {
        var i = range.lowerBound
        var letters = 0, words = 1
        while i < range.upperBound, i - range.lowerBound <= 30 {
            let b = bytes[i]
            if b >= 0x41 && b <= 0x5A { letters += 1 } else if b == 0x20 {
                words += 1
                if words > 3 { return nil }
            } else if b != 0x2E && b != 0x27 && b != 0x2D {
                break
            }
            i += 1
        }
        guard i < range.upperBound, bytes[i] == 0x3A, i > range.lowerBound, bytes[i - 1] != 0x20 else { return nil }
        let label = range.lowerBound..<i
        if letters == 1 {
            guard label.count == 1, bytes[label.lowerBound] == 0x51 || bytes[label.lowerBound] == 0x41 else { return nil }
        } else if letters < 2 {
            return nil
        }
        var textStart = i + 1
        guard textStart < range.upperBound, bytes[textStart] == 0x20 || bytes[textStart] == 0x09 else { return nil }
        while textStart < range.upperBound, bytes[textStart] == 0x20 || bytes[textStart] == 0x09 { textStart += 1 }
        guard textStart < range.upperBound else { return nil }
        return (label, textStart)
    }
}
