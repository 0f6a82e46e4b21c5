import Domain
import Fluent
import Persistence
import Testing
import Vapor
@testable import App

/// Justering by three signers, one sending the draft back first; the signatures cover the exact
/// content by SHA-256, and the justerat protokoll can no longer be changed.
@Suite struct JusteringFlowTests {
    @Test(arguments: TestDatabase.all)
    func threeSignersOneDecliningFirst(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let signers = try await Signers.logIn(app)
            let kansli = signers.kansli
            let board = try #require(try await Body.query(on: app.db).filter(\.$kindRaw == "board").first())
            let meeting = try #require(try await Meeting.query(on: app.db).filter(\.$body.$id == board.requireID())
                .filter(\.$date == "2026-02-13").first())
            let meetingPath = "/f/bjorkadalen/moten/\(meeting.id!.uuidString)"
            try await kansli.post(meetingPath + "/dagordning", [:])
            try await kansli.post(meetingPath + "/punkter/ny", ["title": "Hemligt personalärende", "kind": "decision", "isSecret": "on",
                                                                "secrecyGround": "OSL 39 kap. 3 §", "recommendation": "none"])
            let protocolPath = try #require(try await kansli.post(meetingPath + "/protokoll", [:]).location)
            for name in ["Helena Forsberg", "Jonas Lindqvist", "Maria Ekström", "Per Holmgren"] {
                try await kansli.post(protocolPath + "/narvaro", ["personID": try await personID(app, name).uuidString,
                                                                  "role": "decision_maker", "mode": "on_site",
                                                                  "isChair": name == "Helena Forsberg" ? "on" : ""])
            }
            let same = try await kansli.post(protocolPath + "/justerare", [
                "secretary": try await personID(app, "Cecilia Norberg").uuidString, "chair": try await personID(app, "Helena Forsberg").uuidString,
                "adjuster1": try await personID(app, "Helena Forsberg").uuidString])
            #expect(same.status == .unprocessableEntity)
            try await kansli.post(protocolPath + "/justerare", [
                "secretary": try await personID(app, "Cecilia Norberg").uuidString, "chair": try await personID(app, "Helena Forsberg").uuidString,
                "adjuster1": try await personID(app, "Jonas Lindqvist").uuidString])
            let election = try #require(try await Paragraph.query(on: app.db).filter(\.$title == "Val av justerare").first())
            let elected = try await Decision.query(on: app.db).filter(\.$paragraph.$id == election.requireID()).all().map(\.wording)
            #expect(elected == ["Att jämte ordföranden justera protokollet valdes Jonas Lindqvist."])
            try await kansli.post(protocolPath + "/till-justering", [:])
            var record = try #require(try await MeetingProtocol.query(on: app.db).first())
            #expect(record.status == .forAdjustment)
            let firstSHA = try #require(record.contentSHA256)
            #expect(firstSHA == FileStore.sha256(Data(try #require(record.content).utf8)))

            let paragraph = try #require(try await Paragraph.query(on: app.db).filter(\.$number == 1).first())
            let locked = try await kansli.post("/f/bjorkadalen/paragrafer/\(paragraph.id!.uuidString)/andra", ["title": "Ändrad"])
            #expect(locked.status == .conflict && locked.body.contains("skickat för justering"), "a draft out for justering is not edited")

