@testable import networkctl
import Testing

/// Tables align on what a terminal shows, not on Swift's character count.
@Suite("networkctl tables")
struct TableTests {
    @Test(arguments: [
        ("Leeds", 5), ("東京都庁", 8), ("서울", 4), ("ｆｕｌｌ", 8), ("🙂", 2), ("👍🏽", 2), ("❤️", 2),
        ("e\u{301}", 1), ("Zoë Ångström", 12), ("\u{301}", 0), ("\u{1B}[1mbold\u{1B}[0m", 4), ("", 0),
        ("tab\there", 7), ("a\r\nb", 2), ("\u{1B}[1m東京\u{1B}[0m", 4), ("del\u{7F}", 3),
    ])
    func displayWidthCountsColumns(text: String, width: Int) {
        #expect(text.displayWidth == width)
    }

    /// The ASCII fast path and the per-character rules agree on every printable, control and
    /// escape byte: the same bytes with one wide character appended take exactly two more columns.
    @Test func asciiBytesMeasureAsTheirCharacters() {
        for byte in UInt8(0)..<0x80 {
            let text = "x\u{1B}[0m" + String(decoding: [byte], as: UTF8.self) + "y"
            #expect((text + "東").displayWidth == text.displayWidth + 2, "byte \(byte)")
        }
    }

    /// A counter name becomes words; letters beyond ASCII pass through.
    @Test func countLabelsSplitCamelCase() {
        #expect(StatusCommand.label("invoicesAwaitingPurchaseOrder") == "invoices awaiting purchase order")
        #expect(StatusCommand.label("zoëCount") == "zoë count")
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
