import Domain
import Fluent
import Foundation
import Persistence
import Testing
import Vapor
import Views
@testable import App

/// Issue 18, items 1 and 2: participations recorded by form or sheet under the association's key
/// and never with a personnummer; the kansli and the insats's own insatsägare record them; every
/// reader sees the counts; nothing about a participant leaves for the public.
@Suite struct ParticipantTests {
    @Test(arguments: TestDatabase.all)
    func participationsAreRecordedReadFromASheetAndCounted(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            let fixture = try await Fixture.load(app)
            let organisationID = try fixture.demo.requireID()
            let young = try #require(try await Intervention.query(on: app.db).filter(\.$code == "P20UNG").first())
            let adults = try #require(try await Intervention.query(on: app.db).filter(\.$code == "P10VUX").first())
            let youngPath = "/f/bjorkadalen/insatser/\(young.id!.uuidString)/deltagare"
            let adultsPath = "/f/bjorkadalen/insatser/\(adults.id!.uuidString)/deltagare"
            let kansli = TestClient(app)
            try await kansli.login("kansli")
            let form = try await kansli.get(youngPath)
            #expect(form.status == .ok && form.body.contains("Registrera deltagande"))
            let before = try await ParticipantEpisode.query(on: app.db).count()

            let refused = try await kansli.post(youngPath, ["key": "19850312-1234", "sex": "woman", "ageBand": "20-24", "referral": "af",
                                                            "referredOn": "2026-02-01", "accepted": "ja", "startsOn": "2026-02-10"])
            #expect(refused.status == .unprocessableEntity && refused.body.contains("ser ut att innehålla ett personnummer"))
            #expect(!refused.body.contains("19850312-1234"), "the personnummer is not even sent back")
            let noEnd = try await kansli.post(youngPath, ["key": "TEST-0001", "sex": "woman", "ageBand": "20-24", "referral": "af",
                                                          "referredOn": "2026-02-01", "accepted": "ja", "startsOn": "2026-02-10", "outcome": "arbete"])
            #expect(noEnd.status == .unprocessableEntity && noEnd.body.contains("kan bara anges när deltagandet har ett slutdatum"))
            #expect(try await ParticipantEpisode.query(on: app.db).count() == before, "nothing saved")

            let saved = try await kansli.post(youngPath, ["key": "test-0001", "sex": "woman", "ageBand": "20-24", "referral": "af",
                                                          "referredOn": "2026-02-01", "accepted": "ja", "startsOn": "2026-02-10"])
            #expect(saved.status == .seeOther)
            let recorded = try #require(try await ParticipantEpisode.query(on: app.db).filter(\.$participantKey == "TEST-0001").first())
            #expect(recorded.$intervention.id == young.id && recorded.endsOn == nil)
            let editPath = youngPath + "/" + recorded.id!.uuidString
            #expect(try await kansli.post(editPath, ParticipantRecords.values(recorded).merging(["endsOn": "2026-03-10", "outcome": "studier"]) { $1 })
                .status == .seeOther)
            #expect(try await ParticipantEpisode.find(recorded.id, on: app.db)?.outcomeRaw == "studier")

