/// § numbers run continuously through the calendar year per body: the first meeting of a year
/// starts at § 1 and every later meeting continues after the last number used that year
/// (corpus: § 64–78 in September 2016, § 93–110 in November 2016, § 1–11 in February 2022).
public enum ParagraphNumbering {
    /// The first number for a meeting held on `date`, given the highest number already used by
    /// each earlier meeting of the same body (any year; other years are ignored).
    public static func firstNumber(on date: CivilDate, earlierMeetings: [(date: CivilDate, lastNumber: Int)]) -> Int {
        let used = earlierMeetings.filter { $0.date.year == date.year && $0.date <= date }.map(\.lastNumber)
        return (used.max() ?? 0) + 1
    }

    /// Numbers a body's meetings in date order; a meeting without handled items gets nil.
    public static func ranges(for meetings: [(date: CivilDate, paragraphs: Int)]) -> [ClosedRange<Int>?] {
        var lastByYear: [Int: Int] = [:]
        let order = meetings.indices.sorted { meetings[$0].date < meetings[$1].date }
        var result = [ClosedRange<Int>?](repeating: nil, count: meetings.count)
        for index in order {
            let meeting = meetings[index]
            guard meeting.paragraphs > 0 else { continue }
            let first = (lastByYear[meeting.date.year] ?? 0) + 1
            let last = first + meeting.paragraphs - 1
            lastByYear[meeting.date.year] = last
            result[index] = first...last
        }
        return result
    }
}

/// A § added at the sammanträde after the protokoll was started goes where the meeting took it up:
/// the §§ after it move up by one, and so do attendance ranges that reach past that point, so
/// that a person present "§§ 3–8" is still present for the same business.
public enum ParagraphInsertion {
    public static func shifted(_ number: Int, insertingAfter after: Int) -> Int {
        number > after ? number + 1 : number
    }

    public static func shifted(_ range: ClosedRange<Int>?, insertingAfter after: Int) -> ClosedRange<Int>? {
        range.map { shifted($0.lowerBound, insertingAfter: after)...shifted($0.upperBound, insertingAfter: after) }
    }
}
