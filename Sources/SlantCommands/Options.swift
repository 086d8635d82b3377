import ArgumentParser
import SlantCore
import SlantIO

/// Options that choose the lexicons: shared by every analysing command.
public struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicons"), help: ArgumentHelp("A directory whose lexicon files replace the built-in ones of the same name.", valueName: "DIR"))
    public var directory: String?

    @Option(name: .customLong("lexicon"), help: ArgumentHelp("A loaded-language lexicon that adds or overrides entries (repeatable).", valueName: "FILE"))
    public var overlays: [String] = []

    @Option(name: .customLong("allow"), help: ArgumentHelp("An allow-list of phrases that cancel a hit (repeatable).", valueName: "FILE"))
    public var allow: [String] = []

    public init() {}

    public func analyzer(includeQuoted: Bool = false) throws -> Analyzer {
        var analyzer = try Analyzer(lexicons: LexiconLoader.load(directory: directory, overlays: overlays, allow: allow))
        analyzer.includeQuoted = includeQuoted
        return analyzer
    }
}

/// `--include-quoted`, apart from the lexicon options: ingest, report and audit keep loaded
/// terms in quotations apart whatever it says, and refuse it, so they parse it in a hidden
/// group (`@OptionGroup(visibility: .hidden)`) to say why rather than advertise it in their
/// usage lines.
public struct QuotedTermsOption: ParsableArguments {
    @Flag(name: .customLong("include-quoted"), help: "Count loaded terms inside quotations in the outlet's scores (by default they are the speaker's).")
    public var includeQuoted = false

    public init() {}
}

/// `--any-language` of the batch commands (ingest, report, audit): an article that is not in
/// English (`LanguageCheck`) is left out with a warning unless it is given.
public struct LanguageOption: ParsableArguments {
    @Flag(name: .customLong("any-language"), help: "Keep articles that are not in English (by default they are left out, with a warning: Slant's rules and lexicons are English).")
    public var anyLanguage = false

    public init() {}
}

/// Metadata that overrides what the input says.
public struct MetadataFlags: ParsableArguments {
    @Option(help: "The outlet (otherwise from the URL's registrable domain).")
    public var outlet: String?
    @Option(help: "The article's URL.")
    public var url: String?
    @Option(help: ArgumentHelp("The publication date.", valueName: "YYYY-MM-DD"))
    public var date: String?
    @Option(help: "The article's title.")
    public var title: String?

    public init() {}

    public func validate() throws {
        if let date, !ScraperTextReader.isISODate(date) {
            // "2024-02-30" has the shape and is no day of the calendar: say which it lacks.
            let shaped = date.count == 10 && date.enumerated().allSatisfy { i, c in i == 4 || i == 7 ? c == "-" : c.isASCII && c.isNumber }
            throw ValidationError(shaped ? "--date '\(date)' is not a calendar date" : "--date must be YYYY-MM-DD, not '\(date)'")
        }
        try validateOutletFlag(outlet)
        if let url, url.allSatisfy(\.isWhitespace) { throw ValidationError("--url must name a URL, not '\(url)'") }
        if let title, title.allSatisfy(\.isWhitespace) { throw ValidationError("--title must name a title, not '\(title)'") }
    }

    public var overrides: MetadataOverrides { MetadataOverrides(outlet: outlet, url: url, date: date, title: title) }
}

/// Output formats.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json, jsonl
}

/// An `--outlet` that names nothing ("" or blanks) would group articles under a blank name in
/// the store and the report; a record with such an outlet is refused, and so is the flag.
func validateOutletFlag(_ outlet: String?) throws {
    if let outlet, outlet.allSatisfy(\.isWhitespace) { throw ValidationError("--outlet must name an outlet, not '\(outlet)'") }
}
