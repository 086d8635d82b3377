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
    /// Works on UTF-8 bytes: every byte of a non-ASCII character is "anything else", as the
    /// character is, and building a `String` character by character was most of the time of
    /// 100,000 article slugs.
    public static func clean(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(min(text.utf8.count, maxLength))
        var pendingDash = false
        for byte in text.utf8 {
            let c: UInt8
            switch byte {
            case 0x30...0x39, 0x61...0x7A: c = byte
            case 0x41...0x5A: c = byte + 32
            default:
                pendingDash = true
                continue
            }
            if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
            pendingDash = false
            if out.count >= maxLength { break }
            out.append(c)
        }
        while out.last == UInt8(ascii: "-") { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}
