import Fluent
import Persistence
import Testing
import Vapor
@testable import App

/// Building a föredragningslista in the browser's way: standing items, new items between them,
/// reordering, editing, removing, and the association's own template.
@Suite struct AgendaFlowTests {
    private func firstBoardMeeting(_ app: Application) async throws -> String {
        let board = try #require(try await Body.query(on: app.db).filter(\.$kindRaw == "board").first())
        let meeting = try #require(try await Meeting.query(on: app.db).filter(\.$body.$id == board.requireID())
            .filter(\.$date == "2026-04-17").first())
        return "/f/bjorkadalen/moten/" + meeting.id!.uuidString
    }

    private func titles(_ app: Application) async throws -> [String] {
        try await AgendaItem.query(on: app.db).sort(\.$position).all().map(\.title)
    }

    @Test(arguments: TestDatabase.all)
    func buildAnAgenda(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let client = TestClient(app)
            try await client.login("kansli")
            let meeting = try await firstBoardMeeting(app)
            let page = try await client.get(meeting)
            #expect(page.body.contains("Skapa föredragningslista med de stående punkterna"))

            try await client.post(meeting + "/dagordning", [:])
            #expect(try await titles(app) == ["Mötets öppnande", "Val av justerare", "Godkännande av dagordning",
                                               "Föregående protokoll", "Övriga frågor", "Mötet avslutas"])

            try await client.get(meeting + "/punkter/ny")
            let bad = try await client.post(meeting + "/punkter/ny", ["title": "Personalärende", "kind": "decision", "isSecret": "on"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.contains("Fyll i grund för sekretess."))

            let presenter = try #require(try await Person.query(on: app.db).filter(\.$name == "Cecilia Norberg").first())
            try await client.post(meeting + "/punkter/ny", [
                "title": "Äskande Unga vuxna i arbete", "kind": "decision", "presenterPersonID": presenter.id!.uuidString,
                "background": "Insatsen söker medel för 2027.", "proposal": "Styrelsen beviljar 850 000 kr.",
                "recommendation": "approve", "recommendationText": "Under förutsättning att medfinansiering finns."])
            try await client.post(meeting + "/punkter/ny", [
                "title": "Personalärende", "kind": "decision", "isSecret": "on", "secrecyGround": "OSL 39 kap. 3 §",
                "proposal": "Enligt förslag.", "recommendation": "none"])
            #expect(try await titles(app)[4...6] == ["Äskande Unga vuxna i arbete", "Personalärende", "Övriga frågor"])

            let secret = try #require(try await AgendaItem.query(on: app.db).filter(\.$title == "Personalärende").first())
            try await client.post("/f/bjorkadalen/punkter/\(secret.id!.uuidString)/flytta", ["direction": "up"])
            #expect(try await titles(app)[4...5] == ["Personalärende", "Äskande Unga vuxna i arbete"])
            let shown = try await client.get(meeting)
            #expect(shown.body.contains("Sekretess enligt OSL 39 kap. 3 §"))
            #expect(shown.body.contains("Cecilia Norberg"))

            let first = try #require(try await AgendaItem.query(on: app.db).filter(\.$position == 1).first())
            let refused = try await client.post("/f/bjorkadalen/punkter/\(first.id!.uuidString)/flytta", ["direction": "up"])
            #expect(refused.status == .badRequest)

            let itemPage = "/f/bjorkadalen/punkter/\(secret.id!.uuidString)"
            try await client.post(itemPage + "/andra", ["title": "Personalärende förbundschef", "kind": "decision",
                                                        "isSecret": "on", "secrecyGround": "OSL 39 kap. 3 §", "recommendation": "none"])
            let item = try await client.get(itemPage)
            #expect(item.body.contains("5. Personalärende förbundschef"))
            try await client.post(itemPage + "/ta-bort", [:])
            #expect(try await titles(app).count == 7)
            #expect(try await AgendaItem.query(on: app.db).all().map(\.position).sorted() == Array(1...7))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "removed").count() == 1)
        }
    }

    @Test(arguments: TestDatabase.all)
    func theAssociationEditsItsStandingItems(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let client = TestClient(app)
            try await client.login("kansli")
            try await client.get("/f/bjorkadalen/staende-punkter")
            let bad = try await client.post("/f/bjorkadalen/staende-punkter", ["title": "Incheckning", "kind": "information"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.contains("Fyll i placering."))
            try await client.post("/f/bjorkadalen/staende-punkter", ["title": "Incheckning", "kind": "information", "placement": "opening"])
            try await client.post("/f/bjorkadalen/staende-punkter", ["title": "Utcheckning", "kind": "information", "placement": "closing"])
            let checkIn = try #require(try await StandingAgendaItem.query(on: app.db).filter(\.$title == "Incheckning").first())
            for _ in 0..<3 {
                try await client.post("/f/bjorkadalen/staende-punkter/\(checkIn.id!.uuidString)/flytta", ["direction": "up"])
            }
            let meeting = try await firstBoardMeeting(app)
            try await client.post(meeting + "/dagordning", [:])
            #expect(try await titles(app) == ["Mötets öppnande", "Val av justerare", "Godkännande av dagordning", "Incheckning",
                                               "Föregående protokoll", "Övriga frågor", "Mötet avslutas", "Utcheckning"])

            let revisor = TestClient(app)
            try await revisor.login("revisor")
            #expect(try await revisor.get("/f/bjorkadalen/staende-punkter").status == .ok)
            #expect(try await revisor.post("/f/bjorkadalen/staende-punkter", ["title": "X", "kind": "information", "placement": "opening"]).status == .forbidden)
            #expect(try await revisor.post(meeting + "/punkter/ny", ["title": "X", "kind": "information"]).status == .forbidden)
        }
    }
}
