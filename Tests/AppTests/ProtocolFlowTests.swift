import Fluent
import Persistence
import Testing
import Vapor
@testable import App

/// Drafting a protokoll: § numbers continue through the body's year, attendance with an ersättare
/// stepping in from § 3, the quorum per §, and attendance the rules refuse.
@Suite struct ProtocolFlowTests {
    private func person(_ app: Application, _ name: String) async throws -> String {
        try #require(try await Person.query(on: app.db).filter(\.$name == name).first()?.id?.uuidString)
    }

    private func meetingWithAgenda(_ client: TestClient, _ app: Application, board: String, date: String, items: [String]) async throws -> String {
        if let existing = try await Meeting.query(on: app.db).filter(\.$date == date).filter(\.$body.$id == UUID(uuidString: board)!).first() {
            let path = "/f/bjorkadalen/moten/\(existing.id!.uuidString)"
            try await client.post(path + "/dagordning", [:])
            for title in items { try await client.post(path + "/punkter/ny", ["title": title, "kind": "decision", "recommendation": "none"]) }
            return path
        }
        let created = try await client.post("/f/bjorkadalen/moten/nytt", ["bodyID": board, "date": date, "startsAt": "09:00", "place": "Kansliet"])
        let path = try #require(created.location)
        try await client.post(path + "/dagordning", [:])
        for title in items { try await client.post(path + "/punkter/ny", ["title": title, "kind": "decision", "recommendation": "none"]) }
        return path
    }

    private func numbers(_ app: Application, _ meetingPath: String) async throws -> [Int] {
        let meetingID = UUID(uuidString: String(meetingPath.split(separator: "/").last!))!
        let record = try #require(try await MeetingProtocol.query(on: app.db).filter(\.$meeting.$id == meetingID).with(\.$paragraphs).first())
        return record.paragraphs.map(\.number).sorted()
    }

