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

/// `--since` and `--until` of `slant outlets` and `slant report`: only articles dated in the
/// period (inclusive) count; articles with no date are left out of a period.
public struct PeriodOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Count only articles dated on or after this day (articles with no date are left out).", valueName: "YYYY-MM-DD"))
    public var since: String?
    @Option(help: ArgumentHelp("Count only articles dated on or before this day (articles with no date are left out).", valueName: "YYYY-MM-DD"))
    public var until: String?

    public init() {}

    public func validate() throws {
        try validateDateFlag("--since", since)
        try validateDateFlag("--until", until)
        if let since, let until, since > until {
            throw ValidationError("--since \(since) is after --until \(until): the period holds no day")
        }
    }

    /// Whether a period is given.
    public var isSet: Bool { since != nil || until != nil }

    /// Whether an article's date (its first ten characters) is in the period; an article with
    /// no date is not, when a period is given.
    public func contains(_ date: String?) -> Bool { Self.contains(date, since: since, until: until) }

    /// `contains` for the period's two ends (a closure on several threads takes these).
    public static func contains(_ date: String?, since: String?, until: String?) -> Bool {
        guard since != nil || until != nil else { return true }
        guard let day = date.map({ String($0.prefix(10)) }), ScraperTextReader.isISODate(day) else { return false }
        return (since.map { day >= $0 } ?? true) && (until.map { day <= $0 } ?? true)
    }

    /// "from 2016-09-01 to 2016-09-30", "from 2016-09-01 on", "up to 2016-09-30".
    public var description: String {
        switch (since, until) {
        case let (s?, u?): "from \(s) to \(u)"
        case let (s?, nil): "from \(s) on"
        case let (nil, u?): "up to \(u)"
        case (nil, nil): "any date"
        }
    }
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
        try validateDateFlag("--date", date)
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

/// A date flag's value is YYYY-MM-DD and a day of the calendar; "2024-02-30" has the shape and
/// is no day, and the message says which it lacks.
func validateDateFlag(_ flag: String, _ value: String?) throws {
    guard let value, !ScraperTextReader.isISODate(value) else { return }
    let shaped = value.count == 10 && value.enumerated().allSatisfy { i, c in i == 4 || i == 7 ? c == "-" : c.isASCII && c.isNumber }
    throw ValidationError(shaped ? "\(flag) '\(value)' is not a calendar date" : "\(flag) must be YYYY-MM-DD, not '\(value)'")
}

/// An `--outlet` that names nothing ("" or blanks) would group articles under a blank name in
/// the store and the report; a record with such an outlet is refused, and so is the flag.
func validateOutletFlag(_ outlet: String?) throws {
    if let outlet, outlet.allSatisfy(\.isWhitespace) { throw ValidationError("--outlet must name an outlet, not '\(outlet)'") }
}
