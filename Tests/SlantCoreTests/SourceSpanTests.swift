import SlantCore
import Testing

/// Where a source's span starts and ends, for the shapes news sentences give it. Each case is
/// a sentence of our own and the source text Slant must name.
@Suite struct SourceSpanTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var sentence: String
        var source: String?
        var kind: String?
        var testDescription: String { sentence }
    }

    static let cases: [Case] = [
        // A clause of the outlet's report before the speaker: its subject is no speaker, and the
        // name with its apposition after its comma is ("..., Issam al-Naass, a spokesman, told").
        Case(sentence: "Three gunmen opened fire, Omar al-Tayeb, a police spokesman, told AFP.",
             source: "Omar al-Tayeb, a police spokesman", kind: "person"),
        Case(sentence: "The gunmen opened fire, Dana Ruiz, a witness, said.", source: "Dana Ruiz, a witness", kind: "person"),
        // After an opening adverbial, a noun phrase with its relative clause ("In court, the victim, who ..., said").
        Case(sentence: "In court, the victim, who lost both legs, said that he saw the driver.",
             source: "the victim, who lost both legs", kind: nil),
        Case(sentence: "Also, one of the nurses, who asked not to be named, told investigators the ward was full.",
             source: "one of the nurses, who asked not to be named", kind: nil),
        // A one-word name before a verb in -s and "and says" (the verbs share subject and tense).
        Case(sentence: "Cosme lives in a favela in Recife and says the clinic is closed.", source: "Cosme", kind: "person"),
        Case(sentence: "Drexler owns a small hobby shop, and says she can't wait for the vote.", source: "Drexler", kind: "person"),
        // An agentless report's subject is whom it is about: the unnamed source is the phrase.
        Case(sentence: "The agency is said to be reviewing the contracts.", source: "is said to", kind: "anonymous"),
        Case(sentence: "The senior aide was said to be furious with the governor.", source: "was said to", kind: "anonymous"),
        // A participle before a time or preposition is the opening phrase's own ("a poll released Sunday").
        Case(sentence: "A poll released Sunday, conducted by the university, showed the mayor ahead.",
             source: "A poll released Sunday, conducted by the university", kind: "document"),
        // The object of a preposition right before an infinitive is no speaker: the place,
        // medium or company the subject went to (a share's "of" and "for" aside).
        Case(sentence: "The senators met with the mayor to discuss the budget.", source: nil, kind: nil),
        Case(sentence: "She used a roundtable at a community college in Iowa to outline her plan.", source: nil, kind: nil),
        Case(sentence: "After the hearing, Dana Ruiz spoke outside the courthouse then made appearances on KSLM and KBZY to denounce the charges.",
             source: "Dana Ruiz", kind: "person"),
        // The press as a whole, with its modifiers: after a comma, and opening the sentence.
        Case(sentence: "One person died in the blast, state media said.", source: "state media", kind: "media"),
        Case(sentence: "Saudi state media reported that the king would visit.", source: "Saudi state media", kind: "media"),
        Case(sentence: "Earlier news reports have cited security sources as saying he escaped.", source: "Earlier news reports", kind: "document"),
        // A two-letter acronym is one only in capitals ("Un" is no "UN").
        Case(sentence: "The test failed, leader Kim Jong Un said.", source: "leader Kim Jong Un", kind: "person"),
        // A speech tag that runs on after its verb names its speaker, whatever the verb.
        Case(sentence: "\"You have called the plan a disgrace,\" Kelly charged in her opening remarks.", source: "Kelly", kind: "person"),
        Case(sentence: "\"We lost,\" she said in an interview on Tuesday.", source: "she", kind: "pronoun"),
        // So does one between two quotations, whatever its verb.
        Case(sentence: "\"Keep your hands in sight,\" Ruiz sings to the mayor before asking her, \"Where do we go from here?\"",
             source: "Ruiz", kind: "person"),
        // A participle of "seeing as" after a comma is the clause's subject's.
        Case(sentence: "On Monday night, Ruiz leaned in hard, painting the mayor as a spendthrift.", source: "Ruiz", kind: "person"),
        // A quotation a colon introduces after a clause of the outlet's is that clause's subject's.
        Case(sentence: "In town after town, Perez argues for a higher wage: \"No one who works full time should be poor.\"", source: "Perez", kind: nil),
        Case(sentence: "You'll hear stories like this: \"The tariff could close our plant.\"", source: nil, kind: nil),
        // After an opening phrase, a role in lower-case words before the name is the subject's.
        Case(sentence: "In a statement on Tuesday, presidential nominee Jo Park was more cautious than her colleagues.",
             source: "presidential nominee Jo Park", kind: "person"),
        // An inverted speaker's apposition too long to take whole ends before its relative clause.
        Case(sentence: "\"We will not argue,\" said Jo Park, a pollster with the mayor's former party who worked with the city council for many years and called it a careful body.",
             source: "Jo Park, a pollster with the mayor's former party", kind: "person"),
        // A word of attitude in the role after an inverted verb is an adjective.
        Case(sentence: "\"I don't know where he stands,\" said undecided voter Stephanie Hooton of Derry.",
             source: "undecided voter Stephanie Hooton of Derry", kind: "person"),
        // A passive participle's aside is stepped over, its reporting verb too.
        Case(sentence: "The issue came up after Mr. Lowe, asked about the bridge, had said, \"It will fall.\"", source: "Mr. Lowe", kind: "person"),
        // "who" before an aside's comma is the subject of the verb after it.
        Case(sentence: "Then came the editor Bret Stephens, who, after trading insults with Mr. Hannity, said the race was lost.",
             source: "who", kind: nil),
        // "show" in a compound before a role word is part of the speaker's phrase.
        Case(sentence: "The talk show host, a former radio man, said that the party was finished.",
             source: "The talk show host, a former radio man", kind: nil),
        // Lower-case modifiers between the determiner and a role word open the subject too.
        Case(sentence: "A senior aide to Mr. Lyovochkin, who financed the work, declined to say whether he was paid.",
             source: "A senior aide to Mr. Lyovochkin, who financed the work", kind: nil),
        // Two modifiers joined where the clause opens belong to a subject with its relative clause.
        Case(sentence: "Current and former officials who spoke with the Associated Press said the office had shrunk.",
             source: "Current and former officials who spoke with the Associated Press", kind: nil),
        // An opening phrase that ends on an adverb is no subject.
        Case(sentence: "More recently, he has spoken out against the bathroom law, citing the attack.", source: "he", kind: "pronoun"),
        // A participle after a clause with a subject pronoun in the present tense is the pronoun's.
        Case(sentence: "The camera is facing the ground, and she becomes increasingly upset, shouting at the officers.",
             source: "she", kind: "pronoun"),
        // A closing clause's bare plural with a participle and its time is the whole subject.
        Case(sentence: "Wealthy donors are paying for the attacks, documents filed on Sunday night revealed.",
             source: "documents filed on Sunday night", kind: nil),
        Case(sentence: "The fund lost money for three years, records obtained by the Courier show.",
             source: "records obtained by the Courier", kind: nil),
        // A subject's modifier with "with" or "in" after its "of" phrase stays in it.
        Case(sentence: "In late September, a group of black parents with kids in charter schools sent a letter to the board of directors urging them to reconsider.",
             source: "a group of black parents with kids in charter schools", kind: nil),
        // A relative clause's second verb is the relative pronoun's, with no subject opening the sentence.
        Case(sentence: "The unreleased video of the encounter has become a focal point for demonstrators, who have marched and called for its release.",
             source: "who", kind: nil),
        // A passive of saying after "as" names what it was said in; not a place.
        Case(sentence: "As described in the leaked paper, the plan would cost $2 billion.", source: "the leaked paper", kind: nil),
        Case(sentence: "As stated in Davis' commentary, there are conflicting stories about the visa.", source: "Davis' commentary", kind: nil),
        // A quantifier before the determiner opens the subject after an opening phrase.
        Case(sentence: "In his speech, all the experts I interviewed said her proposals were more detailed.",
             source: "all the experts I interviewed", kind: nil),
        // A phrase after a preposition before the verb group is part of the subject, not all of it.
        Case(sentence: "Stumpf in an interview appeared to blame low-level workers.", source: "Stumpf in an interview", kind: nil),
        // A relative clause's second verb is the relative pronoun's.
        Case(sentence: "The video has become a focal point for demonstrators, who have taken to the streets and called for its release.",
             source: "who", kind: nil),
        // A name joined by "&" keeps its first letters, which read as the preposition "at".
        Case(sentence: "AT&T said on Tuesday that it would cut 500 jobs.", source: "AT&T", kind: nil),
        // The subject of the verb that governs "by saying".
        Case(sentence: "When he returned he began by saying, “I don’t think that it’s necessary.”", source: "he", kind: "pronoun"),
        // The speaker of a cue used as a noun is the verb's subject, not the cue's adjectives.
        Case(sentence: "Mayor Lena Ortiz gave a cautious answer about the budget.", source: "Mayor Lena Ortiz", kind: "person"),
        Case(sentence: "The union leader sounded a hopeful note about the talks.", source: "The union leader", kind: "role"),
        Case(sentence: "Governor Hal Pierce reluctantly rattled off the usual talking points on taxes.", source: "Governor Hal Pierce", kind: "person"),
        // A possessive's noun before a word that is only a verb is the verb's subject, also
        // when a later cue could name another speaker ("Trump's aides said", not "Trump's
        // repeated calls").
        Case(sentence: "Mayor Ortiz's aides said the bridge would close when she speaks Friday.", source: "Mayor Ortiz's aides", kind: "role"),
        Case(sentence: "His campaign said the ad would run until he speaks Friday.", source: "His campaign", kind: nil),
        // A possessive apostrophe after a name in -s, straight or curly, is part of the
        // phrase; a degree adverb without -ly between subject and verb is not.
        Case(sentence: "Mayor Jones’ aides said the bridge would close.", source: "Mayor Jones’ aides", kind: nil),
        Case(sentence: "Mayor Jones' aides said the bridge would close.", source: "Mayor Jones' aides", kind: nil),
        Case(sentence: "Her supporters can’t quite say goodbye to the old bridge.", source: "Her supporters", kind: nil),
        // "no longer" between subject and verb is not part of the subject.
        Case(sentence: "The council no longer wants to fund the library.", source: "The council", kind: nil),
        // A share of people before its verb is the subject, not a pronoun of a later clause.
        Case(sentence: "Almost half said they wanted a new mayor, compared with four in 10 who said they preferred the old one.",
             source: "Almost half", kind: "document"),
        // A share of people is the whole subject, with its approximation and its group.
        Case(sentence: "More than six in 10 said they were not looking forward to the vote.", source: "More than six in 10", kind: "document"),
        Case(sentence: "At least 55 percent of Republicans said they would vote.", source: "At least 55 percent of Republicans", kind: "document"),
        Case(sentence: "Six in 10 Ohio Democratic primary voters said the mayor is honest.", source: "Six in 10 Ohio Democratic primary voters", kind: "document"),
        Case(sentence: "Three-quarters said the same of the governor.", source: "Three-quarters", kind: "document"),
        // A share after a verb is its object, no one who speaks ("enjoys 48% support": the
        // poll's respondents go unnamed).
        Case(sentence: "The mayor currently enjoys 48% support in the city, a jump from November.", source: nil, kind: nil),
        // After an opening conjunction a lower-case determiner opens the subject of a second verb.
        Case(sentence: "But the court overruled the board and said the school must reopen.", source: "the court", kind: nil),
        // A possessive apostrophe after a name in -s inside the opening subject.
        Case(sentence: "Sanders' team said the committee skirts the limits.", source: "Sanders' team", kind: nil),
        // A company named alone speaks as an organisation; "According to X" ends before a count.
        Case(sentence: "Boeing said it had replaced the chief executive.", source: "Boeing", kind: "organisation"),
        Case(sentence: "According to the Interior Ministry over 300 pilgrims have died.", source: "the Interior Ministry", kind: nil),
        // The Senate's majority leader is no share.
        Case(sentence: "The Senate majority leader said the vote would wait.", source: "The Senate majority leader", kind: "role"),
        // A dotted abbreviation keeps its final period, also after "and".
        Case(sentence: "The reviews came back clear, and the F.B.I. has said it had no record.", source: "the F.B.I.", kind: "organisation"),
        // An opening "As X noted," names its whole subject, a phrase after the noun included.
        Case(sentence: "As another county study from 2011 noted, the average rent was higher.", source: "another county study from 2011", kind: nil),
        // The holder of an attitude is its subject, with an apposition.
        Case(sentence: "Ortiz, the front-runner, was critical of the stadium plan.", source: "Ortiz, the front-runner", kind: "person"),
        // A role with its determiner before a name in apposition, after a quotation.
        Case(sentence: "“It was a mistake,” the treasurer, Ann Lowe, told the council.", source: "the treasurer, Ann Lowe", kind: nil),
        // A name with its apposition between dashes; a clause between them is left out.
        Case(sentence: "Jo Park — a teacher from Salem — says the school will close.", source: "Jo Park — a teacher from Salem", kind: nil),
        Case(sentence: "Park — after a long pause — told the board it would close.", source: "Park", kind: "person"),
        // Double hyphens typed as two tokens are dashes; a comma inside the apposition.
        Case(sentence: "Kall -- co-editor of The Ledger, a weekly paper -- said the candidate tended to ramble.",
             source: "Kall -- co-editor of The Ledger, a weekly paper", kind: nil),
        Case(sentence: "Park -- after a long pause -- told the board it would close.", source: "Park", kind: "person"),
        // A number in figures opening its clause opens the subject; after a word it is part of it.
        Case(sentence: "Already, 520 members have said they support the plan.", source: "520 members", kind: nil),
        Case(sentence: "At the meeting, the 12 members said they support the plan.", source: "the 12 members", kind: nil),
        // "however" between the subject and its verb, and a long parenthesis after the name.
        Case(sentence: "Ortiz however said the library would reopen.", source: "Ortiz", kind: "person"),
        Case(sentence: "Sen. Jo Park (a Democrat who has served on the committee since 2010) says the plan is sound.",
             source: "Sen. Jo Park (a Democrat who has served on the committee since 2010)", kind: nil),
        // A time between subject and verb is stepped over.
        Case(sentence: "Ortiz on Tuesday announced that the library would reopen.", source: "Ortiz", kind: "person"),
        Case(sentence: "Ortiz did not at any point Thursday mention the closures.", source: "Ortiz", kind: "person"),
        // A clause's opening word is not part of its subject.
        Case(sentence: "When she spoke to the council, she said the plan was sound.", source: "she", kind: "pronoun"),
        Case(sentence: "But he is right to note that the bridge is old.", source: "he", kind: "pronoun"),
        // The subject of the verb that governs an infinitive cue.
        Case(sentence: "The mayor was not allowed to comment on the audit.", source: "The mayor", kind: "role"),
        Case(sentence: "It is too early to say whether the levy will pass.", source: nil, kind: nil),
        // A walk back from the infinitive that stops at a determiner: the determiner's noun
        // phrase up to the verb group, never the determiner alone.
        Case(sentence: "For the contest, the robots were required to recognize, pick up and place objects.", source: "the robots", kind: "unknown"),
        // "by" and a time after an active verb is no passive's agent.
        Case(sentence: "They estimated by 2050, increasing population will double the demand for water.", source: "They", kind: "pronoun"),
        Case(sentence: "The council estimated by March that the repairs would cost more.", source: "The council", kind: nil),
        // A stance noun with "from" and a thing ("a goal from a volley") has no owner.
        Case(sentence: "Just two minutes in the second half, Dries Mertens scored a goal from a volley, putting Napoli ahead.", source: nil, kind: nil),
        // When the walks name no one, the sentence's opening noun phrase before the verb, with
        // a phrase after a preposition, a demonstrative or a share in it.
        Case(sentence: "Partisans on both sides warn that the levy would ruin the county.", source: "Partisans on both sides", kind: nil),
        Case(sentence: "That person said the hostility hampered the council's work.", source: "That person", kind: nil),
        Case(sentence: "Nearly nine out of 10 say they will need new skills.", source: "Nearly nine out of 10", kind: nil),
        Case(sentence: "An earlier report in a local paper said that the mayor had used the images.", source: "An earlier report in a local paper", kind: nil),
        // So is such a phrase after a comma, as the clause's own opening subject.
        Case(sentence: "With the deal signed, the two sides have talked about a truce.", source: "the two sides", kind: "unknown"),
        Case(sentence: "The mill closed in May, and its former workers have talked about a strike.", source: "its former workers", kind: nil),
        Case(sentence: "\"We will not give up,\" this tall stranger declared at the fair.", source: "this tall stranger", kind: "unknown"),
        // A restrictive relative clause after the head is part of that phrase ("that" only after
        // a listed source word).
        Case(sentence: "The state officials whose rules were struck down say the courts have changed.",
             source: "The state officials whose rules were struck down", kind: nil),
        Case(sentence: "A 2019 study that appeared in a medical journal found that the drug worked.",
             source: "A 2019 study that appeared in a medical journal", kind: "document"),
        // An indefinite pronoun, alone or negated, is a whole subject of no listed kind.
        Case(sentence: "But back then, no one forecast the storm.", source: "no one", kind: "unknown"),
        Case(sentence: "In the end, nobody asked whether the bridge was safe.", source: "nobody", kind: "unknown"),
        // Quantifiers open a source's noun phrase as determiners do.
        Case(sentence: "Other aid groups also said the funds arrived late.", source: "Other aid groups", kind: nil),
        Case(sentence: "Most economists expect the rate to rise.", source: "Most economists", kind: "role"),
        // A gerund after a preposition has the clause's subject.
        Case(sentence: "Councilwoman Jo Park drew criticism for saying the budget was padded.", source: "Councilwoman Jo Park", kind: "person"),
        // A dateline is not the subject; a title's abbreviation is part of the name.
        Case(sentence: "SALEM — Sen. Jo Park (D) defended the levy on Monday, saying the roads could not wait.", source: "Sen. Jo Park", kind: "person"),
        Case(sentence: "Portland (AP) – Governor Ann Lee on Friday toured the plant, praising its workers.", source: "Governor Ann Lee", kind: "person"),
        Case(sentence: "On Friday, Mr. Ames backed the mayor at a rally, calling her a steady hand.", source: "Mr. Ames", kind: "person"),
        // After several opening phrases, or an adverb before the verb: the subject of the
        // clause the participle's comma closes; not a subject that names nobody, and not the
        // subject of a clause around another one.
        Case(sentence: "The day before, at a rally in Salem, Ore., Mr. Ames was just as blunt, claiming the fund was empty.", source: "Mr. Ames", kind: "person"),
        Case(sentence: "The nurse later sued, claiming the quarantine violated her rights.", source: "The nurse", kind: "role"),
        // "Bill" before a surname is a first name, not a document; "the bill" is one.
        Case(sentence: "Former President Bill Clinton said the plan would work.", source: "Former President Bill Clinton", kind: "person"),
        Case(sentence: "The bill said taxes would rise.", source: "The bill", kind: "document"),
        // A participle's clause between the name and its verb is no apposition.
        Case(sentence: "Mayor Lena Ortiz, speaking at a rally in Salem, warned that the bridge would close.", source: "Mayor Lena Ortiz", kind: "person"),
        Case(sentence: "“We have had better years than this one,” Tom Eastland, wearing a cowboy hat, said.", source: "Tom Eastland", kind: "person"),
        Case(sentence: "Jo Park, contradicting the mayor, said the bridge would stay open.", source: "Jo Park", kind: "person"),
        // The participle that opens the sentence is no name, though capitalised.
        Case(sentence: "Continuing to explain his view, Jo Park rejected the notion that the fund was empty.", source: "Jo Park", kind: "person"),
        Case(sentence: "Manning said the leak was justified.", source: "Manning", kind: nil),
        // A quotation after an opening "as" clause is its subject's.
        Case(sentence: "As Professor Lena Ortiz put it: \"The bridge is a bargain.\"", source: "Professor Lena Ortiz", kind: "person"),
        Case(sentence: "As the Valley Herald's editors put it, \"Nobody wins when the bridge closes.\"", source: "the Valley Herald's editors", kind: nil),
        Case(sentence: "As the mayor left, \"Nobody wins when the bridge closes\" was the chant.", source: nil, kind: nil),
        Case(sentence: "The pressure is only growing, threatening further losses for the fund.", source: nil, kind: nil),
        Case(sentence: "The row erupted two months after the mayor entered the race, calling the fund a sham.", source: nil, kind: nil),
        // A negated auxiliary stands between subject and verb like any other.
        Case(sentence: "Mayor Lena Ortiz isn't saying which roads she would close.", source: "Mayor Lena Ortiz", kind: "person"),
        // A speaker inside what another reports is not the sentence's source.
        Case(sentence: "Lena Ortiz insisted on Monday that the auditor was wrong to say the fund was empty.", source: "Lena Ortiz", kind: "person"),
        // "allegedly" leaves its source unnamed; the closing "..., the Herald reported" names it.
        Case(sentence: "The clerk allegedly shredded the files, the Valley Herald reported.", source: "the Valley Herald", kind: nil),
        // An opening time is not the subject; nor is a floating quantifier.
        Case(sentence: "Two years later, she repeated the claim, recalling the night of the fire.", source: "she", kind: "pronoun"),
        Case(sentence: "Ortiz and Mayor Sam Lee both condemned the cuts.", source: "Ortiz and Mayor Sam Lee", kind: "person"),
        // A one-word name opening the sentence is its subject before an irregular past.
        Case(sentence: "Ortiz took offense at crude remarks about the fund.", source: "Ortiz", kind: "person"),
        Case(sentence: "On Friday, Ortiz struck a softer tone, still calling the audit unfair.", source: "Ortiz", kind: "person"),
        // The phrase after "of" belongs to the whole subject.
        Case(sentence: "Many of the likely winners of the new rule took issue with the forecast.", source: "Many of the likely winners of the new rule", kind: nil),
        // A document or act that is the object of the speaker's verb is not the speaker.
        Case(sentence: "Ortiz and Lee issued a statement describing the talks as useful.", source: "Ortiz and Lee", kind: "person"),
        Case(sentence: "Since Monday, Mayor Ann Lee has waged a public campaign to condemn the cuts.", source: "Mayor Ann Lee", kind: "person"),
        // A relative pronoun right before its verb is the subject.
        Case(sentence: "The plan angered residents who argue that rents will rise.", source: "who", kind: "pronoun"),
        // Names ending in an abbreviation; adverbs after a one-word name; a group by its plural.
        Case(sentence: "His son Sam Lee Jr. announced that the firm would close.", source: "His son Sam Lee Jr.", kind: "person"),
        Case(sentence: "Ortiz famously resigned from the council and refused to endorse the levy.", source: "Ortiz", kind: "person"),
        Case(sentence: "Ortiz defenders today argue that the levy was fair.", source: "Ortiz defenders", kind: "role"),
        // A contracted pronoun opening the sentence.
        Case(sentence: "She’s touring the district and says the levy is fair.", source: "She", kind: "pronoun"),
        // Unnamed sources: the whole noun phrase, without the verb of saying.
        Case(sentence: "Senior city officials said the pool would stay shut.", source: "Senior city officials", kind: "anonymous"),
        Case(sentence: "The pool will stay shut, two U.S. officials said.", source: "two U.S. officials", kind: "anonymous"),
        Case(sentence: "Three people familiar with the talks said a deal was near.", source: "Three people familiar with the talks", kind: "anonymous"),
        Case(sentence: "A council aide, who spoke on condition of anonymity, said the files were lost.", source: "A council aide, who spoke on condition of anonymity", kind: "anonymous"),
        // The kind is the head's: what follows a preposition does not change it.
        Case(sentence: "According to a statement from the ministry, the border is closed.", source: "a statement from the ministry", kind: "document"),
        // A head no listed word names, with a person's name as its apposition: a person.
        Case(sentence: "His running mate, former Indiana governor Mike Pence, declined to discuss the deal.", source: "His running mate, former Indiana governor Mike Pence", kind: "person"),
        Case(sentence: "A strong majority, 56 percent, said no.", source: "A strong majority, 56 percent", kind: "unknown"),
        // A year after its month stays in the phrase; a clause in -ing after the agent ends it.
        Case(sentence: "According to a January 2017 report in the Telegraph, the aide had quit.", source: "a January 2017 report in the Telegraph", kind: "document"),
        Case(sentence: "Years later, she was criticized by the Obama campaign for exaggerating her account.", source: "the Obama campaign", kind: "organisation"),
        Case(sentence: "He floated the idea in 2017, according to memos by then-Acting FBI Director Andrew McCabe.", source: "memos by then-Acting FBI Director Andrew McCabe", kind: nil),
        Case(sentence: "Analysts at Harbor Bank expect rates to rise.", source: "Analysts at Harbor Bank", kind: "role"),
        Case(sentence: "Secretary of State Jo Park said the talks would resume.", source: "Secretary of State Jo Park", kind: "person"),
        Case(sentence: "Acme Corp. said profits rose.", source: "Acme Corp.", kind: "organisation"),
        // A cue used as a noun or gerund yields to a verb of saying.
        Case(sentence: "Rita Gomez, a nurse from Salem, criticised the governor's repeated claims about staffing.", source: "Rita Gomez, a nurse from Salem", kind: "person"),
        Case(sentence: "The town has a long record of welcoming newcomers, Mayor Ted Ames noted.", source: "Mayor Ted Ames", kind: "person"),
        // A closing ", X said" frames the whole sentence even when a word of the claim reads as
        // a verb of saying with a clause after it.
        Case(sentence: "The plan to express thanks to the crews that cleared the roads came far too late, Dana Reyes said.", source: "Dana Reyes", kind: "person"),
        // A comma inside the report ("that Ortiz, Lee and Park had mentioned it") is no closing
        // clause: the verb with an object after it stays inside what the main source reports.
        Case(sentence: "She said that Ortiz, Lee and Park had mentioned it at the meeting.", source: "She", kind: "pronoun"),
        // A verb inside what a poll finds is part of the finding, whose document is the source;
        // a closing ", said X" is not, though it follows the finding's "that".
        Case(sentence: "Polls show voters trust the mayor more than any of her rivals.", source: "Polls", kind: nil),
        Case(sentence: "Polling shows that \"the public is wary of the new levy,\" said Jo Park, the editor of the review.", source: "Jo Park, the editor of the review", kind: nil),
        // "a spokesman for" with whom it speaks for; in apposition to a name, the name with it.
        Case(sentence: "A spokeswoman for the county did not return a message for comment.", source: "A spokeswoman for the county", kind: "role"),
        Case(sentence: "Jo Park, a spokeswoman for the county, said the plan would fail.", source: "Jo Park, a spokeswoman for the county", kind: nil),
        // A share's approximation opens its subject.
        Case(sentence: "Nearly three in 10 said they were angry with the council.", source: "Nearly three in 10", kind: nil),
        // A report's subject with a participle and its time, or "by" and its author.
        Case(sentence: "The audit released Tuesday showed that half of the grants went to donors.", source: "The audit released Tuesday", kind: nil),
        Case(sentence: "A survey by the chamber in March found the mayor ahead by nine points.", source: "A survey by the chamber in March", kind: nil),
        // An inverted speaker with the apposition that closes it, to a participle's comma; not
        // a relative clause, a time, a conjunction's clause or another cue after its comma.
        Case(sentence: "\"The levy is fair,\" said Jo Park, a county commissioner.", source: "Jo Park, a county commissioner", kind: "person"),
        Case(sentence: "\"The levy is fair,\" said Jo Park, a county commissioner, adding that the vote was rushed.",
             source: "Jo Park, a county commissioner", kind: "person"),
        Case(sentence: "\"The levy is fair,\" said Jo Park, on Tuesday.", source: "Jo Park", kind: "person"),
        Case(sentence: "\"The levy is fair,\" said Jo Park, and the board agreed.", source: "Jo Park", kind: "person"),
        Case(sentence: "\"The levy is fair,\" said Jo Park, noting that the vote was rushed.", source: "Jo Park", kind: "person"),
        // A relative clause inside the apposition goes with it, its own verb of saying too.
        Case(sentence: "\"The levy is fair,\" said Jo Park, a county commissioner who voted for it.",
             source: "Jo Park, a county commissioner who voted for it", kind: "person"),
        // A subject with a relative clause of its own before the verb: the whole, not the
        // clause's last noun.
        Case(sentence: "Officials who spoke with the Associated Press said the plan was dead.",
             source: "Officials who spoke with the Associated Press", kind: nil),
        Case(sentence: "Still, economists who favor consumption taxes agree that the change will be slow.",
             source: "economists who favor consumption taxes", kind: nil),
        // An inverted speaker whose role opens with an adjective in -ed.
        Case(sentence: "\"The levy is fair,\" said retired teacher Ana Ruiz, who ran the campaign.", source: "retired teacher Ana Ruiz", kind: nil),
        // A date or number before the inverted speaker's role.
        Case(sentence: "\"They are wrong,\" said 9/11 widow Terry Strada.", source: "9/11 widow Terry Strada", kind: nil),
        // A passive's agent a few words after the verb, not the passive's subject.
        Case(sentence: "The toll plan is considered unfair by most commuters in the valley.", source: "most commuters in the valley", kind: nil),
        Case(sentence: "The budget has been called \"a fantasy\" by Councilwoman Jo Park.", source: "Councilwoman Jo Park", kind: "person"),
        // A number after "by" is the agent when a share of people follows it, not a time.
        Case(sentence: "The levy was criticized by 62 percent of the residents.", source: "62 percent of the residents", kind: nil),
        Case(sentence: "The toll plan is considered unfair by 40 of the members.", source: "40 of the members", kind: nil),
        // A participle opening the sentence has the subject after its clause's comma.
        Case(sentence: "Noting that the levee held, Ruiz put the blame on the pumps.", source: "Ruiz", kind: nil),
        Case(sentence: "Citing the flood as \"a warning to every town,\" Mayor Ana Ruiz put the blame on the pumps.", source: "Mayor Ana Ruiz", kind: "person"),
        // A share or group "of" its noun is one subject.
        Case(sentence: "The levy passed easily, even though a handful of residents said it was unfair.", source: "a handful of residents", kind: nil),
        // "been" between the subject and a progressive verb.
        Case(sentence: "Lately, she has been arguing that the bridge is unsafe.", source: "she", kind: "pronoun"),
        // A role with a name in apposition after a quotation's close.
        Case(sentence: "The levy would have paid for the roads,'' the county budget director, Omar Haddad, said on Tuesday.",
             source: "the county budget director, Omar Haddad", kind: nil),
        // An opening "As X reported," reports the whole sentence: X is its source, not the
        // main clause's subject. A clause of time ("As the crowd began to chant") is not one.
        Case(sentence: "As the paper noted, the council agreed to delay the vote.", source: "the paper", kind: nil),
        Case(sentence: "As the Tribune revealed, the committee agreed to allow the change.", source: "the Tribune", kind: "media"),
        Case(sentence: "As the crowd began to chant, Dana Ruiz said the vote was over.", source: "Dana Ruiz", kind: "person"),
        Case(sentence: "As the crowd began to chant, Jo Park joked that the vote was over.", source: "Jo Park", kind: "person"),
        // A party label and then a time before the verb.
        Case(sentence: "Sen. Jo Park (D-Ohio) on Tuesday said the bill would pass.", source: "Sen. Jo Park (D-Ohio)", kind: "person"),
        // An opening clause, then a subordinate clause whose subject has an aside of its own (a
        // participle's, which is no part of the source).
        Case(sentence: "The talks ended early, as Ana Ruiz, looking tired, said the county would not pay.",
             source: "Ana Ruiz", kind: "person"),
        // A participle's clause after an inverted speaker and verb.
        Case(sentence: "\"We will rebuild the bridge before the winter comes,\" Ruiz continued, prompting loud cheers.", source: "Ruiz", kind: "person"),
        // A determiner and lower-case words as the subject of a second verb.
        Case(sentence: "The retired judge visited the school and described the ruling as fair.", source: "The retired judge", kind: "role"),
        // Unnamed people and groups by their listed words.
        Case(sentence: "Others say the plan will fail.", source: "Others", kind: "anonymous"),
        Case(sentence: "Friends say he is tired.", source: "Friends", kind: "anonymous"),
        Case(sentence: "His team said the plan will fail.", source: "His team", kind: "role"),
        // Unnamed sources by what they know, with any determiner; the object of "familiar
        // with" may be a listed word after its determiner.
        Case(sentence: "The person familiar with the planning confirmed the meeting.", source: "The person familiar with the planning", kind: "anonymous"),
        Case(sentence: "Two officials briefed on the talks said the deal was close.", source: "Two officials briefed on the talks", kind: "anonymous"),
        // A time of day between the party label and the verb; a gerund after "by" is no agent.
        Case(sentence: "Chairman Jo Park (R-Ohio) earlier in the day touted the panel's progress.", source: "Chairman Jo Park (R-Ohio)", kind: "person"),
        Case(sentence: "Ruiz concluded by admonishing reporters who had left early.", source: "Ruiz", kind: "person"),
        // A span that runs into its clause's verb is cut before it ("Park and Ruiz were").
        Case(sentence: "Park and Ruiz were both sternly critical of officials who suggest the levy might be fair.", source: "Park and Ruiz", kind: nil),
        // "one of" before a role with a name in apposition, or before a relative clause; a
        // subject with a participle and its phrase.
        Case(sentence: "In a statement, one of the family's attorneys, Jo Park, said the videos were clear.",
             source: "one of the family's attorneys, Jo Park", kind: nil),
        Case(sentence: "One of the doctors who signed the letter called the plan a fraud.", source: "One of the doctors who signed the letter", kind: nil),
        Case(sentence: "Protesters marching through the streets chanted slogans until dawn.", source: "Protesters marching through the streets", kind: nil),
        // A closing clause of saying: its whole subject after the comma, or an inverted
        // speaker with a short phrase after it; not an object after an apposition's comma.
        Case(sentence: "The family's relatives, who asked to see the video, watched it on Thursday, attorneys for the family said.",
             source: "attorneys for the family", kind: nil),
        Case(sentence: "The talks went badly, and the meeting broke up early, said one council aide in the room.", source: "one council aide", kind: nil),
        // An inverted speaker with a relative clause that closes the sentence keeps it; a
        // clause reporting speech of its own is left out. A clause before the verb, commas in
        // it, is no speaker: "asserted", "reports" invert as "said" does.
        Case(sentence: "The board, once split, has also been told of the plan, said Coons, who chairs the panel.",
             source: "Coons, who chairs the panel", kind: nil),
        Case(sentence: "The board, once split, agreed, said Coons, who said the vote was close.", source: "Coons", kind: nil),
        Case(sentence: "Old, paper-bound voter files are yesterday's news, asserted Jo Park.", source: "Jo Park", kind: "person"),
        Case(sentence: "Days later, the studio and its partner fired him, reports Entertainment Weekly.", source: "Entertainment Weekly", kind: nil),
        // The object of a causative verb holds the view, not the causer; an emphatic
        // auxiliary before an aside is no part of the subject, nor one before "both".
        Case(sentence: "Wall-to-wall coverage of plane crashes makes us think that flying is unsafe.", source: "us", kind: nil),
        Case(sentence: "The mayor did, at the time, note that the bridge was old.", source: "The mayor", kind: nil),
        Case(sentence: "Dr. Ana Ruiz and Dr. Jo Park have both said the county can expect more cases.",
             source: "Dr. Ana Ruiz and Dr. Jo Park", kind: nil),
        // Clauses joined by "and": a phrase before the conjunction is the object of the first
        // clause, and the name after it opens the second; the subject of a second verb after
        // an auxiliary is the sentence's.
        Case(sentence: "The fund provided about $1.5 million for the project and Jo Park said the group mostly cheered it on.",
             source: "Jo Park", kind: "person"),
        Case(sentence: "In most cases, the department has rules against suing its officials in clashes with the council and has historically declined to act.",
             source: "the department", kind: nil),
        Case(sentence: "The city runs the program and has repeatedly defended it.", source: "The city", kind: nil),
        // After a quotation, a determiner's phrase with capitalised words in it, then a verb the
        // lexicon does not list; after an opening "Asked ... that ...," clause, the main
        // clause's speaker (its "that" reports nothing of the main clause).
        Case(sentence: "\"We will not pay for a bridge that nobody needs,\" the Republican county nominee riffed.",
             source: "the Republican county nominee", kind: nil),
        Case(sentence: "Asked on Friday if he was sure that the levy would pass, council spokesman Omar Haddad said the vote would be close.",
             source: "council spokesman Omar Haddad", kind: "person"),
        // A capitalised modal before a finite verb is a name ("Will", "May"); the month after a
        // lower-case word is not.
        Case(sentence: "In particular, Will wrote, the governor can still win the state.", source: "Will", kind: nil),
        Case(sentence: "May told the Commons that the deal was done.", source: "May", kind: nil),
        Case(sentence: "The council in May said it wanted the bridge rebuilt.", source: "The council", kind: nil),
        // No name ends on "and": the phrase before it is an earlier clause's object; a walk
        // that ends on a conjunction or an article names no one, and the next cue is asked.
        Case(sentence: "Smith runs the agency and has said it works.", source: "Smith", kind: nil),
        Case(sentence: "The former mayor congratulated Jo Park and did not declare victory in her remarks.",
             source: "The former mayor", kind: nil),
        Case(sentence: "The move goes against the advice of the county's lawyers and signaled the mayor's willingness to wait.",
             source: nil, kind: nil),
        // A role that speaks keeps its title before the name (source-words 1.11.0).
        Case(sentence: "County epidemiologist Jo Park said the cases would rise.", source: "County epidemiologist Jo Park", kind: "person"),
        // (A time between a role and its name's comma is no auxiliary: the apposition stays.)
        Case(sentence: "County budget director at the time, Omar Haddad, said the levy had failed.",
             source: "County budget director at the time, Omar Haddad", kind: nil),
        Case(sentence: "Ana Ruiz, the county's budget director, voiced her disapproval of the ruling.", source: "Ana Ruiz, the county's budget director", kind: nil),
        // A capitalised adjective and a role in lower-case words before the name; "those close to".
        Case(sentence: "Democratic county nominee Ana Ruiz chimed in on the radio, saying that the vote was rigged.",
             source: "Democratic county nominee Ana Ruiz", kind: "person"),
        Case(sentence: "Those close to him say that he would run again.", source: "Those close to him", kind: "anonymous"),
        // A document's subject with a slash, a hyphenated word and a participle after an
        // adverb, after the clause's comma; one after a subordinating word, a participle first.
        Case(sentence: "Donations rose in August, a Daily Ledger analysis of newly filed campaign-finance reports shows.",
             source: "a Daily Ledger analysis of newly filed campaign-finance reports", kind: "document"),
        Case(sentence: "The latest Ledger/Ipsos poll released Friday shows that Ruiz leads by five points.",
             source: "The latest Ledger/Ipsos poll released Friday", kind: "document"),
        Case(sentence: "The gap grew after leaked documents from his 1995 tax return show he took a loss.",
             source: "leaked documents from his 1995 tax return", kind: "document"),
        Case(sentence: "A USA TODAY analysis of the filings shows that donations rose.", source: "A USA TODAY analysis of the filings", kind: "document"),
        // A speaker named between a quotation's two parts, with a verb the lists do not hold;
        // an inverted listed verb whose speaker has an apposition.
        Case(sentence: "\"Applying those rules to the candidates,\" Ruiz continued, \"you and I would agree.\"", source: "Ruiz", kind: "person"),
        Case(sentence: "\"Why should the vote be taken from him?\" asked Park, now a radio host.", source: "Park", kind: "person"),
        // An infinitive of purpose or a participle after where its subject went or was: the
        // verb's subject speaks, not the place or medium.
        Case(sentence: "The governor walked into a diner at Union Station in Chicago to announce her candidacy.", source: "The governor", kind: nil),
        Case(sentence: "The actor went on Twitter to praise the decision.", source: "The actor", kind: nil),
        Case(sentence: "Several nurses gathered at Rosie's Tavern to talk about the strike.", source: "Several nurses", kind: nil),
        Case(sentence: "On the same day, Lopez was on CNN talking about the vote.", source: "Lopez", kind: nil),
        // An infinitive after a verb's object names the verb's subject too.
        Case(sentence: "Ortiz on Friday held an impromptu press briefing to boast that the bridge had opened.", source: "Ortiz", kind: nil),
        // Not when the verb's object does what the infinitive says, nor for a participle after
        // a common noun, which is that noun's.
        Case(sentence: "The governor urged the voters in Dayton to say no.", source: "the voters in Dayton", kind: nil),
        Case(sentence: "Lee waved at supporters chanting slogans.", source: "supporters", kind: nil),
        // A second verb after an opening participle's clause: the subject of the first verb,
        // not its object.
        Case(sentence: "Asked on Monday whether the bridge would open, Mayor Ortiz shook her head and said, \"No.\"", source: "Mayor Ortiz", kind: nil),
        // A time that opens the sentence without a comma, then a pronoun: the pronoun speaks,
        // not the place before a participle's comma.
        Case(sentence: "By Sunday afternoon she had canceled a rally slated for Friday in Dayton, Ohio, citing the storm.", source: "she", kind: "pronoun"),
        // A determiner's phrase with a listed head before a participle's comma.
        Case(sentence: "A federal judge ruled Monday that the program is legal, adding heft to the city's case.", source: "A federal judge", kind: nil),
        // A time among the auxiliaries before the verb is stepped over with them.
        Case(sentence: "Lee’s close friends and allies have in the past said he was staying quiet.", source: "Lee’s close friends and allies", kind: nil),
        // A phrase after "of" or "for" ending right before the first verb is part of the
        // subject of a second verb.
        Case(sentence: "But the U.S. Court of Appeals for the 9th Circuit overruled and said the state was wrong.",
             source: "the U.S. Court of Appeals for the 9th Circuit", kind: nil),
        // A name's possessive opens the subject of a second verb as a determiner does; an
        // adverb may stand before the first.
        Case(sentence: "Ortiz’s younger sister went to school with the mayor, and told stories of the campaign.", source: "Ortiz’s younger sister", kind: nil),
        Case(sentence: "The two candidates briefly put away their papers and disclosed personal notes.", source: "The two candidates", kind: nil),
        // A count after a determiner or "all" keeps it.
        Case(sentence: "All three said yes.", source: "All three", kind: nil),
        // "at times" is an adverb, no speaker.
        Case(sentence: "Party officials have stood up to outside groups, at times suggesting they are greedy.", source: "Party officials", kind: nil),
        Case(sentence: "Walker at times has said the act is bad.", source: "Walker", kind: nil),
        // An apposition that holds a place and its state, or an age, before the verb's comma.
        Case(sentence: "As Jo Park, professor of sociology at Pitzer College in Claremont, Calif., wrote in an op-ed:",
             source: "Jo Park, professor of sociology at Pitzer College in Claremont, Calif.", kind: nil),
        // A subject of lower-case words with its place and state or country, and no name: the
        // whole phrase, whose kind is its head's, not the place's.
        Case(sentence: "The employee from Salem, Oregon, told reporters that the page grew quickly.",
             source: "The employee from Salem, Oregon", kind: "unknown"),
        Case(sentence: "A retired teacher living in Decatur, Georgia, said the vote was a relief.",
             source: "A retired teacher living in Decatur, Georgia", kind: nil),
        Case(sentence: "A family friend in Regensburg, Germany, told the network that he had been tired.",
             source: "A family friend in Regensburg, Germany", kind: nil),
        // A capitalised particle or first name that is also a connector opens the name.
        Case(sentence: "De Blasio said the city was safe.", source: "De Blasio", kind: "person"),
        Case(sentence: "Al Gore said the planet was warming.", source: "Al Gore", kind: "person"),
        // "Bill" before a surname's particle is a first name, not a bill.
        Case(sentence: "Mayor Bill de Blasio asked residents to report any threats.", source: "Mayor Bill de Blasio", kind: "person"),
        // Not a phrase inside a relative clause: "the lawmaker who spent his childhood near
        // Salem, Oregon, mention".
        Case(sentence: "Not once does the lawmaker who spent his childhood near Salem, Oregon, mention that he is running.",
             source: nil, kind: nil),
        Case(sentence: "“The line was long,” Ana Ruiz, 67, a retired clerk in Allentown, Pa., said in an interview.",
             source: "Ana Ruiz, 67, a retired clerk in Allentown, Pa.", kind: nil),
        // A party label is no place.
        Case(sentence: "“It is a bad idea,” Rep. Tom Lee, R-Calif., told reporters.", source: "Rep. Tom Lee, R-Calif.", kind: nil),
        // A dotted abbreviation inside a role's modifiers; a degree word before an -ly adverb.
        Case(sentence: "A senior U.S. intelligence official said Monday there were no plans.", source: "A senior U.S. intelligence official", kind: nil),
        Case(sentence: "Secretary of State Jo Park later more forcefully claimed that the strike was needed.",
             source: "Secretary of State Jo Park", kind: nil),
        // A degree word left alone names no one.
        Case(sentence: "A few weeks ago, the mayor's lead was even more pronounced.", source: nil, kind: nil),
        // A passive with no agent names no speaker: its subject is what was said or whom it
        // was said to; one with an agent names the agent; a perceived speaker is the subject.
        Case(sentence: "The decision was announced on Monday.", source: nil, kind: nil),
        Case(sentence: "The plan was widely criticized.", source: nil, kind: nil),
        Case(sentence: "Even before the decision was announced, local writers railed that the board was wrong.", source: "local writers", kind: nil),
        Case(sentence: "The plan was criticized by the mayor.", source: "the mayor", kind: nil),
        // An infinitive of purpose after the agent is no part of it.
        Case(sentence: "The plan was criticized by the mayor to win votes downtown.", source: "the mayor", kind: nil),
        // A name before a present verb of saying in -s is its subject; a plural noun after an
        // owner or adjective is no verb.
        Case(sentence: "Ortiz calls for a recount of the levy vote.", source: "Ortiz", kind: nil),
        Case(sentence: "Close calls for help went unanswered.", source: nil, kind: nil),
        // An opening participle's clause runs on over a place's state and a time set off by
        // commas: the subject follows them, and the state is no further source.
        Case(sentence: "Speaking at a rally in Novi, Michigan, Ruiz said the levy would fail.", source: "Ruiz", kind: nil),
        Case(sentence: "Speaking in Des Moines, Iowa, on Monday, Ruiz said the levy would fail.", source: "Ruiz", kind: nil),
        // A role's modifiers before it, lower-case or capitalised, are part of the speaker,
        // wherever the phrase stands.
        Case(sentence: "Republican presidential candidate Ana Ruiz said the levy would fail.", source: "Republican presidential candidate Ana Ruiz", kind: nil),
        Case(sentence: "White House press secretary Ana Ruiz told reporters the levy would fail.", source: "White House press secretary Ana Ruiz", kind: nil),
        Case(sentence: "Ruiz communications director Jo Park said the levy would fail.", source: "Ruiz communications director Jo Park", kind: nil),
        Case(sentence: "The levy will fail, GOP presidential nominee Ana Ruiz said.", source: "GOP presidential nominee Ana Ruiz", kind: nil),
        Case(sentence: "The levy will fail, as press secretary Jo Park said on Monday.", source: "press secretary Jo Park", kind: nil),
        Case(sentence: "The levy will fail, state Representative Jo Park said.", source: "state Representative Jo Park", kind: nil),
        Case(sentence: "Yesterday President Jo Park said the levy would fail.", source: "President Jo Park", kind: nil),
        Case(sentence: "A former Democratic councilman from Ames argues that the levy will fail.", source: "A former Democratic councilman from Ames", kind: nil),
        // A race's front-runners, hopefuls, challengers and contenders are roles.
        Case(sentence: "Republican front-runner Ana Ruiz said the levy would fail.", source: "Republican front-runner Ana Ruiz", kind: "person"),
        Case(sentence: "Democratic presidential hopefuls Jo Park and Ana Ruiz say the levy will fail.", source: "Democratic presidential hopefuls Jo Park and Ana Ruiz", kind: nil),
        // "former" belongs to the title it stands before; "then" as an adverb does not.
        Case(sentence: "The levy will fail, former Mayor Ana Ruiz said.", source: "former Mayor Ana Ruiz", kind: nil),
        Case(sentence: "And then Ruiz said the levy would fail.", source: "Ruiz", kind: nil),
        // Speakers joined by "and" where they open the clause are one source; a clause's
        // object before "and" is not.
        Case(sentence: "Ruiz and her aides said the levy would fail.", source: "Ruiz and her aides", kind: nil),
        Case(sentence: "On Monday, she and other council members said the levy would fail.", source: "she and other council members", kind: nil),
        Case(sentence: "Ruiz criticized the levy and her aides said it would fail.", source: "her aides", kind: nil),
        Case(sentence: "Sometimes, the site just freezes and the user says nothing.", source: "the user", kind: nil),
        // An adverb of doubt or an interjection is no speaker: a participle after "perhaps" is
        // the clause subject's.
        Case(sentence: "The aides were complimentary, perhaps recognizing that the levy was popular.", source: "The aides", kind: nil),
        Case(sentence: "Well, perhaps calling it a defeat is unfair.", source: nil, kind: nil),
        // An occasion between the speaker and the verb is no speaker.
        Case(sentence: "Ruiz during the debate said the levy would fail.", source: "Ruiz", kind: nil),
        Case(sentence: "The mayor during a rally said the levy would fail.", source: "The mayor", kind: nil),
        // A perfect participle's opening clause: the subject after its comma.
        Case(sentence: "Having announced that the levy would pass, Mayor Ana Ruiz left the hall.", source: "Mayor Ana Ruiz", kind: nil),
        // A contracted pronoun opening the sentence is the subject of its second verb too.
        Case(sentence: "They\u{2019}re wary of the levy and generally agree that it will fail.", source: "They", kind: nil),
        // The agent of a participle inside the subject is not the speaker: the whole phrase is.
        // A passive of the clause's own keeps its agent.
        Case(sentence: "Experts interviewed by the Courier said the levy would fail.", source: "Experts interviewed by the Courier", kind: "role"),
        Case(sentence: "Still, a lawyer hired by the union insisted the officers did nothing wrong.", source: "a lawyer hired by the union", kind: nil),
        Case(sentence: "Ortiz was confronted by protesters chanting slogans.", source: "protesters", kind: nil),
        // A name whose apposition's head is a body is an organisation; a person's apposition
        // may name a body further on.
        Case(sentence: "Civic Watch, a conservative watchdog group, said the levy would fail.", source: "Civic Watch, a conservative watchdog group", kind: "organisation"),
        Case(sentence: "Ana Ruiz, a spokeswoman for the group, said the levy would fail.", source: "Ana Ruiz, a spokeswoman for the group", kind: "person"),
        Case(sentence: "Jo Park, an Acme Institute of Technology economist, said the levy would fail.", source: "Jo Park, an Acme Institute of Technology economist", kind: "person"),
        // An opening "That's why", "It's like", "There's" is no part of the subject after it; a
        // capitalised one inside the sentence is a title's word.
        Case(sentence: "That\u{2019}s why Senator Ruiz thinks the levy will fail.", source: "Senator Ruiz", kind: "person"),
        Case(sentence: "That's what Republicans in the council want to change.", source: "Republicans in the council", kind: nil),
        Case(sentence: "That's why he's been publicly calling for a recount.", source: "he", kind: "pronoun"),
        Case(sentence: "It's like Ortiz announcing the levy before the vote.", source: "Ortiz", kind: nil),
        Case(sentence: "As It's All Politics writes, the levy will fail.", source: "It's All Politics", kind: nil),
        // A phrase after "for" or "of" runs on past a name to the verb.
        Case(sentence: "Rivals for the GOP nomination said the levy would fail.", source: "Rivals for the GOP nomination", kind: nil),
        Case(sentence: "Secretary of State Jo Park said the levy would fail.", source: "Secretary of State Jo Park", kind: nil),
        // A name's "'s" before "been" is "has": the name alone opens the sentence as its subject.
        Case(sentence: "Ortiz's been making the case for weeks that the levy will fail.", source: "Ortiz", kind: nil),
        // An adverb that opens the sentence is no speaker; the clause's subject is.
        Case(sentence: "Sparsely attended, the rally said little about the race.", source: "the rally", kind: nil),
        Case(sentence: "Lee was heard on a microphone telling Park to go home.", source: "Lee", kind: nil),
        // A counted period before the verb is no subject.
        Case(sentence: "When Jones a month later announced the layoffs, workers were angry.", source: "Jones", kind: nil),
        // A name's first letters joined by "&" are one word of a common noun's phrase.
        Case(sentence: "\u{201C}We are shocked,\u{201D} one P&G plant employee told a local station.", source: "one P&G plant employee", kind: nil),
        Case(sentence: "An AT&T spokesman said the deal was done.", source: "An AT&T spokesman", kind: "role"),
        // A verb after a possessive and a word that names speakers is that phrase's verb, not a
        // noun: its subject is the sentence's source, not the subject of what it reports.
        Case(sentence: "Lopez's team thinks she doesn't understand the voters.", source: "Lopez's team", kind: nil),
        Case(sentence: "Lopez fulfilled his campaign promise to close the plant, he said.", source: "he", kind: nil),
        // A word that is a noun as often as a verb is the phrase's verb when an object follows.
        Case(sentence: "Lopez's office calls the whole thing an attack.", source: "Lopez's office", kind: nil),
        Case(sentence: "Building the wall was Lopez's signature campaign promise.", source: "Lopez", kind: nil),
        // A party label inside a name's phrase is stepped over; a dateline's outlet is not.
        Case(sentence: "Rep. Jo Park (R) of Utah said the plan is a mess.", source: "Rep. Jo Park (R) of Utah", kind: "person"),
        Case(sentence: "LONDON (Reuters) - Jo Park said the plan is a mess.", source: "Jo Park", kind: "person"),
        // After a verb that moves its object to act, the object is who speaks; a passive has none.
        Case(sentence: "The abrupt announcement led some to speculate that the deal was dead.", source: "some", kind: nil),
        Case(sentence: "The remark prompted Anderson Cooper to accuse him of lying.", source: "Anderson Cooper", kind: "person"),
        Case(sentence: "He was led to believe the deal was dead.", source: "He", kind: nil),
        // A participle's aside may hold a quoted name.
        Case(sentence: "\u{201C}We lost,\u{201D} Jo Park, wearing \u{201C}Ted Cruz\u{201D} pins, said.", source: "Jo Park", kind: "person"),
        Case(sentence: "Lopez's repeated calls for a recount drew criticism.", source: "Lopez", kind: nil),
        // A closing clause of finding after a comma: its subject, read as any source's kind.
        Case(sentence: "Turnout fell in every district, Pew found.", source: "Pew", kind: nil),
        Case(sentence: "Turnout fell in every district, researchers at Yale found.", source: "researchers at Yale", kind: nil),
        Case(sentence: "Turnout fell in every district, a new poll has found.", source: "a new poll", kind: "document"),
        Case(sentence: "He lost the keys, which were later found.", source: nil, kind: nil),
        // A restrictive clause about an inverted speaker; a demonstrative "that" before it
        // opens no reported clause.
        Case(sentence: "Defending that levy is hard for the mayor, said a handful of council members who point to the vote count.",
             source: "a handful of council members", kind: nil),
        // A relative clause with a plural's auxiliary and an object pronoun: the verb after it
        // is the sentence's own, not one the clause reports.
        Case(sentence: "But progressive groups that have endorsed him say the levy should pass.",
             source: "progressive groups that have endorsed him", kind: nil),
        Case(sentence: "Groups that have backed him say the levy should pass.", source: "Groups that have backed him", kind: nil),
        // A group's phrase with "on" ("the left" is no verb there); not a gerund's object.
        Case(sentence: "Some on the left insist that the levy will fail.", source: "Some on the left", kind: nil),
        Case(sentence: "Democrats on the council accused him of stalling.", source: "Democrats on the council", kind: nil),
        Case(sentence: "Counting on the levy passing is a gamble, the mayor said.", source: "the mayor", kind: nil),
        // A verb of charging keeps its "of" after the agent; a name with "of" stays whole.
        Case(sentence: "Fusion was hired to help a wealthy Russian accused by the U.S. of money laundering.", source: "the U.S.", kind: nil),
        Case(sentence: "He was accused by the Bank of England of hiding the losses.", source: "the Bank of England", kind: nil),
        Case(sentence: "He has been accused by former member of parliament Jo Park of hiding the losses.",
             source: "former member of parliament Jo Park", kind: nil),
        // A passive verb of belief with no agent names no holder; a state of mind after "is"
        // is its subject's.
        Case(sentence: "The walkout is considered one of the largest in the company's history.", source: nil, kind: nil),
        Case(sentence: "The council is worried that the levy will fail.", source: "The council", kind: nil),
        // A topic noun's owner holds the view, not the sentence's subject.
        Case(sentence: "He was a regular target of Mr. Trump's complaints about the inquiry.", source: "Mr. Trump", kind: nil),
        Case(sentence: "As for Jo Park's attacks on the levy, they were answered.", source: "Jo Park", kind: nil),
        // After a verb that reports it, the view is the verb's subject's to report.
        Case(sentence: "The rally denounced Jo Park's call for a total ban.", source: "The rally", kind: nil),
        // A second object after the agent's noun is no part of it; a relative clause is.
        Case(sentence: "The electors would have been told by party appointees the contents of the dossier.", source: "party appointees", kind: nil),
        Case(sentence: "The levy will fail, according to people familiar with the talks.", source: "people familiar with the talks", kind: nil),
        Case(sentence: "Most voters back the levy, according to the Tribune poll - still a narrow lead.", source: "the Tribune poll", kind: nil),
        // A relative pronoun before its clause's subject is no part of the speaker.
        Case(sentence: "The vote went to Ana Ruiz, who the Salem Tribune described as “a careful mayor.”", source: "the Salem Tribune", kind: "media"),
        Case(sentence: "The bridge went to Ana Ruiz, who voters say would build it faster.", source: "voters", kind: nil),
        // A list of names that opens its clause is one subject; a place with its noun is the
        // place of the holder before it.
        Case(sentence: "Salem, Dover and Troy all declined to comment on the levy.", source: "Salem, Dover and Troy", kind: nil),
        Case(sentence: "But Lee, Park and Ruiz said the levy failed.", source: "Lee, Park and Ruiz", kind: "person"),
        Case(sentence: "In Salem, Lee and Park said the levy failed.", source: "Lee and Park", kind: "person"),
        Case(sentence: "“Tensions are high,” a Republican in the host state of Ohio added.", source: "a Republican in the host state of Ohio", kind: nil),
        // Lower-case modifiers that open their clause belong to the listed head after them; a
        // name in "'s" before its verb keeps it; a writer is a role.
        Case(sentence: "After the vote, local officials railed that the board was wrong.", source: "local officials", kind: nil),
        Case(sentence: "Jo Park, the group's treasurer, kept records showing he had sold the land.", source: "records", kind: nil),
        Case(sentence: "An analyst at Moody's said the levy would fail.", source: "An analyst at Moody's", kind: nil),
        Case(sentence: "He's said the levy would fail.", source: "He", kind: nil),
        Case(sentence: "A writer at the Salem Tribune called the plan “reckless.”", source: "A writer at the Salem Tribune", kind: "role"),
        // A number in words of tens and units is one word of the share.
        Case(sentence: "Seventy-eight percent of Americans say the levy should pass.", source: "Seventy-eight percent of Americans", kind: "document"),
        // An aside between dashes after an earlier word is that word's, not the speaker's.
        Case(sentence: "In Salem — a mostly rural county — Mayor Ana Ruiz, who is running again, has denied the charge.", source: "Mayor Ana Ruiz, who is running again", kind: "person"),
        // An outlet's reporter named after its possessive reports: the reporter, with the outlet;
        // a saying noun after an owner's capitalised noun is still the owner's.
        Case(sentence: "The talks stalled, as the Tribune's Ana Ruiz reports from Salem.", source: "the Tribune's Ana Ruiz", kind: nil),
        Case(sentence: "The Tribune's Ana Ruiz notes that the levy failed.", source: "The Tribune's Ana Ruiz", kind: nil),
        Case(sentence: "A judge may not enforce it because of Park's Fifth Amendment claims, and the case stalled.", source: "Park", kind: nil),
        // A noun before a contracted personal pronoun is what the clause is about; the pronoun
        // is its subject.
        Case(sentence: "He sought a promise from the mayor (a topic he's asked her about before).", source: "he", kind: "pronoun"),
    ]

    @Test func appositionClosedByACommaInsideAQuotation() {
        // American style puts the apposition's closing comma inside a short quotation: the
        // speaker is the name with its apposition, the quotation closed as written.
        let a = sharedAnalyzer.classify(sentence: "Dana Ruiz, the host of the radio show \"Harbor Talk,\" said in an interview that the levy would pass.")
        #expect(a.source?.text == "Dana Ruiz, the host of the radio show \"Harbor Talk,\"")
        let b = sharedAnalyzer.classify(sentence: "Ruiz, who has called the levy “a quiet robbery,” said the vote was rushed.")
        #expect(b.source?.text == "Ruiz, who has called the levy “a quiet robbery,”")
        // A quotation after a comma is a clause of its own, and the speaker follows its verb.
        let c = sharedAnalyzer.classify(sentence: "The levy, she said, “is dead,” said Ruiz.")
        #expect(c.source?.text == "Ruiz")
        // A participle after the quotation belongs to the sentence's subject.
        let d = sharedAnalyzer.classify(sentence: "Ruiz criticized the levy on the radio show “Harbor Talk,” calling it a quiet robbery.")
        #expect(d.source?.text == "Ruiz")
    }

    @Test func relativePronounResolvesToTheNameBeforeIt() throws {
        let s = sharedAnalyzer.classify(sentence: "The council heard from Ana Ruiz, who argued that the vote was rushed.")
        let source = try #require(s.source)
        #expect(source.text == "who")
        #expect(source.kind == "pronoun")
        #expect(source.resolved == "Ana Ruiz")
    }

    @Test func relativeClauseCueIsAFurtherSource() throws {
        let s = sharedAnalyzer.classify(sentence: "\"The vote was rushed,\" said Ana Ruiz, who has criticised the levy for months.")
        #expect(s.source?.text == "Ana Ruiz")
        let other = try #require(s.other_sources?.first)
        #expect(other.text == "who")
        #expect(other.resolved == "Ana Ruiz")
    }

    @Test func unnamedGroupsSpeakInClausesOfTheirOwn() {
        let a = sharedAnalyzer.classify(sentence: "Many residents have said they will not attend, and others have said they are not interested.")
        #expect(a.source?.text == "Many residents")
        #expect(a.other_sources?.map(\.text) == ["others"])
        let b = sharedAnalyzer.classify(sentence: "While some friends say the mayor looks tired, others say he has never been healthier.")
        #expect(b.source?.text == "others")
        #expect(b.other_sources?.map(\.text) == ["some friends"])
    }

    /// The speaker of a relative clause whose object is the noun before it speaks in a clause
    /// of its own; after a verb's object ("told the council that she") the clause is the main
    /// source's report.
    @Test func objectRelativeClausesHaveSpeakersOfTheirOwn() {
        let a = sharedAnalyzer.classify(sentence: "Ortiz mocked the bridge plan, a project that the mayor says will save millions.")
        #expect(a.source?.text == "Ortiz")
        #expect(a.other_sources?.map(\.text) == ["the mayor"])
        let b = sharedAnalyzer.classify(sentence: "Ruiz said the levy failed, something that she said surprised nobody.")
        #expect(b.source?.text == "Ruiz")
        #expect(b.other_sources?.map(\.text) == ["she"])
        let c = sharedAnalyzer.classify(sentence: "Ruiz told the council that she said nothing about the levy.")
        #expect(c.source?.text == "Ruiz")
        #expect(c.other_sources == nil || c.other_sources?.isEmpty == true)
        let d = sharedAnalyzer.classify(sentence: "The levy was approved in a town that the former mayor, Ana Ruiz, called \"a lost cause.\"")
        #expect(d.source?.text == "the former mayor, Ana Ruiz")
    }

    /// A phrase after an inverted "say" that has a verb of its own is what was said, not who
    /// said it; an inverted speaker's relative clause keeps its verbs.
    @Test func invertedPhraseWithItsOwnVerbIsTheClaim() {
        let claim = sharedAnalyzer.classify(sentence: "Even the council's loudest critics, like Ruiz and Park, say the bridge should be rebuilt.")
        #expect(claim.source?.text != "the bridge")
        let apposition = sharedAnalyzer.classify(sentence: "\"The plan is dead,\" said Dana Ruiz, a lawyer who has long opposed the plan.")
        #expect(apposition.source?.text.hasPrefix("Dana Ruiz") == true)
        let after = sharedAnalyzer.classify(sentence: "Prices will rise, say analysts.")
        #expect(after.source?.text == "analysts")
    }

    /// A role with its prepositional phrase before a name in apposition is the speaker's
    /// phrase; a list of verbs after the opening clause's comma opens no subject.
    @Test func roleWithItsPrepositionalPhraseBeforeAName() {
        let study = sharedAnalyzer.classify(sentence: "Budgets will shrink next year, a study by a sociologist, Dana Ruiz, concluded.")
        #expect(study.source?.text == "a study by a sociologist, Dana Ruiz")
        let professor = sharedAnalyzer.classify(sentence: "Budgets will shrink, a professor of history, Dana Ruiz, said.")
        #expect(professor.source?.text == "a professor of history, Dana Ruiz")
        let verbs = sharedAnalyzer.classify(sentence: "It has closed two schools, cut bus routes, and vowed further cuts.")
        #expect(verbs.source?.text.contains("bus routes") != true)
    }

    /// When no walk finds the subject, the whole noun phrase before the verb of saying is it,
    /// with its modifiers; a passive's subject is not.
    @Test func wholeNounPhraseBeforeTheVerbWhenNoWalkFindsIt() {
        let share = sharedAnalyzer.classify(sentence: "On Tuesday, both of the mayor's remaining rivals for the council seat criticized her handling of the flood.")
        #expect(share.source?.text == "both of the mayor's remaining rivals for the council seat")
        let filed = sharedAnalyzer.classify(sentence: "Rents are rising across the county, filings released on Monday revealed, even as wages fell.")
        #expect(filed.source?.text == "filings released on Monday")
        let passive = sharedAnalyzer.classify(sentence: "Dana Ruiz was asked to name a single achievement of the council.")
        #expect(passive.source == nil)
    }

    /// The participle's own speaker is the subject after its clause, not the state after a
    /// city's comma.
    @Test func aStateAfterACityIsNoSpeaker() {
        let s = sharedAnalyzer.classify(sentence: "Speaking at a rally in Novi, Michigan, Ruiz says she is making a demand of the council.")
        #expect(s.source?.text == "Ruiz")
        #expect(s.other_sources == nil || s.other_sources?.isEmpty == true)
    }

    /// A pronoun contracted with "have" or "are" is a whole subject, as the pronoun alone is,
    /// and its span is the pronoun without the auxiliary; "you" (the reader) and "'ll"/"'d"
    /// are not taken.
    @Test func contractedPronounsAreSubjects() {
        let a = sharedAnalyzer.classify(sentence: "Ruiz could win the seat, they\u{2019}ve suggested.")
        #expect(a.source?.text == "they")
        #expect(a.source?.kind == "pronoun")
        #expect(a.source.map { $0.end - $0.start } == 4)
        let b = sharedAnalyzer.classify(sentence: "Yet they're mostly proposing things the council already does.")
        #expect(b.source?.text == "they")
        let d = sharedAnalyzer.classify(sentence: "In Alberta, they\u{2019}ve announced a similar ban.")
        #expect(d.source?.text == "they")
        let c = sharedAnalyzer.classify(sentence: "The board covered the vote with all the skepticism you'd expect.")
        #expect(c.source?.text != "you'd")
    }

    @Test func aNounAfterANameIsNoVerbOfSaying() {
        // "posts" after "of" and a name is a noun, not the verb whose subject is the name.
        let s = sharedAnalyzer.classify(sentence: "In a series of Twitter posts, Ruiz wrote that the vote was rigged.")
        #expect(s.source?.text == "Ruiz")
        #expect(s.other_sources == nil || s.other_sources?.isEmpty == true)
    }

    /// Capitalised openers that are no name: a participle opening the sentence is no further
    /// source, and "Having" is none; the relative pronoun a later cue points at is the source
    /// then, not nothing.
    @Test func openingParticiplesNameNoOne() {
        let a = sharedAnalyzer.classify(sentence: "Asked to describe the bridge, Ortiz said the repairs would take a year.")
        #expect(a.source?.text == "Ortiz")
        #expect(a.other_sources == nil || a.other_sources?.isEmpty == true)
        let b = sharedAnalyzer.classify(sentence: "Having said that, there are some teachers who argue that the test is too long.")
        #expect(b.source?.text == "who")
    }

    /// A phrase after a preposition before the participle is no whole subject: the span is not
    /// widened from inside it ("a letter from the council obtained by ...").
    @Test func aParticiplePhraseAfterAPrepositionIsNoWholeSubject() {
        let s = sharedAnalyzer.classify(sentence: "A letter from the council obtained by the Courier warns that the levy will fail.")
        #expect(s.source?.text != "the council obtained by the Courier")
    }

    /// "Here's what you need to know": the reader is no source.
    @Test func anOpeningHeresWhatYouNamesNoOne() {
        let s = sharedAnalyzer.classify(sentence: "Here's what you need to know about the levy.")
        #expect(s.source == nil)
    }

    /// A word inside an angle-bracket tag around an embedded post is no speaker.
    @Test func markupNamesNoOne() {
        let s = sharedAnalyzer.classify(sentence: "<tweet author=\"@cityhall\" date=\"May 2\">The bridge reopens Monday, the mayor said.</tweet>")
        #expect(s.source.map { !$0.text.contains("tweet") } ?? true)
    }

    @Test(arguments: cases) func sourceSpan(_ c: Case) {
        let s = sharedAnalyzer.classify(sentence: c.sentence)
        #expect(s.source?.text == c.source)
        if let kind = c.kind { #expect(s.source?.kind == kind) }
    }
}
