import ArgumentParser
import Foundation
import SlantCore
import SlantEval
import SlantReport

/// `slant eval attribution`: attributed sentences and sources against brat standoff gold.
public struct EvalAttributionCommand: SlantCommand {
    public static let configuration = CommandConfiguration(
        commandName: "attribution",
        abstract: "Score attribution against brat standoff gold (Source, Cue, Content spans).",
        discussion: """
            --gold is a directory of .ann files, each beside its .txt, or PolNeAR's layout (attributions/NAME_ANNOTATOR.ann with text/NAME.txt). A sentence is ATTRIBUTED in the gold when it overlaps a Cue or a Content span; sentences are the predictor's own.

            Source spans (those linked as Source by E lines) are scored by overlap and exactly.

            When one text has several annotations, the first .ann by name is used.

            Predictions: one JSON line per document, {"document": NAME, "sentences": [{"start", "end","label","source": {"start","end"} | null, "other_sources": [{"start","end"}] (optional)}]}. Every source a sentence names counts.
            """)

    @OptionGroup public var options: EvalOptions
    @Option(help: ArgumentHelp("Write Slant's sentences to FILE as JSON Lines, one document a line ({\"document\", \"sentences\": [each sentence as slant score explains it]}): a file --predictions reads back, for studying errors outside Slant.", valueName: "FILE"))
    public var writePredictions: String?
    @OptionGroup public var lexicons: LexiconOptions
    @OptionGroup public var quoted: QuotedTermsOption

    public init() {}

    /// The text an annotation file annotates: NAME.txt beside NAME.ann, or for PolNeAR's
    /// NAME_ANNOTATOR.ann, NAME.txt beside it or in the sibling text/ folder.
    static func textFile(for ann: String) throws -> String {
        let folder = (ann as NSString).deletingLastPathComponent
        let stem = ((ann as NSString).lastPathComponent as NSString).deletingPathExtension
        var candidates = [(folder as NSString).appendingPathComponent(stem + ".txt")]
        if let cut = stem.lastIndex(of: "_") {
            let base = String(stem[..<cut])
            let textFolder = ((folder as NSString).deletingLastPathComponent as NSString).appendingPathComponent("text")
            candidates += [(folder as NSString).appendingPathComponent(base + ".txt"), (textFolder as NSString).appendingPathComponent(base + ".txt")]
        }
        guard let txt = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw EvalError(file: ann, problem: "no text file for it (looked for \(candidates.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")))")
        }
        return txt
    }

    /// Pairs each .ann with its text; returns documents, the number of extra annotations of an
    /// already paired text, and the files that could not be read (reported, not scored, so one
    /// bad file does not stop the rest).
    static func documents(in directory: String) throws -> (docs: [BratDocument], duplicates: Int, skipped: [String]) {
        var docs: [BratDocument] = [], seen = Set<String>(), duplicates = 0, skipped: [String] = []
        for ann in try EvalOptions.files(under: directory, extensions: ["ann"]) {
            do {
                let txt = try textFile(for: ann)
                guard seen.insert(txt).inserted else { duplicates += 1; continue }
                let name = ((txt as NSString).lastPathComponent as NSString).deletingPathExtension
                docs.append(try BratDocument.parse(ann: try EvalOptions.read(ann), annFile: ann, text: try EvalOptions.read(txt), name: name))
            } catch {
                skipped.append(error.localizedDescription)
            }
        }
        guard !docs.isEmpty else {
            throw EvalError(file: directory, problem: skipped.first.map { "no readable .ann files (first problem: \($0))" } ?? "no .ann files found")
        }
        return (docs, duplicates, skipped)
    }

    public func execute(_ io: CommandIO) throws -> Int32 {
        let (docs, duplicates, skipped) = try Self.documents(in: options.gold)
        for problem in skipped { io.err("slant: skipped \(problem)\n") }
        var predictions: [String: [AttributedSentence]] = [:]
        if let file = options.predictions {
            predictions = try PredictionFiles.attribution(try EvalOptions.read(file), file: file)
        } else {
            let analyzer = try lexicons.analyzer(includeQuoted: quoted.includeQuoted)
            var written = ""
            for doc in docs {
                let analysis = analyzer.analyze(Article(text: doc.text.string))
                if writePredictions != nil {
                    written += JSONOutput.encode(WrittenDocument(document: doc.name, sentences: analysis.sentences), pretty: false) + "\n"
                }
                predictions[doc.name] = analysis.sentences.map {
                    AttributedSentence(span: TextSpan(start: $0.start, end: $0.end), label: $0.label.rawValue,
                                       source: $0.source.map { TextSpan(start: $0.start, end: $0.end) },
                                       otherSources: ($0.other_sources ?? []).map { TextSpan(start: $0.start, end: $0.end) },
                                       attributionEvidence: $0.rule?.attribution)
                }
            }
            if let path = writePredictions {
                do { try written.write(toFile: path, atomically: true, encoding: .utf8) } catch {
                    throw EvalError(file: path, problem: "cannot write predictions: \(error.localizedDescription)")
                }
            }
        }
        let report = AttributionEvaluation.evaluate(documents: docs, predictions: predictions, gold: options.gold, errors: options.errors)
        switch options.format {
        case .json: io.out(JSONOutput.encode(report) + "\n")
        case .row:
            io.out(EvalText.row(task: "attribution", options: options, n: report.sentences.total, prf: report.attributed,
                                notes: (skipped.isEmpty ? "" : "\(counted(skipped.count, "document")) skipped; ") + "sentences; source overlap F1 \(EvalText.number(report.sources_overlap.f1)), exact F1 \(EvalText.number(report.sources_exact.f1))"))
        case .text:
            var out = "attribution: \(report.gold) (\(report.documents) documents"
            out += duplicates > 0 ? ", \(duplicates) further annotations of the same texts not used" : ""
            out += skipped.isEmpty ? ") - " : ", \(skipped.count) unreadable and skipped) - "
            out += options.systemLabel + "\n"
            out += EvalText.prfLine("ATTRIBUTED sentences", report.attributed)
            if let recorded = report.recorded {
                out += EvalText.prfLine("attribution recorded", recorded)
                out += "  (sentences labelled ATTRIBUTED, or EDITORIAL with attribution evidence >= \(String(format: "%.1f", AttributedSentence.evidenceThreshold)): an attribution the outlet's own evaluation frames)\n"
            }
            out += EvalText.prfLine("sources (overlap)", report.sources_overlap)
            out += EvalText.prfLine("sources (exact)", report.sources_exact)
            out += "\n" + EvalText.confusion(report.sentences)
            io.out(out + EvalText.errors(report.errors))
        }
        return ExitStatus.ok
    }

    /// One document's sentences as `--write-predictions` writes them.
    struct WrittenDocument: Encodable {
        var document: String
        var sentences: [SentenceAnalysis]
    }
}
