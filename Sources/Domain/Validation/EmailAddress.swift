/// An e-mail address Samordna will write into a header or an SMTP command: one `@`, a local part
/// and a domain with a dot, and nothing that could end a line or an angle-bracketed address
/// (control characters, whitespace, `<>`, quotes, backslash, brackets, comma, semicolon).
/// Non-ASCII letters are allowed (internationalised addresses).
public enum EmailAddress {
    public static func isValid(_ address: String) -> Bool {
        guard address.utf8.count <= 254 else { return false }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].utf8.count <= 64, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."), !parts[1].contains("..") else { return false }
        return !address.unicodeScalars.contains(where: isForbidden)
    }

    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x21 || (0x7f...0x9f).contains(scalar.value) || scalar.properties.isWhitespace
            || "<>()[]\\,;:\"".unicodeScalars.contains(scalar)
    }
}
