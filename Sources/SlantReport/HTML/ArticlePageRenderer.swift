import SlantCore

/// Writes an article page straight from its `ArticlePage`, byte for byte as the built-in
/// templates `article.mustache` (with its partials `head`, `legend` and `foot`) render
/// `PageContext.article`.
///
/// A report has one article page per article, 100,000 in `make bench-report`; building a
/// `[String: Any]` context for each and looking every name up through it was about a quarter
/// of the report's CPU time. `ReportTemplates` uses this renderer only while those four
/// templates are the built-in ones (a restyled set goes through the templates); the page's
/// style sheet is a parameter, so a restyled `report.css` alone keeps it.
///
/// Each block below is one line or tag of the templates, in order; every value the template
/// writes with `{{name}}` goes through `appendEscaped`, the escaping of `{{ }}`.
/// `ArticlePageRendererTests` renders the fixture and hostile articles both ways and compares
/// the bytes, so an edit of a template not mirrored here fails the tests.
enum ArticlePageRenderer {
    /// The templates this renderer stands for.
    static let templates = ["article", "head", "legend", "foot"]

    static func render(_ page: ArticlePage, standalone: Bool, css: String) -> [UInt8] {
        let a = page.analysis
        let info = a.article
        let sm = a.summary
        let title = info.title ?? "Untitled article"
        var h: [UInt8] = []
        h.reserveCapacity(css.utf8.count + a.sentences.reduce(0) { $0 + $1.text.utf8.count } * 3 + 8192)

        // head.mustache
        h.appendMarkup("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">

            """)
        h.appendMarkup("<meta name=\"generator\" content=\"Slant ")
        h.appendEscaped(a.slant_version)
        h.appendMarkup("\">\n<title>")
        h.appendEscaped(title + " · Slant")
        h.appendMarkup("</title>\n<style>\n")
        h.appendPlain(css)
        h.appendMarkup("\n</style>\n</head>\n<body>\n")

        // article.mustache
        if !standalone {
            h.appendMarkup("<nav class=\"crumbs\"><a href=\"../index.html\">All outlets</a>")
            if let slug = page.outletSlug {
                h.appendMarkup(" › <a href=\"")
                h.appendEscaped("../outlets/\(slug).html")
                h.appendMarkup("\" dir=\"auto\">")
                h.appendEscaped(page.outletName ?? info.outlet ?? ReportSite.unknownOutlet)
                h.appendMarkup("</a>")
            }
            h.appendMarkup("</nav>")
        }
        h.appendMarkup("\n<header>\n<h1 dir=\"auto\">")
        h.appendEscaped(title)
        h.appendMarkup("</h1>\n<p class=\"lede\">")
        h.appendEscaped(Format.plural(sm.sentences, "sentence"))
        h.appendMarkup(": ")
        h.appendInt(sm.labels["FACTUAL"] ?? 0)
        h.appendMarkup(" factual · ")
        h.appendInt(sm.labels["ATTRIBUTED"] ?? 0)
        h.appendMarkup(" attributed · ")
        h.appendInt(sm.labels["EDITORIAL"] ?? 0)
        h.appendMarkup(" editorial (")
        h.appendEscaped(Num.percent(sm.editorial_share))
        h.appendMarkup(" editorial) · ")
        h.appendEscaped(Format.plural(sm.loaded_outlet_voice, "loaded term"))
        h.appendMarkup(" in ")
        h.appendEscaped(Format.plural(sm.outlet_voice_words, "word"))
        h.appendMarkup(" of the outlet's own voice (")
        h.appendEscaped(Num.fixed(sm.loaded_per_1k_words, 1))
        h.appendMarkup(" per 1,000) · ")
        h.appendInt(sm.loaded_quoted)
        h.appendMarkup(" in ")
        h.appendEscaped(Format.plural(sm.quoted_words, "quoted word"))
        h.appendMarkup("</p>\n")
        if let note = page.syndicated {
            h.appendMarkup("<p class=\"note\">Not counted in the outlet's figures: ")
            h.appendEscaped(note)
            h.appendMarkup(".</p>\n")
        }
        if let note = PageContext.languageNote(a) {
            h.appendMarkup("<p class=\"note\">")
            h.appendEscaped(note)
            h.appendMarkup("</p>\n")
        }
        h.appendMarkup("""
            </header>
            <main>
            <section id="text">
            <h2>The text, sentence by sentence</h2>

            """)
        // legend.mustache
        h.appendMarkup("""
            <ul class="legend" aria-label="Legend">
            <li><span class="swatch s-fact" aria-hidden="true"></span><span class="tag t-fact">F</span> FACTUAL: a checkable claim in the outlet's own voice</li>
            <li><span class="swatch s-attr" aria-hidden="true"></span><span class="tag t-attr">A</span> ATTRIBUTED: someone else's claim (quote, "X said", "according to Y")</li>
            <li><span class="swatch s-edit" aria-hidden="true"></span><span class="tag t-edit">E</span> EDITORIAL: evaluation, opinion or speculation in the outlet's own voice</li>
            <li><mark class="hit">loaded term</mark> in the outlet's voice · <mark class="hit q">loaded term</mark> inside a quote (the speaker's) · <span class="quoted">“quoted words”</span> · <span class="scare">scare quotes</span> · <span class="speaker" title="Speaker of the quotation that follows, found by Slant (not the article&#39;s text)">speaker</span> who is quoted next, Slant&#39;s label, not the article&#39;s text</li>
            </ul>
            <p class="note">Each sentence ends with why it got its label: its confidence (the share of such labels that are right in the evaluation data, so one under 0.50 is more likely wrong than right), the rule that decided it, and the cues that counted; cues that counted for nothing here (a speaker&#39;s words) are named as such.</p>
            <div class="article">

            """)
        // {{{sentences}}}, then {{{hitRows}}} further down: built together, the sentences
        // straight into the page.
        var rows: [UInt8] = []
        let hits = PageContext.appendArticleMarkup(a, sentences: &h, hitRows: &rows)
        h.appendMarkup("\n</div>\n")
        if !a.furniture.isEmpty {
            h.appendMarkup("<p class=\"note\" dir=\"auto\">")
            h.appendEscaped(PageContext.furnitureText(a))
            h.appendMarkup("</p>\n")
        }
        h.appendMarkup("""
            </section>
            <section id="loaded">
            <h2>Loaded terms</h2>
            <div class="scroll">
            <table class="hits">
            <thead><tr><th scope="col">Sentence</th><th scope="col">As written</th><th scope="col">Term</th><th scope="col">Category</th><th scope="col" class="num">Weight</th><th scope="col" class="num">Score</th><th scope="col">Rule steps</th><th scope="col">Voice</th><th scope="col">Aimed at</th></tr></thead>
            <tbody>

            """)
        h.append(contentsOf: rows)
        h.appendMarkup("\n")
        if hits == 0 { h.appendMarkup("<tr><td colspan=\"9\">No loaded terms.</td></tr>") }
        h.appendMarkup("""

            </tbody>
            </table>
            </div>
            </section>
            <section id="quotes">
            <h2>Quotations</h2>
            <ul class="quotes">

            """)
        for q in a.quotes {
            h.appendMarkup("<li><q dir=\"auto\">")
            h.appendEscaped(q.text)
            h.appendMarkup("</q> <span class=\"meta\" dir=\"auto\">")
            h.appendEscaped(q.scare ? "scare quotes (no speaker: the outlet's distancing)" : q.speaker ?? "speaker not found")
            h.appendMarkup("</span></li>\n")
        }
        h.appendMarkup("</ul>\n")
        if a.quotes.isEmpty { h.appendMarkup("<p class=\"note\">No quotations.</p>") }
        h.appendMarkup("""

            </section>
            <section id="metadata">
            <h2>About this article</h2>
            <table class="meta-table">
            <thead><tr><th scope="col">Field</th><th scope="col">Value</th><th scope="col">Where it came from</th></tr></thead>
            <tbody>

            """)
        func meta(_ field: StaticString, _ value: String?, _ key: String, href: String? = nil) {
            h.appendMarkup("<tr><th scope=\"row\">")
            h.appendMarkup(field)
            h.appendMarkup("</th><td class=\"wrap\" dir=\"auto\">")
            if let href {
                h.appendMarkup("<a href=\"")
                h.appendEscaped(href)
                h.appendMarkup("\" rel=\"nofollow noopener\">")
                h.appendEscaped(value ?? "unknown")
                h.appendMarkup("</a>")
            } else {
                h.appendEscaped(value ?? "unknown")
            }
            h.appendMarkup("</td><td>")
            h.appendEscaped(info.provenance[key] ?? "missing")
            h.appendMarkup("</td></tr>\n")
        }
        meta("outlet", info.outlet, "outlet")
        meta("title", info.title, "title")
        meta("date", info.date, "date")
        meta("author", info.author, "author")
        meta("URL", info.url, "url", href: Format.safeURL(info.url))
        h.appendMarkup("<tr><th scope=\"row\">SHA-256</th><td class=\"wrap\"><code>")
        h.appendEscaped(info.sha256)
        h.appendMarkup("</code></td><td>of the input text</td></tr>\n</tbody>\n</table>\n<p class=\"note\">Analysed by Slant ")
        h.appendEscaped(a.slant_version)
        h.appendMarkup(" with ")
        h.appendEscaped(a.lexicons.map { "\($0.file) \($0.version)" }.joined(separator: ", "))
        h.appendMarkup(".</p>\n</section>\n</main>\n")

        // foot.mustache (an article page has no `generated`)
        h.appendMarkup("<footer>\n<p>Made by Slant ")
        h.appendEscaped(a.slant_version)
        h.appendMarkup("""
            . Labels and scores are a reading aid, not a verdict: follow any figure to the sentences behind it.</p>
            </footer>
            </body>
            </html>

            """)
        return h
    }
}