            // A sheet: one row bad, so nothing is saved; then a good one, with the same person in the adults' insats.
            let bad = "Deltagarnyckel;Kön;Ålder;Remitterande part;Kommun;Remissdatum;Beredning;Start;Slut;Utfall\n"
                + "TEST-0002;Man;34;Socialtjänst;Vännäs;2026-03-01;ja;2026-03-05;;\n"
                + "TEST-0003;Kvinna;41;FK;;2026-03-01;ja;2026-03-10;2026-03-01;arbete\n"
            let preview = try await kansli.upload(adultsPath.replacingOccurrences(of: "/deltagare", with: "/deltagare-import"), [:],
                                                  file: ("file", "tertial.csv", Array(bad.utf8)))
            #expect(preview.status == .unprocessableEntity && preview.body.contains("1 rad har fel") && preview.body.contains("Avslutade kan inte komma före början"))
            #expect(!preview.body.contains("deltagare-import/spara"), "no save button while a row is wrong")
            let good = "Deltagarnyckel;Kön;Ålder;Remitterande part;Kommun;Remissdatum;Beredning;Start;Slut;Utfall\n"
                + "TEST-0001;Kvinna;22;AF;;2026-03-01;ja;2026-03-05;;\n"
                + "TEST-0002;Man;34;Socialtjänst;Vännäs;2026-02-01;ja;2026-02-05;;\n"
            let importPath = adultsPath.replacingOccurrences(of: "/deltagare", with: "/deltagare-import")
            let shown = try await kansli.upload(importPath, [:], file: ("file", "tertial.csv", Array(good.utf8)))
            #expect(shown.status == .ok && shown.body.contains("Spara 2 deltaganden") && shown.body.contains("Rätt, nytt deltagande"))
            #expect(try await ParticipantEpisode.query(on: app.db).count() == before + 1, "a preview saves nothing")
            #expect(try await kansli.upload(importPath + "/spara", ["csv": good], file: nil).status == .seeOther)
            #expect(try await ParticipantEpisode.query(on: app.db).count() == before + 3)
            // The same sheet again, with an ending filled in, replaces instead of adding.
            let again = good.replacingOccurrences(of: "2026-02-05;;", with: "2026-02-05;2026-03-12;extratjänst")
            #expect(try await kansli.upload(importPath, [:], file: ("file", "tertial.csv", Array(again.utf8))).body.contains("ersätter"))
            #expect(try await kansli.upload(importPath + "/spara", ["csv": again], file: nil).status == .seeOther)
            #expect(try await ParticipantEpisode.query(on: app.db).count() == before + 3)
            let replaced = try #require(try await ParticipantEpisode.query(on: app.db).filter(\.$participantKey == "TEST-0002").first())
            #expect(replaced.outcomeRaw == EpisodeOutcome.otherMeasure.rawValue)

            // The counts: TEST-0001 is in both insatser in 2026 and one person in the total.
            let stored = try await ParticipantEpisode.query(on: app.db).filter(\.$organisation.$id == organisationID).all().compactMap(\.recorded)
            let whole = ParticipantFigures.period(.year(2026), of: stored)
            let rows = [young, adults].map { i in ParticipantFigures.period(.year(2026), of: stored.filter { $0.interventionID == i.id }).during.total.value }
            #expect(whole.during.total.value < rows.reduce(0, +) && whole.inMoreThanOne.value >= 1)
            let page = try await kansli.get("/f/bjorkadalen/uppfoljning?period=2026")
            #expect(page.status == .ok && page.body.contains("kumulativt, alla deltagare sedan start") && page.body.contains("deltog i mer än en insats"))
            #expect(page.body.contains(">\(Sv.grouped(Int64(whole.during.total.value)))</td>"))
            #expect(!page.body.contains("TEST-0001"), "the figures name no participant")
            #expect(try await kansli.get("/f/bjorkadalen/uppfoljning?period=2026-T2").body.contains("tertial 2 2026"))

