import Foundation

/// Where "today" comes from. The association lives in Swedish time; tests fix the clock.
public struct Today: Sendable {
    public let date: @Sendable () -> CivilDate

    public init(_ date: @escaping @Sendable () -> CivilDate) {
        self.date = date
    }

    /// Made once: every request asks for today, and building a calendar with a time zone is not free.
    private static let swedishCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Stockholm") ?? .current
        return calendar
    }()

    public static let stockholm = Today {
        let parts = swedishCalendar.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CivilDate(year: 2000, month: 1, day: 1)!
    }

    public static func fixed(_ date: CivilDate) -> Today {
        Today { date }
    }
}
