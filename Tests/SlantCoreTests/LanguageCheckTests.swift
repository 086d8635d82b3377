@testable import SlantCore
import Testing

/// `LanguageCheck`: which texts are English, which are not, and which give no verdict. The
/// texts are written for these tests.
@Suite struct LanguageCheckTests {
    static let english = """
        The city council voted on Tuesday to raise the fee for parking permits, and the mayor said the money would \
        go to road repairs. Residents who spoke at the meeting were divided: some said the fee was fair, while others \
        argued that it would hurt small shops on the main street. The new fee takes effect in March.
        """
    static let german = """
        Der Stadtrat hat am Dienstag beschlossen, die Gebühr für Anwohnerparkausweise zu erhöhen. Die Bürgermeisterin \
        sagte, das Geld werde für die Reparatur von Straßen verwendet. Einige Anwohner, die bei der Sitzung sprachen, \
        hielten die Gebühr für gerecht, andere meinten, sie schade den kleinen Läden an der Hauptstraße. Die neue \
        Gebühr gilt ab März und wird von der Stadt auch online erhoben.
        """
    static let spanish = """
        El consejo de la ciudad votó el martes para subir la tarifa de los permisos de estacionamiento, y la alcaldesa \
        dijo que el dinero se usará para reparar las calles. Los vecinos que hablaron en la reunión estaban divididos: \
        algunos dijeron que la tarifa era justa, mientras que otros pensaban que dañaría a las tiendas pequeñas de la \
        calle principal. La nueva tarifa entra en vigor en marzo.
        """
    static let russian = """
        Городской совет во вторник проголосовал за повышение платы за разрешения на парковку, и мэр заявила, что деньги \
        пойдут на ремонт дорог. Жители, выступившие на заседании, разделились: одни считали плату справедливой, другие \
        говорили, что она навредит небольшим магазинам на главной улице.
        """

    @Test func englishNewsIsEnglish() {
        let check = LanguageCheck(Self.english)
        #expect(check.verdict == .english)
        #expect(check.english_share > 0.25)
        #expect(check.looks_like == nil)
        #expect(check.problem == nil)
    }

    @Test func otherLanguagesInTheLatinAlphabetAreNamed() {
        let german = LanguageCheck(Self.german)
        #expect(german.verdict == .notEnglish)
        #expect(german.looks_like == "German")
        #expect(german.english_share < 0.05)
        #expect(german.problem?.hasPrefix("is not in English (it looks like German: ") == true)
        let spanish = LanguageCheck(Self.spanish)
        #expect(spanish.verdict == .notEnglish)
        #expect(spanish.looks_like == "Spanish")
    }

    @Test func otherScriptsAreNamedByScript() {
        let check = LanguageCheck(Self.russian)
        #expect(check.verdict == .notEnglish)
        #expect(check.looks_like == "Cyrillic script")
        #expect(check.problem == "is not in English (most of its letters are in Cyrillic script)")
        // Chinese has no spaces between words: its letters decide.
        let chinese = String(repeating: "市议会周二投票决定提高停车许可证的费用。", count: 10)
        #expect(LanguageCheck(chinese).looks_like == "Chinese or Japanese script")
    }

    /// A capitalised function word with an accent reads as its lower-case form ("É" as "é"),
    /// and a word with a typographic apostrophe is one word.
    @Test func capitalisedAccentedWordsAreFolded() {
        var scan = LanguageCheck.Scan()
        scan.read("É é ÉTÉ don’t The")
        let portuguese = LanguageCheck.languages.firstIndex { $0.name == "Portuguese" } ?? 0
        let french = LanguageCheck.languages.firstIndex { $0.name == "French" } ?? 0
        #expect(scan.hits[portuguese] == 2)
        #expect(scan.hits[french] == 1)
        #expect(scan.hits[0] == 1)
        #expect(scan.latinWords == 5)
    }

    /// Too short to tell, or text with few function words of any list (a table of results, a
    /// list of names): no verdict, and no warning.
    @Test func shortTextsAndTablesAreUndetermined() {
        #expect(LanguageCheck("Der Rat stimmt zu.").verdict == .undetermined)
        #expect(LanguageCheck("").verdict == .undetermined)
        let table = (1...20).map { "Rockledge \($0 * 3) Palm Bay \($0 * 2) Melbourne Central Catholic" }.joined(separator: "\n")
        let check = LanguageCheck(table)
        #expect(check.verdict == .undetermined)
        #expect(check.problem == nil)
    }

    /// An English article quoting a sentence of German stays English; the start of a text decides.
    @Test func englishWithAQuotationIsEnglish() {
        #expect(LanguageCheck(Self.english + " \"" + Self.german.prefix(80) + "\" " + Self.english).verdict == .english)
        let long = String(repeating: Self.english + " ", count: 200) + String(repeating: Self.german + " ", count: 400)
        #expect(LanguageCheck(long).verdict == .english)
    }

    /// Malformed or cut-off input never traps: a text of only multi-byte letters longer than
    /// the bytes read, lone combining marks, and an apostrophe with no word.
    @Test func oddInputGivesAVerdict() {
        _ = LanguageCheck(String(repeating: "é", count: 40_000))
        _ = LanguageCheck(String(repeating: "\u{301}'’ ", count: 1_000))
        _ = LanguageCheck(String(repeating: "😀", count: 20_000))
        #expect(LanguageCheck(String(repeating: "Ω", count: 40_000)).looks_like == "Greek script")
    }
}
