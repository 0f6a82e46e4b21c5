import Foundation
import Testing
@testable import Domain

@Suite struct ParticipantFiguresTests {
    let adults = UUID()
    let young = UUID()

    func episode(_ key: String, in intervention: UUID, _ sex: ParticipantSex = .woman, referred: String = "2024-01-02", start: String?,
                 end: String? = nil, outcome: EpisodeOutcome? = nil, referral: ReferralSource = .employmentService, municipality: UUID? = nil,
                 accepted: Bool = true) -> RecordedEpisode {
        RecordedEpisode(interventionID: intervention, episode: ParticipantEpisodeDraft(
            key: key, sex: sex, ageBand: .from25to29, referral: referral, municipalityID: municipality, referredOn: CivilDate(iso: referred)!,
            accepted: accepted, startsOn: start.flatMap(CivilDate.init(iso:)), endsOn: end.flatMap(CivilDate.init(iso:)), outcome: outcome))
    }

    /// Three years of one insats: the yearly figures hold only their year, the cumulative ones all.
    @Test func aYearHoldsOnlyItsYearAndSinceStartHoldsEveryYear() {
        let episodes = [
            episode("AAAA", in: adults, start: "2024-02-01", end: "2024-11-30", outcome: .work),
            episode("BBBB", in: adults, .man, start: "2024-06-01", end: "2025-03-31", outcome: .studies),
            episode("CCCC", in: adults, start: "2025-04-01", end: "2025-10-31", outcome: .dropOutHealth),
            episode("DDDD", in: adults, .otherOrUnknown, start: "2026-01-15"),
        ]
        let y2025 = ParticipantFigures.period(.year(2025), of: episodes)
        #expect(y2025.during.total.value == 2)
        #expect(y2025.carriedIn.value == 1)
        #expect(y2025.new.value == 1)
        #expect(y2025.ended.group(.studies).value == 1)
        #expect(y2025.ended.group(.dropOut).value == 1)
        #expect(y2025.remaining.value == 0)
        let sinceStart = ParticipantFigures.cumulative(until: CivilDate(iso: "2026-06-30")!, of: episodes)
        #expect(sinceStart.participants.total.value == 4)
        #expect(sinceStart.ended.total.value == 3)
        #expect(sinceStart.remaining.value == 1)
        #expect(sinceStart.participants.women.value == 2 && sinceStart.participants.men.value == 1 && sinceStart.participants.other.value == 1)
        // The years do not add up to the cumulative figure: a person in two years is in both.
        let years = [2024, 2025, 2026].map { ParticipantFigures.period(.year($0), of: episodes).during.total.value }
        #expect(years == [2, 2, 1])
    }

    @Test func theIdentitiesHoldInEveryPeriod() {
        var generator = SeededGenerator(seed: 7)
        let episodes = (0..<300).map { index -> RecordedEpisode in
            let start = CivilDate(iso: "2024-01-01")!.adding(days: Int.random(in: 0...900, using: &generator))!
            let ended = Bool.random(using: &generator)
            let end = ended ? start.adding(days: Int.random(in: 0...400, using: &generator)) : nil
            return episode("K\(index % 200)", in: index % 3 == 0 ? young : adults, ParticipantSex.allCases.randomElement(using: &generator)!,
                           referred: start.iso, start: start.iso, end: end?.iso, outcome: end == nil ? nil : EpisodeOutcome.allCases.randomElement(using: &generator))
        }
        let periods = [2024, 2025, 2026].flatMap { [ReportingPeriod.year($0)] + ReportingPeriod.tertials(of: $0) + ReportingPeriod.months(of: $0) }
        for period in periods {
            let f = ParticipantFigures.period(period, of: episodes)
            #expect(f.during.total.value == f.carriedIn.value + f.new.value, "\(period.code)")
            #expect(f.during.total.value == f.ended.total.value + f.remaining.value, "\(period.code)")
            #expect(f.ended.total.value == OutcomeGroup.allCases.map { f.ended.group($0).value }.reduce(0, +), "\(period.code)")
            // The association counts each person once: never more than the insatser's rows together.
            let rows = [adults, young].map { id in ParticipantFigures.period(period, of: episodes.filter { $0.interventionID == id }).during.total.value }
            #expect(f.during.total.value <= rows.reduce(0, +))
            #expect(f.during.total.value >= rows.reduce(0, +) - f.inMoreThanOne.value)
        }
    }

