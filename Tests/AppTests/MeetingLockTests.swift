import Domain
import Fluent
import Persistence
import Testing
import Vapor
@testable import App

/// Issue 14: a held meeting is part of the record. Its status follows its life, and moving,
/// cancelling or changing its agenda, bilagor, guests or kallelse is a state conflict (409 with
/// the reason): nothing changes and nothing is mailed. A cancelled meeting stays as it was too.
@Suite struct MeetingLockTests {
    @Test(arguments: TestDatabase.all)
    func aMeetingWhoseProtokollIsLagaKraftCannotBeChanged(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            let fixture = try await Fixture.load(app)
            try await DemoProtocol.load(organisationID: fixture.demo.requireID(), associationName: "Samordningsförbundet Björkådalsregionen",
                                        on: app.db)
            let kansli = TestClient(app)
            try await kansli.login("kansli")
            let meeting = try #require(try await Meeting.query(on: app.db).filter(\.$date == "2025-12-12").first())
            let path = "/f/bjorkadalen/moten/\(meeting.id!.uuidString)"
            let page = try await kansli.get(path)
            #expect(page.body.contains("Laga kraft") && !page.body.contains("Ställ in sammanträdet") && !page.body.contains("/andra\""))
            let mails = try await OutboxMessage.query(on: app.db).count()
            let items = try await AgendaItem.query(on: app.db).filter(\.$meeting.$id == meeting.requireID()).count()
            let attempts: [(String, TestClient.Page)] = [
                ("cancel", try await kansli.post(path + "/stall-in", ["cancellationReason": "Fel datum"])),
                ("move", try await kansli.post(path + "/andra", ["bodyID": meeting.$body.id.uuidString, "date": "2025-12-19", "startsAt": "10:00",
                                                                  "place": "Någon annanstans"])),
                ("add item", try await kansli.post(path + "/punkter/ny", ["title": "Sent ärende", "kind": "information", "recommendation": "none"])),
                ("standing items", try await kansli.post(path + "/dagordning", [:])),
                ("bilaga", try await kansli.upload(path + "/bilagor/ny", ["title": "Sen bilaga"], file: ("file", "x.pdf", Array("%PDF-1.4".utf8)))),
                ("guest", try await kansli.post(path + "/inbjudna", ["personID": try await personID(app, "Jonas Lindqvist").uuidString])),
                ("kallelse", try await kansli.post(path + "/kallelse", ["changeNote": "Ny kallelse"])),
            ]
            for (what, answer) in attempts {
                #expect(answer.status == .conflict, "\(what): \(answer.status)")
                #expect(answer.body.contains("Sammanträdet är hållet och protokollet är påbörjat (laga kraft)"), "\(what)")
            }
            let after = try #require(try await Meeting.find(meeting.id, on: app.db))
            #expect(after.status == .planned && after.date == "2025-12-12" && after.place == meeting.place && after.sequence == meeting.sequence)
            #expect(try await AgendaItem.query(on: app.db).filter(\.$meeting.$id == meeting.requireID()).count() == items)
            #expect(try await OutboxMessage.query(on: app.db).count() == mails, "nothing is mailed")
            #expect(try await MeetingGuest.query(on: app.db).count() == 0)
            #expect(try await Attachment.query(on: app.db).filter(\.$title == "Sen bilaga").count() == 0)

            let api = try await TestClient(app).get("/api/v1/organisations/bjorkadalen/meetings/\(meeting.id!.uuidString)")
            #expect(api.body.contains("\"status\":\"final\"") && api.body.contains("\"cancelled\":false"))
            #expect(try await kansli.get("/f/bjorkadalen/moten?ar=2025").body.contains("Laga kraft"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func aMeetingFollowsItsLifeAndACancelledOneStaysCancelled(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let kansli = TestClient(app)
            try await kansli.login("kansli")
            let board = try #require(try await Body.query(on: app.db).filter(\.$kindRaw == "board").first())
            let planned = try await kansli.post("/f/bjorkadalen/moten/nytt", ["bodyID": board.id!.uuidString, "date": "2026-03-10",
                                                                             "startsAt": "09:00", "place": "Kansliet"])
            let path = try #require(planned.location)
            func status() async throws -> String {
                let page = try await kansli.get(path).body
                return ["Planerat", "Kallat", "Hållet", "Inställt"].first { page.contains("<dd>\($0)</dd>") } ?? "?"
            }
            #expect(try await status() == "Planerat")
            try await kansli.post(path + "/dagordning", [:])
            try await kansli.post(path + "/kallelse", [:])
            #expect(try await status() == "Kallat")
            try await kansli.post(path + "/protokoll", [:])
            #expect(try await status() == "Hållet")

            let other = try await kansli.post("/f/bjorkadalen/moten/nytt", ["bodyID": board.id!.uuidString, "date": "2026-04-10",
                                                                           "startsAt": "09:00", "place": "Kansliet"])
            let otherPath = try #require(other.location)
            #expect(try await kansli.post(otherPath + "/stall-in", ["cancellationReason": "Inga ärenden"]).status == .seeOther)
            let mails = try await OutboxMessage.query(on: app.db).count()
            let again = try await kansli.post(otherPath + "/stall-in", ["cancellationReason": "Igen"])
            #expect(again.status == .conflict && again.body.contains("Sammanträdet är inställt"))
            #expect(try await kansli.post(otherPath + "/punkter/ny", ["title": "X", "kind": "information", "recommendation": "none"]).status == .conflict)
            #expect(try await kansli.post(otherPath + "/protokoll", [:]).status == .conflict)
            #expect(try await OutboxMessage.query(on: app.db).count() == mails)
        }
    }
}
