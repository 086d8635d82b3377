import SlantCore

/// Makes file-name slugs that are safe and unique within one report: only `a-z`, `0-9` and
/// `-`, never empty, never `.`/`..`, at most 60 characters; a second name with the same slug
/// gets `-2`, `-3`, ... in the order names are asked for. The writer adds `_N` for further
/// pages, which no slug contains, so page names never collide with slugs.
public struct Slugger: Sendable {
    private var used: Set<String> = []
    /// Names already given a slug, so asking twice for the same key gives the same slug.
    private var given: [String: String] = [:]
    /// Slugs that are reserved for the site's own files.
    static let reserved: Set<String> = ["index"]
    static let maxLength = 60

    public init() {}

    /// The slug for `key`, made from `text` (defaults to the key); the same key always gets the
    /// same slug from this slugger.
    public mutating func slug(for key: String, from text: String? = nil, fallback: String = "item") -> String {
        if let known = given[key] { return known }
        var base = Self.clean(text ?? key)
        if base.isEmpty || Self.reserved.contains(base) {
            // Names with no Latin letters or digits (Cyrillic, CJK) still get a stable, distinct
            // base: a short hash of the name.
            base = fallback + "-" + String(SHA256.hex(Array((text ?? key).utf8)).prefix(8))
        }
        var candidate = base
        var n = 2
        while used.contains(candidate) {
            candidate = base + "-\(n)"
            n += 1
        }
        used.insert(candidate)
        given[key] = candidate
        return candidate
    }

    /// The readable base of an article's slug: its date and the start of its title, then the
    /// first 8 characters of `id` (the text's SHA-256, or a store's id) so that articles with
    /// the same title differ. Pass it as `from:` to `slug(for:from:fallback:)` with the id as key.
    public static func articleBase(date: String?, title: String?, id: String) -> String {
        let words = String(clean((date ?? "") + " " + (title ?? "")).prefix(48))
        let tail = clean(String(id.prefix(8)))
        return (words.isEmpty ? "article" : words) + (tail.isEmpty ? "" : "-" + tail)
    }

    /// Lower-case ASCII letters and digits, runs of anything else as one `-`, trimmed.
    public static func clean(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in text.unicodeScalars {
            let c: Character?
            switch scalar.value {
            case 0x30...0x39, 0x61...0x7A: c = Character(scalar)
            case 0x41...0x5A: c = Character(Unicode.Scalar(UInt8(scalar.value + 32)))
            default: c = nil
            }
            if let c {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                if out.count >= maxLength { break }
                out.append(c)
            } else {
                pendingDash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}
