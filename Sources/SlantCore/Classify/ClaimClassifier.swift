import Foundation
/// Labels each sentence FACTUAL, ATTRIBUTED or EDITORIAL from the evidence of its cues.
///
/// Precedence, in order:
/// 1. The outlet frames an attribution with its own judgement ("falsely claimed", "Smith's
///    absurd demand"): EDITORIAL, with the attribution and its source still recorded.
/// 2. Evaluation inside quotations never becomes evidence (the cues skip quoted words), and
///    evaluation after a verb of saying (or in the clause of a verb of opinion: "analysts
///    fear the deal could collapse") or in a sentence sourced with "according to" is
///    credited to the speaker: it stays in the evidence with weight 0 (`creditReportedSpeech`).
/// 3. The EDITORIAL model (`EditorialModel`, per-cue weights) reaching its threshold: EDITORIAL.
/// 4. Attribution evidence adding up to `attributionThreshold`: ATTRIBUTED.
/// 5. Otherwise FACTUAL.
public struct ClaimClassifier: Sendable {
    /// The cues, in the order their evidence is listed; text that two cues match is evidence
    /// once, for the first. Attribution cues come first, so that a reader sees why a sentence
    /// is someone else's before what in it is evaluative, and so that `creditReportedSpeech`
    /// knows where the verbs of saying stand. Among them, the specific ones (belief, document,
    /// poll) follow the plain verbs of saying they refine, and an owned stance ("Smith's plan")
    /// follows the phrases, so "in his view" counts once, as the phrase; a noun with its topic
    /// ("support for") comes after the owned stance ("her support"), which names the holder.
    /// `ExpectationCue` comes before the editorial cues so that "is expected to" counts as a
    /// reported expectation, not as the outlet's speculation, and `AttitudeCue` before them so
    /// that "critics are skeptical of" counts the adjective as the critics' attitude, not as
    /// the outlet's evaluation. `ActionVerbCue` claims only words of its own kind, so its place
    /// among the attribution cues makes no difference; it stands after them.
    /// `FramedAttributionCue` must come
    /// after the attribution cues because it frames their verbs, and before the editorial word
    /// cues so that "falsely" counts as framing, not as a plain evaluative word.
    /// `PresentTenseCue` follows the listed words, so "is" inside "is expected to" counts once, as
    /// speculation. `LoadedTermCue` is last: a word another cue already claimed ("undoubtedly")
    /// is not counted again as a loaded term. `DoctrineCue` follows it, so an "-ism" another cue
    /// claimed ("cronyism" as a loaded term) counts once. `FigureCue` reads only numbers, which no other cue
    /// claims, so its place makes no difference; it stands last.
    public static let cues: [any Cue] = [
        QuotedSpeechCue(),
        AttributionVerbCue(),
        BeliefVerbCue(),
        DocumentFindingCue(),
        PollFindingCue(),
        AttributionPhraseCue(),
        ViewpointFrameCue(),
        AnonymousSourceCue(),
        OwnedStanceCue(),
        ContentClauseCue(),
        StanceTopicCue(),
        SeenAsCue(),
        ExpectationCue(),
        AttitudeCue(),
        ActionVerbCue(),
        HeadlineColonCue(),
        CreditLineCue(),
        IntroducingColonCue(),
        FramedAttributionCue(),
        CertaintyCue(),
        HedgeCue(),
        ObligationCue(),
        EvaluativeWordCue(),
        PersonalVoiceCue(),
        ImperativeCue(),
        RhetoricalQuestionCue(),
        ExclamationCue(),
        SweepingClaimCue(),
        PresentTenseCue(),
        LoadedTermCue(),
        DoctrineCue(),
        FigureCue(),
    ]

    /// `cues`, each in a class box that calls it directly. The boxes live as long as the
    /// program (this list holds them), so the classifier calls them without counting references.
    static let boxedCues: [AnyCueBox] = cues.map { box($0) }
    static let unmanagedCues: [Unmanaged<AnyCueBox>] = boxedCues.map { Unmanaged.passUnretained($0) }

    private static func box<C: Cue>(_ cue: C) -> AnyCueBox { CueBox(cue) }

    /// The evidence list's first capacity: most sentences have fewer pieces.
    static let typicalEvidence = 8

    /// Up to this many pieces of evidence, a claimed span is looked for by scanning them.
    static let scanLimit = 16

    /// Attribution evidence that adds up to this makes a sentence ATTRIBUTED.
    static let attributionThreshold = 1.0
    /// Observed accuracies on PolNeAR train (development data, not shipped weights): how
    /// often a sentence with this label and evidence really was so. They turn evidence into
    /// a confidence that the reliability table can check on dev.
    static let framedConfidence = 0.7
    static let factualAccuracy = 0.95
    static let weakAttributionFactualAccuracy = 0.85
    static func attributedAccuracy(_ score: Double) -> Double {
        score >= 3 ? 0.99 : score >= 2 ? 0.97 : 0.93
    }

    public let words: CueWords
    let sources = SourceFinder()
    /// The EDITORIAL model's weight for each cue of `cues`, by position: looked up once here,
    /// not by id for every piece of evidence (the evidence a cue finds carries the cue's id).
    let featureWeights: [Double]
    /// `unmanagedCues`, read once when the classifier is made.
    let unmanagedCues: [Unmanaged<AnyCueBox>]
    /// The kinds of listed word each cue of `cues` acts on (`ListedKindCue`), by position: a
    /// cue whose kinds start nowhere in a sentence is not called there, for it would find
    /// nothing. The other cues are always called, but for a `TokenSetCue` in a sentence with
    /// none of its token sets' words.
    let cueKinds: [CueKinds]
    /// `cueKinds` as bit sets of cues, for a classifier of at most 32 cues (`usesCallMasks`;
    /// empty otherwise). Read in place: bound as an optional (`if let`), the masks were copied
    /// twice a sentence, a reference counted to each of their arrays.
    let masks: CallMasks
    /// Whether the classifier has at most 32 cues, so that `masks` are its cues' call masks.
    let usesCallMasks: Bool
    /// `masks`, when they are the cues' call masks.
    var callMasks: CallMasks? { usesCallMasks ? masks : nil }

    /// Which cues to call for the kinds of listed word a sentence holds, one bit per cue: the
    /// cues that are always called, and for each kind the cues that act on it.
    struct CallMasks {
        var always: UInt32 = 0
        var byAttributionKind = [UInt32](repeating: 0, count: 32)
        var byEditorialKind = [UInt32](repeating: 0, count: 32)
        /// The cues called only in a sentence holding a word of their token sets (`TokenSetCue`):
        /// each one's bit and sets, the first `screenedCount` of them (at most `screenedLimit`;
        /// any more are always called).
        static let screenedLimit = 8
        var screenedBits = InlineArray<8, UInt32>(repeating: 0)
        var screenedSets = InlineArray<8, TokenSets>(repeating: [])
        var screenedCount = 0
        /// The cues called only in a sentence with a quotation (`QuotationCue`), and only in
        /// one with a loaded term in the outlet's voice (`LoadedHitCue`).
        var quotationCues: UInt32 = 0
        var loadedHitCues: UInt32 = 0

        /// Masks that call no cue (for a classifier with more cues than bits).
        init() {}

        init(_ kinds: [CueKinds]) {
            for (k, kind) in kinds.enumerated() {
                let bit: UInt32 = 1 << UInt32(k)
                if kind.needsQuotation {
                    quotationCues |= bit
                    continue
                }
                if kind.needsLoadedHit {
                    loadedHitCues |= bit
                    continue
                }
                if kind.always {
                    if !kind.tokenSets.isEmpty, screenedCount < Self.screenedLimit {
                        screenedBits[screenedCount] = bit
                        screenedSets[screenedCount] = kind.tokenSets
                        screenedCount += 1
                    } else {
                        always |= bit
                    }
                    continue
                }
                for b in 0..<32 {
                    if kind.attribution.bits & (1 << UInt32(b)) != 0 { byAttributionKind[b] |= bit }
                    if kind.editorial.bits & (1 << UInt32(b)) != 0 { byEditorialKind[b] |= bit }
                }
            }
        }