            // An anonymous survey answer: a rating is 1–10, and no key is asked for.
            let badAnswer = try await kansli.post(youngPath.replacingOccurrences(of: "/deltagare", with: "/enkatsvar"),
                                                  ["answeredOn": "2026-03-10", "insats_quality": "12"])
            #expect(badAnswer.status == .unprocessableEntity && badAnswer.body.contains("Insatsens kvalitet"))
            #expect(try await kansli.post(youngPath.replacingOccurrences(of: "/deltagare", with: "/enkatsvar"),
                                          ["answeredOn": "2026-03-10", "insats_quality": "8", "influence": "6", "discrimination": "nej"]).status == .seeOther)
            let surveyed = try await kansli.get(youngPath)
            #expect(surveyed.body.contains("Deltagarenkät") && surveyed.body.contains("Enkätsvaret är registrerat."))
            #expect(try await SurveyAnswer.query(on: app.db).filter(\.$answeredOn == "2026-03-10").count() == 1)

            // Counts for a period, which must add up; they count in the insats's row and the total.
            let countsPath = adultsPath.replacingOccurrences(of: "/deltagare", with: "/antal")
            let beforeCounts = try await kansli.get("/f/bjorkadalen/uppfoljning?period=2026-T1").body
            let notAddingUp = try await kansli.post(countsPath, ["period": "2026-T1", "women": "5", "men": "4", "other": "0", "total": "10", "new": "3",
                                                                 "work": "1", "studies": "1", "otherPositive": "1", "dropOut": "0", "remaining": "6"])
            #expect(notAddingUp.status == .unprocessableEntity && notAddingUp.body.contains("går inte ihop: angivet 10, men delarna ger 9"))
            #expect(try await ParticipantCounts.query(on: app.db).count() == 0)
            #expect(try await kansli.post(countsPath, ["period": "2026-T1", "women": "5", "men": "4", "other": "0", "total": "9", "new": "3",
                                                       "work": "1", "studies": "1", "otherPositive": "1", "dropOut": "0", "remaining": "6"]).status == .seeOther)
            let afterCounts = try await kansli.get("/f/bjorkadalen/uppfoljning?period=2026-T1").body
            #expect(afterCounts.contains("kan inte rensas för personer som deltagit i flera insatser") && afterCounts != beforeCounts)

            // Who sees what.
            let ledamot = TestClient(app)
            try await ledamot.login("ledamot")
            #expect(try await ledamot.get("/f/bjorkadalen/uppfoljning").status == .ok)
            #expect(try await ledamot.get(youngPath).status == .forbidden)
            try await linkUser(app, "agare", to: "David Persson", roles: [.activityOwner])
            let owner = TestClient(app)
            try await owner.login("agare")
            #expect(try await owner.get(youngPath).status == .ok)
            #expect(try await owner.get(adultsPath).status == .notFound, "another insats is not the insatsägare's")
            let annan = TestClient(app)
            try await annan.login("annan")
            #expect(try await annan.get("/f/bjorkadalen/uppfoljning").status != .ok)
            let visitor = TestClient(app)
            #expect(try await visitor.get("/f/bjorkadalen/uppfoljning").status == .seeOther)
            for path in ["/", "/f/bjorkadalen", "/f/bjorkadalen/anslagstavla", "/api/v1/organisations/bjorkadalen", "/api/v1/openapi.json"] {
                let body = try await visitor.get(path).body
                #expect(!body.contains("TEST-0001") && !body.contains("participantKey") && !body.contains("participant_key"), "\(path)")
            }
        }
    }

    /// Issue 18, item 3: anonymous survey answers read from a sheet, previewed and saved together.
    @Test(arguments: TestDatabase.all)
    func surveyAnswersAreReadFromASheet(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let young = try #require(try await Intervention.query(on: app.db).filter(\.$code == "P20UNG").first())
            let importPath = "/f/bjorkadalen/insatser/\(young.id!.uuidString)/enkatsvar-import"
            let kansli = TestClient(app)
            try await kansli.login("kansli")
            #expect(try await kansli.get("/f/bjorkadalen/insatser/\(young.id!.uuidString)/deltagare").body.contains(importPath))
            #expect(try await kansli.get(importPath).status == .ok)
            let before = try await SurveyAnswer.query(on: app.db).count()
            let bad = "Svarsdatum;Livskvalitet;Insatsens kvalitet;Inflytande;Diskriminering;Nyckel\n"
                + "2026-03-01;8/10;9;7;nej;\n"
                + "2026-03-02;11;;;;\n"
                + "2026-03-03;5;5;5;ja;850312-1234\n"
            let refused = try await kansli.upload(importPath, [:], file: ("file", "enkat.csv", Array(bad.utf8)))
            #expect(refused.status == .unprocessableEntity && refused.body.contains("2 rader har fel") && !refused.body.contains("850312-1234"))
            #expect(!refused.body.contains("enkatsvar-import/spara"), "no save button while a row is wrong")
            #expect(try await kansli.upload(importPath + "/spara", ["csv": bad], file: nil).status == .unprocessableEntity)
            #expect(try await SurveyAnswer.query(on: app.db).count() == before, "nothing saved")
            let good = "Svarsdatum;Livskvalitet;Insatsens kvalitet;Inflytande;Diskriminering\n2026-03-01;8/10;9;7;nej\n2026-03-02;4;;6;ja\n"
            let shown = try await kansli.upload(importPath, [:], file: ("file", "enkat.csv", Array(good.utf8)))
            #expect(shown.status == .ok && shown.body.contains("Spara 2 enkätsvar"))
            #expect(try await kansli.upload(importPath + "/spara", ["csv": good], file: nil).status == .seeOther)
            #expect(try await SurveyAnswer.query(on: app.db).count() == before + 2)
            let revisor = TestClient(app)
            try await revisor.login("revisor")
            #expect(try await revisor.get(importPath).status == .forbidden, "only those who act for the insats")
        }
    }
}
