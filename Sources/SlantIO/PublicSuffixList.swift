import Foundation
import SlantCore
import SlantResources

/// The Public Suffix List (shipped in `Lexicons/public_suffix_list.dat`), for the registrable
/// domain of a URL's host: `www.bbc.co.uk` -> `bbc.co.uk`, `sputnikglobe.com` -> itself.
public struct PublicSuffixList: Sendable {
    /// What a rule says of the name it gives: a public suffix, every name one label below it
    /// (`*.ck`), or no public suffix after all (`!www.ck`).
    enum Kind: UInt8 {
        case rule, wildcard, exception
    }

    /// The ASCII rules (all but a few hundred internationalised names), lower-cased, one after
    /// the other in `ruleBytes`: `asciiRules` holds where each is and its kind, and `slots` an
    /// open-addressing table of them by the hash of their bytes and kind. Made without a string
    /// per rule: as 9,000 strings in sets, the list cost about a tenth of `slant score`'s
    /// start-up on one article with a URL (28M instructions).
    private var ruleBytes: [UInt8] = []
    private var asciiRules: [(start: Int, end: Int, kind: Kind)] = []
    private var slots: [Int32] = [Int32](repeating: -1, count: 16)
    /// The other rules, by kind: compared as strings, as they always were.
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
        ruleBytes.reserveCapacity(text.utf8.count / 2)
        text.withUTF8 { b in
            var i = 0
            guard let base = b.baseAddress else { return }
            while i < b.count {
                // The line's end found by `memchr`: most of the list's bytes are its comments.
                let end = memchr(base + i, 0x0A, b.count - i).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? b.count
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
                guard ascii else {
                    let rule = String(decoding: UnsafeBufferPointer(rebasing: b[start..<stop]), as: UTF8.self).lowercased()
                    if rule.utf8.first == 0x21 {  // "!"
                        exceptions.insert(String(rule.dropFirst()))
                    } else if rule.utf8.starts(with: [0x2A, 0x2E]) {  // "*."
                        wildcards.insert(String(rule.dropFirst(2)))
                    } else {
                        rules.insert(rule)
                    }
                    continue
                }
                var kind = Kind.rule
                if b[start] == 0x21 {
                    kind = .exception
                    start += 1
                } else if stop - start >= 2 && b[start] == 0x2A && b[start + 1] == 0x2E {
                    kind = .wildcard
                    start += 2
                }
                let from = ruleBytes.count
                ruleBytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<stop]))
                for k in from..<ruleBytes.count where ruleBytes[k] >= 0x41 && ruleBytes[k] <= 0x5A { ruleBytes[k] |= 0x20 }
                add(from, ruleBytes.count, kind)
            }
        }
    }

    /// Adds the ASCII rule at `ruleBytes[start..<end]`, unless the table has it already.
    private mutating func add(_ start: Int, _ end: Int, _ kind: Kind) {
        let hash = ruleBytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[start..<end]), kind) }
        let present = find(hash, bytes: { bytes in
            ruleBytes.withUnsafeBufferPointer { $0[start..<end].elementsEqual(bytes) }
        }, kind: { $0 == kind })
        if present != nil { return }
        if (asciiRules.count + 1) * 2 > slots.count {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            for k in asciiRules.indices { place(Int32(k), ruleHash(k)) }
        }
        asciiRules.append((start, end, kind))
        place(Int32(asciiRules.count - 1), hash)
    }

    private func ruleHash(_ k: Int) -> UInt64 {
        ruleBytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[asciiRules[k].start..<asciiRules[k].end]), asciiRules[k].kind) }
    }

    private mutating func place(_ k: Int32, _ hash: UInt64) {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: hash) & mask
        while slots[s] >= 0 { s = (s + 1) & mask }
        slots[s] = k
    }

    /// The rule with this hash whose bytes and kind pass the tests, if any.
    private func find(_ hash: UInt64, bytes: (UnsafeBufferPointer<UInt8>) -> Bool, kind: (Kind) -> Bool) -> Int? {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: hash) & mask
        while slots[s] >= 0 {
            let k = Int(slots[s])
            let rule = asciiRules[k]
            if kind(rule.kind),
               ruleBytes.withUnsafeBufferPointer({ bytes(UnsafeBufferPointer(rebasing: $0[rule.start..<rule.end])) }) {
                return k
            }
            s = (s + 1) & mask
        }
        return nil
    }

    /// FNV-1a over the bytes and the kind, its bits mixed so the low ones index the table.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ kind: Kind) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(kind.rawValue)
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return (h ^ (h >> 29)) &* 0xBF58_476D_1CE4_E5B9 ^ (h >> 32)
    }

    /// Whether the list has `name` as a rule of this kind. An ASCII name is looked up among the
    /// ASCII rules by its bytes, another among the other rules as a string: no rule of one set
    /// equals a name of the other as strings either (that would take a character that
    /// decomposes to ASCII, such as U+037E to ';', which no domain name holds).
    private func contains(_ name: String, _ kind: Kind) -> Bool {
        var name = name
        let ascii = name.utf8.allSatisfy { $0 < 0x80 }
        guard ascii else {
            switch kind {
            case .rule: return rules.contains(name)
            case .wildcard: return wildcards.contains(name)
            case .exception: return exceptions.contains(name)
            }
        }
        return name.withUTF8 { bytes in
            find(Self.hash(bytes, kind), bytes: { $0.elementsEqual(bytes) }, kind: { $0 == kind }) != nil
        }
    }

    /// The registrable domain (public suffix plus one label) of a host, or nil for an IP
    /// address, a bare suffix or an empty host.
    public func registrableDomain(_ host: String) -> String? {
        // No DNS name is longer than 253 bytes: a longer "host" is none (and the search below
        // is quadratic in the number of labels).
        guard host.utf8.count <= 254 else { return nil }
        var host = host.lowercased()
        while host.hasSuffix(".") { host.removeLast() }
        // `xn--` labels in Unicode: one outlet whichever spelling a URL uses.
        let labels = host.split(separator: ".").map { label in
            label.hasPrefix("xn--") ? Punycode.decode(label.dropFirst(4)).map { $0.lowercased() } ?? String(label) : String(label)
        }
        guard labels.count >= 2, !labels.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return nil }
        // Find the longest matching public suffix (the default rule is "*": the last label).
        var suffixLength = 1
        for i in 0..<labels.count {
            let candidate = labels[i...].joined(separator: ".")
            if contains(candidate, .exception) {
                suffixLength = labels.count - i - 1
                break
            }
            if contains(candidate, .rule) {
                suffixLength = max(suffixLength, labels.count - i)
                break
            }
            if i + 1 < labels.count, contains(labels[(i + 1)...].joined(separator: "."), .wildcard) {
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
        // A backslash ends the host as a slash does, as browsers read http(s) URLs
        // ("https://x.com\\@y.com/a" goes to x.com).
        let authority = rest.prefix { $0 != "/" && $0 != "\\" && $0 != "?" && $0 != "#" }
        let hostPort = authority.split(separator: "@").last ?? authority
        let host = hostPort.split(separator: ":").first.map(String.init) ?? ""
        return host.isEmpty ? nil : host
    }
}