        /// The cues that may find something in the sentence: those of `CueKinds.mayFind`.
        @inline(__always) func cues(in context: SentenceContext) -> UInt32 {
            var mask = always
            let sets = context.sentenceTokenSets
            for s in 0..<screenedCount where !sets.isDisjoint(with: screenedSets[s]) { mask |= screenedBits[s] }
            if !context.quotes.isEmpty { mask |= quotationCues }
            if !context.outletVoiceLoaded.isEmpty { mask |= loadedHitCues }
            var kinds = context.attributionKinds.bits
            while kinds != 0 {
                mask |= byAttributionKind[kinds.trailingZeroBitCount]
                kinds &= kinds &- 1
            }
            kinds = context.editorialKinds.bits
            while kinds != 0 {
                mask |= byEditorialKind[kinds.trailingZeroBitCount]
                kinds &= kinds &- 1
            }
            return mask
        }
    }

    /// The kinds a cue acts on, or `always` for a cue that is not a `ListedKindCue`; for such a
    /// cue, the token sets without whose words it finds nothing (`TokenSetCue`), if any.
    struct CueKinds {
        var always = true
        var attribution = SentenceContext.KindSet()
        var editorial = SentenceContext.KindSet()
        var tokenSets: TokenSets = []
        var needsQuotation = false
        var needsLoadedHit = false

        init(_ cue: any Cue) {
            if let screened = cue as? any TokenSetCue { tokenSets = screened.tokenSets }
            needsQuotation = cue is any QuotationCue
            needsLoadedHit = cue is any LoadedHitCue
            guard let listed = cue as? any ListedKindCue else { return }
            always = false
            attribution = listed.attributionKinds
            editorial = listed.editorialKinds
        }

        /// Whether the cue may find something in the sentence (`ListedKindCue.mayFind`).
        @inline(__always) func mayFind(in context: SentenceContext) -> Bool {
            always && (tokenSets.isEmpty || !context.sentenceTokenSets.isDisjoint(with: tokenSets))
                && (!needsQuotation || !context.quotes.isEmpty) && (!needsLoadedHit || !context.outletVoiceLoaded.isEmpty)
                || context.attributionKinds.intersects(attribution) || context.editorialKinds.intersects(editorial)
        }
    }

    public init(words: CueWords) {
        self.words = words
        featureWeights = Self.cues.map { words.model.weight(of: $0.id) }
        unmanagedCues = Self.unmanagedCues
        cueKinds = Self.cues.map(CueKinds.init)
        usesCallMasks = cueKinds.count <= 32
        masks = usesCallMasks ? CallMasks(cueKinds) : CallMasks()
    }

    /// The decision for one sentence.
    public struct Decision: Sendable {
        public var label: ClaimLabel
        public var confidence: Double
        public var cues: [CueEvidence]
        public var source: SourceSpan?
        /// The sources of the sentence's other attributions, if it reports several.
        public var otherSources: [SourceSpan] = []
        /// Which step of the precedence decided the label, with the figures it compared.
        public var rule: LabelRule?
    }

    public func classify(_ context: SentenceContext, speakers: SpeakerMemory) -> Decision {
        // Room for a typical sentence's evidence at once: grown from empty, the list was
        // reallocated and copied about twice a sentence as the cues appended to it.
        var evidence: [CueEvidence] = []
        evidence.reserveCapacity(Self.typicalEvidence)
        // A scan of the list while it is short (most sentences have a handful of cues), a set
        // once it is long: a very long sentence has thousands.
        var claimed: Set<TextSpan> = []
        // Called through class boxes: calling a cue held as `any Cue` copied it out of its
        // existential container and destroyed the copy, twenty-one times a sentence, and
        // calling a box counted a reference to it.
        // (From the instance: the static list is behind a once-check on every read.)
        let cues = unmanagedCues
        let kinds = cueKinds
        // With at most 32 cues, the cues to call in this sentence as one set of bits, visited
        // in order: the cues with nothing to do (about two in three) cost nothing each, where
        // a test of each cost some fifteen instructions. Each call that kept evidence: its cue
        // and where its evidence ends, for the model's weights below (`end << 5 | cue`).
        var runs = InlineArray<32, Int>(repeating: 0)
        var calls = 0
        if usesCallMasks {
            var pending = masks.cues(in: context)
            while pending != 0 {
                let k = pending.trailingZeroBitCount
                pending &= pending &- 1
                let first = evidence.count
                let kept = Self.call(cues[k], in: context, into: &evidence, claimed: &claimed)
                // Only a call that kept evidence: most keep none, and the sum below need not
                // visit them.
                guard kept != first else { continue }
                runs[calls] = kept &<< 5 | k
                calls &+= 1
            }
        } else {
            for k in cues.indices where kinds[k].mayFind(in: context) {
                _ = Self.call(cues[k], in: context, into: &evidence, claimed: &claimed)
            }
        }
        var clausal = ClausalVerbs()
        Self.weighOutletInference(&evidence, in: context)
        Self.creditReportedSpeech(&evidence, in: context, clausal: &clausal)
        // In the list's order, as a filter and reduce summed them (without the filtered copy).
        // Effects and ids told apart by length first: comparing two strings that differ is a
        // call into the string library.
        let attributionEffect = CueEffect.attribution.rawValue
        var attribution = 0.0
        var framed = false
        for k in evidence.indices {
            if evidence[k].effect.utf8.count == attributionEffect.utf8.count && evidence[k].effect == attributionEffect {
                attribution += evidence[k].weight
            }
            if !framed && evidence[k].id.utf8.count == 18 && evidence[k].id == "framed-attribution" { framed = true }
        }
        let editorial: Double
        if usesCallMasks {
            // `EditorialModel.probability`, with each cue's weight taken by position: the same
            // sum in the same order (each call's evidence follows the call before's; a call that
            // kept none is not listed).
            var sum = words.model.bias
            var j = 0
            for c in 0..<calls {
                let end = runs[c] &>> 5, k = runs[c] & 31
                while j < end {
                    assert(evidence[j].id == Self.cues[k].id, "evidence under another id than its cue's")
                    sum += featureWeights[k] * evidence[j].weight
                    j &+= 1
                }
            }
            editorial = 1 / (1 + exp(-sum))
        } else {
            editorial = words.model.probability(evidence)
        }
        let source = attribution > 0 ? sources.source(in: context, evidence: evidence, speakers: speakers, clausal: clausal) : nil

        let label: ClaimLabel
        let confidence: Double
        let step: LabelRule.Step
        if framed {
            label = .editorial
            confidence = Self.framedConfidence
            step = .framedAttribution
        } else if editorial >= words.model.threshold {
            label = .editorial
            confidence = editorial
            step = .editorialModel
        } else if attribution >= Self.attributionThreshold {
            label = .attributed
            confidence = (1 - editorial / 2) * Self.attributedAccuracy(attribution)
            step = .attributionEvidence
        } else {
            label = .factual
            confidence = (1 - editorial) * (attribution > 0 ? Self.weakAttributionFactualAccuracy : Self.factualAccuracy)
            step = .noEvidence
        }
        var otherSources: [SourceSpan] = []
        if let source, label != .factual {
            otherSources = sources.otherSources(in: context, evidence: evidence, besides: source, speakers: speakers)
        }
        // Made whole at the end: a decision made first and then filled in was copied.
        // The figures only: the rule's text is written when the analysis is encoded.
        return Decision(label: label, confidence: (confidence * 1000).rounded() / 1000, cues: evidence, source: source,
                        otherSources: otherSources,
                        rule: LabelRule(step: step, editorial: editorial, threshold: words.model.threshold,
                                        attribution: attribution, needed: Self.attributionThreshold))
    }

