import Fluent
import Persistence
import Testing
import Vapor
@testable import App

/// The demo's justerat protokoll: 20 §§, posted, its secret § kept from the public.
@Suite struct DemoProtocolTests {
    @Test(arguments: TestDatabase.all)
    func demoProtocolIsPublicWithoutItsSecretParagraph(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            let fixture = try await Fixture.load(app)
            try await DemoProtocol.load(organisationID: fixture.demo.requireID(), associationName: "Samordningsförbundet Björkådalsregionen", on: app.db)
            try await DemoProtocol.load(organisationID: fixture.demo.requireID(), associationName: "Samordningsförbundet Björkådalsregionen", on: app.db)
            #expect(try await MeetingProtocol.query(on: app.db).count() == 1, "loading twice changes nothing")
            let record = try #require(try await MeetingProtocol.query(on: app.db).first())
            #expect(record.state(on: testToday) == .final)
            #expect(record.appealEndsOn == "2026-01-09")
            let anonymous = TestClient(app)
            let board = try await anonymous.get("/f/bjorkadalen/anslagstavla")
            #expect(board.body.contains("Protokoll styrelsen 2025-12-12"))
            let page = try await anonymous.get("/f/bjorkadalen/justerade-protokoll/\(record.id!.uuidString)")
            #expect(page.body.contains("§ 20 Mötet avslutas"))
            #expect(page.body.contains("Paragrafen omfattas av sekretess (OSL 39 kap. 3 §)."))
            #expect(!page.body.contains("Personalärende"))
            #expect(page.body.contains("Laga kraft"))
        }
    }
}
