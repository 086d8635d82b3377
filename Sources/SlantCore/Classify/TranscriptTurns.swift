/// The turns of an interview or debate transcript printed in an article ("Q: Have you talked to
/// her?" / "A: It's been about a month."; "TAPPER: ..." / "FALLIN: ..."): each turn is its
/// speaker's words, as a quotation is, not the outlet's. The analysis reads a turn's text as a
/// quotation credited to its label, so an answer's opinions are ATTRIBUTED and its loaded words
/// the speaker's.
///
/// A turn opens a line with a label and a colon: `Q` or `A`, or a name in capitals of up to
/// three words (`TAPPER`, `MR. SMITH`), then text that is not a headline in capitals. An article
/// is read as a transcript only when its labels take turns: at least two exchanges, a labelled
/// line followed within `exchangeReach` paragraphs by one with another label; the labels of
/// exchanges are its speakers. (Or, when the questions lost their label, at least three `A:`
/// lines and no other.) So a lone "CORRECTION:", "FILE PHOTO:" and "SEE ALSO:" lines far apart, labels of
/// notes (`notSpeakers`) or a list of "Clinton: ..." items make no transcript. A turn runs to
/// the next labelled line when that comes within `maxParagraphs` paragraphs; the last turn, and
/// a turn whose next label is farther, to the end of its own paragraph. In a text that gives
/// each paragraph one line, as scrapers write, a paragraph is a line. An article with no such
/// label may print each speaker's name on a line of its own above the turn ("Jen Kirby" /
/// question / "Anand Menon" / answer): names that come back on such lines are its labels, and
/// a turn runs to the next name line (`maxNameLineParagraphs`).
public enum TranscriptTurns {
    /// One paragraph of a turn: the bytes of its words (after the label, in the turn's first
    /// paragraph), the label's bytes and its text.
    public struct Part: Sendable, Hashable {
        public var bytes: Range<Int>
        public var label: Range<Int>
        public var speaker: String
        /// Whether the label is a line of its own that holds only the speaker's name (an
        /// interview printed as "Jen Kirby" / question / "Anand Menon" / answer), not "NAME:".
        public var nameLine = false
    }

    /// Labels in capitals that head a note, not a turn ("UPDATE: ...", "CORRECTION: ...").
    static let notSpeakers: Set<String> = [
        "UPDATE", "UPDATED", "CORRECTION", "CLARIFICATION", "EDITOR'S NOTE", "EDITORS NOTE", "NOTE", "BREAKING", "WATCH", "READ",
        "RELATED", "PHOTOS", "PHOTO", "VIDEO", "SOURCE", "SOURCES", "CONTACT", "DISCLOSURE", "ADVERTISEMENT", "MORE", "ALSO",
        "WASHINGTON", "NEW YORK", "LONDON", "PARIS", "MOSCOW", "BEIJING", "TOKYO", "UPI", "AP", "AFP", "REUTERS", "CNN", "FULL STORY",
        "SPOILER", "WARNING", "POLL", "ANALYSIS", "OPINION", "EXCLUSIVE", "LIVE", "TIMELINE", "BACKGROUND", "TRANSCRIPT",
        "FILE PHOTO", "FILE", "SEE ALSO", "RELATED VIDEO", "RELATED CONTENT", "NOW WATCH", "FACT", "FACTS", "STORY", "ADDENDUM",
        "IN THE NEWS", "CORRECTIONS AND CLARIFICATIONS", "INTERACTIVE CALENDAR", "JUST WATCHED", "PHOTO GALLERY", "GALLERY",
    ]

    /// Labelled lines needed for a transcript.
    static let minTurns = 3
    /// Paragraphs a turn may run over, its labelled one included.
    static let maxParagraphs = 4
    /// Paragraphs between two labels of an exchange: an article that quotes a debate's turns
    /// between its own paragraphs ("TRUMP: ..." / three paragraphs / "DICKERSON: ...") is read
    /// as a transcript too, its turns kept to their paragraphs.
    static let exchangeReach = 12

