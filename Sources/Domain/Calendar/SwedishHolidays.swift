/// Swedish public holidays (allmänna helgdagar, lag 1989:253) for any year, plus the eves that
/// count as holidays for deadlines (midsommarafton, julafton, nyårsafton): on those days offices
/// are closed, so a period ending there runs to the next working day (lag 1930:173).
public enum SwedishHolidays {
    public static func dates(in year: Int) -> Set<CivilDate> {
        var result: Set<CivilDate> = []
        func add(_ month: Int, _ day: Int) {
            if let date = CivilDate(year: year, month: month, day: day) { result.insert(date) }
        }
        add(1, 1)    // nyårsdagen
        add(1, 6)    // trettondedag jul
        add(5, 1)    // första maj
        add(6, 6)    // nationaldagen
        add(12, 24)  // julafton
        add(12, 25)  // juldagen
        add(12, 26)  // annandag jul
        add(12, 31)  // nyårsafton
        if let easter = easterSunday(year) {
            for offset in [-2, 0, 1, 39, 49] {  // långfredagen, påskdagen, annandag påsk, Kristi himmelsfärd, pingstdagen
                if let date = easter.adding(days: offset) { result.insert(date) }
            }
        }
        if let eve = firstDay(weekday: 5, from: CivilDate(year: year, month: 6, day: 19)) {
            result.insert(eve)  // midsommarafton: the Friday 19–25 June
            if let day = eve.adding(days: 1) { result.insert(day) }  // midsommardagen
        }
        if let allSaints = firstDay(weekday: 6, from: CivilDate(year: year, month: 10, day: 31)) {
            result.insert(allSaints)  // alla helgons dag: the Saturday 31 Oct–6 Nov
        }
        return result
    }

    public static func isHoliday(_ date: CivilDate) -> Bool {
        dates(in: date.year).contains(date)
    }

    /// A working day is a weekday that is not a holiday in the sense above.
    public static func isWorkingDay(_ date: CivilDate) -> Bool {
        date.isoWeekday <= 5 && !isHoliday(date)
    }

    /// The date itself when it is a working day, otherwise the next working day.
    public static func workingDay(onOrAfter date: CivilDate) -> CivilDate {
        var day = date
        while !isWorkingDay(day), let next = day.adding(days: 1) { day = next }
        return day
    }

    /// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).
    public static func easterSunday(_ year: Int) -> CivilDate? {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(year: year, month: month, day: day)
    }

    private static func firstDay(weekday: Int, from start: CivilDate?) -> CivilDate? {
        guard let start else { return nil }
        let shift = (weekday - start.isoWeekday + 7) % 7
        return start.adding(days: shift)
    }
}