    /// Calls one cue: it appends to the one list, and what it appended is then kept only where
    /// it claims new text. One piece of text is evidence once: the first cue in the list that
    /// claims it ("undoubtedly" as certainty, not again as a loaded term). Returns where the
    /// list ends after the cue's evidence.
    @inline(__always)
    static func call(_ cue: Unmanaged<AnyCueBox>, in context: SentenceContext, into evidence: inout [CueEvidence],
                     claimed: inout Set<TextSpan>) -> Int {
        let first = evidence.count
        cue._withUnsafeGuaranteedRef { $0.find(in: context, into: &evidence) }
        var kept = first
        for j in first..<evidence.count {
            let span = TextSpan(start: evidence[j].start, end: evidence[j].end)
            let isNew: Bool
            if kept < Self.scanLimit {
                isNew = !evidence[..<kept].contains { $0.start == span.start && $0.end == span.end }
            } else {
                if claimed.isEmpty { claimed = Set(evidence[..<kept].map { TextSpan(start: $0.start, end: $0.end) }) }
                isNew = claimed.insert(span).inserted
            }
            guard isNew else { continue }
            if j != kept { evidence.swapAt(j, kept) }
            kept += 1
        }
        if kept < evidence.count { evidence.removeSubrange(kept...) }
        return kept
    }

    /// Participles that draw an inference from what the clause before them told ("The deficit
    /// fell to $27 billion, suggesting ...", "Wage gains were spread across all incomes,
    /// indicating ...").
    static let inferenceParticiples: Set<String> = ["suggesting", "indicating", "implying", "signaling", "signalling", "showing"]
    static let inferenceNote = "the outlet's inference from its own clause: no one before it speaks"

    /// An inference participle after a comma whose clause names no one who could speak (no
    /// listed source word, personal pronoun, name or quotation before it) is the outlet
    /// drawing its own conclusion, not a report: its attribution evidence keeps its place but
    /// weighs nothing, and what follows it is not credited to a speaker. Only when the
    /// sentence's attribution evidence is such participles alone.
    static func weighOutletInference(_ evidence: inout [CueEvidence], in context: SentenceContext) {
        // (Effects told apart by length: "attribution" is the only one of its length.)
        let attributionLength = CueEffect.attribution.rawValue.utf8.count
        let tokens = context.tokens
        var first = -1
        var found = false
        for k in evidence.indices where evidence[k].effect.utf8.count == attributionLength {
            // (Told by length first: most sentences' evidence is "said" and the like.)
            let length = evidence[k].text.utf8.count
            guard length >= 7, length <= 10, evidence[k].id == "attribution-verb" || evidence[k].id == "document-finding",
                  inferenceParticiples.contains(evidence[k].text.lowercased()) else { return }
            let t = firstToken(in: context, atOrAfter: evidence[k].start)
            // After a comma, over one adverb or "at times" ("..., at times suggesting").
            var c = t - 1
            if c >= 2, tokens[c - 1].word == SourceFinder.atWord, tokens[c].word == SourceFinder.timesWord { c -= 2 }
            else if c >= 1, context.tokenSets[c].contains(.adverbs) || SourceFinder.isLyAdverb(tokens[c]) { c -= 1 }
            guard c >= 1, tokens[c].word == .comma, !context.inQuote[c] else { return }
            if first < 0 || c < first { first = c }
            found = true
        }
        guard found else { return }
        for k in 0..<first {
            let t = tokens[k]
            if context.inQuote[k] { return }
            if let kind = context.words.sourceKind(t), !(SourceFinder.kindIs(kind, "pronoun") && t.word == .it) { return }
            // (A month or weekday is no name; nor a sentence's opening word of grammar, "That's".)
            if t.isCapitalized, t.kind == .word, !context.tokenSets[k].contains(.timeWords) && !SourceFinder.isTime(t),
               k > 0 || !PersonNames.functionWords.contains(t.keyHasSuffix("'s") ? String(t.key.dropLast(2)) : t.key) { return }
        }
        for k in evidence.indices where evidence[k].effect.utf8.count == attributionLength {
            evidence[k].weight = 0
            evidence[k].note = inferenceNote
        }
    }

    /// The note added to editorial evidence credited to a speaker.
    static let reportedSpeechNote = "inside reported speech: the speaker's, not the outlet's"
    /// The same note after another: one concatenation, not two, for each piece of evidence credited.
    static let reportedSpeechNoteAfter = "; " + reportedSpeechNote

    /// Whether verbs of the evidence stand in a closing or parenthetical clause
    /// (`isClausalAttribution`), by their position in the evidence (the first 64), as the
    /// crediting of reported speech found them: the source finder's asking order asks again
    /// for the same verbs of saying, and the answer depends only on the verb's span and the
    /// sentence. Kept for one sentence's evidence, whose spans and order do not change after
    /// the crediting.
    struct ClausalVerbs {
        private var known: UInt64 = 0
        private var clausal: UInt64 = 0

        /// `isClausalAttribution` of the verb at `position` in the evidence, found once.
        /// `first` and `next` are the verb's tokens (`isClausalAttribution(_:first:next:in:)`).
        @inline(__always) mutating func find(_ position: Int, _ verb: TextSpan, first: Int, next: Int,
                                             in context: SentenceContext) -> Bool {
            if position < 64, known & (1 << UInt64(position)) != 0 { return clausal & (1 << UInt64(position)) != 0 }
            let found = ClaimClassifier.isClausalAttribution(verb, first: first, next: next, in: context)
            if position < 64 {
                known |= 1 << UInt64(position)
                if found { clausal |= 1 << UInt64(position) }
            }
            return found
        }

        /// `isClausalAttribution` of the verb at `position`, from what was found, else asked.
        @inline(__always) func isClausal(_ position: Int, _ verb: TextSpan, in context: SentenceContext) -> Bool {
            if position < 64, known & (1 << UInt64(position)) != 0 { return clausal & (1 << UInt64(position)) != 0 }
            return ClaimClassifier.isClausalAttribution(verb, in: context)
        }
    }

    /// Evaluation inside reported speech is the speaker's: editorial evidence after a verb of
    /// saying ("said the plan was a disaster"), anywhere in a sentence sourced with "according
    /// to" or opened by a speaker's name and a colon ("TAPPER: Do you think ..."), or anywhere
    /// in a sentence whose verb of saying stands in a closing or parenthetical clause ("The
    /// plan is a disaster, he said." "The plan, she says, will fail.") or framed by someone's
    /// view ("In the mayor's view, ..."), and evaluation in the clause of a verb of opinion or
    /// knowledge ("believe other towns would be foolish", "knew it was not likely"), of an
    /// attitude ("hopeful that") or of a view given its content ("Smith's argument was that",
    /// "Her message: ...") keeps its place in the evidence but weighs nothing.
    ///
    /// After a verb, what is reported runs from the verb to the next clause of the outlet's own
    /// (after a semicolon: "He declared the plan a success; in practice it was a disaster"), and
    /// a verb whose object is a phrase, not a claim ("insisted on ramming through", "defended
    /// his record", "vowed to fight"), reports no claim at all: evaluation after it is the
    /// outlet's own. So is an evaluative word or loaded term on a plain noun phrase object
    /// ("defended the extreme measure": `plainObjectEnd`), and evaluation past the sentence's
    /// own verb when the verb of saying stands in its subject ("Trump attacking wind power is
    /// absurd": `subjectGerundEnd`). What it finds of the verbs' clauses is kept in `clausal`
    /// for the source finder (`ClausalVerbs`).
    static func creditReportedSpeech(_ evidence: inout [CueEvidence], in context: SentenceContext, clausal: inout ClausalVerbs) {
        // The verbs' and objects' lists on the stack, at most one entry per piece of evidence
        // each: as arrays they were allocated and freed in about one sentence in two.
        let count = evidence.count
        guard count > 0 else { return }
        withUnsafeTemporaryAllocation(of: ClaimVerb.self, capacity: count) { verbs in
            withUnsafeTemporaryAllocation(of: PlainObject.self, capacity: count) { objects in
                var claimVerbs = ScratchList(verbs), plainObjects = ScratchList(objects)
                creditReportedSpeech(&evidence, in: context, claimVerbs: &claimVerbs, plainObjects: &plainObjects, clausal: &clausal)
            }
        }
    }