    /// The parts of every turn among `sentences` (in text order), or none when the article is
    /// no transcript.
    public static func parts(of sentences: [Sentence], in source: SourceText) -> [Part] {
        let bytes = source.bytes
        // The labelled sentences: (index, label bytes, where the text after the label starts,
        // the label, the paragraph the sentence is in).
        var labelled: [(index: Int, label: Range<Int>, textStart: Int, name: String, paragraph: Int)] = []
        // Lines that hold only a name ("Anand Menon"), by name: the labels of an interview that
        // prints each speaker's name on a line above the turn, when a name comes back.
        var nameLines: [String: [Int]] = [:]
        for (i, s) in sentences.enumerated() {
            guard opensLine(bytes, at: s.bytes.lowerBound) else { continue }
            if isNameLine(bytes, s.bytes) {
                nameLines[source.text(ofBytes: s.bytes), default: []].append(i)
                continue
            }
            guard !s.isHeadline, let (label, textStart) = label(bytes, in: s.bytes),
                  !isHeadline(bytes, from: textStart, to: s.bytes.upperBound) else { continue }
            let name = source.text(ofBytes: label)
            guard !notSpeakers.contains(name), isSpeakerName(name) else { continue }
            labelled.append((i, label, textStart, name, 0))
        }
        // Name lines count only in an article with no "NAME:" labels, and only names that
        // come back at least twice, two names at least.
        let named = nameLines.filter { $0.value.count >= 2 }
        let byNameLines = labelled.isEmpty && named.count >= 2
        if byNameLines {
            for (name, indices) in named {
                for i in indices { labelled.append((i, sentences[i].bytes, sentences[i].bytes.upperBound, name, 0)) }
            }
            labelled.sort { $0.index < $1.index }
        }
        guard labelled.count >= minTurns else { return [] }
        // A text that gives each paragraph one line (some line is longer than hard-wrapped
        // text's, as scrapers write) ends a paragraph at each line break; other text, at a blank
        // line.
        let linesAreParagraphs = QuoteFinder.hasLongLine(bytes, sentences[0].bytes.lowerBound..<sentences[sentences.count - 1].bytes.upperBound)
        func breaks(_ k: Int) -> Bool {
            let gap = sentences[k - 1].bytes.upperBound..<sentences[k].bytes.lowerBound
            return linesAreParagraphs ? bytes[gap].contains(0x0A) : Analyzer.hasParagraphBreak(bytes, from: gap.lowerBound, to: gap.upperBound)
        }
        // Each labelled line's paragraph, counted only for an article that may be a transcript
        // (nearly every article has no labelled line, and is done above).
        var paragraph = 0, next = 0
        for i in sentences.indices where next < labelled.count {
            if i > 0, breaks(i) { paragraph += 1 }
            if labelled[next].index == i {
                labelled[next].paragraph = paragraph
                next += 1
            }
        }
        // A dialogue: labels take turns. An exchange is a labelled line followed, within
        // `exchangeReach` paragraphs, by one with another label; its two labels are speakers.
        // Labels in no exchange ("FILE PHOTO:", "SEE ALSO:" lines far apart) are no speakers,
        // and end a turn.
        var speakers: Set<String> = []
        var exchanges = 0
        for n in labelled.indices.dropFirst() where labelled[n].name != labelled[n - 1].name
            && labelled[n].paragraph - labelled[n - 1].paragraph <= exchangeReach {
            exchanges += 1
            speakers.insert(labelled[n].name)
            speakers.insert(labelled[n - 1].name)
        }
        // A speaker converses: a third of its turns at least hold a word of conversation
        // (`speechWords`: "I", "you", "yes", "well", ...) or a question in their labelled
        // paragraph. A fact box's fields ("ATTACKER: Abdul Numan Haider") and a briefing's
        // sections ("MARKETS: U.S. stocks fell") mostly hold none.
        var said: [String: (turns: Int, speaking: Int)] = [:]
        for (n, turn) in labelled.enumerated() {
            let next = n + 1 < labelled.count ? labelled[n + 1].index : sentences.count
            var last = turn.index
            var textStart = turn.textStart
            // (A name line's turn is the paragraph after it.)
            if byNameLines {
                if last + 1 < next { last += 1 }
                textStart = sentences[last].bytes.lowerBound
            }
            while last + 1 < next, !breaks(last + 1) { last += 1 }
            let speaks = speaks(source.text(ofBytes: textStart..<sentences[last].bytes.upperBound))
            said[turn.name, default: (0, 0)].turns += 1
            if speaks { said[turn.name, default: (0, 0)].speaking += 1 }
        }
        let speaking = Set(said.filter { $0.value.speaking * 3 >= $0.value.turns }.map(\.key))
        if speakers.count > speakers.intersection(speaking).count {
            speakers.formIntersection(speaking)
            exchanges = 0
            var previous: (name: String, paragraph: Int)?
            for turn in labelled where speakers.contains(turn.name) {
                if let p = previous, p.name != turn.name, turn.paragraph - p.paragraph <= exchangeReach { exchanges += 1 }
                previous = (turn.name, turn.paragraph)
            }
        }
        // (Answers alone are an interview too, when its questions lost their label: "QWhy?")
        if exchanges < 2 {
            let answers = labelled.filter { $0.name == "A" }
            guard answers.count >= minTurns, answers.count == labelled.count,
                  answers.indices.dropFirst().allSatisfy({ answers[$0].paragraph - answers[$0 - 1].paragraph <= maxParagraphs + 1 })
            else { return [] }
            speakers = ["A"]
        }
        var parts: [Part] = []
        // Whether some turn runs over more than its labelled sentence: a dialogue's do, a list
        // of fields ("ATTACKER: ..." / "TARGET: ...", a line each) does not.
        var longTurn = false
        for (n, turn) in labelled.enumerated() where speakers.contains(turn.name) {
            let speaker = turn.name
            let end = n + 1 < labelled.count ? labelled[n + 1].index : sentences.count
            // (The last turn keeps to its own paragraph: what follows it is as often the outlet's
            // closing note, "The interview has been edited for length."; so does a turn whose
            // next label is out of a turn's reach: an article that quotes a debate's turns
            // between its own paragraphs goes on in its own voice.)
            // (A name line's turn runs on to the next name: the line is no part of any paragraph
            // of the outlet's, and an answer may run over many. The last one, to the end of its
            // first paragraph.)
            let reach = byNameLines ? maxNameLineParagraphs : maxParagraphs
            let ownParagraph = !byNameLines && (n + 1 == labelled.count || labelled[n + 1].paragraph - turn.paragraph > maxParagraphs)
            let lastNameLine = byNameLines && n + 1 == labelled.count
            var start = turn.textStart
            var last = turn.index
            var paragraphs = 1
            var k = turn.index + 1
            while k <= end {
                let closes = k == end || breaks(k)
                if closes {
                    if start < sentences[last].bytes.upperBound {
                        parts.append(Part(bytes: start..<sentences[last].bytes.upperBound, label: turn.label, speaker: speaker, nameLine: byNameLines))
                    }
                    paragraphs += 1
                    if k == end || paragraphs > reach || sentences[k].isHeadline || ownParagraph || lastNameLine && paragraphs > 2 { break }
                    start = sentences[k].bytes.lowerBound
                }
                last = k
                k += 1
            }
            if last > turn.index { longTurn = true }
        }
        return longTurn ? parts : []
    }

