extension String {
    /// The string without leading and trailing characters from `set` (" \t" for blanks), for
    /// the readers' and the store's small trims (Foundation's version takes a CharacterSet).
    public func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}

extension StringProtocol {
    /// The lines of a text without their line breaks, split at "\n" and at "\r\n", empty lines
    /// kept (a text ending in a line break ends with an empty line). `split(separator: "\n")`
    /// never splits at "\r\n", which Swift reads as one Character, so a file with Windows line
    /// ends came out as a single line.
    public func lineSlices() -> [SubSequence] {
        // A carriage return alone ends a line too (classic Mac line endings).
        split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }
}