    /// A verb that reports a claim, with where what it reports may end, and its tokens: the
    /// first that starts at or after its start and the first at or after its end (searched
    /// once, not again by each test of the verb).
    /// (`first` is -1 when not searched yet.)
    typealias ClaimVerb = (start: Int, end: Int, until: Int, first: Int, next: Int)
    /// A verb of saying whose object is a plain noun phrase, with where the phrase ends.
    typealias PlainObject = (end: Int, objectEnd: Int)

    /// A list of plain values written into memory lent by the caller, which has room for
    /// every element appended (the elements need no deinitialising).
    struct ScratchList<Element> {
        let base: UnsafeMutableBufferPointer<Element>
        private(set) var count = 0
        init(_ base: UnsafeMutableBufferPointer<Element>) { self.base = base }
        var isEmpty: Bool { count == 0 }
        var indices: Range<Int> { 0..<count }
        @inline(__always) mutating func append(_ element: Element) {
            precondition(count < base.count, "scratch list full")
            base.initializeElement(at: count, to: element)
            count += 1
        }
        @inline(__always) subscript(k: Int) -> Element {
            get { base[k] }
            nonmutating set { base[k] = newValue }
        }
        @inline(__always) func contains(where test: (Element) -> Bool) -> Bool {
            for k in 0..<count where test(base[k]) { return true }
            return false
        }
    }

    static func creditReportedSpeech(_ evidence: inout [CueEvidence], in context: SentenceContext,
                                     claimVerbs: inout ScratchList<ClaimVerb>, plainObjects: inout ScratchList<PlainObject>,
                                     clausal: inout ClausalVerbs) {
        // Not after verbs of wish, intention or support: "Trump wants to destroy the party" is,
        // more often than not, the outlet characterising a wish in its own words (BABE's
        // annotators saw it so). A verb of opinion with its clause ("Analysts fear the deal
        // could collapse") reports the holder's view, up to the clause's end (`reportsBelief`).
        // One pass for the sayings: whether there is one, whether one covers the whole sentence,
        // and where each verb that reports a claim ends.
        var hasSaying = false
        var wholeSentence = false
        // `claimVerbs`: each with where what it reports may end: a belief's clause ends at the
        // next clause of its own.
        // `plainObjects`: verbs of saying whose object is a plain noun phrase ("defended the
        // extreme measure"), with where the phrase ends: an evaluative word or loaded term on it
        // is the outlet's description of what the act was about, unless another verb reports it.
        // By index: binding each piece of evidence copied its four strings.
        for k in evidence.indices {
            // The ids asked about have 7, 8, 11, 12, 14, 15, 16 or 18 bytes: most evidence is passed over without comparing strings.
            let length = evidence[k].id.utf8.count
            guard length == 7 || length == 8 || length == 11 || length == 12 || length == 14 || length == 15 || length == 16 || length == 18
            else { continue }
            // Someone's view with its owner, as the frame of the sentence ("In the mayor's view,
            // the plan ...", "..., by the campaign's account.") or with its content ("Smith's
            // argument was that ...", "Her message: ..."): the view is the owner's.
            if length == 12, evidence[k].id == "owned-stance" {
                switch ownedViewScope(TextSpan(start: evidence[k].start, end: evidence[k].end), in: context) {
                case .wholeSentence:
                    hasSaying = true
                    wholeSentence = true
                case .after(let start):
                    hasSaying = true
                    let t = firstToken(in: context, atOrAfter: start)
                    claimVerbs.append((start, start, Int.max, t, t))
                case nil:
                    break
                }
                continue
            }
            // An attitude with its clause ("supporters are optimistic that he will win", "she
            // was concerned that the plan would fail"): what the clause says is the holder's
            // hope or fear, up to the clause's end, as for a verb of opinion.
            if length == 8, evidence[k].id == "attitude" {
                let a = firstToken(in: context, atOrAfter: evidence[k].end)
                if a < context.tokens.count, context.tokens[a].word == .that {
                    hasSaying = true
                    claimVerbs.append((evidence[k].start, evidence[k].end, clauseEnd(in: context, from: a), -1, a))
                }
                continue
            }
            // A noun of saying or belief with its clause, as the object of a verb or a
            // preposition ("amid accusations that the count was rigged", "stoked speculation
            // that he might run"): what the clause says is the claim or view reported, up to the
            // clause's end, as after the verb. Not when the noun stands in the sentence's subject
            // ("The argument that ... is dishonest": the predicate judges the claim), nor a
            // relative "that" ("the views that seem moderate"), nor the writer's "no doubt that".
            if length == 14, evidence[k].id == "content-clause" {
                let first = firstToken(in: context, atOrAfter: evidence[k].start)
                let next = firstToken(in: context, atOrAfter: evidence[k].end)
                if reportsContent(first: first, next: next, in: context) {
                    hasSaying = true
                    claimVerbs.append((evidence[k].start, evidence[k].end, clauseEnd(in: context, from: next), first, next))
                }
                continue
            }
            // "The House is expected to pass a sweeping bill", "is known for her liberal bent":
            // what is expected or reputed is the unnamed holders' view, up to the clause's end,
            // as after "is said to".
            if length == 11, evidence[k].id == "expectation" {
                hasSaying = true
                let next = firstToken(in: context, atOrAfter: evidence[k].end)
                claimVerbs.append((evidence[k].start, evidence[k].end, clauseEnd(in: context, from: next), -1, next))
                continue
            }
            // "TAPPER: Do you think ...", "Graham: Trump's 'Hateful Rhetoric' Destroying GOP":
            // everything after a speaker's name and colon is the speaker's.
            // Each id compared only with the ids of its length: two large strings that differ
            // cost a call into the string library each.
            let saying = length == 16 && evidence[k].id == "attribution-verb"
            let whole = !saying && (length == 18 && evidence[k].id == "attribution-phrase" || length == 15 && evidence[k].id == "viewpoint-frame"
                || length == 16 && evidence[k].id == "anonymous-source" || length == 14 && evidence[k].id == "headline-colon")
            let belief = length == 11 && evidence[k].id == "belief-verb"
            // "Republicans view her as ineffective": the judgement after "as" is the viewer's, up
            // to the clause's end. (Content clauses, "accusations that she is hiding severe health
            // problems", were tried too: a clause that is the sentence's subject ("The argument
            // that ... is an extension of the dishonest taunt") runs into the outlet's predicate,
            // and BABE lost more than PolNeAR gained.)
            let view = length == 7 && evidence[k].id == "seen-as"
            if view {
                hasSaying = true
                let next = firstToken(in: context, atOrAfter: evidence[k].end)
                claimVerbs.append((evidence[k].start, evidence[k].end, clauseEnd(in: context, from: next), -1, next))
                continue
            }
            guard whole || belief || saying else { continue }
            // (An inference of the outlet's reports no one: `weighOutletInference`.)
            if saying, evidence[k].weight == 0 { continue }
            // The verb passed as its span: passing the evidence copied it, counting its strings.
            let verb = TextSpan(start: evidence[k].start, end: evidence[k].end)
            let first = firstToken(in: context, atOrAfter: verb.start), next = firstToken(in: context, atOrAfter: verb.end)
            if belief {
                // "Analysts think the plan is likely to fail", ", some Democrats now think.": a
                // belief with a clause of its own reports the holder's view, and evaluation in that
                // clause is theirs. Not a wish or intention with an infinitive ("Trump wants to
                // destroy the party"): that is the outlet characterising an aim in its own words.
                guard reportsBelief(verb, first: first, next: next, in: context, clausal: &clausal, position: k) else { continue }
                hasSaying = true
                if clausal.find(k, verb, first: first, next: next, in: context) {
                    wholeSentence = true
                } else {
                    claimVerbs.append((evidence[k].start, evidence[k].end, clauseEnd(in: context, from: next), first, next))
                }
                continue
            }
            // A form of a verb of saying used as a noun ("Years of talk about missions ... has
            // been shown to be hot air") is still attribution evidence (PolNeAR marks such nouns
            // as cues), but it introduces no claim: what follows it is the outlet's.
            if saying, VerbContext.isAfterPreposition(context, first) {
                continue
            }
            hasSaying = true
            if whole || !wholeSentence && clausal.find(k, verb, first: first, next: next, in: context) {
                wholeSentence = true
            }
            if !whole && reportsClaim(next: next, in: context) {
                // "defended the extreme measure", "maintain the myth that ...": a plain noun phrase
                // as the object names what the act was about, in the outlet's words; what was
                // said, if anything, begins where the phrase ends.
                if let objectEnd = plainObjectEnd(next: next, in: context) {
                    plainObjects.append((evidence[k].end, objectEnd))
                }
                claimVerbs.append((evidence[k].start, evidence[k].end, Int.max, first, next))
            }
        }
        guard hasSaying, wholeSentence || !claimVerbs.isEmpty else { return }
        // "Trump attacking wind power is absurd", "Anyone claiming they know ... is sticking
        // their finger in the air": a verb of saying in the sentence's subject reports nothing
        // past the sentence's own verb; what is said of the subject there is the outlet's.
        if !wholeSentence {
            for v in claimVerbs.indices {
                // (The first token is searched here for the verbs whose tests did not need it.)
                let first = claimVerbs[v].first >= 0 ? claimVerbs[v].first : firstToken(in: context, atOrAfter: claimVerbs[v].start)
                guard let end = subjectGerundEnd(first: first, in: context) else { continue }
                for w in claimVerbs.indices where claimVerbs[v].start <= claimVerbs[w].start && claimVerbs[w].start < end {
                    claimVerbs[w].until = min(claimVerbs[w].until, end)
                }
            }
        }
        let editorial = CueEffect.editorial.rawValue
        for k in evidence.indices
        where evidence[k].effect.utf8.count == editorial.utf8.count && evidence[k].effect == editorial && !(CueID("framed-attribution") ~= evidence[k].id) {
            var credited = wholeSentence
            if !credited {
                let start = evidence[k].start
                let onObject = !plainObjects.isEmpty && (evidence[k].id == "evaluative" || evidence[k].id == "loaded-term")
                // The evidence's first token, searched once, when a verb reaches it.
                var startToken = -1
                // A verb before the evidence that reports a claim reaching it, and no clause of
                // the outlet's own between them. (Any verb, not just the nearest: a belief's
                // clause may end inside what an earlier verb of saying reports.)
                credited = claimVerbs.contains { verb in
                    guard verb.start <= start && start < verb.until else { return false }
                    if startToken < 0 { startToken = firstToken(in: context, atOrAfter: start) }
                    if hasOutletClause(in: context, fromToken: verb.next, toToken: startToken) { return false }
                    return !(onObject && plainObjects.contains { $0.end == verb.end && $0.end <= start && start < $0.objectEnd })
                }
            }
            if credited {
                evidence[k].weight = 0
                // The usual case, no note before, takes the constant as it is (no string made).
                if let note = evidence[k].note {
                    evidence[k].note = note + Self.reportedSpeechNoteAfter
                } else {
                    evidence[k].note = Self.reportedSpeechNote
                }
            }
        }
    }

