/// The columns a layout keeps with runs of spaces ("Närvarande ledamöter      Närvarande ersättare").
extension ArchiveText {
    /// The cells of a line split at runs of three spaces or more, each with the character offset
    /// it starts at.
    static func cells(of spaced: String) -> [(offset: Int, text: String)] {
        var cells: [(offset: Int, text: String)] = []
        var current = ""
        var start = 0
        var spaces = 0
        for (offset, character) in spaced.enumerated() {
            if character == " " || character == "\t" {
                spaces += 1
                continue
            }
            if spaces >= 3 || current.isEmpty {
                if !current.isEmpty { cells.append((start, current)) }
                current = ""
                start = offset
            } else if spaces > 0 {
                current += " "
            }
            spaces = 0
            current.append(character)
        }
        if !current.isEmpty { cells.append((start, current)) }
        return cells
    }

    /// The text left of a column that starts at `offset`, and the text in it: a cell belongs to
    /// the column when it starts at most two characters before it, as hand-aligned columns drift.
    static func columns(of spaced: String, splitAt offset: Int) -> (left: String, right: String) {
        let cells = cells(of: spaced)
        let left = cells.filter { $0.offset < offset - 2 }.map(\.text).joined(separator: "   ")
        let right = cells.filter { $0.offset >= offset - 2 }.map(\.text).joined(separator: "   ")
        return (collapse(left), collapse(right))
    }
}
