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