    @Test(arguments: TestDatabase.all)
    func numberingContinuesThroughTheYear(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let client = TestClient(app)
            try await client.login("kansli")
            let board = try #require(try await Body.query(on: app.db).filter(\.$kindRaw == "board").first()?.id?.uuidString)

            let february = try await meetingWithAgenda(client, app, board: board, date: "2026-02-13", items: ["Bokslut 2025", "Verksamhetsberättelse"])
            try await client.post(february + "/protokoll", [:])
            #expect(try await numbers(app, february) == Array(1...8))

            let march = try await meetingWithAgenda(client, app, board: board, date: "2026-03-06", items: ["Extra ärende"])
            try await client.post(march + "/protokoll", [:])
            #expect(try await numbers(app, march) == Array(9...15))

            let january = try await meetingWithAgenda(client, app, board: board, date: "2026-01-20", items: ["Sent protokoll"])
            let refused = try await client.post(january + "/protokoll", [:])
            #expect(refused.status == .conflict && refused.body.contains("Ett senare sammanträde samma år har redan protokoll"))

            let previousYear = try await meetingWithAgenda(client, app, board: board, date: "2025-11-28", items: ["Budget 2026"])
            try await client.post(previousYear + "/protokoll", [:])
            #expect(try await numbers(app, previousYear) == Array(1...7))

            let future = try await meetingWithAgenda(client, app, board: board, date: "2026-04-17", items: ["Årsredovisning"])
            let early = try await client.post(future + "/protokoll", [:])
            #expect(early.status == .conflict && early.body.contains("Protokollet kan påbörjas först på sammanträdesdagen."))
            #expect(try await MeetingProtocol.query(on: app.db).count() == 3)
        }
    }

    @Test(arguments: TestDatabase.all)
    func attendanceAndQuorumPerParagraph(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let client = TestClient(app)
            try await client.login("kansli")
            let board = try #require(try await Body.query(on: app.db).filter(\.$kindRaw == "board").first()?.id?.uuidString)
            let meeting = try await meetingWithAgenda(client, app, board: board, date: "2026-02-13", items: ["Bokslut 2025", "Verksamhetsberättelse"])
            let started = try await client.post(meeting + "/protokoll", [:])
            let protocolPath = try #require(started.location)
            try await client.get(protocolPath)

            for name in ["Jonas Lindqvist", "Maria Ekström", "Per Holmgren"] {
                try await client.post(protocolPath + "/narvaro", ["personID": try await person(app, name), "role": "decision_maker", "mode": "on_site"])
            }
            var page = try await client.get(protocolPath)
            #expect(page.body.contains("3 av 7 ledamöter (minst 4) – inte beslutför"))

            try await client.post(protocolPath + "/narvaro", ["personID": try await person(app, "Helena Forsberg"), "role": "decision_maker",
                                                              "mode": "remote", "isChair": "on"])
            let anna = try await person(app, "Anna Sjöberg")
            try await client.post(protocolPath + "/narvaro", ["personID": anna, "role": "decision_maker", "mode": "on_site",
                                                              "fromParagraph": "1", "toParagraph": "2"])
            let stepIn = try await client.post(protocolPath + "/narvaro", [
                "personID": try await person(app, "Mikael Strand"), "role": "serving_substitute", "servesForPersonID": anna,
                "mode": "on_site", "fromParagraph": "3", "toParagraph": "8"])
            #expect(stepIn.status == .seeOther)
            page = try await client.get(protocolPath)
            #expect(page.body.contains("5 av 7 ledamöter (minst 4)"))
            #expect(!page.body.contains("inte beslutför"))
            #expect(page.body.contains("för Anna Sjöberg"))
            #expect(page.body.contains("§§ 3–8"))
            #expect(page.body.contains("Helena Forsberg (Region Västerbotten), ordförande vid sammanträdet"))

            let count = try await Attendance.query(on: app.db).count()
            let both = try await client.post(protocolPath + "/narvaro", ["personID": anna, "role": "participant", "mode": "on_site",
                                                                         "fromParagraph": "2", "toParagraph": "3"])
            #expect(both.status == .unprocessableEntity)
            #expect(both.body.contains("kan inte vara både beslutande och övrig"))
            let noMandate = try await client.post(protocolPath + "/narvaro", [
                "personID": try await person(app, "Cecilia Norberg"), "role": "serving_substitute", "servesForPersonID": anna, "mode": "on_site"])
            #expect(noMandate.body.contains("personen har inget uppdrag i organet på sammanträdesdagen"))
            let outside = try await client.post(protocolPath + "/narvaro", [
                "personID": try await person(app, "Karin Wikström"), "role": "decision_maker", "mode": "on_site",
                "fromParagraph": "5", "toParagraph": "99"])
            #expect(outside.body.contains("Till § måste vara mellan 1 och 8."))
            let secondChair = try await client.post(protocolPath + "/narvaro", [
                "personID": try await person(app, "Karin Wikström"), "role": "decision_maker", "mode": "on_site", "isChair": "on"])
            #expect(secondChair.body.contains("mötet har redan en ordförande"))
            #expect(try await Attendance.query(on: app.db).count() == count, "refused attendance changes nothing")

            let paragraph = try #require(try await Paragraph.query(on: app.db).filter(\.$number == 7).first())
            let paragraphPath = "/f/bjorkadalen/paragrafer/\(paragraph.id!.uuidString)"
            try await client.get(paragraphPath + "/andra")
            let ids = (helena: try await person(app, "Helena Forsberg"), jonas: try await person(app, "Jonas Lindqvist"),
                       maria: try await person(app, "Maria Ekström"), per: try await person(app, "Per Holmgren"),
                       mikael: try await person(app, "Mikael Strand"), karin: try await person(app, "Karin Wikström"))

            // A tie decided by the chair's casting vote, and a reservation.
            try await client.post(paragraphPath + "/beslut", [
                "kind": "decision", "wording": "Styrelsen beslutade att fastställa bokslutet.",
                "vote_\(ids.helena)": "yes", "vote_\(ids.jonas)": "yes", "vote_\(ids.maria)": "no", "vote_\(ids.per)": "no",
                "vote_\(ids.mikael)": "abstain"])
            var shown = try await client.get(paragraphPath + "/andra")
            #expect(shown.body.contains("Bifallet med ordförandens utslagsröst (2 ja, 2 nej, 1 avstår)"))
            let decision = try #require(try await Decision.query(on: app.db).first())
            try await client.post(paragraphPath + "/reservation", ["decisionID": decision.id!.uuidString, "personID": ids.maria,
                                                                    "reason": "Bokslutet borde ha granskats först."])
            shown = try await client.get(paragraphPath + "/andra")
            #expect(shown.body.contains("Maria Ekström reserverade sig mot beslutet: Bokslutet borde ha granskats först."))

            // Qualified majority for a budget matter: 3 of 5 is not two thirds.
            try await client.post(paragraphPath + "/beslut", [
                "kind": "decision", "wording": "Styrelsen beslutade om budget.", "matter": "budget",
                "vote_\(ids.helena)": "yes", "vote_\(ids.jonas)": "yes", "vote_\(ids.maria)": "yes", "vote_\(ids.per)": "no",
                "vote_\(ids.mikael)": "abstain"])
            #expect(try await Decision.query(on: app.db).filter(\.$matterRaw == "budget").first()?.voteOutcome == "rejected")

            let decisions = try await Decision.query(on: app.db).count()
            let noAssignee = try await client.post(paragraphPath + "/beslut", ["kind": "assignment", "wording": "Utred saken."])
            #expect(noAssignee.body.contains("Fyll i uppdraget ges till."))
            let outsider = try await client.post(paragraphPath + "/beslut", [
                "kind": "decision", "wording": "X", "vote_\(ids.karin)": "yes", "vote_\(ids.helena)": "yes"])
            #expect(outsider.body.contains("Bara de som är beslutande vid paragrafen kan rösta."))
            let missingVote = try await client.post(paragraphPath + "/beslut", ["kind": "decision", "wording": "X", "vote_\(ids.helena)": "yes"])
            #expect(missingVote.status == .unprocessableEntity)

            // Jäv: two leave § 8 and the board is no longer quorate there.
            let eight = try #require(try await Paragraph.query(on: app.db).filter(\.$number == 8).first())
            let eightPath = "/f/bjorkadalen/paragrafer/\(eight.id!.uuidString)"
            try await client.post(eightPath + "/jav", ["personID": ids.per])
            try await client.post(eightPath + "/jav", ["personID": ids.jonas])
            let notQuorate = try await client.post(eightPath + "/beslut", ["kind": "decision", "wording": "Styrelsen beslutade något."])
            #expect(notQuorate.status == .unprocessableEntity)
            #expect(notQuorate.body.contains("Styrelsen är inte beslutför vid paragrafen: 3 beslutande är närvarande och minst 4 behövs."))
            #expect(try await Decision.query(on: app.db).count() == decisions, "refused decisions change nothing")
            try await client.post(eightPath + "/beslut", ["kind": "no_decision", "wording": "Inga beslut fattades."])
            #expect(try await Decision.query(on: app.db).count() == decisions + 1)
            try await client.post("/f/bjorkadalen/paragrafer/\(paragraph.id!.uuidString)/andra", [
                "title": "Bokslut 2025", "narrative": "Förbundschefen redogjorde för bokslutet."])
            #expect(try await Paragraph.find(paragraph.id, on: app.db)?.narrative == "Förbundschefen redogjorde för bokslutet.")
        }
    }
}
