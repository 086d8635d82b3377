/// Path globs as `.gitignore` writes them: `*` matches within one path segment, `?` one
/// character, `**` any number of whole segments (`opinion/**`, `**/draft-*.txt`). A glob matches
/// from any segment of the path (`opinion/**` matches `articles/opinion/a.txt`), so it does not
/// depend on where the audit was started; a leading `/` anchors it to the path's start.
public enum Glob {
    /// Whether `path` (with `/` separators) matches `pattern`.
    public static func matches(_ pattern: String, _ path: String) -> Bool {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        let s = Array(path.unicodeScalars)
        if pattern.hasPrefix("/") {
            let anchored = Array(pattern.unicodeScalars.dropFirst())
            return match(anchored, 0, s.first == "/" ? Array(s.dropFirst()) : s, 0)
        }
        let p = Array(pattern.unicodeScalars)
        for start in s.indices where start == 0 || s[start - 1] == "/" {
            if match(p, 0, s, start) { return true }
        }
        return false
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
