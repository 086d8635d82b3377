/// English day and month names, for the rules that must not take them for a name or a new
/// sentence. Fixed vocabulary, not an editable lexicon.
enum CalendarWords {
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]
    /// Lower-cased, as word sets and lexicon keys hold them.
    static let weekdayKeys = weekdays.map { $0.lowercased() }
    static let monthKeys = months.map { $0.lowercased() }
}