    /// What an owned view frames: the whole sentence, or what follows from an offset on.
    enum ViewScope { case wholeSentence, after(Int) }

    static let viewFramePrepositions: WordSet = ["in", "by"]
    static let beForms: WordSet = ["is", "was", "are", "were", "remains", "remained"]

    /// The scope of an owned view (`owned-stance` evidence, owner to noun): the whole sentence
    /// when the view stands as its frame, an adverbial opened by "in" or "by" and closed by a
    /// comma or the sentence's end ("In the mayor's view, ...", "..., in Smith's assessment.");
    /// what follows when the view is given its content by "is that" or a colon ("Smith's
    /// argument was that ...", "Her message: ..."); nil otherwise ("Smith's plan failed").
    static func ownedViewScope(_ span: TextSpan, in context: SentenceContext) -> ViewScope? {
        let tokens = context.tokens
        let first = firstToken(in: context, atOrAfter: span.start)
        var after = first
        while after < tokens.count, context.scalarOffset(ofByte: tokens[after].bytes.lowerBound) < span.end { after += 1 }
        guard first < tokens.count, after > first else { return nil }
        // Back over the owner's determiner and name to the preposition.
        var p = first - 1
        while p >= 0, first - p <= 3, !context.inQuote[p], tokens[p].kind == .word,
              context.tokenSets[p].contains(.determiners) || tokens[p].isCapitalized && !viewFramePrepositions.contains(tokens[p]) {
            p -= 1
        }
        if p >= 0, viewFramePrepositions.contains(tokens[p]), !context.inQuote[p],
           p == 0 || tokens[p - 1].word == .comma || p == 1 && context.tokenSets[0].contains(.openingConjunctions),
           after >= tokens.count || tokens[after].kind == .punctuation && (tokens[after].word == .comma || after == tokens.count - 1) {
            return .wholeSentence
        }
        // The view must be the sentence's subject ("Smith's argument was that"), not a phrase
        // inside it ("The conceit that sustains Smith's criticism is that": the conceit's).
        let opening = p + 1 == 0 || p == 0 && context.tokenSets[0].contains(.openingConjunctions)
        guard opening, after < tokens.count, !context.inQuote[after] else { return nil }
        if tokens[after].word == colon, after + 1 < tokens.count {
            return .after(context.scalarOffset(ofByte: tokens[after + 1].bytes.lowerBound))
        }
        if beForms.contains(tokens[after]), after + 1 < tokens.count, tokens[after + 1].word == .that {
            return .after(context.scalarOffset(ofByte: tokens[after + 1].bytes.lowerBound))
        }
        return nil
    }

    /// Words after a verb of saying that make its object a phrase, not a reported claim:
    /// prepositions ("insisted on", "talked about", "accused of"), the infinitive's "to"
    /// ("vowed to fight") and possessives ("defended his record", "touted their efforts").
    static let phraseObjectOpeners: WordSet = [
        "of", "on", "about", "with", "from", "at", "for", "to", "into", "onto", "upon", "in", "against", "over",
        "toward", "towards", "through", "by", "among", "between", "like",
        "his", "its", "their", "our", "my", "your",
    ]

    /// Words of time and manner that may stand between a verb of saying and what was said
    /// ("said Tuesday that", "announced last week", "said again"); "on" only before a weekday.
    static let timeWords: WordSet = WordSet([
        "last", "this", "next", "today", "yesterday", "tonight", "earlier", "later", "recently", "again",
        "also", "repeatedly", "previously", "publicly", "privately", "week", "month", "year", "morning",
        "afternoon", "evening", "night",
    ] + CalendarWords.weekdayKeys)

    /// True when the verb of saying is followed by what was said (a clause, a quotation, "that",
    /// a speaker: "said the plan", "told reporters", ", he said."), not by a phrase that makes it
    /// an act the outlet describes ("insisted on", "defended his record").
    /// `next`: the first token at or after the verb's end.
    static func reportsClaim(next: Int, in context: SentenceContext) -> Bool {
        let tokens = context.tokens
        var k = next
        // Past words of time ("said on Monday that"): a time phrase is not the verb's object.
        var skipped = 0
        while k < tokens.count, skipped < 4 {
            if context.tokenSets[k].contains(.sayingTimeWords) {
                k += 1
            } else if tokens[k].word == Self.on, k + 1 < tokens.count, context.tokenSets[k + 1].contains(.weekdays) {
                k += 2
            } else {
                break
            }
            skipped += 1
        }
        guard k < tokens.count else { return true }
        // "on Monday" was skipped above; a preposition still standing here opens the object,
        // unless a short phrase leads on to what was said ("said at the conference that",
        // "suggested to me that", "told his aides that", "argued in his email, the plan").
        guard context.tokenSets[k].contains(.phraseObjectOpeners) else { return true }
        var j = k + 1
        let colon = Self.colon
        while j < tokens.count, j <= k + 5 {
            if tokens[j].word == .that || tokens[j].word == colon || tokens[j].word == .comma { return true }
            j += 1
        }
        return false
    }

