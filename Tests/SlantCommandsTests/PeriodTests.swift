import Foundation
@testable import SlantCommands
import Testing

/// `--since` and `--until` of `slant outlets` and `slant report`: only articles dated in the
/// period count, those with no date are left out, and the flags are checked.
@Suite struct PeriodTests {
    /// Nine articles dated 2024-01-10 to 2024-09-10 (`corpusLines`), and one with no date.
    static var corpus: String {
        corpusLines(9) + "{\"outlet\":\"north.example\",\"url\":\"https://north.example/x\",\"title\":\"Undated\",\"text\":\"The council met. Officials said it voted.\"}\n"
    }

    @Test func outletsCountTheArticlesOfThePeriod() {
        let dir = storeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("p.db").path
        #expect(slant(["ingest", "-", "--db", db], stdin: Self.corpus).status == 0)
        let all = slant(["outlets", "--db", db, "--format", "csv"]).out
        #expect(all.contains("north.example,4,"))
        // North's are dated 2024-01-10, -04-10 and -07-10 (and one undated), south's -02, -05,
        // -08 and east's -03, -06, -09: the period holds north's first two and one each of the others.
        let some = slant(["outlets", "--db", db, "--format", "csv", "--since", "2024-01-01", "--until", "2024-04-10"]).out
        #expect(some.contains("north.example,2,"))
        #expect(some.contains("south.example,1,"))
        #expect(some.contains("east.example,1,"))
        let table = slant(["outlets", "--db", db, "--since", "2024-09-01"])
        #expect(table.out.contains("Articles dated from 2024-09-01 on; articles with no date are left out."))
        #expect(!table.out.contains("north.example"))
        let none = slant(["outlets", "--db", db, "--until", "2023-12-31"])
        #expect(none.out == "no articles in \(db) are dated up to 2023-12-31\n")
        let json = slant(["outlets", "--db", db, "--format", "json", "--breakdown", "--until", "2024-02-29"]).out
        #expect(json.contains("\"until\" : \"2024-02-29\""))
        #expect(json.contains("\"month\" : \"2024-02\""))
        #expect(!json.contains("\"month\" : \"2024-03\""))
    }

    @Test func reportsLeaveOutArticlesOutsideThePeriod() throws {
        let dir = storeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("c.jsonl").path
        try Self.corpus.write(toFile: corpus, atomically: false, encoding: .utf8)
        let files = slant(["report", "--out", dir.appendingPathComponent("a").path, "--since", "2024-03-01", "--until", "2024-05-31", corpus])
        #expect(files.status == 0)
        #expect(files.out.contains("wrote the report of 3 articles from 3 outlets"))
        #expect(files.err.contains("slant: 7 articles not dated from 2024-03-01 to 2024-05-31 (or with no date) left out"))
        let db = dir.appendingPathComponent("p.db").path
        #expect(slant(["ingest", corpus, "--db", db]).status == 0)
        let stored = slant(["report", "--db", db, "--out", dir.appendingPathComponent("b").path, "--since", "2024-03-01", "--until", "2024-05-31"])
        #expect(stored.status == 0)
        #expect(stored.out.contains("wrote the report of 3 articles from 3 outlets"))
        let empty = slant(["report", "--db", db, "--out", dir.appendingPathComponent("c").path, "--since", "2025-01-01"])
        #expect(empty.status == 2)
        #expect(empty.err.contains("holds no article dated from 2025-01-01 on"))
    }

    @Test func badPeriodsAreUsageErrors() {
        for (args, message) in [(["--since", "2024-02-30"], "--since '2024-02-30' is not a calendar date"),
                                (["--until", "May 2024"], "--until must be YYYY-MM-DD, not 'May 2024'"),
                                (["--since", "2024-05-01", "--until", "2024-04-30"], "--since 2024-05-01 is after --until 2024-04-30")] {
            let r = slant(["outlets", "--db", "/nonexistent.db"] + args)
            #expect(r.status == 64)
            #expect(r.err.contains(message), "\(r.err)")
        }
    }
}
