/// A plain-text table: each column padded to its widest cell, columns two spaces apart.
///
/// The last column is never padded, so lines carry no trailing spaces. Widths are terminal
/// display widths (`String.displayWidth`): a CJK name or an emoji takes two columns, a combining
/// accent none, colour codes none — so columns line up whatever the text.
struct Table {
    /// Column titles, printed first (in bold on a colour terminal); `nil` for a key/value list.
    var header: [String]?
    /// One array of cells per line; a row may have fewer cells than the widest.
    var rows: [[String]]

    init(header: [String]? = nil, rows: [[String]] = []) {
        self.header = header
        self.rows = rows
    }

    mutating func append(_ row: [String]) {
        rows.append(row)
    }

    /// The table's lines, joined by newlines (no trailing newline).
    func render(style: Style = .plain) -> String {
        let all = (header.map { [$0] } ?? []) + rows
        let columns = all.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in all {
            for (index, cell) in row.enumerated() {
                widths[index] = max(widths[index], cell.displayWidth)
            }
        }
        var lines: [String] = []
        if let header {
            lines.append(style.bold(line(header, widths: widths)))
        }
        for row in rows {
            lines.append(line(row, widths: widths))
        }
        return lines.joined(separator: "\n")
    }

    /// One row, each cell but the last padded to its column's width plus the two-space gap.
    private func line(_ cells: [String], widths: [Int]) -> String {
        var text = ""
        for (index, cell) in cells.enumerated() {
            if index == cells.count - 1 {
                text += cell
            } else {
                text += cell + String(repeating: " ", count: widths[index] - cell.displayWidth + 2)
            }
        }
        while text.last == " " { text.removeLast() }  // an empty last cell
        return text
    }
}