            let jonas = signers.adjuster
            #expect(try await jonas.get(protocolPath).body.contains("Justera protokollet"))
            let wrong = try await jonas.post(protocolPath + "/signera", ["answer": "sign", "password": "fel-lösenord"])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.body.contains("Ditt lösenord stämmer inte."))
            try await jonas.post(protocolPath + "/signera", ["answer": "decline", "comment": "§ 1 saknar tid för öppnandet.",
                                                             "password": Fixture.password])
            record = try #require(try await MeetingProtocol.query(on: app.db).first())
            #expect(record.status == .draft && record.contentSHA256 == nil)

            try await kansli.post("/f/bjorkadalen/paragrafer/\(paragraph.id!.uuidString)/andra", [
                "title": "Mötets öppnande", "narrative": "Ordföranden öppnade mötet kl. 09.02."])
            try await kansli.post(protocolPath + "/till-justering", [:])
            record = try #require(try await MeetingProtocol.query(on: app.db).first())
            #expect(record.contentSHA256 != firstSHA)

            let revisor = TestClient(app)
            try await revisor.login("revisor")
            #expect(try await revisor.post(protocolPath + "/signera", ["answer": "sign", "password": Fixture.password]).status == .forbidden)

            try await kansli.get(protocolPath)
            try await kansli.post(protocolPath + "/signera", ["answer": "sign", "password": Fixture.password])
            let chair = signers.chair
            try await chair.get(protocolPath)
            try await chair.post(protocolPath + "/signera", ["answer": "sign", "password": Fixture.password])
            #expect(try #require(try await MeetingProtocol.query(on: app.db).first()).status == .forAdjustment)
            try await jonas.get(protocolPath)
            try await jonas.post(protocolPath + "/signera", ["answer": "sign", "password": Fixture.password])

            record = try #require(try await MeetingProtocol.query(on: app.db).first())
            #expect(record.status == .adjusted)
            #expect(record.adjustedOn == "2026-03-15")
            let signatures = try await Signature.query(on: app.db).filter(\.$declined == false).all()
            #expect(signatures.count == 3 && signatures.allSatisfy { $0.contentSHA256 == record.contentSHA256 })
            let page = try await kansli.get(protocolPath)
            #expect(page.body.contains("Justerat"))
            #expect(page.body.contains("Protokollet justerades 30 dagar efter sammanträdet; förbundets regler anger högst 14 dagar."))
            #expect(page.body.contains("Återsänt"))
            let afterwards = try await kansli.post(protocolPath + "/narvaro", [
                "personID": try await personID(app, "Karin Wikström").uuidString, "role": "decision_maker", "mode": "on_site"])
            #expect(afterwards.status == .conflict, "a justerat protokoll is never edited: a state conflict, not a missing permission")

            // Anslag: not before justering, late only with a reason; the period ends after Easter.
            let early = try await kansli.post(protocolPath + "/anslag", ["postedOn": "2026-03-14"])
            #expect(early.status == .unprocessableEntity)
            #expect(early.body.contains("Anslaget sätts upp kan inte vara före 2026-03-15."))
            let late = try await kansli.post(protocolPath + "/anslag", ["postedOn": "2026-03-20"])
            #expect(late.body.contains("Ange skäl till sent anslag: datumet är senare än sista dag 2026-03-17."))
            try await kansli.post(protocolPath + "/anslag", ["postedOn": "2026-03-15"])
            record = try #require(try await MeetingProtocol.query(on: app.db).first())
            #expect(record.postedOn == "2026-03-15")
            #expect(record.appealEndsOn == "2026-04-07", "21 days end on påskdagen; annandag påsk is a holiday too")
            #expect(record.state(on: testToday) == .posted)

            let publicPath = "/f/bjorkadalen/justerade-protokoll/\(record.id!.uuidString)"
            let anonymous = TestClient(app)
            let publicPage = try await anonymous.get(publicPath)
            #expect(publicPage.status == .ok)
            #expect(publicPage.body.contains("BEVIS"))
            #expect(publicPage.body.contains("Ordföranden öppnade mötet kl. 09.02."))
            #expect(publicPage.body.contains("Paragrafen omfattas av sekretess (OSL 39 kap. 3 §)."))
            #expect(!publicPage.body.contains("Hemligt personalärende"))
            #expect(publicPage.body.contains("2026-04-07"))
            let etag = try #require(publicPage.headers.first(name: .eTag))
            let fromMemory = try await anonymous.get(publicPath)
            #expect(fromMemory.body == publicPage.body && fromMemory.headers.first(name: .eTag) == etag)
            #expect(fromMemory.headers.first(name: "X-Frame-Options") == "DENY", "the fast path keeps the security headers")
            let revalidated = try await app.testing().sendRequest(.GET, publicPath, headers: ["If-None-Match": etag])
            #expect(revalidated.status == .notModified)

            let api = try await anonymous.get("/api/v1/organisations/bjorkadalen/meetings?year=2026")
            #expect(api.headers.contentType == .json)
            #expect(api.body.contains("\"state\":\"posted\""))
            #expect(api.body.contains("\"appealEndsOn\":\"2026-04-07\""))
            #expect(api.body.contains("OSL 39 kap. 3 §"))
            #expect(!api.body.contains("Hemligt personalärende"))
            #expect(try await anonymous.get("/api/v1/organisations/bjorkadalen/meetings?year=tjugo").status == .badRequest)
            // Issue 17, item 3: once posted, the PDF is typeset before anyone asks (in the
            // background on a server; called here directly) and the request is served from memory.
            await PublicProtocolDocument.prepare(try record.requireID(), of: record.$organisation.id, application: app)
            #expect(app.publicPageCache.entry(forPath: publicPath + "/protokoll.pdf", on: app.settings.today.date()) != nil)
            let pdf = try await anonymous.get(publicPath + "/protokoll.pdf")
            #expect(pdf.headers.contentType?.description == "application/pdf")
            let text = try pdfText(pdf.bytes)
            #expect(text.contains("BEVIS"))
            #expect(text.contains("Datum då anslaget tas ned"))
            #expect(text.contains("2026-04-07"))
            #expect(text.contains("Paragrafen omfattas av sekretess (OSL 39 kap. 3 §)."))
            #expect(!text.contains("Hemligt personalärende"))
            #expect(text.contains("Anslag på Umeå kommuns anslagstavla"), "a printable notice for each member anslagstavla")
            #expect(!text.contains("Anslag på Försäkringskassans anslagstavla"))
            let noticeBoard = try await anonymous.get("/f/bjorkadalen/anslagstavla")
            #expect(noticeBoard.body.contains("Protokoll styrelsen 2026-02-13"))
            #expect(noticeBoard.body.contains("senast 2026-04-07"))
            let atom = try await anonymous.get("/f/bjorkadalen/anslagstavla.atom")
            #expect(atom.headers.first(name: .contentType)?.hasPrefix("application/atom+xml") == true)
            #expect(atom.body.contains("<updated>2026-03-15T00:00:00Z</updated>"))

            app.settings.today = .fixed(CivilDate(iso: "2026-04-08")!)
            let final = try await anonymous.get(publicPath)
            #expect(final.body.contains("Laga kraft"))
            #expect(final.headers.first(name: .eTag) != etag, "a new state is a new version of the page")
            #expect(try await anonymous.get("/f/bjorkadalen/anslagstavla").body.contains("Tidigare anslag"))
        }
    }
}
