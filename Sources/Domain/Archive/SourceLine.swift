/// One line of an imported file as the parsers see it: its 1-based number in the source, and
/// its repaired text with spaces collapsed. Blank lines (also lines of only spaces or tabs, as
/// extraction leaves them at page breaks) have empty `text`.
public struct SourceLine: Sendable {
    public let number: Int
    public let text: String
    /// The repaired line before spaces were collapsed: runs of spaces separate table columns.
    public let spaced: String

    public init(number: Int, repaired: String) {
        self.number = number
        self.spaced = repaired
        self.text = ArchiveText.collapse(repaired)
    }

    public var isBlank: Bool { text.isEmpty }
}

extension Array where Element == SourceLine {
    /// Index of the next non-blank line at or after `index`.
    func nextNonBlank(from index: Int) -> Int? {
        var i = index
        while i < count {
            if !self[i].isBlank { return i }
            i += 1
        }
        return nil
    }

    /// How many blank lines come directly before `index`.
    func blankRun(before index: Int) -> Int {
        var i = index - 1
        var run = 0
        while i >= 0, self[i].isBlank {
            run += 1
            i -= 1
        }
        return i < 0 ? Int.max : run
    }
}
