import Domain
import Fluent
import Persistence
import Testing
import Vapor
@testable import App

/// After the sammanträde: the decisions register and uppdrag with their reminders, the
/// protokollsutdrag, omedelbar justering of one §, the board's own copy and rättelser.
@Suite struct FollowUpFlowTests {
    /// A draft protokoll of the 2026-02-13 board meeting with four beslutande, the signers chosen,
    /// and one secret item; returns the protokoll's path.
    private func draftProtocol(_ app: Application, _ kansli: TestClient) async throws -> String {
        let board = try #require(try await Body.query(on: app.db).filter(\.$kindRaw == "board").first())
        let meeting = try #require(try await Meeting.query(on: app.db).filter(\.$body.$id == board.requireID())
            .filter(\.$date == "2026-02-13").first())
        let meetingPath = "/f/bjorkadalen/moten/\(meeting.id!.uuidString)"
        try await kansli.post(meetingPath + "/dagordning", [:])
        try await kansli.post(meetingPath + "/punkter/ny", ["title": "Förlängd anställning för processledare", "kind": "decision",
                                                            "isSecret": "on", "secrecyGround": "OSL 39 kap. 3 §", "recommendation": "none"])
        let protocolPath = try #require(try await kansli.post(meetingPath + "/protokoll", [:]).location)
        for name in ["Helena Forsberg", "Jonas Lindqvist", "Maria Ekström", "Per Holmgren"] {
            try await kansli.post(protocolPath + "/narvaro", ["personID": try await personID(app, name).uuidString, "role": "decision_maker",
                                                              "mode": "on_site", "isChair": name == "Helena Forsberg" ? "on" : ""])
        }
        try await kansli.post(protocolPath + "/justerare", [
            "secretary": try await personID(app, "Cecilia Norberg").uuidString, "chair": try await personID(app, "Helena Forsberg").uuidString,
            "adjuster1": try await personID(app, "Jonas Lindqvist").uuidString])
        return protocolPath
    }

    private func paragraph(_ app: Application, _ number: Int) async throws -> String {
        try #require(try await Paragraph.query(on: app.db).filter(\.$number == number).first()?.id?.uuidString)
    }

    @Test(arguments: TestDatabase.all)
    func decisionsTasksAndExtracts(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            try await linkUser(app, "kansli", to: "Cecilia Norberg")
            let kansli = TestClient(app)
            try await kansli.login("kansli")
            _ = try await draftProtocol(app, kansli)
            let four = "/f/bjorkadalen/paragrafer/" + (try await paragraph(app, 4))
            let maria = try await personID(app, "Maria Ekström").uuidString
            try await kansli.post(four + "/beslut", ["kind": "assignment", "wording": "Förbundschefen och Maria Ekström får i uppdrag att ta fram en plan för uppföljning.",
                                                     "assigneePersonID": maria, "deadline": "2026-03-20"])
            try await kansli.post(four + "/beslut", ["kind": "assignment", "wording": "Uppdrag att utvärdera insatsen Steget vidare.",
                                                     "assigneePersonID": maria, "deadline": "2026-06-30"])
            try await kansli.post(four + "/beslut", ["kind": "decision", "wording": "Styrelsen beslutade att godkänna budgetuppföljningen."])
            let missing = try await kansli.post(four + "/beslut", ["kind": "assignment", "wording": "Uppdrag utan ansvarig."])
            #expect(missing.status == .unprocessableEntity)

            let all = try await kansli.get("/f/bjorkadalen/beslut")
            #expect(all.body.contains("Styrelsen beslutade att godkänna budgetuppföljningen."))
            #expect(all.body.contains("4 beslut"), "three and the election of justerare")
            #expect(all.body.contains("Att jämte ordföranden justera protokollet valdes Jonas Lindqvist."))
            let onlyTasks = try await kansli.get("/f/bjorkadalen/beslut?typ=assignment")
            #expect(onlyTasks.body.contains("2 beslut") && !onlyTasks.body.contains("godkänna budgetuppföljningen"))
            #expect(try await kansli.get("/f/bjorkadalen/beslut?ar=2025").body.contains("Inga beslut matchar urvalet."))
            #expect(try await kansli.get("/f/bjorkadalen/beslut?status=adjusted").body.contains("Inga beslut matchar urvalet."))
            #expect(try await kansli.get("/f/bjorkadalen/beslut?status=draft").body.contains("4 beslut"))

            let tasks = try await kansli.get("/f/bjorkadalen/beslutsuppdrag")
            #expect(tasks.body.contains("Pågår, tidsgränsen närmar sig"))
            #expect(tasks.body.contains("Uppdrag att utvärdera insatsen Steget vidare."))

            // The reminder goes out once, a week before the deadline, whichever server runs it.
            #expect(try await TaskReminders.enqueueDue(app, today: testToday) == 1)
            #expect(try await TaskReminders.enqueueDue(app, today: testToday) == 0)
            let reminders = try await OutboxMessage.query(on: app.db).filter(\.$topic == "uppdrag").all()
            #expect(reminders.count == 1)
            #expect(reminders.first?.recipient == "maria.ekstrom@exempel.se")
            #expect(reminders.first?.subject == "Påminnelse: uppdrag som ska vara klart 2026-03-20")
            #expect(reminders.first?.body.contains("/f/bjorkadalen/paragrafer/") == true)
            #expect(try await TaskReminders.enqueueDue(app, today: CivilDate(iso: "2026-06-23")!) == 1)

            let task = try #require(try await Decision.query(on: app.db).filter(\.$deadline == "2026-06-30").first())
            try await kansli.post("/f/bjorkadalen/beslutsuppdrag/\(task.id!.uuidString)/klart", [:])
            #expect(try await kansli.get("/f/bjorkadalen/beslutsuppdrag?status=done").body.contains("Klart 2026-03-15"))
            #expect(!(try await kansli.get("/f/bjorkadalen/beslutsuppdrag?status=done").body.contains("plan för uppföljning")))
            let revisor = TestClient(app)
            try await revisor.login("revisor")
            #expect(try await revisor.get("/f/bjorkadalen/beslutsuppdrag").status == .ok)
            #expect(try await revisor.post("/f/bjorkadalen/beslutsuppdrag/\(task.id!.uuidString)/klart", [:]).status == .forbidden)

            // The utdrag: the §, its status and the certification, as PDF and by mail to the assignee.
            let view = try await kansli.get(four)
            #expect(view.body.contains("Förbundschefen och Maria Ekström får i uppdrag"))
            let extract = try pdfText(try await kansli.get(four + "/utdrag.pdf").bytes)
            #expect(extract.contains("Utdrag ur protokoll"))
            #expect(extract.contains("§ 4"))
            #expect(extract.contains("Rätt utdraget intygar"))
            #expect(extract.contains("Protokollet är inte justerat."))
            #expect(extract.contains("Förbundschefen och Maria Ekström får i uppdrag"))
            try await kansli.post(four + "/skicka-utdrag", [:])
            let mailed = try await OutboxMessage.query(on: app.db).filter(\.$topic == "protokollsutdrag").all()
            #expect(mailed.count == 1 && mailed.first?.recipient == "maria.ekstrom@exempel.se")
            #expect(mailed.first?.attachmentName == "protokollsutdrag-styrelsen-2026-02-13-paragraf-4.pdf")
            #expect(try await TestClient(app).get(four + "/utdrag.pdf").status != .ok, "the utdrag of a draft is not public")

            // No secret content travels by e-mail: the assignee of a secret § gets the link only.
            let secret = "/f/bjorkadalen/paragrafer/" + (try await paragraph(app, 5))
            try await kansli.post(secret + "/beslut", ["kind": "assignment", "wording": "Förbundschefen genomför omplaceringen.",
                                                       "assigneePersonID": maria, "deadline": "2026-04-30"])
            try await kansli.post(secret + "/skicka-utdrag", [:])
            let secretMail = try #require(try await OutboxMessage.query(on: app.db).filter(\.$topic == "protokollsutdrag")
                .filter(\.$subjectID == UUID(uuidString: String(secret.split(separator: "/").last!))).first())
            #expect(secretMail.attachmentName == nil && !secretMail.body.contains("omplaceringen"))
            #expect(secretMail.body.contains("Paragrafen omfattas av sekretess"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func immediateAdjustmentBoardCopyAndCorrections(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let signers = try await Signers.logIn(app)
            let kansli = signers.kansli
            let protocolPath = try await draftProtocol(app, kansli)
            let four = "/f/bjorkadalen/paragrafer/" + (try await paragraph(app, 4))
            try await kansli.post(four + "/andra", ["title": "Bidrag till Steget vidare", "narrative": "Ansökan behandlades."])
            try await kansli.post(four + "/beslut", ["kind": "approval", "wording": "Styrelsen beviljade 420 000 kr till Steget vidare för 2026."])

            // Omedelbar justering: every signer signs the § with their password.
            let chair = signers.chair
            let jonas = signers.adjuster
            #expect(try await chair.get(four).body.contains("Justera paragrafen omedelbart"))
            let wrong = try await chair.post(four + "/justera", ["password": "fel"])
            #expect(wrong.status == .unprocessableEntity && wrong.body.contains("Ditt lösenord stämmer inte."))
            try await chair.post(four + "/justera", ["password": Fixture.password])
            try await jonas.post(four + "/justera", ["password": Fixture.password])
            #expect(try await Paragraph.query(on: app.db).filter(\.$number == 4).first()?.adjustedOn == nil)
            let revisor = TestClient(app)
            try await revisor.login("revisor")
            #expect(try await revisor.post(four + "/justera", ["password": Fixture.password]).status == .forbidden)
            try await kansli.post(four + "/justera", ["password": Fixture.password])
            let adjusted = try #require(try await Paragraph.query(on: app.db).filter(\.$number == 4).first())
            #expect(adjusted.adjustedOn == "2026-03-15" && adjusted.contentSHA256 != nil)
            #expect(try await kansli.post(four + "/andra", ["title": "Ändrad efteråt"]).status == .conflict)
            #expect(try await kansli.get(four).body.contains("Omedelbart justerad 2026-03-15"))
            let extract = try pdfText(try await kansli.get(four + "/utdrag.pdf").bytes)
            #expect(extract.contains("Paragrafen justerades omedelbart 2026-03-15."))

            // The board's own copy shows the secret § in full, marked.
            let copy = try await kansli.get(protocolPath + "/dokument")
            #expect(copy.body.contains("Styrelsens exemplar"))
            #expect(copy.body.contains("Förlängd anställning för processledare"))
            #expect(copy.body.contains("Sekretess enligt OSL 39 kap. 3 §"))
            let copyPDF = try pdfText(try await kansli.get(protocolPath + "/protokoll.pdf").bytes)
            #expect(copyPDF.contains("Förlängd anställning för processledare") && copyPDF.contains("Styrelsens exemplar"))
            #expect(try await TestClient(app).get(protocolPath + "/dokument").status != .ok)

            try await kansli.post(protocolPath + "/till-justering", [:])
            for client in [kansli, chair, jonas] {
                try await client.get(protocolPath)
                try await client.post(protocolPath + "/signera", ["answer": "sign", "password": Fixture.password])
            }
            try await kansli.post(protocolPath + "/anslag", ["postedOn": "2026-03-15"])
            let record = try #require(try await MeetingProtocol.query(on: app.db).first())
            #expect(record.status == .adjusted && record.postedOn == "2026-03-15")

            // A rättelse: the signed content stays, the correction shows beside it, the ETag changes
            // and the in-memory copy served without the database is replaced.
            let publicPath = "/f/bjorkadalen/justerade-protokoll/\(record.id!.uuidString)"
            let anonymous = TestClient(app)
            let before = try await anonymous.get(publicPath)
            #expect(before.body.contains("Omedelbart justerad 2026-03-15"))
            let etag = try #require(before.headers.first(name: .eTag))
            #expect(try await anonymous.get(publicPath).headers.first(name: .eTag) == etag)
            let badNumber = try await kansli.post(protocolPath + "/rattelse", ["paragraphNumber": "99", "what": "x", "why": "y"])
            #expect(badNumber.status == .unprocessableEntity)
            #expect(badNumber.body.contains("Paragraf: protokollet har ingen sådan paragraf."))
            let noReason = try await kansli.post(protocolPath + "/rattelse", ["paragraphNumber": "4", "what": "Beloppet ska vara 240 000 kr."])
            #expect(noReason.status == .unprocessableEntity)
            #expect(try await Correction.query(on: app.db).count() == 0)
            try await kansli.post(protocolPath + "/rattelse", ["paragraphNumber": "4", "what": "Beloppet ska vara 240 000 kr, inte 420 000 kr.",
                                                              "why": "Skrivfel; beslutet gällde 240 000 kr enligt ansökan."])
            let secretNumber = try #require(try await Paragraph.query(on: app.db).filter(\.$secrecyGround != nil).first()?.number)
            try await kansli.post(protocolPath + "/rattelse", ["paragraphNumber": String(secretNumber), "what": "Anställningen gäller till 2027-06-30.",
                                                              "why": "Fel datum."])
            let after = try await anonymous.get(publicPath)
            #expect(after.body.contains("Beloppet ska vara 240 000 kr, inte 420 000 kr."))
            #expect(after.body.contains("Styrelsen beviljade 420 000 kr"), "the signed text itself is never edited")
            #expect(!after.body.contains("Anställningen gäller till 2027-06-30."), "a rättelse of a secret § is not public")
            #expect(after.headers.first(name: .eTag) != etag)
            #expect(try await kansli.get(protocolPath + "/dokument").body.contains("Anställningen gäller till 2027-06-30."))
            #expect(try await kansli.get(four).body.contains("Skrivfel; beslutet gällde 240 000 kr enligt ansökan."))
            let draftAgain = try await kansli.post(four + "/beslut", ["kind": "decision", "wording": "Efterhandsbeslut"])
            #expect(draftAgain.status == .conflict)

            let api = try await anonymous.get("/api/v1/organisations/bjorkadalen/decisions?year=2026")
            #expect(api.body.contains("Styrelsen beviljade 420 000 kr till Steget vidare för 2026."))
            #expect(api.body.contains("\"protocolState\":\"posted\""))
            #expect(!api.body.contains("processledare"))
            #expect(try await anonymous.get("/api/v1/organisations/bjorkadalen/decisions?kind=assignment").body == "{\"data\":[]}")
            #expect(try await anonymous.get("/api/v1/organisations/bjorkadalen/decisions?kind=beslut").status == .badRequest)
        }
    }

    @Test(arguments: TestDatabase.all)
    func paragraphAddedAtTheMeeting(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let kansli = TestClient(app)
            try await kansli.login("kansli")
            let protocolPath = try await draftProtocol(app, kansli)
            let anna = try await personID(app, "Anna Sjöberg").uuidString
            try await kansli.post(protocolPath + "/narvaro", ["personID": anna, "role": "decision_maker", "mode": "on_site",
                                                              "fromParagraph": "3", "toParagraph": "7"])
            let page = try await kansli.get(protocolPath)
            #expect(page.body.contains("<option value=\"5\" selected"), "before the closing items by default")
            let outside = try await kansli.post(protocolPath + "/paragrafer/ny", ["afterParagraph": "99", "title": "Extra", "kind": "decision"])
            #expect(outside.status == .unprocessableEntity && outside.body.contains("protokollet har ingen sådan paragraf"))
            let untitled = try await kansli.post(protocolPath + "/paragrafer/ny", ["afterParagraph": "5", "kind": "decision"])
            #expect(untitled.status == .unprocessableEntity)
            #expect(try await Paragraph.query(on: app.db).count() == 7, "nothing changes on a refused form")
            try await kansli.post(protocolPath + "/paragrafer/ny", ["afterParagraph": "5", "title": "Skrivelse från Umeå kommun",
                                                                     "kind": "decision", "background": "Skrivelsen delades ut vid mötet."])
            let titles = try await Paragraph.query(on: app.db).sort(\.$number).all().map { "\($0.number) \($0.title)" }
            #expect(titles.suffix(3) == ["6 Skrivelse från Umeå kommun", "7 Övriga frågor", "8 Mötet avslutas"])
            let added = try #require(try await Paragraph.query(on: app.db).filter(\.$number == 6).first())
            #expect(added.addedAtMeeting && added.narrative == "Skrivelsen delades ut vid mötet.")
            let range = try #require(try await Attendance.query(on: app.db).filter(\.$person.$id == UUID(uuidString: anna)!).first())
            #expect(range.fromParagraph == 3 && range.toParagraph == 8)
            #expect(try await kansli.get(protocolPath).body.contains("Tillagd vid sammanträdet"))
        }
    }
}
