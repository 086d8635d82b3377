/// Slant's pipeline: split (page furniture left out) -> quotes (a transcript's turns among
/// them) -> loaded terms -> cues and label -> sources -> summary.
///
/// Each stage keeps ranges into the original input, so every label and score can point at
/// exactly what decided it.
public struct Analyzer: Sendable {
    public let splitter: SentenceSplitter
    public let classifier: ClaimClassifier
    public let scorer: LoadedLanguageScorer
    /// Sentences left out as the page around the article (`page-furniture.tsv`).
    public let furniture: PageFurniture
    /// The lexicons this analyzer was built from: name, version and content hash of each.
    public let lexicons: [LexiconInfo]
    /// Counts a person named several ways in an article under one name ("Mr. Obama" -> "Barack Obama").
    let personNames: PersonNames
    public static let version = "0.1.0"
    /// Count loaded terms inside quotations in the sentence scores and the article's rate, as
    /// if they were the outlet's own (`--include-quoted`); by default they are the speaker's.
    public var includeQuoted = false
    /// Give each sentence its `text` (the JSON output's). A caller that keeps sentences by
    /// their `bytes` (the store: its rows cut the text out of the article's) turns it off, and
    /// every `SentenceAnalysis.text` is empty: a string per sentence it would only drop.
    public var sentenceTexts = true

    /// Builds the pipeline from lexicon texts, validating each file.
    public init(lexicons set: LexiconSet) throws {
        let abbreviationFile = try DataFile.parse(try set.text("abbreviations.tsv"), name: "abbreviations.tsv",
                                                  minColumns: 2, maxColumns: 3)
        let openerFile = try DataFile.parse(try set.text("sentence-starters.tsv"), name: "sentence-starters.tsv",
                                            minColumns: 1, maxColumns: 2)
        let attributionFile = try DataFile.parse(try set.text("attribution-cues.tsv"), name: "attribution-cues.tsv",
                                                 minColumns: 3, maxColumns: 4)
        splitter = SentenceSplitter(abbreviations: try Abbreviations(abbreviations: abbreviationFile, starters: openerFile,
                                                                     attribution: attributionFile))
        let furnitureFile = try DataFile.parse(try set.text("page-furniture.tsv"), name: "page-furniture.tsv",
                                               minColumns: 2, maxColumns: 3)
        furniture = try PageFurniture(file: furnitureFile)
        let words = try CueWords(lexicons: set, attribution: attributionFile)
        classifier = ClaimClassifier(words: words)
        let lexicon = try LoadedLexicon(lexicons: set)
        let modifiers = try Modifiers(lexicons: set)
        let entities = try EntityGazetteer(lexicons: set)
        scorer = LoadedLanguageScorer(lexicon: lexicon, modifiers: modifiers, entities: entities)
        personNames = PersonNames(titles: try Abbreviations.entries(from: abbreviationFile).filter { $0.1 == .title }.map(\.0),
                                  roles: words.sourceWords(ofKind: "role"), gazetteer: entities)
        lexicons = ([abbreviationFile.info, openerFile.info, furnitureFile.info] + words.infos + lexicon.infos
                    + [modifiers.info, entities.info].compactMap { $0 }).sorted { $0.file < $1.file }
    }

    /// Analyses one article.
    public func analyze(_ article: Article) -> ArticleAnalysis { analyze(article, entities: nil) }

