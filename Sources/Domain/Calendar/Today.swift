import Foundation
import Synchronization

/// Where "today" and "now" come from: the one clock for every date and timestamp the app records
/// or prints (a kallelse published, a signature, an anslag, the change log), so that they agree
/// with each other when the day is fixed (`SAMORDNA_TODAY`, the tests). The association lives in
/// Swedish time.
public struct Today: Sendable {
    public let date: @Sendable () -> CivilDate
    /// The moment: on a fixed day, that day at the present time of day in Stockholm, so that
    /// events keep their order and read like real times.
    public let now: @Sendable () -> Date

    public init(_ date: @escaping @Sendable () -> CivilDate, now: @escaping @Sendable () -> Date = { Date() }) {
        self.date = date
        self.now = now
    }

    /// Made once: every request asks for today, and building a calendar with a time zone is not free.
    private static let swedishCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Stockholm") ?? .current
        return calendar
    }()

    /// The day, worked out at most once a second: the public fast path asks on every request.
    private final class Memo: Sendable {
        private let state = Mutex((day: CivilDate(year: 2000, month: 1, day: 1)!, validUntil: Date.distantPast))

        func day(at now: Date) -> CivilDate {
            state.withLock { state in
                if now < state.validUntil { return state.day }
                let parts = swedishCalendar.dateComponents([.year, .month, .day], from: now)
                state.day = CivilDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? state.day
                state.validUntil = now.addingTimeInterval(1)
                return state.day
            }
        }
    }

    private static let memo = Memo()

    public static let stockholm = Today { memo.day(at: Date()) }

    public static func fixed(_ date: CivilDate) -> Today {
        Today({ date }, now: { moment(on: date, at: Date()) })
    }

    /// `day` at the Swedish time of day that `clock` shows.
    static func moment(on day: CivilDate, at clock: Date) -> Date {
        let time = swedishCalendar.dateComponents([.hour, .minute, .second, .nanosecond], from: clock)
        let parts = DateComponents(year: day.year, month: day.month, day: day.day, hour: time.hour, minute: time.minute,
                                   second: time.second, nanosecond: time.nanosecond)
        return swedishCalendar.date(from: parts) ?? clock
    }
}
