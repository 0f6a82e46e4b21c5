import Foundation
import Testing
@testable import Domain

@Suite struct ImpactIndexTests {
    @Test func achievementReachesOneAtTheTargetInEitherDirection() {
        #expect(ImpactIndex.achievement(value: 30, target: 40, direction: .atLeast) == 0.75)
        #expect(ImpactIndex.achievement(value: 55, target: 40, direction: .atLeast) == 1)
        #expect(ImpactIndex.achievement(value: 25, target: 20, direction: .atMost) == 0.8)
        #expect(ImpactIndex.achievement(value: 12, target: 20, direction: .atMost) == 1)
        #expect(ImpactIndex.achievement(value: 3, target: 0, direction: .atMost) == 0)
    }

    @Test func theIndexWeighsIndicatorsWithinAreasAndAreasByTheirWeights() throws {
        // Benefit 40 %: one indicator met (weight 8), one at half (weight 2) → 90.
        let benefit = try #require(ImpactIndex.area([.init(weight: 8, achievement: 1), .init(weight: 2, achievement: 0.5)]))
        #expect(abs(benefit - 90) < 1e-9)
        // Cooperation 60 %: at 0.6 → 60.
        let cooperation = try #require(ImpactIndex.area([.init(weight: 5, achievement: 0.6)]))
        let whole = try #require(ImpactIndex.whole([(40, benefit), (60, cooperation)]))
        #expect(abs(whole - 72) < 1e-9)
        #expect(ImpactIndex.whole([(40, 100), (60, 100)]) == 100, "every goal met is the maximum, 100")
        #expect(ImpactIndex.whole([(40, nil), (60, nil)]) == nil)
        #expect(ImpactIndex.area([]) == nil)
    }

    @Test func thresholdsGiveTheLevel() {
        let thresholds = ImpactThresholds()
        #expect(thresholds.level(70) == .green && thresholds.level(69.9) == .orange && thresholds.level(65) == .orange && thresholds.level(64.9) == .red)
    }

    @Test func weightsSumToAHundredAndStayNearTheIdeal() {
        #expect(GoalAreaWeights.check([("A", 40, 40), ("B", 25, 28), ("C", 35, 32)]).isEmpty)
        let issues = GoalAreaWeights.check([("A", 40, 46), ("B", 25, 25), ("C", 35, 35)])
        #expect(issues.contains(FieldIssue("weights", .countsDoNotAddUp(stated: 100, computed: 106))))
        #expect(issues.contains(FieldIssue("used0", .weightOutsideTolerance(ideal: 40, tolerance: 5))))
        guard case .failure(let failure) = GoalAreaDraft.parse(["name": "Nytta", "idealWeight": "40", "usedWeight": "47"]) else {
            Issue.record("accepted a weight far from its ideal"); return
        }
        #expect(failure.issues == [FieldIssue("usedWeight", .weightOutsideTolerance(ideal: 40, tolerance: 5))])
    }

    @Test func computedMeasuresComeFromThePeriodsFigures() throws {
        let insats = UUID()
        func ended(_ key: String, _ sex: ParticipantSex, _ outcome: EpisodeOutcome) -> RecordedEpisode {
            RecordedEpisode(interventionID: insats, episode: ParticipantEpisodeDraft(
                key: key, sex: sex, ageBand: .from30to39, referral: .employmentService, municipalityID: nil,
                referredOn: CivilDate(iso: "2025-01-10")!, accepted: true, startsOn: CivilDate(iso: "2025-02-01"),
                endsOn: CivilDate(iso: "2025-09-30"), outcome: outcome))
        }
        let episodes = [ended("AAAA", .woman, .work), ended("BBBB", .woman, .studies), ended("CCCC", .woman, .dropOutOther),
                        ended("DDDD", .man, .work), ended("EEEE", .man, .jobSeeking)]
        let all = ParticipantFigures.period(.year(2025), of: episodes)
        let women = ParticipantFigures.period(.year(2025), of: episodes.filter { $0.episode.sex == .woman })
        let men = ParticipantFigures.period(.year(2025), of: episodes.filter { $0.episode.sex == .man })
        #expect(IndicatorMeasure.workOrStudies.value(of: all)?.value == 60)
        #expect(IndicatorMeasure.dropOut.value(of: all)?.value == 20)
        let difference = try #require(IndicatorMeasure.sexDifference.value(of: all, byWomen: women, byMen: men))
        #expect(abs(difference.value - (200.0 / 3 - 50)) < 1e-9 && difference.persons == 5)
        #expect(IndicatorMeasure.manual.value(of: all) == nil)
    }
}
