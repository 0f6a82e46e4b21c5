import Testing
@testable import Domain

@Suite struct HolidayTests {
    private func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    @Test func computesEasterForKnownYears() {
        #expect(SwedishHolidays.easterSunday(2016)?.iso == "2016-03-27")
        #expect(SwedishHolidays.easterSunday(2019)?.iso == "2019-04-21")
        #expect(SwedishHolidays.easterSunday(2024)?.iso == "2024-03-31")
        #expect(SwedishHolidays.easterSunday(2026)?.iso == "2026-04-05")
        #expect(SwedishHolidays.easterSunday(2038)?.iso == "2038-04-25")
    }

    @Test func listsTheMovableHolidaysOf2026() {
        let days = SwedishHolidays.dates(in: 2026)
        for iso in ["2026-04-03", "2026-04-05", "2026-04-06", "2026-05-14", "2026-05-24",
                    "2026-06-19", "2026-06-20", "2026-10-31", "2026-12-24", "2026-12-31"] {
            #expect(days.contains(date(iso)), "\(iso) should be a holiday")
        }
        #expect(!days.contains(date("2026-04-07")))
        #expect(days.count == 16)
    }

    @Test func appealPeriodsFromTheCorpus() {
        #expect(AppealPeriod(postedOn: date("2016-12-19"), days: 21)?.endsOn.iso == "2017-01-09")
        #expect(AppealPeriod(postedOn: date("2017-11-13"), days: 21)?.endsOn.iso == "2017-12-04")
    }

    @Test func periodEndingOnMidsommaraftonMovesToMonday() {
        // 2026-05-29 + 21 days is Friday 2026-06-19, midsommarafton.
        #expect(AppealPeriod(postedOn: date("2026-05-29"), days: 21)?.endsOn.iso == "2026-06-22")
    }

    @Test func periodEndingAtEasterMovesPastAnnandagPask() {
        // Ends on långfredagen 2026-04-03 → Saturday, Sunday, annandag påsk → Tuesday.
        #expect(AppealPeriod(postedOn: date("2026-03-13"), days: 21)?.endsOn.iso == "2026-04-07")
        // Ends on Kristi himmelsfärds dag 2025-05-29 (Thursday) → Friday.
        #expect(AppealPeriod(postedOn: date("2025-05-08"), days: 21)?.endsOn.iso == "2025-05-30")
    }

    @Test func periodEndingAtChristmasRunsIntoTheNewYear() {
        // 2027-12-24 is a Friday: julafton, weekend, and 2027-12-27 is the next working day.
        #expect(AppealPeriod(postedOn: date("2027-12-03"), days: 21)?.endsOn.iso == "2027-12-27")
        // 2021-12-31 nyårsafton (Friday) → weekend → Monday 2022-01-03.
        #expect(AppealPeriod(postedOn: date("2021-12-10"), days: 21)?.endsOn.iso == "2022-01-03")
    }

    @Test func decisionsBecomeFinalTheDayAfterThePeriodEnds() throws {
        let period = try #require(AppealPeriod(postedOn: date("2016-12-19"), days: 21))
        #expect(!period.isFinal(on: date("2017-01-09")))
        #expect(period.isFinal(on: date("2017-01-10")))
    }
}