/// Punycode (RFC 3492), decoding only: an internationalised host's `xn--` labels in Unicode,
/// so that `xn--bcher-kva.de` and `bücher.de` are one outlet, and the Public Suffix List's
/// rules, written in Unicode, match either spelling.
enum Punycode {
    /// The Unicode text of an ASCII-compatible label's part after `xn--`, or nil when it is
    /// not valid Punycode.
    static func decode(_ input: Substring) -> String? {
        let base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700
        let scalars = Array(input.unicodeScalars)
        var output: [Unicode.Scalar] = []
        var position = 0
        if let dash = scalars.lastIndex(of: "-") {
            guard scalars[..<dash].allSatisfy(\.isASCII) else { return nil }
            output = Array(scalars[..<dash])
            position = dash + 1
        }
        func adapt(_ delta: Int, _ points: Int, _ first: Bool) -> Int {
            var delta = first ? delta / damp : delta / 2
            delta += delta / points
            var k = 0
            while delta > ((base - tMin) * tMax) / 2 {
                delta /= base - tMin
                k += base
            }
            return k + (base - tMin + 1) * delta / (delta + skew)
        }
        var n = 128, i = 0, bias = 72
        while position < scalars.count {
            let oldI = i
            var w = 1, k = base
            while true {
                guard position < scalars.count else { return nil }
                let c = scalars[position].value
                position += 1
                let digit: Int
                switch c {
                case 0x61...0x7A: digit = Int(c) - 0x61
                case 0x41...0x5A: digit = Int(c) - 0x41
                case 0x30...0x39: digit = Int(c) - 0x30 + 26
                default: return nil
                }
                let (sum, overflow) = i.addingReportingOverflow(digit * w)
                guard !overflow, sum < 0x110000 * (output.count + 1) else { return nil }
                i = sum
                let t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias
                if digit < t { break }
                w *= base - t
                guard w < 0x110000 * 36 else { return nil }
                k += base
            }
            bias = adapt(i - oldI, output.count + 1, oldI == 0)
            n += i / (output.count + 1)
            i %= output.count + 1
            guard let scalar = Unicode.Scalar(n) else { return nil }
            output.insert(scalar, at: i)
            i += 1
        }
        // An IDNA label encodes at least one non-ASCII character ("xn--zz-" is no name).
        guard output.contains(where: { !$0.isASCII }) else { return nil }
        var text = ""
        text.unicodeScalars.append(contentsOf: output)
        return text
    }
}
