/// A count with its noun, in the singular for one: "1 article", "2 articles". (English plurals
/// in -s: the nouns Slant counts.) Every message and note that counts uses it.
public func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