    /// Analyses one article and, with `entities`, lists each sentence's entity mentions
    /// (`SentenceAnalysis.entityMentions`) from the tokens the analysis made anyway: the store's
    /// per-entity figures, without tokenizing every sentence a second time.
    /// `language`: the text's `LanguageCheck` when the caller made it already (ingest checks
    /// each article as it reads it), else it is made here.
    public func analyze(_ article: Article, entities: EntityFinder?, language: LanguageCheck? = nil) -> ArticleAnalysis {
        let source = SourceText(article.text)
        let (sentences, furnitureLines) = sentences(of: article, in: source)
        var quoteRanges = QuoteFinder.quotes(in: source.bytes, ranges: (article.headline.map { [$0] } ?? []) + article.body)
        // The turns of a transcript are their speakers' words: each paragraph of a turn is read
        // as a quotation credited to its label, in place of the quotations inside it.
        let turnParts = TranscriptTurns.parts(of: sentences, in: source)
        // So are the paragraphs of posts embedded as text, signed "— Name (@handle) date".
        let posts = EmbeddedPosts.parts(of: sentences, in: source).filter { post in !turnParts.contains { $0.bytes.overlaps(post.bytes) } }
        let quotedParts = turnParts + posts
        if !quotedParts.isEmpty {
            quoteRanges.removeAll { quote in quotedParts.contains { $0.bytes.overlaps(quote) } }
            quoteRanges += quotedParts.map(\.bytes)
        }
        quoteRanges.sort { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
        let turnRanges = Set(quotedParts.map(\.bytes))
        // Sentences come in text order and quotations do not nest, so the quotations that overlap
        // a sentence are found by a cursor that only moves forward (not a scan per sentence).
        var firstOpenQuote = 0

        // One allocation each for the article's sentences: grown by appending, the lists were
        // reallocated and moved a handful of times per article.
        var results: [SentenceAnalysis] = []
        results.reserveCapacity(sentences.count)
        var quoteSpeakers: [Range<Int>: String] = [:]
        var scare: Set<Range<Int>> = []
        var speakers = SpeakerMemory(gazetteer: scorer.entities)
        // A sentence inside a quotation whose speaker is named in another sentence ("“Together,
        // we can heal.” she added") gets that speaker once the whole article has been read.
        var quoteSources: [Range<Int>: SourceSpan] = [:]
        for post in posts {
            let label = source.span(ofBytes: post.label)
            quoteSpeakers[post.bytes] = post.speaker
            quoteSources[post.bytes] = SourceSpan(text: post.speaker, start: label.start, end: label.end, kind: "person", resolved: nil,
                                                  note: "embedded post: its paragraph ends with the author's signature, '\u{2014} \(post.speaker) (@...)' and a date")
        }
        for part in turnParts {
            let label = source.span(ofBytes: part.label)
            let named = part.speaker.count > 1
            quoteSpeakers[part.bytes] = part.speaker
            quoteSources[part.bytes] = SourceSpan(text: part.speaker, start: label.start, end: label.end, kind: named ? "person" : "unknown",
                                                  resolved: nil, note: part.nameLine ? "interview turn: the words under the line '\(part.speaker)' are that speaker's"
                                                    : "transcript turn: the words after '\(part.speaker):' are \(named ? "that speaker's" : part.speaker == "Q" ? "the interviewer's question" : "the interviewee's answer")")
        }
        var sentenceQuotes: [[Range<Int>]] = []
        sentenceQuotes.reserveCapacity(sentences.count)
        // The words of each quotation read so far that is someone's speech: a short phrase
        // quoted again later ("he states that “the generous response” is ...", then "this
        // “generous response”") repeats their words; it is no scare quote.
        // Keyed by their words, so a candidate is one lookup however many quotations came before.
        var spoken: [String: Range<Int>] = [:]
        var spokenQuotes: Set<Range<Int>> = []
        // What the per-sentence closures read, taken out of `self` once: a closure that reads a
        // property of `self` captures a copy of the whole analyzer (every lexicon table in it
        // retained and released) for each sentence.
        let words = classifier.words
        let includeQuoted = includeQuoted
        // The phrase tables' matchers, taken once for all the sentences (each counts a
        // reference to ten arrays, and releases them when dropped).
        let matchers = stageMatchers()
        // Lists made for every sentence and dropped before the next, kept here so that each
        // sentence writes into the allocations of the one before (tokens, their quotation
        // flags, the context's lists) instead of allocating and freeing its own.
        var tokenBuffer: [Token] = []
        var inQuoteBuffer: [Bool] = []
        var contextBuffers = SentenceContext.Buffers()
        for sentence in sentences {
            Tokenizer.tokens(in: source, range: sentence.bytes, into: &tokenBuffer)
            let tokens = tokenBuffer
            if sentence.isHeadline == false {
                while firstOpenQuote < quoteRanges.count, quoteRanges[firstOpenQuote].upperBound <= sentence.bytes.lowerBound {
                    firstOpenQuote += 1
                }
            }
            var overlapping: [Range<Int>] = []
            var q = sentence.isHeadline ? 0 : firstOpenQuote
            while q < quoteRanges.count, quoteRanges[q].lowerBound < sentence.bytes.upperBound {
                if quoteRanges[q].overlaps(sentence.bytes) { overlapping.append(quoteRanges[q]) }
                q += 1
            }
            // Asked once for all the sentence's quotations (`ScareQuotes.isScareQuote`).
            var sentenceWords: Int?
            var sayingOutside: Bool?
            var scareHere = overlapping.filter { quote in
                if turnRanges.contains(quote) { return false }
                if sentenceWords == nil { sentenceWords = tokens.reduce(0) { $0 + ($1.kind != .punctuation ? 1 : 0) } }
                return ScareQuotes.isScareQuote(quote, sentence: sentence.bytes, tokens: tokens, wordCount: sentenceWords ?? 0, sayingOutsideQuotes: {
                    if let known = sayingOutside { return known }
                    let found = ScareQuotes.hasSayingOutside(tokens, quotes: overlapping, words: words)
                    sayingOutside = found
                    return found
                })
            }
            if !scareHere.isEmpty, !spoken.isEmpty {
                scareHere.removeAll { quote in
                    let words = ScareQuotes.words(of: quote, in: source)
                    guard !words.isEmpty, let earlier = spoken[words] else { return false }
                    if let speaker = quoteSpeakers[earlier], quoteSpeakers[quote] == nil {
                        quoteSpeakers[quote] = speaker
                        quoteSources[quote] = quoteSources[earlier]
                    }
                    return true
                }
            }
            // A quotation that names words instead of using them (`ScareQuotes.isMention`: "the
            // term “conscience”", "between “success” and “failure”") is nobody's speech and no
            // distancing: its words are kept apart as quoted, with no speaker and no cue.
            var mentions: [Range<Int>] = []
            if !scareHere.isEmpty {
                scareHere.removeAll { quote in
                    guard ScareQuotes.isMention(quote, tokens: tokens) else { return false }
                    mentions.append(quote)
                    return true
                }
            }
            scare.formUnion(scareHere)
            let speech = overlapping.filter { !scareHere.contains($0) && !mentions.contains($0) }
            let quotedRanges = mentions.isEmpty ? speech : speech + mentions
            inQuoteBuffer.removeAll(keepingCapacity: true)
            // The sentence's words and quoted words counted in the same pass over the tokens
            // (a second pass read every token and its flag again).
            var wordCount = 0, quotedWords = 0
            // (One fill, not an append per token, each testing the list's capacity; a token in a
            // quotation is then marked in place.)
            inQuoteBuffer.append(contentsOf: repeatElement(false, count: tokens.count))
            tokens.withUnsafeBufferPointer { tokens in
                if quotedRanges.isEmpty {
                    for k in tokens.indices where tokens[k].kind != .punctuation { wordCount += 1 }
                    return
                }
                inQuoteBuffer.withUnsafeMutableBufferPointer { flags in
                    for k in tokens.indices {
                        let first = tokens[k].bytes.lowerBound, last = tokens[k].bytes.upperBound - 1
                        let quoted = quotedRanges.contains { $0.contains(first) && $0.contains(last) }
                        flags[k] = quoted
                        if tokens[k].kind != .punctuation {
                            wordCount += 1
                            if quoted { quotedWords += 1 }
                        }
                    }
                }
            }
            let inQuote = inQuoteBuffer
            var allowed: [Range<Int>] = []
            var loaded = scorer.score(source: source, tokens: tokens, inQuote: inQuote, scareQuotes: scareHere, matcher: matchers.loaded,
                                     tokensCached: true, allowed: &allowed)
            // Hits a context rule dismissed are kept apart with their explanation, uncounted.
            var dismissed: [LoadedHit] = []
            if loaded.contains(where: LoadedLanguageScorer.isDismissed) {
                dismissed = loaded.filter(LoadedLanguageScorer.isDismissed)
                loaded.removeAll(where: LoadedLanguageScorer.isDismissed)
            }
            var context = SentenceContext(source: source, sentence: sentence, tokens: tokens, inQuote: inQuote,
                                          quotes: speech, outletVoiceLoaded: loaded.filter { !$0.in_quote },
                                          words: words, matchers: matchers.cues, buffers: &contextBuffers)
            context.neutralPhrases = allowed
            speakers.sentence = results.count
            // A person named as a sentence's subject may be the "he" of the next, though no speaker.
            var mentioned = false
            if !sentence.isHeadline, let name = classifier.sources.subjectMention(context, speakers: speakers) { speakers.mention(name); mentioned = true }
            var decision = classifier.classify(context, speakers: speakers)
            // The source moved out once: each read of `decision.source` copied its strings, and
            // so did binding it while the decision still held it.
            let found = decision.source.take()
            // A sentence whose subject and speaker are no one person ("Some Democratic officials
            // suggested that Obama would ...") brings to mind the one person it names, if one.
            if !mentioned, !sentence.isHeadline, !(found.map(SpeakerMemory.namesOnePerson) ?? false),
               let (name, _) = SourceFinder.antecedentInSentence(context, before: tokens.count, pronoun: nil, speakers: speakers),
               let name {
                speakers.mention(name)
            }
            var speaker: String?
            if let found {
                speaker = found.kind == "pronoun" ? found.resolved : found.text
                speakers.record(found)
                if let speaker {
                    for quote in speech where quoteSpeakers[quote] == nil {
                        quoteSpeakers[quote] = speaker
                        quoteSources[quote] = found
                    }
                }
            }
            sentenceQuotes.append(speech)
            for quote in speech {
                // Only short quotations: a long one is rarely echoed word for word, and indexing
                // every run of words in it costs more than all the rest of the analysis.
                guard quote.count <= 64, spokenQuotes.insert(quote).inserted else { continue }
                let words = ScareQuotes.words(of: quote, in: source)
                if !words.isEmpty, words.utf8.count < 60, spoken[words] == nil { spoken[words] = quote }
            }
            for k in loaded.indices where loaded[k].in_quote { loaded[k].speaker = speaker }
            let outletScore = loaded.filter { !$0.in_quote || includeQuoted }.reduce(0) { $0 + $1.score }
            // Made in the list and completed there: a local appended as a copy retained every
            // string and array in it, and dropping the local released them again.
            results.append(SentenceAnalysis(start: sentence.span.start, end: sentence.span.end, text: sentence.text,
                                            headline: sentence.isHeadline, label: decision.label,
                                            confidence: decision.confidence, cues: decision.cues, source: found,
                                            loaded: loaded, words: wordCount, quoted_words: quotedWords,
                                            loaded_score: (outletScore * 1000).rounded() / 1000))
            let last = results.count - 1
            results[last].bytes = sentence.bytes
            results[last].rule = decision.rule
            if !decision.otherSources.isEmpty { results[last].other_sources = decision.otherSources }
            if !dismissed.isEmpty { results[last].dismissed = dismissed }
            if let entities { results[last].entityMentions = entities.mentions(tokens: tokens, in: source, sentence: sentence.bytes) }
        }
        // A transcript turn's sentences are its label's: the label found by a cue ("FALLIN:"
        // read as a headline's colon) becomes the turn's source, with its kind and note.
        if !quotedParts.isEmpty {
            // The interviewee who answers "A:" is the last person named as a speaker in the few
            // sentences before the first turn ("Biden complained about ... Here is the edited
            // transcript.") whose last name the article's first two sentences (its title and
            // lede: "Q&A with Vice President Joe Biden") name too: the answers are credited to
            // that name as a pronoun's words are to its antecedent, and the note says so.
            let opening = results.prefix(2).compactMap(\.bytes).map { source.text(ofBytes: $0) }.joined(separator: " ")
            if let first = results.indices.first(where: { k in sentenceQuotes[k].contains { turnRanges.contains($0) } }),
               let name = results[max(0, first - Self.intervieweeWindow)..<first].reversed().lazy.compactMap({ r -> String? in
                   guard let s = r.source, let name = s.kind == "pronoun" ? s.resolved : s.kind == "person" ? s.text : nil,
                         let last = name.split(separator: " ").last, last.first?.isUppercase == true,
                         opening.contains(last) else { return nil }
                   return name
               }).first {
                for part in turnParts where part.speaker == "A" {
                    quoteSources[part.bytes]?.resolved = name
                    quoteSources[part.bytes]?.note = "transcript turn: the words after 'A:' are the interviewee's answer; the interviewee is "
                        + "taken to be \(name), the last speaker named before the transcript"
                    quoteSpeakers[part.bytes] = name
                }
            }
            for k in results.indices {
                guard let quote = sentenceQuotes[k].first(where: { turnRanges.contains($0) }), let turn = quoteSources[quote] else { continue }
                if results[k].source == nil || results[k].source?.start == turn.start && results[k].source?.end == turn.end {
                    results[k].source = turn
                    for h in results[k].loaded.indices where results[k].loaded[h].in_quote { results[k].loaded[h].speaker = turn.resolved ?? turn.text }
                }
            }
        }
        // (`source?.start == nil` asks whether there is a source without copying it out.)
        for k in results.indices where results[k].label == .attributed && results[k].source?.start == nil {
            if let quote = sentenceQuotes[k].first(where: { quoteSources[$0] != nil }), let src = quoteSources[quote] {
                results[k].source = src
                for h in results[k].loaded.indices where results[k].loaded[h].in_quote { results[k].loaded[h].speaker = quoteSpeakers[quote] }
            }
        }
        // A quotation that carries on after an attributed one ("“We will not borrow,” Smith
        // said. “The plan is sound.") is the same speaker's, by the newspaper convention; so is
        // one that follows a reported sentence of its paragraph ("She added that the cost was
        // high. “It is a lot of money.”").
        for k in results.indices.dropFirst() where results[k].label == .attributed && results[k].source?.start == nil {
            guard let previous = results[k - 1].source,
                  results[k].cues.contains(where: { $0.id == "quoted-speech" && $0.weight >= 2 }) else { continue }
            if sentenceQuotes[k - 1].isEmpty {
                // (Not the subject of a relative clause, "... for women who want to obtain it.":
                // a clause inside a noun phrase, not the paragraph's speaker.)
                // A sentence that ends with a colon introduces the quotation after it, in the
                // next paragraph too ("A Nato official put it like this:" / "“These ...”").
                guard results[k - 1].label == .attributed, !SourceFinder.isRelative(previous.text),
                      let before = results[k - 1].bytes, let this = results[k].bytes,
                      Self.endsWithColon(source.bytes, before)
                        || !Self.hasParagraphBreak(source.bytes, from: before.upperBound, to: this.lowerBound) else { continue }
            }
            results[k].source = previous
            for quote in sentenceQuotes[k] where quoteSpeakers[quote] == nil {
                quoteSpeakers[quote] = previous.kind == "pronoun" ? previous.resolved : previous.text
            }
        }
        // A credit line ("― Carla Sanchez") names the speaker of the quotation just before it.
        // (Ids told apart by length first: comparing two strings that differ is a call into the
        // string library, for every piece of evidence of every sentence.)
        // So is every sentence of that quotation, when it runs over several: each that named no
        // speaker of its own, or only inherited one from another sentence of the quotation
        // ("Some caution that “...” / Jennifer Rubin, Washington Post": the opening sentence
        // keeps its "Some", the rest are the credited writer's, as the quotation is).
        // A sentence that is only a speaker and a verb of saying ("Kwame Rose, 20, of Baltimore,
        // said.", "Sen. Amy Klobuchar asked.") after a quotation that the splitter set apart (a
        // question's mark before the capital of a name) names that quotation's speaker too.
        for k in results.indices.dropFirst() where results[k].cues.contains(where: { CueID("credit-line") ~= $0.id })
            || isBareAttribution(k, results: results, quotes: sentenceQuotes, in: source) {
            guard let credited = results[k].source, !sentenceQuotes[k - 1].isEmpty else { continue }
            let quotation = sentenceQuotes[k - 1]
            var j = k - 1
            while j >= 0, sentenceQuotes[j].contains(where: quotation.contains) {
                let own = results[j].source.map { $0.start >= results[j].start && $0.end <= results[j].end } ?? false
                if !own {
                    results[j].source = credited
                    if results[j].label == .factual {
                        results[j].label = .attributed
                        results[j].rule = LabelRule(step: .creditLine)
                    }
                    for h in results[j].loaded.indices where results[j].loaded[h].in_quote { results[j].loaded[h].speaker = credited.text }
                }
                j -= 1
            }
            for quote in quotation { quoteSpeakers[quote] = credited.text }
        }
        // One person named several ways is counted under one name: after every sentence, since
        // an article may give the full name after the surname (a headline's "Obama").
        personNames.resolve(&results, people: speakers.entries.compactMap { SpeakerMemory.kindIs($0.kind, "person") && $0.mentioned ? $0.name : nil })
        let quotes = quoteRanges.map { range -> Quote in
            let span = source.span(ofBytes: range)
            return Quote(start: span.start, end: span.end, text: source.text(ofBytes: range),
                         speaker: quoteSpeakers[range], scare: scare.contains(range))
        }
        return ArticleAnalysis(article: ArticleInfo(metadata: article.metadata, sha256: SHA256.hex(source.bytes)),
                               sentences: results, quotes: quotes, summary: Self.summarize(results, includeQuoted: includeQuoted),
                               lexicons: lexicons, slant_version: Self.version, furniture: furnitureLines,
                               language: language ?? LanguageCheck(article.text))
    }

    /// How many sentences before a transcript's first turn are searched for its interviewee.
    static let intervieweeWindow = 8

    /// Whether sentence `k` is only a speaker found in it and a verb of saying, with at most
    /// three more words ("Kwame Rose, 20, of Baltimore, said.", "said Ruiz on Tuesday."), no
    /// quotation of its own, right after a sentence of its paragraph that ends with a closing
    /// quotation mark.
    func isBareAttribution(_ k: Int, results: [SentenceAnalysis], quotes: [[Range<Int>]], in source: SourceText) -> Bool {
        let this = results[k]
        guard quotes[k].isEmpty, !quotes[k - 1].isEmpty, this.label == .attributed, this.words <= 16,
              let speaker = this.source, speaker.start >= this.start, speaker.end <= this.end,
              this.cues.contains(where: { CueID("attribution-verb") ~= $0.id }),
              let before = results[k - 1].bytes, let bytes = this.bytes,
              !Self.hasParagraphBreak(source.bytes, from: before.upperBound, to: bytes.lowerBound),
              Self.endsWithClosingQuote(source.bytes, before) else { return false }
        let speakerWords = speaker.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
        return this.words - speakerWords <= 4
    }

    /// The end of a range's bytes without the spaces, tabs and line breaks after its last mark.
    static func trimmedEnd(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        var end = range.upperBound
        while end > range.lowerBound, isSpace(bytes[end - 1]) { end -= 1 }
        return end
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// Whether a sentence's bytes end with a closing double quotation mark (” or ").
    static func endsWithClosingQuote(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        let end = trimmedEnd(bytes, range)
        guard end > range.lowerBound else { return false }
        if bytes[end - 1] == 0x22 { return true }
        return end - range.lowerBound >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 && bytes[end - 1] == 0x9D
    }

    /// Whether a sentence's bytes end with a colon (spaces after it aside).
    static func endsWithColon(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        let end = trimmedEnd(bytes, range)
        return end > range.lowerBound && bytes[end - 1] == UInt8(ascii: ":")
    }

    /// True when a blank line (two line breaks with only spaces between) lies between the offsets.
    static func hasParagraphBreak(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        var lineBreak = false
        var i = start
        while i < end, i < bytes.count {
            switch bytes[i] {
            case 0x0A:
                if lineBreak { return true }
                lineBreak = true
            case 0x20, 0x09, 0x0D: break
            default: lineBreak = false
            }
            i += 1
        }
        return false
    }

    /// The article's sentences: the headline, then the body's paragraphs split, less the
    /// sentences that are page furniture, which come second. (Not inlined into `analyze`: there
    /// it changed what the compiler inlined of the rest, which cost more than the sentence
    /// texts it spares.)
    @inline(never)
    func sentences(of article: Article, in source: SourceText) -> ([Sentence], [FurnitureLine]) {
        var sentences: [Sentence] = []
        if let headline = article.headline {
            sentences.append(Sentence(bytes: headline, span: source.span(ofBytes: headline),
                                      text: sentenceTexts ? source.text(ofBytes: headline) : "", isHeadline: true))
        }
        for range in article.body { splitter.sentences(in: source, range: range, withText: sentenceTexts, into: &sentences) }
        var furnitureLines: [FurnitureLine] = []
        var kept = 0
        var lineEnd = -1
        for k in sentences.indices {
            let sentence = sentences[k]
            // The rest of a line that matched as a whole.
            if k <= lineEnd { continue }
            // (The first word's hash once, for both kinds of pattern.)
            let bytes = source.bytes[sentence.bytes]
            // A "sentence" with no letter or digit (a lone "…", "___", "***" or quotation mark
            // between paragraphs) makes no claim: it gets no label and counts nowhere.
            if !sentence.isHeadline, !Self.hasWordCharacter(bytes) { continue }
            let hash = PageFurniture.firstWordHash(bytes)
            // A line of furniture that the splitter cut into sentences ("JUST WATCHED Boo!" /
            // "October is often scary for stocks Replay More Videos ..." / "MUST WATCH Boo!
            // ..."): a pattern matches the whole line, and each of its sentences is furniture.
            if !sentence.isHeadline, let (last, pattern) = wholeLineMatch(sentences, from: k, in: source, firstWordHash: hash) {
                for piece in sentences[k...last] {
                    furnitureLines.append(FurnitureLine(start: piece.span.start, end: piece.span.end, text: source.text(ofBytes: piece.bytes),
                                                        kind: pattern.kind, pattern: pattern.text, line: pattern.line))
                }
                lineEnd = last
                continue
            }
            if !sentence.isHeadline, let pattern = furniture.match(bytes, firstWordHash: hash) {
                furnitureLines.append(FurnitureLine(start: sentence.span.start, end: sentence.span.end, text: source.text(ofBytes: sentence.bytes),
                                                    kind: pattern.kind, pattern: pattern.text, line: pattern.line))
                continue
            }
            // Furniture glued to the opening of the page's own text ("Media playback is
            // unsupported on your device Media caption Pence: ..."): the opening words are listed
            // as furniture, the rest stays the sentence, from its first word.
            if !sentence.isHeadline, let (pattern, end) = furniture.prefixMatch(bytes, firstWordHash: hash) {
                let cut = sentence.bytes.lowerBound..<end
                let span = source.span(ofBytes: cut)
                furnitureLines.append(FurnitureLine(start: span.start, end: span.end, text: source.text(ofBytes: cut),
                                                    kind: pattern.kind, pattern: pattern.text, line: pattern.line))
                var start = end
                while start < sentence.bytes.upperBound, Self.isSpace(source.bytes[start]) { start += 1 }
                let rest = start..<sentence.bytes.upperBound
                sentences[k] = Sentence(bytes: rest, span: source.span(ofBytes: rest), text: sentenceTexts ? source.text(ofBytes: rest) : "")
            }
            if kept != k { sentences[kept] = sentences[k] }
            kept += 1
        }
        sentences.removeLast(sentences.count - kept)
        return (sentences, furnitureLines)
    }

    /// Whether the bytes hold a letter or a digit: an ASCII one, or else any letter or digit
    /// among their scalars (decoded only when no ASCII one is there).
    static func hasWordCharacter(_ bytes: ArraySlice<UInt8>) -> Bool {
        var nonASCII = false
        for b in bytes {
            if PageFurniture.isWordByte(b) { return true }
            if b >= 0x80 { nonASCII = true }
        }
        guard nonASCII else { return false }
        return String(decoding: bytes, as: UTF8.self).unicodeScalars.contains {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }
    }

    /// When sentence `k` opens a line that the splitter cut into two or more sentences, and a
    /// furniture pattern matches the whole line: the index of the line's last sentence and the
    /// pattern. Nil for a line of one sentence (the sentence's own match decides), a line longer
    /// than furniture is, or one whose first word opens no pattern.
    func wholeLineMatch(_ sentences: [Sentence], from k: Int, in source: SourceText, firstWordHash: UInt64) -> (Int, PageFurniture.Pattern)? {
        guard furniture.opensPattern(firstWordHash), k + 1 < sentences.count else { return nil }
        let bytes = source.bytes
        let start = sentences[k].bytes.lowerBound
        // It opens its line.
        var b = start - 1
        while b >= 0, bytes[b] == 0x20 || bytes[b] == 0x09 || bytes[b] == 0x0D { b -= 1 }
        guard b < 0 || bytes[b] == 0x0A else { return nil }
        // The sentences after it on the same line.
        var last = k
        while last + 1 < sentences.count, !sentences[last + 1].isHeadline {
            let gap = sentences[last].bytes.upperBound..<sentences[last + 1].bytes.lowerBound
            guard !gap.contains(where: { bytes[$0] == 0x0A }) else { break }
            guard sentences[last + 1].bytes.upperBound - start <= PageFurniture.maxBytes else { return nil }
            last += 1
        }
        guard last > k else { return nil }
        // The last one ends the line.
        var e = sentences[last].bytes.upperBound
        while e < bytes.count, bytes[e] == 0x20 || bytes[e] == 0x09 || bytes[e] == 0x0D { e += 1 }
        guard e == bytes.count || bytes[e] == 0x0A else { return nil }
        guard let pattern = furniture.match(bytes[start..<sentences[last].bytes.upperBound], firstWordHash: firstWordHash) else { return nil }
        return (last, pattern)
    }

    /// Classifies one sentence given on its own (for `slant classify`): offsets are within it.
    ///
    /// A line holding several sentences (a labelled passage: "Hillary's letter is painful. It's
    /// riddled with stilted speech.") is labelled as a whole by its sentences' own labels: it is
    /// EDITORIAL when one of them is (the most confident one decides), else ATTRIBUTED when one
    /// is, else FACTUAL with the least confidence among them (any of them might have been the
    /// exception). The evidence of every sentence is kept, so the output shows which sentence's
    /// words decided (labelled data such as BABE gives passages; reading only the first sentence
    /// would ignore an opinion in the second).
    public func classify(sentence text: String) -> SentenceAnalysis {
        let article = Article(text: text)
        let sentences = analyze(article).sentences
        let deciding: SentenceAnalysis?
        if let editorial = sentences.filter({ $0.label == .editorial }).max(by: { $0.confidence < $1.confidence }) {
            deciding = editorial
        } else if let attributed = sentences.first(where: { $0.label == .attributed }) {
            deciding = attributed
        } else {
            deciding = sentences.first
        }
        return deciding.map { decided in
            var merged = decided
            merged.start = sentences.first?.start ?? decided.start
            merged.end = SourceText(text).scalarCount
            merged.text = text
            guard sentences.count > 1 else { return merged }
            if decided.label != .editorial {
                merged.confidence = sentences.filter { $0.label == decided.label }.map(\.confidence).min() ?? decided.confidence
            }
            merged.headline = sentences[0].headline
            merged.cues = sentences.flatMap(\.cues)
            merged.loaded = sentences.flatMap(\.loaded)
            let dismissed = sentences.flatMap { $0.dismissed ?? [] }
            merged.dismissed = dismissed.isEmpty ? nil : dismissed
            merged.words = sentences.reduce(0) { $0 + $1.words }
            merged.quoted_words = sentences.reduce(0) { $0 + $1.quoted_words }
            merged.loaded_score = sentences.reduce(0) { $0 + $1.loaded_score }
            return merged
        } ?? SentenceAnalysis(start: 0, end: 0, text: text, headline: false, label: .factual, confidence: 0.5,
                              cues: [], source: nil, loaded: [], words: 0, quoted_words: 0, loaded_score: 0)
    }

    /// Per-article figures from analysed sentences.
    public static func summarize(_ sentences: [SentenceAnalysis], includeQuoted: Bool = false) -> ArticleSummary {
        // Labels counted by case, and named once at the end: a String-keyed count hashed the
        // label's name for every sentence.
        var labelCounts = [Int](repeating: 0, count: ClaimLabel.allCases.count)
        var words = 0, quoted = 0, loadedOutlet = 0, loadedQuoted = 0
        var byCategory: [String: Int] = [:]
        var terms: [String: (category: String, count: Int)] = [:]
        var bodyScores: [Double] = []
        var headlineScore = 0.0
        // Fields are read through the index: binding each sentence (`for s in sentences`) copies
        // it whole, retaining every string and array in it, for each of thousands of sentences.
        for k in sentences.indices {
            switch sentences[k].label {
            case .factual: labelCounts[0] += 1
            case .attributed: labelCounts[1] += 1
            case .editorial: labelCounts[2] += 1
            }
            words += sentences[k].words
            quoted += sentences[k].quoted_words
            // Hits read in place too: binding each copied its strings and rule steps.
            for h in sentences[k].loaded.indices {
                // With --include-quoted the categories and top terms count quoted hits too, as
                // the rate does (they listed only the outlet's while the rate counted all).
                if sentences[k].loaded[h].in_quote {
                    loadedQuoted += 1
                    if !includeQuoted { continue }
                } else {
                    loadedOutlet += 1
                }
                byCategory[sentences[k].loaded[h].category, default: 0] += 1
                terms[sentences[k].loaded[h].term, default: (sentences[k].loaded[h].category, 0)].count += 1
            }
            if sentences[k].headline { headlineScore = sentences[k].loaded_score } else { bodyScores.append(sentences[k].loaded_score) }
        }
        var labels: [String: Int] = [:]
        for (k, label) in [ClaimLabel.factual, .attributed, .editorial].enumerated() { labels[label.rawValue] = labelCounts[k] }
        let outletWords = words - quoted
        let top = terms.map { TermCount(term: $0.key, category: $0.value.category, count: $0.value.count) }
            .sorted { ($1.count, $0.term) < ($0.count, $1.term) }
        func rate(_ count: Int, _ words: Int) -> Double { words == 0 ? 0 : (Double(count) * 1000 / Double(words) * 1000).rounded() / 1000 }
        let editorialShare = sentences.isEmpty ? 0 : Double(labels["EDITORIAL"] ?? 0) / Double(sentences.count)
        let bodyMean = bodyScores.isEmpty ? 0 : bodyScores.reduce(0, +) / Double(bodyScores.count)
        var summary = ArticleSummary(sentences: sentences.count, labels: labels,
                              editorial_share: (editorialShare * 1000).rounded() / 1000, words: words,
                              outlet_voice_words: outletWords, quoted_words: quoted, loaded_outlet_voice: loadedOutlet,
                              loaded_quoted: loadedQuoted, loaded_per_1k_words: rate(loadedOutlet, outletWords),
                              quoted_loaded_per_1k_words: rate(loadedQuoted, quoted), by_category: byCategory,
                              top_terms: Array(top.prefix(10)), headline_loaded_score: headlineScore,
                              body_loaded_score_mean: (bodyMean * 1000).rounded() / 1000)
        LoadedSummary.extend(&summary, sentences: sentences, includeQuoted: includeQuoted)
        return summary
    }
}

/// The phrase tables' matchers taken once for a run of sentences, as `Analyzer.analyze` takes
/// them once per article: for callers that run the stages one by one (`slant lexicon bench`)
/// and should cost what the pipeline costs. Taking one counts a reference to each table's
/// arrays; a matcher per sentence would add that to every sentence.
public struct StageMatchers: Sendable {
    let cues: CueWords.Matchers
    let loaded: PhraseTable<LoadedLexicon.Entry>.Matcher
}

extension Analyzer {
    /// The matchers of this analyzer's tables, to lend to `score(..., matchers:)` and
    /// `SentenceContext(..., matchers:)` for many sentences.
    public func stageMatchers() -> StageMatchers {
        StageMatchers(cues: classifier.words.matchers(), loaded: scorer.lexicon.table.matcher())
    }
}

extension LoadedLanguageScorer {
    /// `score`, with the matchers lent by the caller; `tokensCached` when the caller has just
    /// made the tokens (as the analyzer does).
    public func score(source: SourceText, tokens: [Token], inQuote: [Bool], scareQuotes: [Range<Int>],
                      matchers: StageMatchers, tokensCached: Bool = false) -> [LoadedHit] {
        score(source: source, tokens: tokens, inQuote: inQuote, scareQuotes: scareQuotes, matcher: matchers.loaded,
              tokensCached: tokensCached)
    }
}

extension SentenceContext {
    /// The context, with the matchers lent by the caller.
    public init(source: SourceText, sentence: Sentence, tokens: [Token], inQuote: [Bool], quotes: [Range<Int>],
                outletVoiceLoaded: [LoadedHit], words: CueWords, matchers: borrowing StageMatchers) {
        self.init(source: source, sentence: sentence, tokens: tokens, inQuote: inQuote, quotes: quotes,
                  outletVoiceLoaded: outletVoiceLoaded, words: words, matchers: matchers.cues)
    }

    /// The context, with the matchers lent by the caller and its per-token lists written into
    /// `buffers` (`SentenceContext.Buffers`: for a caller that makes contexts sentence after
    /// sentence, as the analyzer does).
    public init(source: SourceText, sentence: Sentence, tokens: [Token], inQuote: [Bool], quotes: [Range<Int>],
                outletVoiceLoaded: [LoadedHit], words: CueWords, matchers: borrowing StageMatchers, buffers: inout Buffers) {
        self.init(source: source, sentence: sentence, tokens: tokens, inQuote: inQuote, quotes: quotes,
                  outletVoiceLoaded: outletVoiceLoaded, words: words, matchers: matchers.cues, buffers: &buffers)
    }
}
