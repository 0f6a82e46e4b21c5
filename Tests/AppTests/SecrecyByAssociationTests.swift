import Documents
import Domain
import Fluent
import Persistence
import Testing
import Vapor
@testable import App

/// Issue 13, item 11: a bilaga without a ground of its own that belongs only to secret items is
/// secret everywhere the public looks (kallelse, download, search, API) until the kansli publishes it.
@Suite struct SecrecyByAssociationTests {
    @Test(arguments: TestDatabase.all)
    func aBilagaOfASecretItemIsSecretUntilPublished(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let kansli = TestClient(app)
            try await kansli.login("kansli")
            let meeting = try #require(try await Meeting.query(on: app.db).filter(\.$statusRaw == "planned").sort(\.$date, .descending).first())
            let meetingID = try meeting.requireID().uuidString
            let meetingPath = "/f/bjorkadalen/moten/\(meetingID)"
            try await kansli.post(meetingPath + "/punkter/ny", ["title": "Personärende", "kind": "decision", "isSecret": "on",
                                                                "secrecyGround": "OSL 39 kap. 3 §", "recommendation": "none"])
            let item = try #require(try await AgendaItem.query(on: app.db).filter(\.$title == "Personärende").first())
            try await kansli.get(meetingPath + "/bilagor/ny")
            let pdf = try await WeasyPrintRenderer(tools: app.tools)
                .pdf(fromHTML: "<html lang=\"sv\"><head><meta charset=\"utf-8\"></head><body><p>Rehabiliteringsutredning för NN.</p></body></html>")
            let uploaded = try await kansli.upload(meetingPath + "/bilagor/ny", ["title": "Utredning om NN", "item_\(item.id!.uuidString)": "on"],
                                                   file: ("file", "utredning.pdf", Array(pdf)))
            let attachmentPath = try #require(uploaded.location)
            let page = try await kansli.get(attachmentPath)
            #expect(page.body.contains("hålls därför hemlig på samma grund") && page.body.contains("OSL 39 kap. 3 §"))
            try await kansli.post(meetingPath + "/kallelse", [:])

            let number = try #require(try await Attachment.query(on: app.db).filter(\.$title == "Utredning om NN").first()).number
            let anonymous = TestClient(app)
            let notice = try await anonymous.get("/f/bjorkadalen/kallelser/\(meetingID)")
            #expect(!notice.body.contains("Utredning om NN") && notice.body.contains("OSL 39 kap. 3 §"))
            #expect(try await anonymous.get("/f/bjorkadalen/kallelser/\(meetingID)/bilagor/\(number)").status == .notFound)
            #expect(try await anonymous.get("/f/bjorkadalen/sok?q=rehabiliteringsutredning").body.contains("Inga träffar"))
            let api = try await anonymous.get("/api/v1/organisations/bjorkadalen/meetings/\(meetingID)")
            #expect(!api.body.contains("Utredning om NN") && api.body.contains("OSL 39 kap. 3 §"))

            try await kansli.get(attachmentPath)
            let published = try await kansli.post(attachmentPath + "/offentlighet", ["publish": "true"])
            #expect(published.status == .seeOther)
            try await kansli.post(meetingPath + "/kallelse", ["changeNote": "Bilagan är offentlig."])
            #expect(try await anonymous.get("/f/bjorkadalen/kallelser/\(meetingID)").body.contains("Utredning om NN"))
            #expect(try await anonymous.get("/f/bjorkadalen/kallelser/\(meetingID)/bilagor/\(number)").status == .ok)
            #expect(try await anonymous.get("/f/bjorkadalen/sok?q=rehabiliteringsutredning").body.contains("Utredning om NN"))
        }
    }
}
