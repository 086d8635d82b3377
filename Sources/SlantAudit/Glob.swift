/// Path globs as `.gitignore` writes them: `*` matches within one path segment, `?` one
/// character, `**` any number of whole segments (`opinion/**`, `**/draft-*.txt`). A glob without
/// a `/` matches the file name alone.
public enum Glob {
    /// Whether `path` (with `/` separators) matches `pattern`.
    public static func matches(_ pattern: String, _ path: String) -> Bool {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        let p = Array(pattern.unicodeScalars), s = Array(path.unicodeScalars)
        if !pattern.contains("/") {
            let name = path.split(separator: "/").last.map { Array($0.unicodeScalars) } ?? s
            return match(p, 0, name, 0)
        }
        return match(p, 0, s, 0)
    }

    private static func match(_ p: [Unicode.Scalar], _ i: Int, _ s: [Unicode.Scalar], _ j: Int) -> Bool {
        if i == p.count { return j == s.count }
        if p[i] == "*" && i + 1 < p.count && p[i + 1] == "*" {
            // `**/` may match nothing or any run of whole segments; a trailing `**` matches the rest.
            var next = i + 2
            let slashFollows = next < p.count && p[next] == "/"
            if slashFollows { next += 1 }
            if next == p.count && !slashFollows { return true }
            var k = j
            while k <= s.count {
                if (k == j || s[k - 1] == "/") && match(p, next, s, k) { return true }
                k += 1
            }
            return false
        }
        if p[i] == "*" {
            var k = j
            while true {
                if match(p, i + 1, s, k) { return true }
                if k == s.count || s[k] == "/" { return false }
                k += 1
            }
        }
        guard j < s.count else { return false }
        if p[i] == "?" { return s[j] != "/" && match(p, i + 1, s, j + 1) }
        return p[i] == s[j] && match(p, i + 1, s, j + 1)
    }
}