    /// Words that open the object of a verb of saying as a noun phrase ("defended the plan").
    static let objectArticles: WordSet = ["the", "a", "an", "this", "these", "those", "such"]
    /// Verbs whose object is in the speaker's words, not the outlet's account of what the act
    /// was about: naming verbs, whose object is followed by what the speaker called it ("called
    /// the plan a disaster", "branded him a traitor"), and verbs of describing, whose object is
    /// the description itself ("Witnesses described a chaotic scene").
    static let wordingVerbs: WordSet = [
        "call", "calls", "called", "calling", "dub", "dubs", "dubbed", "label", "labels", "labeled", "labelled",
        "brand", "brands", "branded", "term", "terms", "termed", "deem", "deems", "deemed", "declare", "declares",
        "declared", "pronounce", "pronounced", "name", "names", "named",
        "describe", "describes", "described", "describing", "portray", "portrays", "portrayed", "portraying",
        "characterize", "characterizes", "characterized", "characterizing", "characterise", "characterises", "characterised",
        "characterising",
    ]
    /// Words that make what follows a verb of saying a clause ("said the plan would fail",
    /// "told the crowd the deal was dead"): forms of "be", "have" and "do", modals, negations.
    static let finiteWords: WordSet = [
        "is", "are", "was", "were", "am", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would",
        "can", "could", "may", "might", "must", "shall", "should", "won't", "wouldn't", "can't", "couldn't",
        "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "didn't", "shouldn't",
        "not", "never",
    ]
    /// Words that end an object noun phrase and begin what it leads to ("the myth that", "the
    /// plan as", "the decision to"): evaluation after them is not on the object.
    static let objectEnders: WordSet = [
        "of", "on", "about", "with", "from", "at", "for", "into", "onto", "upon", "in", "against", "over", "toward",
        "towards", "through", "by", "among", "between", "like", "that", "which", "who", "whom", "whose", "where", "when", "whether", "if", "as", "to", "because", "while",
        "but", "and", "or", "than", "so",
    ]
    /// The longest object noun phrase read: a longer run of words more likely holds a verb.
    static let plainObjectLimit = 6

    /// Where the object of a verb of saying ends when it is a plain noun phrase opened by an
    /// article ("defended the extreme measure", "the data reveals a shocking failure",
    /// "maintain the myth that ...", "criticized the plan as"), not a clause ("said the plan
    /// would fail", "told the crowd the deal was dead", "said the company failed"): nil when
    /// it is not one. Evaluation on the object is the outlet's: the verb reports an act,
    /// and names its object in the outlet's words.
    /// `next`: the first token at or after the verb's end.
    static func plainObjectEnd(next k: Int, in context: SentenceContext) -> Int? {
        let tokens = context.tokens
        let sets = context.tokenSets
        guard k > 0, k < tokens.count, !context.inQuote[k], sets[k].contains(.objectArticles),
              !wordingVerbs.contains(tokens[k - 1]) else { return nil }
        var j = k + 1
        let semicolon = Self.semicolon, colon = Self.colon, emDash = Self.emDash
        while j < tokens.count {
            let token = tokens[j]
            if context.inQuote[j] { return nil }
            if token.kind == .punctuation {
                // A closing mark ends the phrase; a possessive or hyphen inside it does not.
                if token.word == .comma || token.word == semicolon || token.word == colon || token.word == emDash
                    || token.word == .period || j == tokens.count - 1 { break }
                j += 1
                continue
            }
            if sets[j].contains(.finiteWords) || token.keyHasSuffix("n't") || sets[j].contains(.irregularPast) {
                return nil
            }
            // An adverb after the noun stands before a verb ("say the law unfairly targets").
            if token.keyHasSuffix("ly"), j > k + 1, !sets[j - 1].contains(.objectArticles) { return nil }
            // A past form after a noun is a verb ("said the company failed"); after an article
            // or an adverb it describes the noun ("the so-called", "a widely criticized").
            if token.keyHasSuffix("ed"), !sets[j - 1].contains(.objectArticles), !tokens[j - 1].keyHasSuffix("ly") {
                return nil
            }
            if sets[j].contains(.objectEnders) { break }
            if j - k > plainObjectLimit { return nil }
            j += 1
        }
        guard j > k + 1 else { return nil }
        return j < tokens.count ? context.scalarOffset(ofByte: tokens[j].bytes.lowerBound) : Int.max
    }

    /// Words after which an -ing form is not in a sentence's subject: prepositions ("after
    /// saying", "by claiming") and conjunctions ("while insisting").
    static let gerundLeaders: WordSet = [
        "after", "before", "while", "when", "without", "by", "since", "despite", "upon", "on", "in", "for", "of",
        "from", "about", "with", "also", "not", "again", "repeatedly",
    ]
    /// Common irregular past forms, besides those of the verbs of saying and belief
    /// (`VerbContext.irregularPast`): before an -ing form they make it an adjunct of the
    /// sentence's own verb ("Trump went on TV saying").
    static let irregularPast: WordSet = [
        "went", "came", "took", "got", "began", "became", "brought", "bought", "built", "caught", "chose", "drew",
        "drove", "fell", "fought", "found", "flew", "grew", "hit", "kept", "led", "left", "lost", "met", "paid",
        "ran", "rose", "sat", "sent", "set", "shot", "showed", "spent", "stood", "stayed", "threw", "won", "wore",
        "sang", "spoke", "stuck", "took", "woke",
    ]

    /// Words that are, or begin, a finite verb: forms of "be", "have" and "do", and modals.
    static func isFinite(_ context: SentenceContext, _ j: Int) -> Bool {
        let token = context.tokens[j]
        let sets = context.tokenSets[j]
        if sets.contains(.finiteWords) { return token.word != .not && token.word != neverWord }
        return sets.contains(.irregularPast) || sets.contains(.contractions) || token.keyHasSuffix("n't")
            || token.keyHasSuffix("'re") || token.keyHasSuffix("'m") || token.keyHasSuffix("'ve") || token.keyHasSuffix("'ll")
    }
    static let neverWord = WordKey("never")

    /// Where the sentence's own verb stands after an -ing verb of saying in its subject
    /// ("Trump attacking wind power is absurd"): the gerund follows a word of the subject, no
    /// finite verb comes before it, and a form of "be", "have", "do" or a modal after it; nil
    /// otherwise (", saying the plan would fail", "is claiming", "after saying").
    /// `first`: the first token at or after the verb's start.
    static func subjectGerundEnd(first v: Int, in context: SentenceContext) -> Int? {
        let tokens = context.tokens
        guard v > 0, v < tokens.count, tokens[v].keyHasSuffix("ing"), tokens[v - 1].kind == .word,
              !gerundLeaders.contains(tokens[v - 1]), !context.tokenSets[v - 1].contains(.phraseObjectOpeners) else { return nil }
        for j in 0..<v {
            if context.inQuote[j] || tokens[j].kind != .word { continue }
            if isFinite(context, j) || context.tokenSets[j].contains(.otherPastForms) || tokens[j].keyHasSuffix("ed") { return nil }
        }
        var j = v + 1
        while j < tokens.count {
            if !context.inQuote[j], tokens[j].kind == .word, isFinite(context, j) {
                return context.scalarOffset(ofByte: tokens[j].bytes.lowerBound)
            }
            j += 1
        }
        return nil
    }

