import Fluent
import Persistence
import Testing
import Vapor
@testable import App

/// Bilagor: upload with a size limit and type check, numbering per meeting, one bilaga for two
/// items, a new version that keeps the old, and content stored once per SHA-256.
@Suite struct AttachmentFlowTests {
    static let pdf = Array("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".utf8)

    @Test(arguments: TestDatabase.all)
    func uploadLinkReplaceAndDownload(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            app.settings.maxUploadBytes = 1_048_576
            let client = TestClient(app)
            try await client.login("kansli")
            let meeting = try #require(try await Meeting.query(on: app.db).filter(\.$date == "2026-04-17").with(\.$body).all()
                .first { $0.body.kind == .board })
            let meetingPath = "/f/bjorkadalen/moten/\(meeting.id!.uuidString)"
            try await client.post(meetingPath + "/dagordning", [:])
            let items = try await AgendaItem.query(on: app.db).sort(\.$position).all()
            try await client.get(meetingPath + "/bilagor/ny")

            let missing = try await client.upload(meetingPath + "/bilagor/ny", ["title": "Årsredovisning"], file: nil)
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.body.contains("Fyll i fil."))
            let program = try await client.upload(meetingPath + "/bilagor/ny", ["title": "Årsredovisning"],
                                                  file: ("file", "arsredovisning.pdf", Array("MZ\u{90}binary".utf8)))
            #expect(program.body.contains("Fil måste vara en PDF-, Word- eller Excel-fil"))
            let large = try await client.upload(meetingPath + "/bilagor/ny", ["title": "Stor"],
                                                file: ("file", "stor.pdf", Self.pdf + [UInt8](repeating: 32, count: 1_100_000)))
            #expect(large.body.contains("Fil är för stor. Filen får vara högst 1 MB."))
            #expect(try await Attachment.query(on: app.db).count() == 0)

            let first = try await client.upload(meetingPath + "/bilagor/ny", [
                "title": "Årsredovisning 2025", "item_\(items[3].id!.uuidString)": "on", "item_\(items[4].id!.uuidString)": "on"],
                file: ("file", "årsredovisning.pdf", Self.pdf))
            let attachmentPath = try #require(first.location)
            try await client.upload(meetingPath + "/bilagor/ny", ["title": "Revisionsberättelse", "isSecret": "on",
                                                                   "secrecyGround": "OSL 21 kap. 1 §"],
                                    file: ("file", "revision.pdf", Self.pdf))
            let numbers = try await Attachment.query(on: app.db).sort(\.$number).all().map(\.number)
            #expect(numbers == [1, 2])
            #expect(try await StoredFile.query(on: app.db).count() == 1, "the same bytes are stored once")

            let page = try await client.get(meetingPath)
            #expect(page.body.contains("Årsredovisning 2025"))
            #expect(page.body.contains("4, 5"))

            let download = try await client.get(attachmentPath + "/fil")
            #expect(download.headers.contentType?.description == "application/pdf")
            #expect(download.body.hasPrefix("%PDF-1.7"))
            #expect(download.headers.first(name: .contentDisposition)?.contains("filename*=UTF-8''%C3%A5rsredovisning") == true)

            let second = Array("%PDF-1.7\n% reviderad\n%%EOF\n".utf8)
            try await client.upload(attachmentPath + "/ny-version", [:], file: ("file", "årsredovisning-v2.pdf", second))
            #expect(try await client.get(attachmentPath + "/fil").body.contains("reviderad"))
            #expect(!(try await client.get(attachmentPath + "/fil?version=1").body.contains("reviderad")))
            #expect(try await AttachmentVersion.query(on: app.db).count() == 3)

            try await client.post(attachmentPath + "/punkter", ["item_\(items[0].id!.uuidString)": "on"])
            let attachment = try #require(try await Attachment.query(on: app.db).filter(\.$number == 1).first())
            #expect(try await AgendaItemAttachment.query(on: app.db).filter(\.$attachment.$id == attachment.requireID()).count() == 1)

            try await client.post(meetingPath + "/kallelse", [:])
            let kallelse = try await client.get(meetingPath + "/kallelse")
            #expect(kallelse.body.contains("Bilaga 1: Årsredovisning 2025"))
            let publicKallelse = try await TestClient(app).get("/f/bjorkadalen/kallelser/\(meeting.id!.uuidString)")
            #expect(publicKallelse.body.contains("Bilaga 2: omfattas av sekretess (OSL 21 kap. 1 §)"))
            #expect(!publicKallelse.body.contains("Revisionsberättelse"))
            #expect(try await TestClient(app).get(attachmentPath + "/fil").status == .seeOther, "files need a login")
            let publicBase = "/f/bjorkadalen/kallelser/\(meeting.id!.uuidString)/bilagor/"
            #expect(publicKallelse.body.contains("href=\"\(publicBase)1\""))
            #expect(try await TestClient(app).get(publicBase + "1").body.contains("reviderad"), "the version the kallelse names")
            #expect(try await TestClient(app).get(publicBase + "2").status == .notFound, "a secret bilaga is not public")
            #expect(try await TestClient(app).get(publicBase + "3").status == .notFound)
            let api = try await TestClient(app).get("/api/v1/organisations/bjorkadalen/meetings/\(meeting.id!.uuidString)")
            #expect(api.body.replacingOccurrences(of: "\\/", with: "/").contains("\"accessUrl\":\"\(publicBase)1\""))
            #expect(!api.body.contains("Revisionsberättelse"))
            #expect(try await TestClient(app).get("/api/v1/organisations/bjorkadalen/meetings/\(UUID().uuidString)").status == .notFound)
        }
    }
}
