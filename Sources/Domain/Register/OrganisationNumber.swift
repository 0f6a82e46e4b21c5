/// A Swedish organisationsnummer, `NNNNNN-NNNN`, whose last digit is a Luhn check digit over the
/// first nine. Members and associations are identified by it in every paper they sign.
public struct OrganisationNumber: Hashable, Sendable, CustomStringConvertible {
    public enum Problem: Error, Equatable, Sendable {
        case format
        case checkDigit
    }

    /// Always in the canonical form `NNNNNN-NNNN`.
    public let text: String

    /// Accepts `NNNNNN-NNNN` or the ten digits without the hyphen; surrounding spaces are ignored.
    public static func parse(_ raw: String) -> Result<OrganisationNumber, Problem> {
        let trimmed = raw.trimmingWhitespace()
        var digits = trimmed
        if trimmed.count == 11 {
            let hyphen = trimmed.index(trimmed.startIndex, offsetBy: 6)
            guard trimmed[hyphen] == "-" else { return .failure(.format) }
            digits.remove(at: hyphen)
        }
        guard digits.count == 10, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(.format) }
        let values = digits.compactMap(\.wholeNumberValue)
        guard luhnCheckDigit(Array(values.prefix(9))) == values[9] else { return .failure(.checkDigit) }
        return .success(OrganisationNumber(text: String(digits.prefix(6)) + "-" + String(digits.suffix(4))))
    }

    public static func luhnCheckDigit(_ digits: [Int]) -> Int {
        var sum = 0
        for (index, digit) in digits.enumerated() {
            let weighted = index % 2 == 0 ? digit * 2 : digit
            sum += weighted > 9 ? weighted - 9 : weighted
        }
        return (10 - sum % 10) % 10
    }

    private init(text: String) {
        self.text = text
    }

    public var description: String { text }
}

extension StringProtocol {
    public func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
