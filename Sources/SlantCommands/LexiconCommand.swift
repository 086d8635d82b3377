import ArgumentParser
import Foundation
import SlantCore
import SlantIO

/// `slant lexicon`: check, convert and time lexicon files.
public struct LexiconCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Check, import and benchmark loaded-language lexicons.",
        subcommands: [LexiconCheckCommand.self, LexiconImportCommand.self, LexiconBenchCommand.self])

    public init() {}
}

/// `slant lexicon check FILE...`: every problem as `file:line: problem`.
public struct LexiconCheckCommand: SlantCommand {
    public static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate lexicon files and list every problem as file:line: problem.",
        discussion: """
            The kind of file follows its name: allow*.tsv is an allow-list, entities*.tsv a \
            gazetteer; categories, modifiers, abbreviations, sentence-starters, \
            attribution-cues, editorial-cues, source-words, editorial-weights and \
            page-furniture files are their own kinds. A file whose name says none of these is \
            the kind its header's '#! name:' says ('#! name: allow'), else a loaded-language \
            lexicon (term, weight 0 to 3, category, note); --kind says it outright. Categories are those of the built-in categories.tsv (or the one \
            in --lexicons DIR).

            Exit status: 0 when every file is valid, 2 when any problem was found.
            """)

    @Argument(help: "The lexicon files to check.")
    public var files: [String]

    @Option(help: ArgumentHelp("Check every file as this kind: \(LexiconCheck.Kind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "KIND"))
    public var kind: String?

    @Option(name: .customLong("lexicons"), help: ArgumentHelp("A directory whose categories.tsv replaces the built-in one.", valueName: "DIR"))
    public var directory: String?

    public init() {}

    public func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one lexicon file to check") }
        if let kind, LexiconCheck.Kind(rawValue: kind) == nil {
            throw ValidationError("--kind must be one of \(LexiconCheck.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    public func execute(_ io: CommandIO) throws -> Int32 {
        let set = try LexiconLoader.load(directory: directory)
        let categoryFile = try DataFile.parse(try set.text("categories.tsv"), name: "categories.tsv", minColumns: 2, maxColumns: 2)
        var categories = Set(categoryFile.rows.map { $0.fields[0] })
        var problems: [LexiconError] = []
        // A categories file given for checking also names the categories the others may use.
        for file in files where LexiconCheck.Kind(fileName: file) == .categories && kind == nil {
            if let text = try? read(file) { categories.formUnion(categoryNames(text)) }
        }
        for file in files {
            let text: String
            do {
                text = try read(file)
            } catch {
                io.err("slant: \(error.localizedDescription)\n")
                problems.append(LexiconError(file: file, line: nil, problem: "cannot be read"))
                continue
            }
            let fileKind = kind.flatMap(LexiconCheck.Kind.init(rawValue:)) ?? LexiconCheck.Kind(text: text, fileName: file)
            let found = LexiconCheck.problems(text, name: file, kind: fileKind, categories: categories)
            for problem in found { io.out("\(problem.localizedDescription)\n") }
            problems += found
        }
        if problems.isEmpty {
            io.err("\(files.count == 1 ? files[0] : "\(files.count) files"): no problems\n")
            return ExitStatus.ok
        }
        io.err("\(counted(problems.count, "problem")) found\n")
        return ExitStatus.error
    }

    func read(_ path: String) throws -> String {
        let (name, data) = try InputReader.data(path: path)
        return try InputReader.text(data, name: name)
    }

    func categoryNames(_ text: String) -> [String] {
        text.lineSlices().compactMap { line in
            line.hasPrefix("#") ? nil : line.split(separator: "\t").first.map(String.init)
        }
    }
}

/// `slant lexicon import --from vader|mpqa|list FILE`: another lexicon in Slant's format.
public struct LexiconImportCommand: SlantCommand {
    public static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert a VADER, MPQA or plain word-list lexicon into Slant's format (on stdout).",
        discussion: """
            vader: token<TAB>mean valence (-4 to 4)...; weight = |valence| x 0.75
                   (4 -> 3.0); entries under --min-weight left out.
            mpqa:  subjectivity clues (.tff); strongsubj -> 2.0, weaksubj -> 1.0;
                   stemmed1=y -> a 'word*' prefix entry (words of 4+ letters);
                   neutral clues left out.
            list:  one term a line, '#' comments; every term gets --weight.

            Every entry gets --category (default 'imported', a category of the built-in \
            categories.tsv). Use the result with --lexicon FILE; check it with slant lexicon check.
            """)

    @Option(help: "The input format: vader, mpqa or list.")
    public var from: String

    @Argument(help: "The lexicon to convert ('-' for standard input).")
    public var file: String

    @Option(help: "The category every entry gets.")
    public var category: String = "imported"

    @Option(parsing: .unconditional, help: "The weight of every entry of a plain word list (0 to 3).")
    public var weight: Double = 1

    @Option(name: .customLong("min-weight"), parsing: .unconditional, help: "Leave out VADER entries whose mapped weight is below this.")
    public var minWeight: Double = 0.5

    @Option(help: "The name written in the output's header (default: the input's file name).")
    public var name: String?

    public init() {}

    public func validate() throws {
        guard LexiconImport.Format(rawValue: from) != nil else {
            throw ValidationError("--from must be vader, mpqa or list, not '\(from)'")
        }
        guard weight >= 0, weight <= 3 else { throw ValidationError("--weight must be from 0 to 3") }
        guard minWeight >= 0, minWeight <= 3 else { throw ValidationError("--min-weight must be from 0 to 3") }
        // The name goes into the header line `#! name: ...`, which a line break or an empty name
        // would break (the output was refused by lexicon check).
        if let name, name.trimmingCharacters(in: .whitespaces).isEmpty || name.contains(where: { $0.isNewline || $0 == "\t" }) {
            throw ValidationError("--name must be a name on one line, not '\(name.debugDescription.dropFirst().dropLast())'")
        }
        // A lexicon with an unknown category is refused when it is loaded; say so now, not at
        // the first `slant score --lexicon` of the result.
        if let set = try? LexiconLoader.load(),
           let file = try? DataFile.parse(try set.text("categories.tsv"), name: "categories.tsv", minColumns: 2, maxColumns: 2) {
            let known = file.rows.map { $0.fields[0] }.filter { $0 != "scare-quote" }
            guard known.contains(category) else {
                throw ValidationError("--category '\(category)' is not a category of categories.tsv (one of: \(known.joined(separator: ", ")))")
            }
        }
    }

    public func execute(_ io: CommandIO) throws -> Int32 {
        let (path, data) = try InputReader.data(path: file, stdin: io.readStdin)
        let text = try InputReader.text(data, name: path)
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        var options = LexiconImport.Options(name: name ?? (base.isEmpty ? "imported" : base), source: path)
        options.category = category
        options.defaultWeight = weight
        options.minWeight = minWeight
        let format = LexiconImport.Format(rawValue: from) ?? .list
        io.out(try LexiconImport.convert(text, from: format, options: options))
        // A plain list's term is its first column: say so when lines had more, with the first.
        if format == .list {
            var lineNumber = 0, count = 0, first = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                lineNumber += 1
                guard line.contains("\t"), !line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("#") else { continue }
                count += 1
                if first == 0 { first = lineNumber }
            }
            if count > 0 {
                io.err("slant lexicon import: \(count) line\(count == 1 ? "" : "s") of \(path) had more than one tab-separated column (first at line \(first)); each term is the first column\n")
            }
        }
        return ExitStatus.ok
    }
}

