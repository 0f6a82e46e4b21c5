/// Form input a browser should never send: a NUL byte, or bytes that are not UTF-8. Both are
/// refused before any handler reads the form, so that no such text is stored and then breaks an
/// export, a PDF or another system that reads it.
public enum FormInput {
    public enum Problem: Equatable, Sendable {
        case nulCharacter
        case invalidUTF8
    }

    public struct Finding: Equatable, Sendable {
        /// The field's name as sent (with invalid bytes replaced, when the name is the culprit).
        public let field: String
        public let problem: Problem

        public init(field: String, problem: Problem) {
            self.field = field
            self.problem = problem
        }
    }

    /// Checks an `application/x-www-form-urlencoded` body, name and value of every pair.
    public static func check(urlEncoded body: [UInt8]) -> Finding? {
        for pair in body.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = percentDecoded(parts[0])
            let value = parts.count > 1 ? percentDecoded(parts[1]) : []
            let shownName = String(decoding: name, as: UTF8.self)
            if let problem = check(name) ?? check(value) { return Finding(field: shownName, problem: problem) }
        }
        return nil
    }

    /// Checks one decoded value.
    public static func check(_ bytes: [UInt8]) -> Problem? {
        if bytes.contains(0) { return .nulCharacter }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return nil
            case .error: return .invalidUTF8
            }
        }
    }

    /// `+` is a space and `%XX` a byte; a malformed escape is kept as it is (it is then text).
    static func percentDecoded(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                result.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), bytes.distance(from: index, to: bytes.endIndex) >= 3,
                      let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                result.append(high << 4 | low)
                index += 3
                continue
            } else {
                result.append(byte)
            }
            index += 1
        }
        return result
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
