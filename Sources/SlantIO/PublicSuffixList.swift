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

    public init(text: String) {
        for raw in text.split(separator: "\n") {
            let line = raw.split(separator: " ").first.map(String.init) ?? ""
            if line.isEmpty || line.hasPrefix("//") { continue }
            let rule = line.lowercased()
            if rule.hasPrefix("!") {
                exceptions.insert(String(rule.dropFirst()))
            } else if rule.hasPrefix("*.") {
                wildcards.insert(String(rule.dropFirst(2)))
            } else {
                rules.insert(rule)
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
