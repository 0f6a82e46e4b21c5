/// The periods the follow-up reports in: a year, one of its tertials (January–April, May–August,
/// September–December, as the members' reports are due) or a month.
public enum ReportingPeriod: Hashable, Sendable {
    case year(Int)
    case tertial(year: Int, number: Int)
    case month(year: Int, month: Int)

    public var year: Int {
        switch self {
        case .year(let year), .tertial(let year, _), .month(let year, _): year
        }
    }

    public var from: CivilDate {
        switch self {
        case .year(let year): CivilDate(year: year, month: 1, day: 1)!
        case .tertial(let year, let number): CivilDate(year: year, month: (number - 1) * 4 + 1, day: 1)!
        case .month(let year, let month): CivilDate(year: year, month: month, day: 1)!
        }
    }

    public var to: CivilDate {
        switch self {
        case .year(let year): CivilDate(year: year, month: 12, day: 31)!
        case .tertial(let year, let number): Self.lastDay(year: year, month: number * 4)
        case .month(let year, let month): Self.lastDay(year: year, month: month)
        }
    }

    public func contains(_ date: CivilDate) -> Bool { from <= date && date <= to }

    /// "2026", "2026-T2" or "2026-05"; nil for anything else.
    public init?(code: String) {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let year = Int(parts[0]), (1900...2999).contains(year), parts[0].count == 4 else { return nil }
        if parts.count == 1 {
            self = .year(year)
        } else if parts.count == 2, parts[1].first == "T", let number = Int(parts[1].dropFirst()), (1...3).contains(number) {
            self = .tertial(year: year, number: number)
        } else if parts.count == 2, parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) {
            self = .month(year: year, month: month)
        } else {
            return nil
        }
    }

    public var code: String {
        switch self {
        case .year(let year): String(year)
        case .tertial(let year, let number): "\(year)-T\(number)"
        case .month(let year, let month): "\(year)-" + (month < 10 ? "0\(month)" : "\(month)")
        }
    }

    /// The tertials or months of a year, for the views that follow a year through.
    public static func tertials(of year: Int) -> [ReportingPeriod] { (1...3).map { .tertial(year: year, number: $0) } }
    public static func months(of year: Int) -> [ReportingPeriod] { (1...12).map { .month(year: year, month: $0) } }

    private static func lastDay(year: Int, month: Int) -> CivilDate {
        let next = month == 12 ? CivilDate(year: year + 1, month: 1, day: 1)! : CivilDate(year: year, month: month + 1, day: 1)!
        return next.adding(days: -1)!
    }
}
