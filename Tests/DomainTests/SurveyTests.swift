import Foundation
import Testing
@testable import Domain

@Suite struct SurveyTests {
    let today = CivilDate(iso: "2026-06-30")!

    @Test func anAnswerHasRatingsOfOneToTenAndAtLeastOneAnswer() {
        #expect(SurveyAnswerDraft.parse(["answeredOn": "2026-05-01", "quality_of_life": "8", "discrimination": "nej"], today: today)
            .issues.isEmpty)
        #expect(SurveyAnswerDraft.parse(["answeredOn": "2026-05-01", "influence": "11"], today: today).issues
            == [FieldIssue("influence", .outOfRange(min: 1, max: 10))])
        #expect(SurveyAnswerDraft.parse(["answeredOn": "2026-05-01"], today: today).issues == [FieldIssue("quality_of_life", .required)])
        #expect(SurveyAnswerDraft.parse(["answeredOn": "2026-07-01", "influence": "5"], today: today).issues
            == [FieldIssue("answeredOn", .mustBeOnOrBefore("2026-06-30"))])
    }

    @Test func theResponseRateIsAgainstThoseWhoEndedAndSharesAgainstThoseWhoAnswered() throws {
        let day = CivilDate(iso: "2026-05-01")!
        let answers = [
            SurveyAnswerDraft(answeredOn: day, ratings: [.insatsQuality: 9, .influence: 6], discrimination: false),
            SurveyAnswerDraft(answeredOn: day, ratings: [.insatsQuality: 7], discrimination: true),
            SurveyAnswerDraft(answeredOn: day, ratings: [.insatsQuality: 4, .influence: 10], discrimination: nil),
            SurveyAnswerDraft(answeredOn: day, ratings: [.qualityOfLife: 8], discrimination: false),
        ]
        let figures = SurveyFigures(answers: answers, ended: 5)
        #expect(figures.responseRate == 80)
        #expect(try #require(figures.shareSevenToTen(.insatsQuality)) == 200.0 / 3)
        #expect(figures.shareSevenToTen(.influence) == 50 && figures.shareSevenToTen(.qualityOfLife) == 100)
        #expect(figures.discriminationAnswered == 3 && figures.discriminationYes == 1)
        #expect(SurveyFigures(answers: [], ended: 0).responseRate == nil)
    }
}
