@testable import networkctl
import Testing

/// Tables align on what a terminal shows, not on Swift's character count.
@Suite("networkctl tables")
struct TableTests {
    @Test(arguments: [
        ("Leeds", 5), ("東京都庁", 8), ("서울", 4), ("ｆｕｌｌ", 8), ("🙂", 2), ("👍🏽", 2), ("❤️", 2),
        ("e\u{301}", 1), ("Zoë Ångström", 12), ("\u{301}", 0), ("\u{1B}[1mbold\u{1B}[0m", 4), ("", 0),
    ])
    func displayWidthCountsColumns(text: String, width: Int) {
        #expect(text.displayWidth == width)
    }

    @Test func columnsAlignOnDisplayWidthWithWideAndCombiningText() {
        let table = Table(header: ["NAME", "TIER"], rows: [
            ["東京都庁", "full"],
            ["Cafe\u{301} Co-op", "affiliate"],
            ["🙂 Smile Ltd", "supporter"],
            ["Leeds", "full"],
        ])
        let lines = table.render().split(separator: "\n").map(String.init)
        #expect(lines == [
            "NAME          TIER",
            "東京都庁      full",
            "Cafe\u{301} Co-op    affiliate",
            "🙂 Smile Ltd  supporter",
            "Leeds         full",
        ])
    }
}
