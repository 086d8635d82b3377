import ArgumentParser
import Foundation
import SlantCore
import SlantEval
import SlantIO
import SlantReport

/// `slant eval loaded`: loaded-language spans against PTC, BASIL or BABE gold.
public struct EvalLoadedCommand: SlantCommand {
    public static let configuration = CommandConfiguration(
        commandName: "loaded",
        abstract: "Score loaded-language spans against propaganda (PTC), BASIL or BABE gold.",
        discussion: """
            PTC: --gold LABELS (id<TAB>technique<TAB>start<TAB>end) with --articles DIR holding article<ID>.txt (default: the labels file's folder or its train-articles/).

            BASIL: --gold DIR holding articles/ and annotations/; the lexical-bias ('lex') spans are gold, and Slant's in_quote is compared with their quote flag.

            BABE: --gold final_labels_SG1.csv (';'-separated); the listed biased_words are gold, and recall is the figure that matters (the lists are not exhaustive).

            --baseline-list FILE scores a word list instead: every whole-word, case-insensitive hit is a span. Predictions: one JSON line per document, {"document", "spans": [{"start", "end"[,"in_quote"]}]} (PTC: article id; BASIL: YEAR/UUID_N; BABE: the gold line number).
            """)

    public enum GoldFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
        case auto, ptc, basil, babe
    }

    @OptionGroup public var options: EvalOptions
    @Option(help: "The gold format (auto: a directory is BASIL, .csv is BABE, anything else PTC).")
    public var goldFormat: GoldFormat = .auto
    @Option(help: ArgumentHelp("PTC: a technique whose spans are gold (repeatable; default Loaded_Language).", valueName: "NAME"))
    public var technique: [String] = []
    @Option(help: ArgumentHelp("PTC: the folder of article<ID>.txt files.", valueName: "DIR"))
    public var articles: String?
    @Option(help: ArgumentHelp("PTC: only half of the articles, by article id parity: a (even ids: where errors are studied) or b (odd ids: where figures are reported).", valueName: "a|b"))
    public var half: PTCGold.Half?
    @Flag(help: "PTC: report the mapped figure in row output: name-calling hits against Name_Calling,Labeling, scare quotes left out, every other category against Loaded_Language (text and JSON output always show it, with a per-category table).")
    public var mapped = false
    @Option(parsing: .unconditional, help: ArgumentHelp("List the N lexicon terms with the most hits outside the gold, with their precision (text and JSON; Slant's own hits only). Read it on a tuning part only (PTC: --half a).", valueName: "N"))
    public var terms: Int = 0

    public func validate() throws {
        if terms < 0 { throw ValidationError("--terms must be 0 or more, not \(terms)") }
    }
    @Option(help: ArgumentHelp("Score this word list as the predictor instead of Slant.", valueName: "FILE"))
    public var baselineList: String?
    @Flag(help: "Count only Slant's outlet-voice hits (in_quote false), not quoted ones.")
    public var outletVoiceOnly = false
    @Option(help: ArgumentHelp("Leave out Slant's hits of this category (repeatable), e.g. scare-quote: a distancing device the gold may not mark.", valueName: "CATEGORY"))
    public var skipCategory: [String] = []
    @Option(help: ArgumentHelp("Write Slant's hits to FILE as JSON Lines, one document a line ({\"document\", \"spans\": [each hit as slant score explains it, with its sentence's label]}): a file --predictions reads back, for studying errors outside Slant.", valueName: "FILE"))
    public var writePredictions: String?
    @OptionGroup public var lexicons: LexiconOptions
    @OptionGroup public var quoted: QuotedTermsOption

    public init() {}

    /// One document's hits as `--write-predictions` writes them.
    struct WrittenDocument: Encodable {
        struct Hit: Encodable {
            var hit: LoadedHit
            var label: ClaimLabel
            func encode(to encoder: Encoder) throws {
                try hit.encode(to: encoder)
                enum Keys: String, CodingKey { case label }
                var c = encoder.container(keyedBy: Keys.self)
                try c.encode(label, forKey: .label)
            }
        }
        var document: String
        var spans: [Hit]
    }

    /// A gold document and, for Slant, the article to analyse.
    struct Item {
        var doc: LoadedDocument
        var article: Article?
    }

    func format() -> GoldFormat {
        if goldFormat != .auto { return goldFormat }
        if EvalOptions.isDirectory(options.gold) { return .basil }
        return options.gold.lowercased().hasSuffix(".csv") ? .babe : .ptc
    }

    /// Every article in the folder is a document (one with no gold span of the chosen
    /// techniques still counts: its predictions are false alarms). A labelled article that
    /// cannot be read or whose spans run past its end is reported in `skipped`.
    func ptc(skipped: inout [String]) throws -> [Item] {
        let techniques = Set(technique.isEmpty ? ["Loaded_Language"] : technique)
        let all = try PTCGold.parseByTechnique(try EvalOptions.read(options.gold), file: options.gold)
        var spans = all.mapValues { $0.filter { techniques.contains($0.technique) }.map(\.span) }
        let folder = (options.gold as NSString).deletingLastPathComponent
        let dir = articles ?? [(folder as NSString).appendingPathComponent("train-articles"), folder]
            .first { EvalOptions.isDirectory($0) && FileManager.default.fileExists(atPath: ($0 as NSString).appendingPathComponent("article\(spans.keys.sorted().first ?? "").txt")) } ?? folder
        for path in try EvalOptions.files(under: dir, extensions: ["txt"]) {
            let name = (path as NSString).lastPathComponent
            guard name.hasPrefix("article"), (path as NSString).deletingLastPathComponent == dir else { continue }
            let id = String(name.dropFirst("article".count).dropLast(".txt".count))
            if spans[id] == nil { spans[id] = [] }
        }
        var items: [Item] = []
        for id in spans.keys.sorted() where half == nil || PTCGold.half(of: id) == half {
            let path = (dir as NSString).appendingPathComponent("article\(id).txt")
            guard FileManager.default.fileExists(atPath: path) else {
                skipped.append(EvalError(file: options.gold, problem: "article \(id) has spans but \(path) does not exist (use --articles DIR)").localizedDescription)
                continue
            }
            do {
                let text = try EvalOptions.read(path)
                let scalars = ScalarText(text)
                let gold = spans[id] ?? []
                let every = all[id] ?? []
                if let bad = every.first(where: { $0.span.end > scalars.count }) {
                    throw EvalError(file: options.gold, problem: "article \(id): span \(bad.span.start)..<\(bad.span.end) is past the end of \(path) (\(scalars.count) characters)")
                }
                let byTechnique = Dictionary(grouping: every, by: \.technique).mapValues { $0.map(\.span) }
                items.append(Item(doc: LoadedDocument(name: id, text: scalars, gold: gold, techniques: byTechnique), article: Article(text: text)))
            } catch {
                skipped.append(error.localizedDescription)
            }
        }
        return items
    }

    /// BASIL articles with their lexical-bias spans; an article whose files cannot be read or
    /// whose annotations do not fit it is reported in `skipped`.
    func basil(skipped: inout [String]) throws -> [Item] {
        let root = options.gold
        let annotationRoot = (root as NSString).appendingPathComponent("annotations")
        let articleRoot = (root as NSString).appendingPathComponent("articles")
        var items: [Item] = []
        for annotationPath in try EvalOptions.files(under: annotationRoot, extensions: ["json"]) {
            do { items.append(try basilItem(annotationPath, annotationRoot: annotationRoot, articleRoot: articleRoot)) } catch {
                skipped.append(error.localizedDescription)
            }
        }
        return items
    }

    /// One BASIL article: ARTICLES/NAME.json annotated by ANNOTATIONS/NAME_ann.json.
    func basilItem(_ annotationPath: String, annotationRoot: String, articleRoot: String) throws -> Item {
        let relative = String(annotationPath.dropFirst(annotationRoot.count + 1))
        guard relative.hasSuffix("_ann.json") else {
            throw EvalError(file: annotationPath, problem: "annotation files are named NAME_ann.json")
        }
        let name = String(relative.dropLast("_ann.json".count))
        let articlePath = (articleRoot as NSString).appendingPathComponent(name + ".json")
        let (_, articleData) = try readBytes(articlePath)
        let (_, annotationData) = try readBytes(annotationPath)
        let parsed = try BASILArticle.parse(article: articleData, articleFile: articlePath, annotations: annotationData,
                                            annotationFile: annotationPath, name: name)
        let lex = parsed.spans.filter { $0.bias == "lex" }
        let bytes = ByteOffsets(parsed.text)
        let article = Article(text: parsed.text, headline: parsed.title.length > 0 ? bytes.bytes(parsed.title) : nil,
                              body: parsed.paragraphs.map { bytes.bytes($0) })
        return Item(doc: LoadedDocument(name: name, text: ScalarText(parsed.text), gold: lex.map(\.span), goldQuote: lex.map(\.quote)),
                    article: article)
    }

    /// BABE sentences with their biased words located; a malformed row is reported in `skipped`.
    func babe(skipped: inout [String]) throws -> (items: [Item], notFound: Int) {
        let records = try DelimitedReader.records(try EvalOptions.read(options.gold), delimiter: ";", file: options.gold)
        guard let header = records.first else { throw EvalError(file: options.gold, problem: "no header line") }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let t = names.firstIndex(of: "text"), let w = names.firstIndex(of: "biased_words") else {
            throw EvalError(file: options.gold, line: header.line, problem: "needs columns 'text' and 'biased_words'; columns are: \(names.joined(separator: ", "))")
        }
        var items: [Item] = [], notFound = 0
        for record in records.dropFirst() {
            guard record.fields.count == names.count else {
                skipped.append(EvalError(file: options.gold, line: record.line, problem: "\(record.fields.count) fields where the header has \(names.count)").localizedDescription)
                continue
            }
            let words: [String]
            do { words = try BABEWords.parse(record.fields[w]) } catch {
                skipped.append(EvalError(file: options.gold, line: record.line, problem: (error as? EvalError)?.problem ?? error.localizedDescription).localizedDescription)
                continue
            }
            let text = record.fields[t]
            let scalars = ScalarText(text)
            let located = LoadedEvaluation.locate(words: words, in: scalars)
            notFound += located.notFound
            items.append(Item(doc: LoadedDocument(name: String(record.line), text: scalars, gold: located.spans), article: nil))
        }
        return (items, notFound)
    }

    public func execute(_ io: CommandIO) throws -> Int32 {
        let kind = format()
        var items: [Item], notFound = 0, skipped: [String] = []
        switch kind {
        case .basil: items = try basil(skipped: &skipped)
        case .babe: (items, notFound) = try babe(skipped: &skipped)
        case .ptc, .auto: items = try ptc(skipped: &skipped)
        }
        for problem in skipped { io.err("slant: skipped \(problem)\n") }
        guard !items.isEmpty else {
            throw EvalError(file: options.gold, problem: skipped.first.map { "no readable documents (first problem: \($0))" } ?? "no documents")
        }
        var predictions: [String: [PredictedSpan]] = [:]
        if let file = options.predictions {
            predictions = try PredictionFiles.loaded(try EvalOptions.read(file), file: file)
        } else if let list = baselineList {
            let baseline = WordListBaseline(list: try EvalOptions.read(list))
            for item in items { predictions[item.doc.name] = baseline.spans(in: item.doc.text).map { PredictedSpan(span: $0, inQuote: nil) } }
        } else {
            let analyzer = try lexicons.analyzer(includeQuoted: quoted.includeQuoted)
            var written = ""
            for item in items {
                let sentences = item.article.map { analyzer.analyze($0).sentences } ?? [analyzer.classify(sentence: item.doc.text.string)]
                if writePredictions != nil {
                    let hits = sentences.flatMap { s in s.loaded.map { WrittenDocument.Hit(hit: $0, label: s.label) } }
                    written += JSONOutput.encode(WrittenDocument(document: item.doc.name, spans: hits), pretty: false) + "\n"
                }
                predictions[item.doc.name] = sentences.flatMap(\.loaded).filter { (!outletVoiceOnly || !$0.in_quote) && !skipCategory.contains($0.category) }
                    .map { PredictedSpan(span: TextSpan(start: $0.start, end: $0.end), inQuote: $0.in_quote, category: $0.category, term: $0.term) }
            }
            if let path = writePredictions {
                do { try written.write(toFile: path, atomically: true, encoding: .utf8) } catch {
                    throw EvalError(file: path, problem: "cannot write predictions: \(error.localizedDescription)")
                }
            }
        }
        if (mapped || half != nil) && kind != .ptc && kind != .auto {
            throw EvalError(file: options.gold, problem: "--mapped and --half need PTC gold (a .labels file with every technique)")
        }
        var report = LoadedEvaluation.evaluate(documents: items.map(\.doc), predictions: predictions, gold: options.gold, errors: options.errors)
        // The mapped figure needs each hit's category: only Slant's own hits have one.
        let categorised = options.predictions == nil && baselineList == nil
        if kind == .ptc || kind == .auto, categorised {
            report.mapped = LoadedEvaluation.mapped(documents: items.map(\.doc), predictions: predictions, mapping: .ptc)
        } else if mapped {
            throw EvalError(file: options.gold, problem: "--mapped needs Slant's own hits (their categories), not --predictions or --baseline-list")
        }
        if terms > 0 {
            guard categorised else {
                throw EvalError(file: options.gold, problem: "--terms needs Slant's own hits (their terms), not --predictions or --baseline-list")
            }
            report.terms = LoadedEvaluation.terms(documents: items.map(\.doc), predictions: predictions, limit: terms)
        }
        let system = baselineList.map { "list:" + (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
            ?? (mapped ? "Slant, mapped to PTC techniques" : nil)
        let labelled = system.map { s -> EvalOptions in var o = options; if o.systemName == nil { o.systemName = s }; return o } ?? options
        switch options.format {
        case .json: io.out(JSONOutput.encode(report) + "\n")
        case .row:
            var notes = "any-overlap spans; char F1 \(EvalText.number(report.characters.f1))"
            if let q = report.quote_agreement, q.compared > 0 { notes += ", in_quote agrees \(q.agreed)/\(q.compared)" }
            if kind == .babe { notes = "biased-word recall (lists not exhaustive)" }
            var prf = report.overlap
            if mapped, let m = report.mapped {
                prf = m.overlap
                notes = "any-overlap spans of " + m.techniques.map(\.technique).joined(separator: " + ")
                    + "; char F1 \(EvalText.number(m.characters.f1)); "
                    + m.techniques.map { "\($0.technique) alone F1 \(EvalText.number($0.overlap.f1))" }.joined(separator: ", ")
            }
            if let half { notes = "half \(half.rawValue.uppercased()) (\(half == .a ? "even" : "odd") ids); " + notes }
            if !skipped.isEmpty { notes = "\(skipped.count) skipped; " + notes }
            io.out(EvalText.row(task: kind == .babe ? "loaded-words" : "loaded", options: labelled, n: prf.gold,
                                prf: prf, notes: notes))
        case .text:
            var out = "loaded (\(kind.rawValue)): \(report.gold) (\(report.documents) documents) - \(labelled.systemLabel)\n"
            out += EvalText.prfLine("characters", report.characters)
            out += EvalText.prfLine("spans (any overlap)", report.overlap)
            out += EvalText.prfLine("spans (exact)", report.exact)
            if let q = report.quote_agreement {
                out += "in_quote agrees with the gold quote flag on \(q.agreed) of \(q.compared) found spans (\(EvalText.number(q.rate)))\n"
            }
            if kind == .babe { out += "biased words not found in their sentence: \(notFound)\n" }
            if let m = report.mapped { out += Self.mappedText(m) }
            if let list = report.terms { out += Self.termsText(list) }
            if !skipped.isEmpty { out += "documents skipped as unreadable: \(skipped.count)\n" }
            io.out(out + EvalText.errors(report.errors))
        }
        return ExitStatus.ok
    }
}

extension EvalLoadedCommand {
    /// The mapped figure and the per-category table, for text output.
    static func mappedText(_ m: MappedReport) -> String {
        var out = "\nmapped to PTC techniques (\(m.mapping)):\n"
        out += EvalText.prfLine("characters", m.characters)
        out += EvalText.prfLine("spans (any overlap)", m.overlap)
        for t in m.techniques {
            out += EvalText.prfLine("  \(t.technique)", t.overlap)
        }
        out += "\nby Slant category: hits, and how many overlap a gold span / a span of the mapped technique / a span of any technique\n"
        let width = max(8, m.categories.map(\.category.count).max() ?? 0)
        func cell(_ n: Int, _ of: Int) -> String {
            let share = of == 0 ? "-" : EvalText.number(Double(n) / Double(of))
            return "\(n) (\(share))".padding(toLength: 14, withPad: " ", startingAt: 0)
        }
        out += "category".padding(toLength: width + 2, withPad: " ", startingAt: 0) + "hits    " + "gold".padding(toLength: 14, withPad: " ", startingAt: 0)
            + "mapped".padding(toLength: 14, withPad: " ", startingAt: 0) + "any\n"
        for c in m.categories {
            out += c.category.padding(toLength: width + 2, withPad: " ", startingAt: 0) + String(c.hits).padding(toLength: 8, withPad: " ", startingAt: 0)
                + cell(c.overlap_gold, c.hits) + cell(c.overlap_mapped, c.hits)
                + cell(c.overlap_any, c.hits).trimmingCharacters(in: .whitespaces) + "\n"
        }
        return out
    }
}

extension EvalLoadedCommand {
    /// The per-term table, for text output.
    static func termsText(_ list: [TermPrecision]) -> String {
        var out = "\nterms with the most hits outside the gold: hits, those overlapping a gold span (share), those overlapping any technique's span\n"
        let width = max(8, list.map(\.term.count).max() ?? 0)
        for t in list {
            let share = t.hits == 0 ? "-" : EvalText.number(Double(t.overlap_gold) / Double(t.hits))
            out += t.term.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                + t.category.padding(toLength: 20, withPad: " ", startingAt: 0)
                + String(t.hits).padding(toLength: 8, withPad: " ", startingAt: 0)
                + "\(t.overlap_gold) (\(share))".padding(toLength: 14, withPad: " ", startingAt: 0) + "\(t.overlap_any)\n"
        }
        return out
    }
}

/// Reads a file's bytes with InputReader's errors.
private func readBytes(_ path: String) throws -> (String, Data) {
    try InputReader.data(path: path)
}

extension PTCGold.Half: ExpressibleByArgument {
    /// Accepts `a`, `b`, `A` or `B`.
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }
}
