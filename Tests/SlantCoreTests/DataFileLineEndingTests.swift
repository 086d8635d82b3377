import Foundation
import SlantCore
import Testing

/// Data files saved by Windows editors end their lines with CRLF.
@Suite struct DataFileLineEndingTests {
    @Test func crlfFileReadsLineByLine() throws {
        let text = "#! name: house-terms\r\n#! version: 1\r\n# term\tweight\tcategory\r\nreckless\t2\tname-calling\r\n"
        let file = try DataFile.parse(text, name: "crlf.tsv", minColumns: 3, maxColumns: 4)
        #expect(file.rows.count == 1)
        #expect(file.rows.first?.fields == ["reckless", "2", "name-calling"])
        #expect(file.rows.first?.line == 4)
    }

    @Test func crlfErrorNamesTheRightLine() {
        let text = "#! name: x\r\n#! version: 1\r\nok\t1\tname-calling\r\nbad\r\n"
        #expect(throws: LexiconError.self) { try DataFile.parse(text, name: "x.tsv", minColumns: 3, maxColumns: 4) }
        do {
            _ = try DataFile.parse(text, name: "x.tsv", minColumns: 3, maxColumns: 4)
        } catch let error as LexiconError {
            #expect(error.line == 4)
        } catch {}
    }
}
