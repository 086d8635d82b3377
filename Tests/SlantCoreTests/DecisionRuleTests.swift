import Foundation
import SlantCore
import Testing

/// Every label says which step of the precedence decided it, with the figures it compared.
struct DecisionRuleTests {
    @Test(arguments: [
        ("The bridge opened in 1932 and carries 40,000 cars a day.", ClaimLabel.factual, "attribution evidence 0.0 < 1.0 and editorial probability"),
        ("The minister said the deal was balanced.", .attributed, "attribution evidence 1.50 >= 1.0; editorial probability"),
        ("The government should resign.", .editorial, "editorial model: probability"),
        ("Trump falsely claimed the election was stolen.", .editorial, "framed-attribution"),
    ])
    func ruleNamesTheStepThatDecided(text: String, label: ClaimLabel, rule: String) {
        let s = sharedAnalyzer.classify(sentence: text)
        #expect(s.label == label)
        #expect(s.rule?.text.hasPrefix(rule) == true, "rule: \(s.rule?.text ?? "none")")
    }
}

extension DecisionRuleTests {
    @Test func ruleIsWrittenAsTextAndReadBack() throws {
        let s = sharedAnalyzer.classify(sentence: "The government should resign.")
        let data = try JSONEncoder().encode(s)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains("\"rule\":\"editorial model: probability"))
        let back = try JSONDecoder().decode(SentenceAnalysis.self, from: data)
        #expect(back.rule?.text == s.rule?.text)
    }
}
