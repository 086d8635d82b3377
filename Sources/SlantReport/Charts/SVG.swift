import Foundation

/// Escaping for text and attribute values in HTML and SVG: `& < > " '`. Charts are built as
/// strings, so every piece of data that goes into one passes through here.
public enum HTMLEscape {
    public static func escape(_ s: String) -> String {
        var s = s
        // Most text has nothing to escape: check the bytes once and return it as it is.
        let escaped: String? = s.withUTF8 { bytes in
            guard bytes.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 32)
            for b in bytes {
                switch b {
                case 0x26: out += [0x26, 0x61, 0x6D, 0x70, 0x3B]  // &amp;
                case 0x3C: out += [0x26, 0x6C, 0x74, 0x3B]  // &lt;
                case 0x3E: out += [0x26, 0x67, 0x74, 0x3B]  // &gt;
                case 0x22: out += [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]  // &quot;
                case 0x27: out += [0x26, 0x23, 0x33, 0x39, 0x3B]  // &#39;
                default: out.append(b)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        return escaped ?? s
    }
}

/// Deterministic number formatting for charts and pages (no locale, fixed decimals).
enum Num {
    /// `x` with `digits` decimals (0, 1 or 2).
    static func fixed(_ x: Double, _ digits: Int) -> String {
        guard x.isFinite else { return "–" }
        switch digits {
        case 0: return String(Int(x.rounded()))
        case 1:
            let scaled = Int((abs(x) * 10).rounded())
            return (x < 0 && scaled != 0 ? "-" : "") + "\(scaled / 10).\(scaled % 10)"
        default: return format2(x)
        }
    }

    /// A share as a whole percentage: `0.423` → `42%`.
    static func percent(_ x: Double) -> String { fixed(x * 100, 0) + "%" }

    /// Coordinates in SVG: one decimal is finer than a pixel.
    static func px(_ x: Double) -> String { fixed(x, 1) }
}

/// "Nice" axis ticks (1, 2, 2.5, 5 × 10^k) covering 0...max.
func niceTicks(max: Double, count: Int = 5) -> [Double] {
    let top = max > 0 ? max : 1
    let rough = top / Double(count)
    let magnitude = pow(10, floor(log10(rough)))
    let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
    var ticks: [Double] = []
    var t = 0.0
    while t < top + step * 0.999 {
        ticks.append(t)
        t += step
    }
    return ticks
}

/// The three labels' visual identity: an Okabe-Ito colour (safe for the common kinds of
/// colour blindness) and a fill pattern, so colour is never the only carrier; charts also print
/// each label's name beside it.
enum LabelStyle {
    /// Pattern definitions for one chart, with ids prefixed by `prefix` so charts on one page
    /// do not clash.
    static func defs(_ prefix: String) -> String {
        """
        <defs>\
        <pattern id="\(prefix)-fact" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" class="f-fact"/></pattern>\
        <pattern id="\(prefix)-attr" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" class="f-attr"/><rect width="2" height="6" class="f-bg"/></pattern>\
        <pattern id="\(prefix)-edit" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" class="f-edit"/><circle cx="3" cy="3" r="1.3" class="f-bg"/></pattern>\
        </defs>
        """
    }

    static func key(_ label: String) -> String {
        switch label {
        case "FACTUAL": return "fact"
        case "ATTRIBUTED": return "attr"
        default: return "edit"
        }
    }
}