    /// Paragraphs a turn under a name line may run over, the name's line included.
    static let maxNameLineParagraphs = 12

    /// Words that make a line of capitalised words a credit or a label, not a speaker's name
    /// ("Getty Images", "Associated Press", "Staff Writer").
    static let notNameWords: Set<String> = [
        "Images", "Image", "Photo", "Photos", "Press", "News", "Getty", "Reuters", "Associated", "Video", "Staff", "Writer",
        "Reporter", "Editor", "Contributor", "Correspondent", "Related", "Advertisement", "Share", "Comments", "More", "Read",
    ]

    /// Whether `range` is a whole line that holds only a name: two to four capitalised words
    /// of letters (and periods, hyphens, apostrophes), no other mark, a line break after it.
    static func isNameLine(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count >= 5, range.count <= 40 else { return false }
        var e = range.upperBound
        while e < bytes.count, bytes[e] == 0x20 || bytes[e] == 0x09 || bytes[e] == 0x0D { e += 1 }
        guard e == bytes.count || bytes[e] == 0x0A else { return false }
        let text = String(decoding: bytes[range], as: UTF8.self)
        let words = text.split(separator: " ")
        guard words.count >= 2, words.count <= 4 else { return false }
        for word in words {
            guard let first = word.unicodeScalars.first, first.properties.isUppercase, !notNameWords.contains(String(word)),
                  word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’" }),
                  word.unicodeScalars.dropFirst().contains(where: { $0.properties.isLowercase }) else { return false }
        }
        return true
    }

