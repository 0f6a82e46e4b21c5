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

    /// The day, worked out at most once a second: the public fast path asks on every request.
    private final class Memo: @unchecked Sendable {
        private let lock = NSLock()
        private var day = CivilDate(year: 2000, month: 1, day: 1)!
        private var validUntil = Date.distantPast

        func day(at now: Date) -> CivilDate {
            lock.withLock {
                if now < validUntil { return day }
                let parts = swedishCalendar.dateComponents([.year, .month, .day], from: now)
                day = CivilDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? day
                validUntil = now.addingTimeInterval(1)
                return day
            }
        }
    }

    private static let memo = Memo()

    public static let stockholm = Today { memo.day(at: Date()) }

    public static func fixed(_ date: CivilDate) -> Today {
        Today { date }
    }
}
