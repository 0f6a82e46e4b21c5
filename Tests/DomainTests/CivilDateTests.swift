import Testing
@testable import Domain

@Suite struct CivilDateTests {
    @Test func parsesOnlyRealIsoDates() {
        #expect(CivilDate(iso: "2016-11-25")?.iso == "2016-11-25")
        #expect(CivilDate(iso: "2024-02-29") != nil)
        #expect(CivilDate(iso: "2023-02-29") == nil)
        #expect(CivilDate(iso: "2016-13-01") == nil)
        #expect(CivilDate(iso: "25/11/2016") == nil)
        #expect(CivilDate(iso: "2016-1-25") == nil)
    }

    @Test func addsDaysAcrossMonthsAndYears() {
        let posted = CivilDate(iso: "2016-12-19")!
        #expect(posted.adding(days: 21)?.iso == "2017-01-09")
        #expect(CivilDate(iso: "2024-02-28")!.adding(days: 1)?.iso == "2024-02-29")
        #expect(CivilDate(iso: "2016-11-25")!.days(until: CivilDate(iso: "2016-12-16")!) == 21)
    }

    @Test func knowsTheWeekday() {
        #expect(CivilDate(iso: "2016-11-25")!.isoWeekday == 5)
        #expect(CivilDate(iso: "2026-11-22")!.isoWeekday == 7)
        #expect(CivilDate(iso: "1970-01-01")!.isoWeekday == 4)
    }

    @Test func monthDayRefusesLeapDay() {
        #expect(MonthDay(text: "02-29") == nil)
        #expect(MonthDay(text: "04-01")?.date(in: 2025)?.iso == "2025-04-01")
    }
}
