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
            #expect(refused.status == .seeOther)
            #expect(try await client.get(january).body.contains("Ett senare sammanträde samma år har redan protokoll"))

            let previousYear = try await meetingWithAgenda(client, app, board: board, date: "2025-11-28", items: ["Budget 2026"])
            try await client.post(previousYear + "/protokoll", [:])
            #expect(try await numbers(app, previousYear) == Array(1...7))

            let future = try await meetingWithAgenda(client, app, board: board, date: "2026-04-17", items: ["Årsredovisning"])
            try await client.post(future + "/protokoll", [:])
            #expect(try await client.get(future).body.contains("Protokollet kan påbörjas först på sammanträdesdagen."))
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
            try await client.get("/f/bjorkadalen/paragrafer/\(paragraph.id!.uuidString)/andra")
            try await client.post("/f/bjorkadalen/paragrafer/\(paragraph.id!.uuidString)/andra", [
                "title": "Bokslut 2025", "narrative": "Förbundschefen redogjorde för bokslutet."])
            #expect(try await Paragraph.find(paragraph.id, on: app.db)?.narrative == "Förbundschefen redogjorde för bokslutet.")
        }
    }
}
