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

    @Test func answersAreReadFromASheetAsTheFormReadsThem() throws {
        let sheet = "Diskriminering,Datum,Livskvalitet,Inflytande,Kommentar\n"
            + "Nej,2026-05-02,8/10,7,\n"
            + "ja,2026-05-03,,3 av 10,\n"
            + "nej,2026-05-04,9,12,\n"
            + "nej,2026-05-05,6,6,Svarade 19850312-1234\n"
        let rows = try SurveyCSV.read(sheet).get()
        #expect(rows.count == 4 && rows[0].line == 2)
        #expect(rows[0].values == ["discrimination": "nej", "answeredOn": "2026-05-02", "quality_of_life": "8", "influence": "7"])
        #expect(SurveyAnswerDraft.parse(rows[0].values, today: today).issues.isEmpty)
        #expect(try SurveyAnswerDraft.parse(rows[1].values, today: today).get().ratings == [.influence: 3])
        #expect(SurveyAnswerDraft.parse(rows[2].values, today: today).issues == [FieldIssue("influence", .outOfRange(min: 1, max: 10))])
        #expect(rows[3].issues == [FieldIssue("Kommentar", .looksLikePersonalNumber)], "also in a column the form does not use")
        #expect(throws: CSVSheet.Problem.missingColumns(["answeredOn"])) { try SurveyCSV.read("Livskvalitet\n8\n").get() }
    }
}
