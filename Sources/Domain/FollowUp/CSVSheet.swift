import Foundation

/// A CSV sheet read into form values: the first row names the columns, in any order, in Swedish
/// as people write them; the separator is a semicolon, a tab or a comma. Each column feeds one
/// form field, so a row is then checked exactly as the form checks one. A personnummer in any
/// column, also one the form does not use, is a problem of the row (issue 18: no second
/// personal register).
public enum CSVSheet {
    /// A form field and the folded headers that name it.
    public typealias Column = (field: String, headers: [String])

    public struct Row: Sendable {
        /// The line in the file, counting the header as line 1.
        public let line: Int
        /// The form's fields, as `formValue` gives them.
        public let values: [String: String]
        /// Problems found before the form's checks: a personnummer in any column.
        public let issues: [FieldIssue]
    }

    public enum Problem: Error, Equatable, Sendable {
        case empty
        /// The header row lacks columns the form requires (their field names).
        case missingColumns([String])
    }

    /// - Parameter formValue: the form's value for what a cell of a field says.
    public static func read(_ text: String, columns: [Column], required: [String],
                            formValue: (_ field: String, _ value: String) -> String) -> Result<[Row], Problem> {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard let headerLine = lines.first(where: { !$0.allSatisfy(\.isWhitespace) }) else { return .failure(.empty) }
        let separator: Character = headerLine.contains(";") ? ";" : headerLine.contains("\t") ? "\t" : ","
        let headers = cells(headerLine, separator)
        let fields = headers.map { header in
            let folded = fold(header)
            return columns.first { $0.headers.contains(folded) }?.field
        }
        let missing = required.filter { !fields.contains($0) }
        guard missing.isEmpty else { return .failure(.missingColumns(missing)) }
        var rows: [Row] = []
        let start = lines.firstIndex(of: headerLine)! + 1
        for index in start..<lines.count where !lines[index].allSatisfy({ $0.isWhitespace || $0 == separator }) {
            let values = cells(lines[index], separator)
            var row: [String: String] = [:]
            var issues: [FieldIssue] = []
            for (column, value) in values.enumerated() {
                if PersonalNumberCheck.containsPersonalNumber(value) {
                    issues.append(FieldIssue(column < fields.count ? fields[column] ?? headers[column] : "kolumn \(column + 1)", .looksLikePersonalNumber))
                }
                guard column < fields.count, let field = fields[column] else { continue }
                row[field] = formValue(field, value)
            }
            rows.append(Row(line: index + 1, values: row, issues: issues))
        }
        return .success(rows)
    }

    /// Fields split at the separator; a field in double quotes may hold the separator.
    static func cells(_ line: Substring, _ separator: Character) -> [String] {
        var cells: [String] = []
        var current = ""
        var quoted = false
        for character in line {
            if character == "\"" { quoted.toggle() } else if character == separator && !quoted {
                cells.append(current.trimmingWhitespace())
                current = ""
            } else { current.append(character) }
        }
        cells.append(current.trimmingWhitespace())
        return cells
    }

    /// Lower case without diacritics and with single spaces, for matching what people write.
    static func fold(_ text: String) -> String {
        text.lowercased().folding(options: [.diacriticInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
