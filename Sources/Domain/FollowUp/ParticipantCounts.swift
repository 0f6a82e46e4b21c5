import Foundation

/// Participants of an insats in one period reported as counts instead of episodes, as a tertial
/// sheet or a SUS summary gives them. The counts must add up: the sexes to the participants, the
/// outcomes to those who ended, and those who ended and those who remain to the participants.
/// Counts cannot be told apart by person, so they are never merged with another insats's.
public struct ParticipantCountsDraft: Equatable, Sendable {
    public var period: ReportingPeriod
    public var women: Int
    public var men: Int
    public var other: Int
    public var new: Int
    public var work: Int
    public var studies: Int
    public var otherPositive: Int
    public var dropOut: Int
    public var remaining: Int

    public init(period: ReportingPeriod, women: Int, men: Int, other: Int, new: Int, work: Int, studies: Int, otherPositive: Int, dropOut: Int,
                remaining: Int) {
        self.period = period
        self.women = women
        self.men = men
        self.other = other
        self.new = new
        self.work = work
        self.studies = studies
        self.otherPositive = otherPositive
        self.dropOut = dropOut
        self.remaining = remaining
    }

    public var during: Int { women + men + other }
    public var ended: Int { work + studies + otherPositive + dropOut }

    /// Fields: period ("2026", "2026-T2" or "2026-05"), women, men, other, total (the stated
    /// number of participants), new, work, studies, otherPositive, dropOut, remaining.
    public static func parse(_ input: [String: String], today: CivilDate) -> Result<ParticipantCountsDraft, ValidationFailure> {
        var v = FieldValidator(input)
        var period: ReportingPeriod?
        if let code = v.text("period", maxLength: 10) {
            period = ReportingPeriod(code: code)
            if period == nil { v.add("period", .notAChoice) }
        }
        if let period, period.from > today { v.add("period", .mustBeOnOrBefore(today.iso)) }
        func count(_ field: String, required: Bool = true) -> Int? { v.integer(field, in: 0...100_000, required: required).map(Int.init) }
        let women = count("women"), men = count("men"), other = count("other"), total = count("total")
        let new = count("new"), work = count("work"), studies = count("studies"), otherPositive = count("otherPositive")
        let dropOut = count("dropOut"), remaining = count("remaining")
        if let women, let men, let other, let total, women + men + other != total {
            v.add("total", .countsDoNotAddUp(stated: total, computed: women + men + other))
        }
        if let total, let work, let studies, let otherPositive, let dropOut, let remaining, work + studies + otherPositive + dropOut + remaining != total {
            v.add("remaining", .countsDoNotAddUp(stated: remaining, computed: total - work - studies - otherPositive - dropOut))
        }
        if let new, let total, new > total { v.add("new", .countsDoNotAddUp(stated: new, computed: total)) }
        return v.result {
            guard let period, let women, let men, let other, let new, let work, let studies, let otherPositive, let dropOut, let remaining else { return nil }
            return ParticipantCountsDraft(period: period, women: women, men: men, other: other, new: new, work: work, studies: studies,
                                          otherPositive: otherPositive, dropOut: dropOut, remaining: remaining)
        }
    }

    /// The counts as a period's figures, to stand in the insats's row.
    public var figures: PeriodFigures {
        var figures = PeriodFigures(period: period)
        figures.during = BySex(women: Count(women), men: Count(men), other: Count(other))
        figures.new = Count(new)
        figures.carriedIn = Count(during - new)
        figures.ended = ByOutcome(work: work, studies: studies, otherPositive: otherPositive, dropOut: dropOut)
        figures.remaining = Count(remaining)
        return figures
    }
}