    /// True when a verb of belief is followed by the clause it reports ("think the plan will
    /// fail", "believe that", "fear it could"), not by an infinitive, a phrase or nothing ("want
    /// to", "hope for", "plans"): `reportsClaim`, and a word after the verb that can open a
    /// clause (a subject or "that"), never "to".
    /// `first` and `next`: the first tokens at or after the verb's start and end; `position`:
    /// the verb's in the evidence, whose closing clause, if asked, is asked of `clausal`, which
    /// keeps the answer.
    static func reportsBelief(_ verb: TextSpan, first: Int, next k: Int, in context: SentenceContext,
                              clausal: inout ClausalVerbs, position: Int) -> Bool {
        let tokens = context.tokens
        guard k > 0, context.tokenSets[k - 1].contains(.opinionVerbs) || hopeVerbs.contains(context.tokens[k - 1])
                || isKnowing(first: first, at: k - 1, in: context) else { return false }
        guard k < tokens.count, tokens[k].kind == .word else {
            // ", some Democrats now think.": the belief closes the sentence.
            return clausal.find(position, verb, first: first, next: k, in: context)
        }
        let next = tokens[k]
        // A clause may open with any noun ("believe voters will", "think other senators
        // would"): what rules one out is an infinitive, a preposition or possessive (the
        // object of a phrase: "think about", "fear for their jobs"), a gerund ("consider
        // voting"), an adverb ("feel strongly") or a word that closes the verb ("think so").
        if !context.inQuote[k], next.word != .to, !context.tokenSets[k].contains(.phraseObjectOpeners),
           !next.keyHasSuffix("ing"), !next.keyHasSuffix("ly"), !nonClauseWords.contains(next) { return true }
        return next.word == .that || context.tokenSets[k].contains(.clauseSubjects) || next.isCapitalized && !context.inQuote[k]
    }

    /// Verbs of opinion that take a clause ("think", "fear", "suspect"); not verbs of wish,
    /// intention or support ("want", "plan", "support"), whose object is an aim the outlet
    /// names in its own words.
    static let opinionVerbs: WordSet = [
        "think", "thinks", "thought", "believe", "believes", "believed", "fear", "fears", "feared", "worry", "worries",
        "worried", "suspect", "suspects", "suspected", "doubt", "doubts", "doubted", "feel", "feels", "felt", "expect",
        "expects", "expected", "reckon", "reckons", "assume", "assumes", "assumed", "wonder", "wonders", "wondered",
        "wondering",
    ]

    /// Prepositions before a noun of saying with its clause (within three words: "amid
    /// Trump's accusations that"), which make the noun no subject of the sentence.
    static let contentPrepositions: WordSet = [
        "amid", "despite", "following", "after", "over", "about", "on", "of", "in", "with", "from", "against", "by",
        "among", "given", "because", "before", "since", "regarding",
    ]
    /// Determiners of a noun that deny it: "there is no doubt that", "little doubt that" are
    /// the writer's certainty.
    static let denyingDeterminers: WordSet = ["no", "little"]

    /// True when a noun of saying or belief with its clause (`content-clause` evidence, noun
    /// to "that") reports a claim the outlet does not judge in its predicate: the noun is the
    /// object of a preposition within three words before it ("amid his accusations that"), or a
    /// finite or past verb stands before it ("stoked speculation that", "was drawing complaints
    /// that"); "that" opens a clause, not a relative one (no verb right after it: "the views
    /// that seem"); no "no" or "little" before the noun.
    /// `first` and `next`: the first tokens at or after the evidence's start and end.
    static func reportsContent(first: Int, next: Int, in context: SentenceContext) -> Bool {
        let tokens = context.tokens
        guard first < tokens.count, next < tokens.count, tokens[next].kind == .word, !context.inQuote[next],
              !isFinite(context, next), !tokens[next].keyHasSuffix("ed") else { return false }
        if first > 0, denyingDeterminers.contains(tokens[first - 1]) { return false }
        var j = first - 1
        while j >= 0, first - j <= 3 {
            if !context.inQuote[j], tokens[j].kind == .word, contentPrepositions.contains(tokens[j]) { return true }
            j -= 1
        }
        for j in 0..<first where !context.inQuote[j] && tokens[j].kind == .word {
            if isFinite(context, j) || tokens[j].keyHasSuffix("ed") || context.tokenSets[j].contains(.otherPastForms) { return true }
        }
        return false
    }

    /// Verbs of hope and wish: with a clause of their own ("she had hoped an aggressive push
    /// would ...", "they wish the council had ...") they report what the holder hoped would be
    /// so, as "fear" does; with an infinitive ("hoped to win") they name an aim and stay out
    /// (`reportsBelief` turns "to" away). Not in `opinionVerbs`, whose set also lets a
    /// quantifier stand as the subject ("many hopes" is a noun).
    static let hopeVerbs: WordSet = ["hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished", "wishing"]

    /// Words after a verb of opinion that open no clause of their own ("think so", "feel
    /// much better", "thought twice", "fear nothing"); the pronouns are left to the list of
    /// subjects ("think it will", but not "consider him"); an object or reflexive pronoun
    /// opens no clause of its own ("believe themselves to be").
    static let nonClauseWords: WordSet = [
        "so", "otherwise", "twice", "much", "more", "less", "highly", "little", "too", "very", "not", "nothing", "differently",
        "strongly", "back", "ahead", "up", "out", "down", "him", "her", "them", "me", "us", "you", "it", "that",
        "himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself",
    ]
    /// Verbs of knowledge: with a clause ("Clinton's campaign knew it was possible, though not
    /// likely, that she could lose") they report what the holder knows or came to see, which
    /// is their judgement, not the outlet's.
    static let knowledgeVerbs: WordSet = [
        "know", "knows", "knew", "understand", "understands", "understood", "realize", "realizes", "realized", "recognize",
        "recognizes", "recognized",
    ]

    /// A verb of knowledge with a holder of its own; not an infinitive ("wants you to know
    /// that", "need to understand that"): there the knowing is asked of someone, often the
    /// reader, and what follows is the outlet's point.
    /// `first`: the first token at or after the verb's start.
    static func isKnowing(first: Int, at k: Int, in context: SentenceContext) -> Bool {
        guard knowledgeVerbs.contains(context.tokens[k]) else { return false }
        return first == 0 || context.tokens[first - 1].word != .to
    }

    /// Words that open the clause after a verb of opinion as its subject ("think the plan",
    /// "fear they", "believe this").
    static let clauseSubjects: WordSet = [
        "the", "a", "an", "he", "she", "they", "it", "we", "i", "this", "these", "those", "there", "his", "her", "their",
        "its", "our", "such", "some", "many", "most", "all", "any", "no", "nothing", "everything", "everyone",
    ]

    /// The scalar offset where the clause after a verb of opinion ends: at the next comma,
    /// semicolon or dash ("For those who think the country needs it, you might consider":
    /// the hedge after the comma is the outlet's), else the sentence's end. `first`: the first
    /// token at or after the verb's end.
    static func clauseEnd(in context: SentenceContext, from first: Int) -> Int {
        let tokens = context.tokens
        var k = first
        let semicolon = Self.semicolon, emDash = Self.emDash
        while k < tokens.count {
            if tokens[k].kind == .punctuation {
                if tokens[k].word == semicolon || tokens[k].word == emDash || tokens[k].word == .comma { break }
            }
            k += 1
        }
        return k < tokens.count ? context.scalarOffset(ofByte: tokens[k].bytes.lowerBound) : Int.max
    }

