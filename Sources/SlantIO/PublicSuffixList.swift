import SlantCore
import SlantResources

/// The Public Suffix List (shipped in `Lexicons/public_suffix_list.dat`), for the registrable
/// domain of a URL's host: `www.bbc.co.uk` -> `bbc.co.uk`, `sputnikglobe.com` -> itself.
public struct PublicSuffixList: Sendable {
    private var rules: Set<String> = []
    private var wildcards: Set<String> = []
    private var exceptions: Set<String> = []

    /// The list built into the binary.
    public static let embedded: PublicSuffixList = PublicSuffixList(text: EmbeddedResources.text("Lexicons/public_suffix_list.dat") ?? "")

    /// Reads the list's rules: the first space-separated field of each line, `//` comments
    /// skipped. The text is read as UTF-8 bytes: split into Characters, the list's 16,000 lines
    /// cost about two thirds of every command's start-up. A line ends at a line feed (a
    /// carriage return before it is dropped); ASCII rules are lower-cased byte by byte and the
    /// others (the internationalised names) by `lowercased()`, as before.
    public init(text: String) {
        var text = text
        text.withUTF8 { b in
            var i = 0
            while i < b.count {
                var end = i
                while end < b.count && b[end] != 0x0A { end += 1 }
                var start = i
                i = end + 1
                while start < end && b[start] == 0x20 { start += 1 }
                var stop = start
                var ascii = true
                while stop < end && b[stop] != 0x20 {
                    if b[stop] >= 0x80 { ascii = false }
                    stop += 1
                }
                if stop == end && stop > start && b[stop - 1] == 0x0D { stop -= 1 }
                if stop == start || (stop - start >= 2 && b[start] == 0x2F && b[start + 1] == 0x2F) { continue }
                let field = UnsafeBufferPointer(rebasing: b[start..<stop])
                let rule = ascii ? String(unsafeUninitializedCapacity: field.count) { out in
                    for k in field.indices { out[k] = field[k] >= 0x41 && field[k] <= 0x5A ? field[k] | 0x20 : field[k] }
                    return field.count
                } : String(decoding: field, as: UTF8.self).lowercased()
                if rule.utf8.first == 0x21 {  // "!"
                    exceptions.insert(String(rule.dropFirst()))
                } else if rule.utf8.starts(with: [0x2A, 0x2E]) {  // "*."
                    wildcards.insert(String(rule.dropFirst(2)))
                } else {
                    rules.insert(rule)
                }
            }
        }
    }

    /// The registrable domain (public suffix plus one label) of a host, or nil for an IP
    /// address, a bare suffix or an empty host.
    public func registrableDomain(_ host: String) -> String? {
        var host = host.lowercased()
        while host.hasSuffix(".") { host.removeLast() }
        let labels = host.split(separator: ".").map(String.init)
        guard labels.count >= 2, !labels.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return nil }
        // Find the longest matching public suffix (the default rule is "*": the last label).
        var suffixLength = 1
        for i in 0..<labels.count {
            let candidate = labels[i...].joined(separator: ".")
            if exceptions.contains(candidate) {
                suffixLength = labels.count - i - 1
                break
            }
            if rules.contains(candidate) {
                suffixLength = max(suffixLength, labels.count - i)
                break
            }
            if i + 1 < labels.count, wildcards.contains(labels[(i + 1)...].joined(separator: ".")) {
                suffixLength = max(suffixLength, labels.count - i)
                break
            }
        }
        guard labels.count > suffixLength else { return nil }
        return labels[(labels.count - suffixLength - 1)...].joined(separator: ".")
    }

    /// The registrable domain of a URL's host.
    public func registrableDomain(ofURL url: String) -> String? {
        guard let host = Self.host(ofURL: url) else { return nil }
        return registrableDomain(host)
    }

    /// The host part of an http(s) URL, without user info or port.
    public static func host(ofURL url: String) -> String? {
        var rest = Substring(url.trimmingCharacters(in: " \t"))
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] } else if rest.hasPrefix("//") { rest = rest.dropFirst(2) }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostPort = authority.split(separator: "@").last ?? authority
        let host = hostPort.split(separator: ":").first.map(String.init) ?? ""
        return host.isEmpty ? nil : host
    }
}