/// `slant lexicon bench`: the loaded-language speed targets of issue 6, measured in-process.
public struct LexiconBenchCommand: SlantCommand {
    public static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time lexicon loading (10,000 entries), and the scorer and the classifier against sentence splitting.",
        discussion: """
            Loading: the built-in lexicon padded with generated entries to --entries, parsed and \
            indexed --runs times; the median is reported (target: under 10 ms for 10,000).

            Analysis: FILE is split into sentences, then each sentence is tokenised, scored and \
            classified (cues, label, source, speakers); each stage is timed over the whole file, \
            median of --runs (targets: scoring and classifying each add no more than 30% to \
            splitting time). Then the whole pipeline of `slant score` without output. Prints one \
            'name value unit' line per figure.
            """)

    @Argument(help: "A text file to split and score (for example ../shared/data/bench/news-1mb.txt).")
    public var file: String?

    @Option(parsing: .unconditional, help: "How many lexicon entries to load.")
    public var entries: Int = 10_000

    @Option(parsing: .unconditional, help: "Runs per measurement; the median is reported.")
    public var runs: Int = 5

    public init() {}

    public func validate() throws {
        if entries < 0 { throw ValidationError("--entries must be 0 or more, not \(entries)") }
        if runs < 1 { throw ValidationError("--runs must be at least 1, not \(runs)") }
    }

    public func execute(_ io: CommandIO) throws -> Int32 {
        let runs = max(1, self.runs)
        var set = try LexiconLoader.load()
        var text = try set.text("loaded-language.tsv")
        var count = text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.count
        var n = 0
        while count < entries {
            // Generated entries of the usual shapes (words, phrases, prefixes), starting with
            // varied letters as real entries do.
            switch n % 3 {
            case 0: text += "\(letters(n))zword\t1.0\tname-calling\tgenerated\n"
            case 1: text += "\(letters(n))zphrase of words\t1.5\tfear\n"
            default: text += "\(letters(n))zprefix*\t2.0\texaggeration\n"
            }
            n += 1
            count += 1
        }
        set.files["loaded-language.tsv"] = text
        var loads: [Double] = []
        var loadedCount = 0
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            let lexicon = try LoadedLexicon(lexicons: set)
            loads.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            loadedCount = lexicon.entryCount
        }
        // The part of loading that is reading the file (fields and SHA-256), before indexing.
        var parses: [Double] = [], hashes: [Double] = []
        for _ in 0..<runs {
            var start = DispatchTime.now().uptimeNanoseconds
            _ = try DataFile.parse(text, name: "loaded-language.tsv", minColumns: 3, maxColumns: 4)
            parses.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            start = DispatchTime.now().uptimeNanoseconds
            _ = SHA256.hex(text.utf8)
            hashes.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        io.out("lexicon-load-entries \(loadedCount) entries\n")
        io.out("lexicon-load-ms \(format(median(loads))) ms\n")
        io.out("lexicon-parse-ms \(format(median(parses))) ms (of which SHA-256 \(format(median(hashes))) ms)\n")

        guard let file else { return ExitStatus.ok }
        let analyzer = try Analyzer(lexicons: LexiconLoader.load())
        let (name, data) = try InputReader.data(path: file)
        let source = SourceText(try InputReader.text(data, name: name))
        var splits: [Double] = [], tokenizing: [Double] = [], scores: [Double] = []
        var classifying: [Double] = [], analyses: [Double] = [], inPlaceScores: [Double] = []
        var hits = 0, sentenceCount = 0
        let whole = 0..<source.bytes.count
        // Quotations as the pipeline finds them, so the classifier sees the quoted words it
        // would see in `slant score` (scare quotes are not told apart here).
        let quoteRanges = QuoteFinder.quotes(in: source.bytes, ranges: [whole]).sorted { $0.lowerBound < $1.lowerBound }
        for _ in 0..<runs {
            var start = DispatchTime.now().uptimeNanoseconds
            let sentences = analyzer.splitter.sentences(in: source)
            splits.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            // Tokens are the pipeline's, shared with the classifier: timed apart from scoring.
            start = DispatchTime.now().uptimeNanoseconds
            let tokenized = sentences.map { Tokenizer.tokens(in: source, range: $0.bytes) }
            tokenizing.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            let notQuoted = tokenized.map { [Bool](repeating: false, count: $0.count) }
            start = DispatchTime.now().uptimeNanoseconds
            hits = 0
            var loaded: [[LoadedHit]] = []
            loaded.reserveCapacity(sentences.count)
            // The matchers are taken once, as the pipeline takes them once per article.
            let matchers = analyzer.stageMatchers()
            for (tokens, inQuote) in zip(tokenized, notQuoted) {
                let found = analyzer.scorer.score(source: source, tokens: tokens, inQuote: inQuote, scareQuotes: [],
                                                  matchers: matchers)
                hits += found.count
                loaded.append(found)
            }
            scores.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            sentenceCount = sentences.count
            // Scoring as the pipeline does it: each sentence scored right after it is tokenized,
            // its tokens still in the caches (above, every sentence is tokenized first, so the
            // scorer reads tokens that have left them). Timed as tokenizing and scoring sentence
            // by sentence, less the same loop that only tokenizes.
            var buffer: [Token] = [], flags: [Bool] = []
            start = DispatchTime.now().uptimeNanoseconds
            for sentence in sentences {
                Tokenizer.tokens(in: source, range: sentence.bytes, into: &buffer)
                flags.removeAll(keepingCapacity: true)
                flags.append(contentsOf: repeatElement(false, count: buffer.count))
                _ = analyzer.scorer.score(source: source, tokens: buffer, inQuote: flags, scareQuotes: [], matchers: matchers,
                                          tokensCached: true)
            }
            let tokenizedAndScored = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            start = DispatchTime.now().uptimeNanoseconds
            for sentence in sentences {
                Tokenizer.tokens(in: source, range: sentence.bytes, into: &buffer)
                flags.removeAll(keepingCapacity: true)
                flags.append(contentsOf: repeatElement(false, count: buffer.count))
            }
            inPlaceScores.append(max(0, tokenizedAndScored - Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6))
            // Classification: the cues, the label, the source and the speaker memory, over the
            // tokens and loaded hits above; quoted tokens marked as the pipeline marks them.
            var quotesBySentence: [[Range<Int>]] = []
            var inQuoteBySentence: [[Bool]] = []
            var q = 0
            for (sentence, tokens) in zip(sentences, tokenized) {
                while q < quoteRanges.count, quoteRanges[q].upperBound <= sentence.bytes.lowerBound { q += 1 }
                var overlapping: [Range<Int>] = []
                var k = q
                while k < quoteRanges.count, quoteRanges[k].lowerBound < sentence.bytes.upperBound {
                    if quoteRanges[k].overlaps(sentence.bytes) { overlapping.append(quoteRanges[k]) }
                    k += 1
                }
                quotesBySentence.append(overlapping)
                inQuoteBySentence.append(tokens.map { token in
                    overlapping.contains { $0.contains(token.bytes.lowerBound) && $0.contains(token.bytes.upperBound - 1) }
                })
            }
            start = DispatchTime.now().uptimeNanoseconds
            var speakers = SpeakerMemory()
            let classifierMatchers = analyzer.stageMatchers()
            // The contexts' lists written into one set of allocations, as the analyzer does.
            var contextBuffers = SentenceContext.Buffers()
            for n in sentences.indices {
                let context = SentenceContext(source: source, sentence: sentences[n], tokens: tokenized[n],
                                              inQuote: inQuoteBySentence[n], quotes: quotesBySentence[n],
                                              outletVoiceLoaded: loaded[n], words: analyzer.classifier.words,
                                              matchers: classifierMatchers, buffers: &contextBuffers)
                speakers.sentence = n
                let decision = analyzer.classifier.classify(context, speakers: speakers)
                if let found = decision.source { speakers.record(found) }
            }
            classifying.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            // The whole pipeline (`slant score` without writing JSON): splitting included.
            start = DispatchTime.now().uptimeNanoseconds
            _ = analyzer.analyze(Article(text: source.string))
            analyses.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        let mb = Double(source.bytes.count) / 1e6
        let split = max(median(splits), 1e-9)
        io.out("bench-input \(format(mb)) MB, \(sentenceCount) sentences, \(hits) loaded hits\n")
        io.out("split-ms \(format(median(splits))) ms\n")
        io.out("tokenize-ms \(format(median(tokenizing))) ms (the pipeline's tokens, shared with the classifier)\n")
        io.out("score-ms \(format(median(scores))) ms (finding, explaining and targeting loaded terms)\n")
        io.out("classify-ms \(format(median(classifying))) ms (cues, label, source and speakers)\n")
        io.out("analyze-ms \(format(median(analyses))) ms (the whole pipeline of slant score, splitting included, no output)\n")
        io.out("score-over-split \(format(median(scores) / split * 100)) %\n")
        io.out("score-in-place-ms \(format(median(inPlaceScores))) ms (each sentence scored right after it is tokenized, as the pipeline does)\n")
        io.out("score-in-place-over-split \(format(median(inPlaceScores) / split * 100)) %\n")
        io.out("tokenize-and-score-over-split \(format((median(tokenizing) + median(scores)) / split * 100)) %\n")
        io.out("classify-over-split \(format(median(classifying) / split * 100)) %\n")
        io.out("analysis-after-split-over-split \(format(max(0, median(analyses) - split) / split * 100)) % (everything slant score does after splitting)\n")
        return ExitStatus.ok
    }

    func letters(_ n: Int) -> String {
        var n = n, s = ""
        repeat {
            s.append(Character(Unicode.Scalar(UInt8(97 + n % 26))))
            n /= 26
        } while n > 0
        return s
    }

    func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }
    func format(_ x: Double) -> String { String(format: "%.2f", x) }
}
