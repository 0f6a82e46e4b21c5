/// One cell of an exported table: text, or a whole number that a spreadsheet keeps as a number
/// (so that a sum in Excel or LibreOffice adds the same kronor as the page).
public enum SheetCell: Equatable, Sendable {
    case text(String)
    case number(Int64)

    /// As a CSV field (numbers without separators).
    public var csvField: String {
        switch self {
        case .text(let text): CSVField.encode(text)
        case .number(let number): String(number)
        }
    }
}
