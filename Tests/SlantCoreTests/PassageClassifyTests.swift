import Foundation
import SlantCore
import Testing

/// A line of several sentences given to `classify(sentence:)` is labelled by all its sentences,
/// not by the first one alone.
struct PassageClassifyTests {
    @Test func anEditorialSecondSentenceMakesThePassageEditorial() {
        let first = "The bridge opened in 1932 and carries 40,000 cars a day."
        let second = "The government should resign."
        #expect(sharedAnalyzer.classify(sentence: first).label == .factual)
        let passage = sharedAnalyzer.classify(sentence: first + " " + second)
        #expect(passage.label == .editorial)
        #expect(passage.text == first + " " + second)
        #expect(passage.end == (first + " " + second).unicodeScalars.count)
        // The evidence names the word in the second sentence, at its place in the line.
        let should = passage.cues.first { $0.id == "obligation" }
        #expect(should?.text == "should")
        #expect(should?.start == first.unicodeScalars.count + 1 + "The government ".unicodeScalars.count)
        #expect(passage.confidence == sharedAnalyzer.classify(sentence: second).confidence)
    }

    @Test func anAttributedSentenceOutranksFactualOnes() {
        let passage = sharedAnalyzer.classify(sentence: "The bridge opened in 1932. The minister said the deal was balanced.")
        #expect(passage.label == .attributed)
        #expect(passage.source?.text == "The minister")
    }

    @Test func aFactualPassageTakesItsLeastConfidentSentence() {
        let a = "The bridge opened in 1932 and carries 40,000 cars a day."
        let b = "The council met on Tuesday."
        let passage = sharedAnalyzer.classify(sentence: a + " " + b)
        #expect(passage.label == .factual)
        let least = min(sharedAnalyzer.classify(sentence: a).confidence, sharedAnalyzer.classify(sentence: b).confidence)
        #expect(passage.confidence == least)
    }
}