    /// Words of a conversation: first and second person, answers and courtesies. A turn of a
    /// transcript holds them far more often than a briefing's section ("MARKETS: U.S. stocks
    /// fell") or a fact box's field ("TARGET: Two police officers wounded").
    static let speechWords: Set<Substring> = [
        "i", "i'm", "i've", "i'd", "i'll", "me", "my", "we", "we're", "we've", "we'll", "our", "you", "you're", "your",
        "yes", "yeah", "no", "well", "thank", "thanks", "okay", "ok", "let's", "look", "mr", "ms", "mrs",
    ]

    /// Whether a turn's text holds a word of `speechWords` or asks a question (a host's turns
    /// are often questions without a first or second person: "What's made this state so
    /// important in 2018?").
    static func speaks(_ text: String) -> Bool {
        text.contains("?") || text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" })
            .contains { speechWords.contains($0) || speechWords.contains(Substring($0.replacingOccurrences(of: "’", with: "'"))) }
    }

    /// Words that make a label in capitals a heading rather than a name ("IN GAZA", "ROUNDING
    /// IT OUT"): a speaker's label is a name or title ("THE PRESIDENT", "SEN. TOM COTTON").
    static let headingWords: Set<String> = ["IN", "OF", "IT", "OUT", "AND", "FOR", "ON", "AT", "TO", "WITH", "BY", "FROM", "OR", "IS", "ARE", "WHAT", "HOW", "WHY"]

    /// Whether a label can be a speaker's: not a heading's words, nor a dotted abbreviation ("U.S.").
    static func isSpeakerName(_ label: String) -> Bool {
        let words = label.split(separator: " ")
        if words.count > 1, words.contains(where: { headingWords.contains(String($0)) }) { return false }
        if label.count > 1, label.contains("."), words.count == 1 { return false }
        return true
    }

    /// Whether the text after a label is a headline in capitals ("GREGG JARRETT: WILL TRUMP
    /// FULFILL HIS VOW"): its first three words hold no lower-case letter.
    static func isHeadline(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        var words = 0, i = start, letters = 0
        while i < end, words < 3 {
            let b = bytes[i]
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x41 && b <= 0x5A { letters += 1 }
            if b == 0x20 { words += 1 }
            i += 1
        }
        return letters >= 4
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

    /// A turn's label at the start of `range`: `Q` or `A`, or capitals (accented ones too; with
    /// spaces, periods and apostrophes) of two letters or more and at most three words; then a
    /// colon and a space. The label's bytes and where the text after the colon and its spaces
    /// starts.
    static func label(_ bytes: [UInt8], in range: Range<Int>) -> (Range<Int>, Int)? {
        // A quotation mark may open the line: a transcript quoted whole, each paragraph opened
        // by a mark as a quotation of several paragraphs is ("\"RAMOS: Secretary Clinton, ...").
        var start = range.lowerBound
        if start < range.upperBound, bytes[start] == 0x22 {
            start += 1
        } else if start + 3 <= range.upperBound, bytes[start] == 0xE2, bytes[start + 1] == 0x80, bytes[start + 2] == 0x9C {
            start += 3
        }
        var i = start
        var letters = 0, words = 1
        while i < range.upperBound, i - start <= 30 {
            let b = bytes[i]
            if b >= 0x41 && b <= 0x5A { letters += 1 } else if b == 0xC3, i + 1 < range.upperBound, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9E, bytes[i + 1] != 0x97 {
                // A capital with an accent, À to Þ ("JUAN GONZÁLEZ"), two bytes in UTF-8.
                letters += 1
                i += 1
            } else if b == 0x20 {
                words += 1
                if words > 3 { return nil }
            } else if b != 0x2E && b != 0x27 && b != 0x2D {
                break
            }
            i += 1
        }
        guard i < range.upperBound, bytes[i] == 0x3A, i > start, bytes[i - 1] != 0x20 else { return nil }
        let label = start..<i
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