    /// True when a clause of the outlet's own begins between the two offsets: a semicolon. (A
    /// comma before "but" or "while" was tried as a boundary too: in reported speech the
    /// speaker's clause goes on past it as often as not, on PolNeAR train.)
    /// `first` and `last`: the first tokens at or after the two offsets.
    static func hasOutletClause(in context: SentenceContext, fromToken first: Int, toToken last: Int) -> Bool {
        let tokens = context.tokens
        guard first < last else { return false }
        let semicolon = Self.semicolon
        for k in first..<last where tokens[k].kind == .punctuation && tokens[k].word == semicolon { return true }
        // After a comma, two openings of a clause of the outlet's own:
        // - a contrast (", but in practice the main usage was to pretend ..."), unless "that"
        //   carries the report on (", but that ...") or it is the second half of "not X, but
        //   (rather) Y", which is still what was said;
        // - an adverb of manner on a participle (", laughably pretending ...", ", conveniently
        //   ignoring ..."): the outlet's judgement of the act.
        for k in first..<last where tokens[k].word == .comma && !context.inQuote[k] && k + 2 < tokens.count && !context.inQuote[k + 1] {
            let next = tokens[k + 1], after = tokens[k + 2]
            if k + 2 < last, contrastOpeners.contains(next), after.word != .that, !reportContinuers.contains(after),
               !(first..<k).contains(where: { negations.contains(tokens[$0]) || tokens[$0].keyHasSuffix("n't") }) {
                return true
            }
            if SourceFinder.isLyAdverb(next), after.keyHasSuffix("ing"), !after.isCapitalized { return true }
        }
        return false
    }

    static let contrastOpeners: WordSet = ["but", "yet", "whereas"]
    static let reportContinuers: WordSet = ["rather", "also", "instead"]
    static let negations: WordSet = ["not", "never", "no"]

    /// The index of the first token that starts at or after a scalar offset (tokens are in
    /// text order, so a binary search on their offsets).
    static func firstToken(in context: SentenceContext, atOrAfter offset: Int) -> Int {
        context.firstToken(atOrAfter: offset)
    }

    static let semicolon = WordKey(";")
    static let colon = WordKey(":")
    static let on = WordKey("on")
    static let weekdays = WordSet(CalendarWords.weekdayKeys)
    static let emDash = WordKey("\u{2014}")

    /// Words that open a clause of the outlet's own after a comma (", and critics said"), so
    /// the verb of saying that follows does not frame what came before.
    static let outletClauseOpeners: WordSet = [
        "and", "but", "or", "nor", "while", "whereas", "as", "which", "who", "whom", "whose", "that",
        "when", "although", "though", "because", "after", "before", "since", "if", "unless", "where",
        "so", "yet", "even", "until", "once",
    ]

    /// Words a speaker's phrase may begin with after the comma, besides a capitalised name.
    static let speakerOpeners: WordSet = [
        "he", "she", "they", "it", "the", "a", "an", "his", "her", "their", "its", "officials", "police",
        // ", said several observers", ", say some Democrats", ", two aides said"
        "several", "some", "many", "most", "both", "other", "others", "few", "two", "three", "one", "critics",
        "experts", "analysts", "sources", "aides", "supporters", "opponents", "residents", "people",
    ]

    /// Words that open a clause or apposition about the speaker after the speaker's comma.
    static let speakerClauses: WordSet = ["who", "whose", "a", "an", "the"]

    /// True when the verb of saying stands in a short clause after a comma or closing quote,
    /// with the claim before it: "..., he said." "..., said Jane Smith, a spokeswoman." "The
    /// plan, she says, will fail." "...," the minister told reporters on Monday.
    static func isClausalAttribution(_ verb: TextSpan, in context: SentenceContext) -> Bool {
        // The verb's tokens: tokens are in text order, so binary searches on their offsets.
        isClausalAttribution(verb, first: firstToken(in: context, atOrAfter: verb.start),
                             next: firstToken(in: context, atOrAfter: verb.end), in: context)
    }

    /// `isClausalAttribution(_:in:)` with the first tokens at or after the verb's start and end.
    static func isClausalAttribution(_ verb: TextSpan, first lo: Int, next: Int, in context: SentenceContext) -> Bool {
        let tokens = context.tokens
        guard lo < tokens.count, context.scalarOffset(ofByte: tokens[lo].bytes.lowerBound) == verb.start else { return false }
        let v = lo
        // Back over the speaker (at most six words) to the comma or closing quote before it.
        var k = v - 1
        // (A title's period is part of the speaker: ", Mr. Smith said", ", Sen. Jo Park said".)
        while k >= 0, v - k <= 7, tokens[k].kind != .punctuation || isTitlePeriod(tokens, k) { k -= 1 }
        guard k >= 0, v - k <= 7 else { return false }
        // ", Mr. Trump, the Republican nominee, said.": an apposition stands between the speaker
        // and the verb, which ends the sentence (so no inverted speaker follows it); the
        // speaker's own comma is the one before the name.
        if k + 1 == v, tokens[k].word == .comma, v + 1 < tokens.count, tokens[v + 1].kind == .punctuation,
           tokens[v + 1].word != .comma {
            // Back over the apposition to its comma, then over the name to the comma before it.
            var j = k - 1
            while j >= 0, k - j <= 10, tokens[j].kind != .punctuation { j -= 1 }
            if j >= 1, k - j <= 10, tokens[j].word == .comma {
                var n = j - 1
                while n >= 0, j - n <= 7, tokens[n].kind != .punctuation || isTitlePeriod(tokens, n) { n -= 1 }
                if n >= 0, j - n <= 7, n + 1 < j, tokens[n].word == .comma, tokens[n + 1].isCapitalized { k = n }
            }
        }
        // Packed keys compared (no string made): these marks are single scalars that no other
        // scalar is canonically equivalent to.
        let mark = tokens[k].word
        guard mark == .comma || mark == .closingQuote || mark == .straightQuote || mark == Self.emDash else { return false }
        // The speaker: nothing (", said Jane Smith"), a pronoun, a determiner or a name; not a
        // clause of the outlet's own (", and critics said") nor an apposition (", one of the
        // most toxic, said").
        // The first token after the verb's own that starts at or after its end.
        let after = max(v + 1, next)
        let speaker = k + 1 < v ? k + 1 : after
        guard speaker < tokens.count else { return false }
        let first = tokens[speaker]
        let firstSets = context.tokenSets[speaker]
        guard firstSets.contains(.speakerOpeners) || first.isCapitalized, !firstSets.contains(.outletClauseOpeners) else { return false }
        if k + 1 == v {
            // ", said Jane Smith, a spokeswoman.": the speaker follows; the sentence ends soon after,
            // or a clause about the speaker does (", say some Democrats, who cringe as ...").
            if tokens.count - after <= 16 { return true }
            // (Or a restrictive clause about the speaker: ", said a handful of Democrats who
            // point to ...".)
            var c = after
            while c < tokens.count, c - after < 8, tokens[c].word != .comma {
                if c > after, tokens[c].word == SourceFinder.whoWord, !context.inQuote[c] { return true }
                c += 1
            }
            return c + 1 < tokens.count && tokens[c].word == .comma && context.tokenSets[c + 1].contains(.speakerClauses)
        }
        // Not the comma that closes a subordinate clause opening the sentence ("After King's
        // remark about ..., Hayes predictably responded with ..."): the verb is the main
        // clause's own, and what came before is its background, not its claim.
        if k == SourceFinder().openingClauseEnd(context) { return false }
        // The claim before it: at least three words.
        // (Counted up to three: the tokens before a late verb are many.)
        var words = 0
        for j in 0..<k where tokens[j].kind != .punctuation {
            words += 1
            if words == 3 { break }
        }
        guard words >= 3 else { return false }
        // After the verb: the sentence ends, a comma resumes the claim, or a short tail
        // ("in a statement on Monday") ends it; "said that ..." introduces a new claim.
        if after >= tokens.count || tokens[after].kind == .punctuation { return true }
        if tokens[after].word == .that { return false }
        return tokens.count - after <= 12
    }

    /// True for the period of a title's abbreviation before a name ("Mr. Smith", "Sen. Park"):
    /// a short capitalised word before it and a capitalised word after it.
    static func isTitlePeriod(_ tokens: [Token], _ k: Int) -> Bool {
        tokens[k].word == .period && k > 0 && k + 1 < tokens.count && tokens[k - 1].kind == .word
            && tokens[k - 1].isCapitalized && tokens[k - 1].keyCount <= 4 && tokens[k + 1].isCapitalized
    }
}
