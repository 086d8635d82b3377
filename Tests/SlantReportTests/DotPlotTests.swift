import Testing
@testable import SlantReport

/// The outlet chart names as many dots as it can without one name covering another.
@Suite struct DotPlotTests {
    let bounds = (left: 0.0, top: 0.0, right: 600.0, bottom: 400.0)

    @Test func crowdedDotsGetNamesThatDoNotOverlap() {
        // Twenty dots 4 px apart on one line: names cannot all fit.
        let dots = (0..<20).map { (i: Int) -> (x: Double, y: Double, text: String, priority: (Int, Int, String)) in
            (x: 100 + Double(i) * 4, y: 200, text: "outlet-\(i).example", priority: (0, -i, "o\(i)"))
        }
        let boxes = DotPlot.placeLabels(dots, bounds: bounds)
        let placed = boxes.compactMap { $0 }
        #expect(placed.count >= 2 && placed.count < 20)
        for (a, x) in placed.enumerated() {
            for y in placed[(a + 1)...] { #expect(!x.overlaps(y)) }
        }
        // The outlet with the most articles (priority first) is named.
        #expect(boxes[19] != nil)
    }

    @Test func namesStayInsideThePlot() throws {
        let dots = [(x: 595.0, y: 5.0, text: "far-right-corner.example", priority: (0, 0, "a"))]
        let box = try #require(DotPlot.placeLabels(dots, bounds: bounds)[0])
        let e = box.edges
        #expect(e.0 >= 0 && e.2 <= 600 && e.1 >= 0 && e.3 <= 400)
        #expect(box.anchorEnd)
    }

    @Test func lonelyDotsAreAllNamed() {
        let dots = (0..<5).map { (i: Int) -> (x: Double, y: Double, text: String, priority: (Int, Int, String)) in
            let k = Double(i)
            return (x: 50 + k * 110, y: 60 + k * 60, text: "n\(i).example", priority: (0, 0, "n\(i)"))
        }
        #expect(DotPlot.placeLabels(dots, bounds: bounds).allSatisfy { $0 != nil })
    }
}
