import Foundation
import Testing
@testable import Domain

@Suite struct ParticipantDataTests {
    let today = CivilDate(iso: "2026-06-30")!

    func form(_ changes: [String: String] = [:]) -> [String: String] {
        ["key": "DK7Q-M3PA", "sex": "woman", "ageBand": "25-29", "referral": "af", "referredOn": "2026-02-01", "accepted": "ja",
         "startsOn": "2026-02-10"].merging(changes) { $1 }
    }

    func problems(_ values: [String: String]) -> [String: FieldIssue.Problem] {
        guard case .failure(let failure) = ParticipantEpisodeDraft.parse(values, today: today) else { return [:] }
        return Dictionary(failure.issues.map { ($0.field, $0.problem) }) { first, _ in first }
    }

    @Test func personalIdentityNumbersAreFoundInEveryWrittenForm() {
        for text in ["19850312-1234", "850312-1234", "8503121234", "198503121234", "850372-1234", "nr 850312+1234", "850312 1234"] {
            #expect(PersonalNumberCheck.containsPersonalNumber(text), "\(text)")
        }
        for text in ["2026-02-01", "1 250 000", "Dnr 2026/0123", "851312-1234", "12345", "DK7Q-M3PA", "20260201", "SE5566778899"] {
            #expect(!PersonalNumberCheck.containsPersonalNumber(text), "\(text)")
        }
    }

    @Test func aPersonnummerIsRefusedInAnyFieldWithTheReason() {
        #expect(problems(form(["key": "850312-1234"]))["key"] == .looksLikePersonalNumber)
        #expect(problems(form(["referredOn": "19850312-1234"]))["referredOn"] == .looksLikePersonalNumber)
        #expect(problems(form(["key": "K-8503121234"]))["key"] == .looksLikePersonalNumber)
        #expect(ParticipantKey.normalise("8503121234") == nil)
    }

    @Test func keysAreDrawnAtRandomAndReadBack() {
        var generator = SeededGenerator(seed: 1)
        let keys = (0..<200).map { _ in ParticipantKey.draw(using: &generator) }
        #expect(Set(keys).count == 200)
        for key in keys { #expect(ParticipantKey.normalise(key.lowercased()) == key) }
        #expect(ParticipantKey.normalise("123456") == nil)
        #expect(ParticipantKey.normalise("ab") == nil)
        #expect(ParticipantKey.normalise(" abc-12 ") == "ABC-12")
    }

    @Test func datesAndOutcomesMustFitTogether() {
        #expect(problems(form(["endsOn": "2026-02-01", "outcome": "arbete"]))["endsOn"] == .endBeforeStart)
        #expect(problems(form(["outcome": "arbete"]))["outcome"] == .outcomeWithoutEnd)
        #expect(problems(form(["endsOn": "2026-05-01"]))["outcome"] == .required)
        #expect(problems(form(["accepted": "nej"]))["startsOn"] == .declinedInAssessment)
        #expect(problems(form(["startsOn": "2026-01-15"]))["startsOn"] == .endBeforeStart)
        #expect(problems(form(["startsOn": "2026-07-01"]))["startsOn"] == .mustBeOnOrBefore("2026-06-30"))
        #expect(problems(form(["referral": "socialtjanst"]))["municipalityID"] == .required)
        #expect(problems(form(["startsOn": "", "endsOn": "2026-05-01", "outcome": "studier"]))["startsOn"] == .required)
        #expect(problems(form()).isEmpty)
        #expect(problems(form(["endsOn": "2026-05-01", "outcome": "annan_insats"])).isEmpty)
    }

    @Test func extratjanstIsAnotherMeasureNotWork() {
        #expect(EpisodeOutcome.otherMeasure.group == .otherPositive)
        #expect(ParticipantCSV.formValue("outcome", "Extratjänst") == EpisodeOutcome.otherMeasure.rawValue)
    }

    @Test func aSheetIsReadByItsHeadersInAnyOrderAndSeparator() throws {
        let sheet = """
            Utfall,Slut,Start,Beredning,Remissdatum,Kommun,Remitterande part,Ålder,Kön,Deltagarnyckel
            Arbete,2026-05-01,2026-02-10,ja,2026-02-01,Vännäs,Arbetsförmedlingen,23,K,AB12-CD34
            kvar i verksamheten,,2026-03-01,Ja,2026-02-20,"Umeå, kommun",Soc,61,man,EF56-GH78
            """
        let rows = try ParticipantCSV.read(sheet).get()
        #expect(rows.count == 2)
        #expect(rows[0].line == 2)
        #expect(rows[0].values["sex"] == "woman" && rows[0].values["ageBand"] == "20-24" && rows[0].values["outcome"] == "arbete")
        #expect(rows[0].values["municipalityName"] == "Vännäs")
        #expect(rows[1].values["outcome"] == "" && rows[1].values["ageBand"] == "60-" && rows[1].values["referral"] == "socialtjanst")
        #expect(rows[1].values["municipalityName"] == "Umeå, kommun")
        #expect(ParticipantEpisodeDraft.parse(rows[0].values.filter { $0.key != "municipalityName" }, today: today).issues.isEmpty)
    }

    @Test func aSheetWithAPersonnummerColumnIsRefusedRowByRow() throws {
        let sheet = "Nyckel;Kön;Ålder;Remittent;Remissdatum;Beredning;Personnummer\nAB12-CD34;kvinna;30;AF;2026-02-01;ja;19850312-1234\n"
        let rows = try ParticipantCSV.read(sheet).get()
        #expect(rows[0].issues == [FieldIssue("Personnummer", .looksLikePersonalNumber)])
    }

    @Test func aSheetWithoutTheRequiredColumnsSaysWhichAreMissing() {
        #expect(throws: ParticipantCSV.Problem.missingColumns(["sex", "accepted"])) {
            try ParticipantCSV.read("Nyckel;Ålder;Remittent;Remissdatum\n").get()
        }
        #expect(throws: ParticipantCSV.Problem.empty) { try ParticipantCSV.read("\n \n").get() }
    }
}