    @Test func aPersonInTwoInsatserIsOnePersonInTheTotal() {
        let episodes = [
            episode("SAME", in: adults, start: "2025-02-01", end: "2025-05-31", outcome: .otherMeasure),
            episode("SAME", in: young, start: "2025-06-01", end: "2025-11-30", outcome: .work),
            episode("ONLY", in: young, .man, start: "2025-03-01"),
        ]
        let whole = ParticipantFigures.period(.year(2025), of: episodes)
        #expect(whole.during.total.value == 2)
        #expect(whole.inMoreThanOne.value == 1)
        // The person's last ending is the one the association reports.
        #expect(whole.ended.group(.work).value == 1)
        #expect(whole.ended.group(.otherPositive).value == 0)
        #expect(whole.remaining.value == 1)
        let adultsOnly = ParticipantFigures.period(.year(2025), of: episodes.filter { $0.interventionID == adults })
        #expect(adultsOnly.ended.count(.otherMeasure).value == 1)
        #expect(adultsOnly.inMoreThanOne.value == 0)
    }

    @Test func aReferralWithoutAStartIsNoParticipant() {
        let episodes = [
            episode("NOPE", in: adults, referred: "2025-03-01", start: nil, accepted: false),
            episode("WAIT", in: adults, referred: "2025-12-20", start: nil),
        ]
        #expect(ParticipantFigures.period(.year(2025), of: episodes).during.total.value == 0)
        let referrals = ReferralTable(period: .year(2025), episodes: episodes)
        #expect(referrals.referred.value == 2)
        #expect(referrals.declined.value == 1)
    }

    @Test func referralRowsAddUpToTheirTotalWithAKommunPerMunicipalRow() {
        let umea = UUID(), vannas = UUID()
        let episodes = [
            episode("A001", in: adults, referred: "2025-02-01", start: nil, referral: .socialServices, municipality: umea),
            episode("A002", in: adults, referred: "2025-02-02", start: nil, referral: .socialServices, municipality: vannas, accepted: false),
            episode("A003", in: adults, referred: "2025-02-03", start: nil, referral: .socialServices, municipality: umea),
            // A state referral names the participant's kommun, but is not a kommun's referral.
            episode("A004", in: young, referred: "2025-02-04", start: nil, referral: .socialInsurance, municipality: umea),
            episode("A005", in: young, referred: "2024-12-31", start: nil, referral: .region),
        ]
        let table = ReferralTable(period: .year(2025), episodes: episodes, municipalityOrder: [vannas, umea])
        #expect(table.rows.map(\.source) == [.socialInsurance, .socialServices, .socialServices])
        #expect(table.rows.map(\.municipalityID) == [nil, vannas, umea])
        #expect(table.rows.map(\.referred.value) == [1, 1, 2])
        #expect(table.referred.value == table.rows.map(\.referred.value).reduce(0, +))
        #expect(table.referred.value == 4)
    }

    @Test func smallGroupsAreHiddenAndASingleHiddenPartIsProtected() {
        let groups = SmallGroups()
        #expect(groups.show(0) == .exact(0))
        #expect(groups.show(4) == .fewerThan(5))
        #expect(groups.show(5) == .exact(5))
        // Women 7, men 3, other 0: the 3 could be worked out from the total of 10, so 7 is hidden too.
        #expect(groups.show(parts: [7, 3, 0]) == [.protected, .fewerThan(5), .exact(0)])
        #expect(groups.show(parts: [2, 3, 9]) == [.fewerThan(5), .fewerThan(5), .exact(9)])
        #expect(groups.show(parts: [6, 9]) == [.exact(6), .exact(9)])
        #expect(groups.percent(.exact(3), of: 8) == .exact(38))
        #expect(groups.percent(.fewerThan(5), of: 8) == .fewerThan(5))
        #expect(groups.percent(.exact(0), of: 0) == nil)
        #expect(groups.percent(.exact(0), of: 3) == .protected, "0 % of three people says what all three did")
        #expect(SmallGroups(threshold: 3).show(3) == .exact(3))
    }

    @Test func periodsAreYearsTertialsAndMonths() {
        #expect(ReportingPeriod(code: "2025") == .year(2025))
        #expect(ReportingPeriod(code: "2025-T2")?.from.iso == "2025-05-01")
        #expect(ReportingPeriod(code: "2025-T2")?.to.iso == "2025-08-31")
        #expect(ReportingPeriod(code: "2024-02")?.to.iso == "2024-02-29")
        #expect(ReportingPeriod(code: "2025-T4") == nil)
        #expect(ReportingPeriod(code: "25") == nil)
        #expect(ReportingPeriod.month(year: 2025, month: 3).code == "2025-03")
    }
}
