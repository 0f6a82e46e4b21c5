/// One cell of a CSV file opened in Excel or LibreOffice (semicolon-separated, as Swedish
/// spreadsheet programs expect). A cell that begins with `=`, `+`, `-`, `@`, a tab or a CR would
/// be read as a formula (formula injection, issue 13): it gets a leading apostrophe, which the
/// program shows as text. A cell with a separator, quote or line break is quoted.
public enum CSVField {
    public static func encode(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            value = "'" + value
        }
        guard value.unicodeScalars.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