@Suite struct ParticipantCountsTests {
    let today = CivilDate(iso: "2026-06-30")!
    let form = ["period": "2026-T1", "women": "6", "men": "5", "other": "1", "total": "12", "new": "4", "work": "2", "studies": "1",
                "otherPositive": "2", "dropOut": "1", "remaining": "6"]

    @Test func countsThatAddUpStandAsThePeriodsFigures() throws {
        let draft = try ParticipantCountsDraft.parse(form, today: today).get()
        let figures = draft.figures
        #expect(figures.period == .tertial(year: 2026, number: 1))
        #expect(figures.during.total.value == 12 && figures.new.value == 4 && figures.carriedIn.value == 8)
        #expect(figures.ended.total.value == 6 && figures.ended.group(.otherPositive).value == 2 && figures.remaining.value == 6)
        #expect(figures.ended.count(.continuedRehabilitation).value == 0, "a group's count is not passed off as a detailed outcome")
        let episodes = [RecordedEpisode(interventionID: UUID(), episode: ParticipantEpisodeDraft(
            key: "ABCD", sex: .man, ageBand: .from20to24, referral: .employmentService, municipalityID: nil,
            referredOn: CivilDate(iso: "2026-01-05")!, accepted: true, startsOn: CivilDate(iso: "2026-01-10"), endsOn: nil, outcome: nil))]
        let sum = ParticipantFigures.period(.tertial(year: 2026, number: 1), of: episodes).adding(figures)
        #expect(sum.during.total.value == 13 && sum.during.total.value == sum.ended.total.value + sum.remaining.value)
        #expect(sum.during.total.value == sum.carriedIn.value + sum.new.value)
    }

    @Test func countsThatDoNotAddUpAreRefusedWithTheFigures() {
        var bad = form
        bad["total"] = "13"
        bad["remaining"] = "5"
        guard case .failure(let failure) = ParticipantCountsDraft.parse(bad, today: today) else { Issue.record("accepted"); return }
        #expect(failure.issues.contains(FieldIssue("total", .countsDoNotAddUp(stated: 13, computed: 12))))
        #expect(failure.issues.contains(FieldIssue("remaining", .countsDoNotAddUp(stated: 5, computed: 7))))
        var future = form
        future["period"] = "2026-T3"
        #expect(ParticipantCountsDraft.parse(future, today: today).issues == [FieldIssue("period", .mustBeOnOrBefore("2026-06-30"))])
        var wrong = form
        wrong["period"] = "2026-T5"
        #expect(ParticipantCountsDraft.parse(wrong, today: today).issues == [FieldIssue("period", .notAChoice)])
    }
}
