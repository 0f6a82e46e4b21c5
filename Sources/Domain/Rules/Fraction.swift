/// A share such as 2/3, kept as two integers so that majority checks are exact.
public struct Fraction: Hashable, Sendable, CustomStringConvertible {
    public let numerator: Int
    public let denominator: Int

    /// Only proper fractions between 0 and 1 (exclusive of 0) make sense as a share of votes.
    public init?(_ numerator: Int, _ denominator: Int) {
        guard denominator > 0, numerator > 0, numerator <= denominator, denominator <= 100 else { return nil }
        self.numerator = numerator
        self.denominator = denominator
    }

    public init?(text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2,
              let n = Int(parts[0].trimmingWhitespace()),
              let d = Int(parts[1].trimmingWhitespace()) else { return nil }
        self.init(n, d)
    }

    public var text: String { "\(numerator)/\(denominator)" }
    public var description: String { text }

    public static let twoThirds = Fraction(2, 3)!

    /// Whether `part` of `whole` reaches at least this share.
    public func isReached(by part: Int, of whole: Int) -> Bool {
        whole > 0 && part * denominator >= numerator * whole
    }
}
