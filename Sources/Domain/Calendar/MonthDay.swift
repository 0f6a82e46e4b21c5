/// A recurring day of the year, such as the date a new board takes office (`01-01`) or the
/// deadline for adopting the budget (`11-30`). Stored as `MM-DD` text.
public struct MonthDay: Hashable, Sendable, CustomStringConvertible {
    public let month: Int
    public let day: Int

    /// February 29 is refused: a yearly rule must exist in every year.
    public init?(month: Int, day: Int) {
        guard (1...12).contains(month), (1...CivilDate.daysIn(month: month, year: 2001)).contains(day) else { return nil }
        self.month = month
        self.day = day
    }

    public init?(text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let m = Int(parts[0]), let d = Int(parts[1]) else { return nil }
        self.init(month: m, day: d)
    }

    public var text: String {
        (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
    }

    public var description: String { text }

    public func date(in year: Int) -> CivilDate? {
        CivilDate(year: year, month: month, day: day)
    }
}
