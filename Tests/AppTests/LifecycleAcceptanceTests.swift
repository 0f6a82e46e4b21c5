import Domain
import Fluent
import Persistence
import Testing
import Vapor
@testable import App

/// One board meeting from the mötesplan to laga kraft, as the kansli, three signers and the public
/// meet it, in one test: every step builds on the one before.
@Suite(.serialized) struct LifecycleAcceptanceTests {
    static let secretWords = ["Omplacering av processledare", "Hemlig bakgrund om anställningen", "Läkarintyg"]

    @Test(arguments: TestDatabase.all)
    func planToLagaKraft(database: TestDatabase) async throws {
        let port = try SMTPSink.freePort()
        try await withSamordna(database, smtpPort: port) { app in
            _ = try await Fixture.load(app)
            let signers = try await Signers.logIn(app)
            let kansli = signers.kansli
            let board = try #require(try await Body.query(on: app.db).filter(\.$kindRaw == "board").first()?.id?.uuidString)

            // Mötesplan.
            app.settings.today = .fixed(CivilDate(iso: "2026-05-01")!)
            let planned = try await kansli.post("/f/bjorkadalen/moten/nytt", ["bodyID": board, "date": "2026-05-20", "startsAt": "09:00",
                                                                              "endsAt": "12:00", "place": "Kommunhuset, sal Älven"])
            let meetingPath = try #require(planned.location)
            let meetingID = String(try #require(meetingPath.split(separator: "/").last))

            // Föredragningslista with a public and a secret item, and a bilaga for each.
            try await kansli.post(meetingPath + "/dagordning", [:])
            try await kansli.post(meetingPath + "/punkter/ny", [
                "title": "Ansökan om medel för Steget vidare", "kind": "decision", "proposal": "Styrelsen beviljar 420 000 kr.",
                "recommendation": "approve"])
            try await kansli.post(meetingPath + "/punkter/ny", [
                "title": Self.secretWords[0], "kind": "decision", "background": Self.secretWords[1], "isSecret": "on",
                "secrecyGround": "OSL 39 kap. 3 §", "recommendation": "none"])
            let items = try await AgendaItem.query(on: app.db).filter(\.$meeting.$id == UUID(uuidString: meetingID)!).all()
            let application = try #require(items.first { $0.title.hasPrefix("Ansökan") })
            let pdf = Array("%PDF-1.7\n% ansökan Steget vidare\n%%EOF\n".utf8)
            try await kansli.upload(meetingPath + "/bilagor/ny", ["title": "Ansökan Steget vidare", "item_\(application.id!.uuidString)": "on"],
                                    file: ("file", "ansokan.pdf", pdf))
            try await kansli.upload(meetingPath + "/bilagor/ny", ["title": Self.secretWords[2], "isSecret": "on", "secrecyGround": "OSL 25 kap. 1 §"],
                                    file: ("file", "intyg.pdf", Array("%PDF-1.7\n% intyg\n%%EOF\n".utf8)))

            // Kallelse: every invited person gets it through the SMTP server, without secret content.
            try await kansli.post(meetingPath + "/kallelse", [:])
            let sink = try SMTPSink(port: port)
            defer { sink.stop() }
            let queued = try await OutboxMessage.query(on: app.db).count()
            #expect(queued > 10)
            #expect(try await Outbox.deliverDue(app).sent == queued)
            let mails = sink.messages()
            #expect(mails.count == queued)
            #expect(mails.allSatisfy { mail in Self.secretWords.allSatisfy { !mail.text.contains($0) } })

            // The sammanträde: Anna Sjöberg leaves after § 2 and her ersättare serves from § 3.
            app.settings.today = .fixed(CivilDate(iso: "2026-05-20")!)
            let protocolPath = try #require(try await kansli.post(meetingPath + "/protokoll", [:]).location)
            let record = try #require(try await MeetingProtocol.query(on: app.db).first())
            let last = try await Paragraph.query(on: app.db).filter(\.$protocol.$id == record.requireID()).count()
            for name in ["Helena Forsberg", "Jonas Lindqvist", "Maria Ekström", "Per Holmgren"] {
                try await kansli.post(protocolPath + "/narvaro", ["personID": try await personID(app, name).uuidString, "role": "decision_maker",
                                                                  "mode": "on_site", "isChair": name == "Helena Forsberg" ? "on" : ""])
            }
            let anna = try await personID(app, "Anna Sjöberg").uuidString
            try await kansli.post(protocolPath + "/narvaro", ["personID": anna, "role": "decision_maker", "mode": "on_site",
                                                              "fromParagraph": "1", "toParagraph": "2"])
            let stepIn = try await kansli.post(protocolPath + "/narvaro", [
                "personID": try await personID(app, "Mikael Strand").uuidString, "role": "serving_substitute", "servesForPersonID": anna,
                "mode": "on_site", "fromParagraph": "3", "toParagraph": String(last)])
            #expect(stepIn.status == .seeOther)

            // A votering and a reservation on the application.
            let paragraph = try #require(try await Paragraph.query(on: app.db).filter(\.$title == application.title).first())
            #expect(paragraph.number >= 3)
            let paragraphPath = "/f/bjorkadalen/paragrafer/\(paragraph.id!.uuidString)"
            var votes = ["kind": "approval", "wording": "Styrelsen beviljade 420 000 kr till Steget vidare för 2026."]
            for (name, vote) in [("Helena Forsberg", "yes"), ("Jonas Lindqvist", "yes"), ("Maria Ekström", "no"), ("Per Holmgren", "yes"),
                                 ("Mikael Strand", "abstain")] {
                votes["vote_\(try await personID(app, name).uuidString)"] = vote
            }
            let annaVotes = try await kansli.post(paragraphPath + "/beslut", votes.merging(["vote_\(anna)": "yes"]) { $1 })
            #expect(annaVotes.status == .unprocessableEntity, "Anna Sjöberg has left before this §")
            try await kansli.post(paragraphPath + "/beslut", votes)
            let decision = try #require(try await Decision.query(on: app.db).first())
            #expect(decision.voteOutcome == "adopted")
            try await kansli.post(paragraphPath + "/reservation", ["decisionID": decision.id!.uuidString,
                                                                   "personID": try await personID(app, "Maria Ekström").uuidString,
                                                                   "reason": "Insatsen saknar mätbara mål."])
            let secret = try #require(try await Paragraph.query(on: app.db).filter(\.$secrecyGround != nil).first())
            try await kansli.post("/f/bjorkadalen/paragrafer/\(secret.id!.uuidString)/beslut", [
                "kind": "decision", "wording": "Styrelsen beslutade enligt förslaget om omplacering."])

            // Justering by three signers; the adjuster sends it back once.
            try await kansli.post(protocolPath + "/justerare", [
                "secretary": try await personID(app, "Cecilia Norberg").uuidString, "chair": try await personID(app, "Helena Forsberg").uuidString,
                "adjuster1": try await personID(app, "Jonas Lindqvist").uuidString])
            try await kansli.post(protocolPath + "/till-justering", [:])
            app.settings.today = .fixed(CivilDate(iso: "2026-05-25")!)
            let jonas = signers.adjuster
            try await jonas.get(protocolPath)
            try await jonas.post(protocolPath + "/signera", ["answer": "decline", "comment": "Ange tiden för mötets avslutande i sista paragrafen.",
                                                             "password": Fixture.password])
            #expect(try await MeetingProtocol.query(on: app.db).first()?.status == .draft)
            let closing = try #require(try await Paragraph.query(on: app.db).filter(\.$number == last).first())
            try await kansli.post("/f/bjorkadalen/paragrafer/\(closing.id!.uuidString)/andra", [
                "title": closing.title, "narrative": "Ordföranden avslutade mötet kl. 11.45."])
            try await kansli.post(protocolPath + "/till-justering", [:])
            let chair = signers.chair
            for client in [kansli, chair, jonas] {
                try await client.get(protocolPath)
                try await client.post(protocolPath + "/signera", ["answer": "sign", "password": Fixture.password])
            }
            var adjusted = try #require(try await MeetingProtocol.query(on: app.db).first())
            #expect(adjusted.status == .adjusted && adjusted.adjustedOn == "2026-05-25")

            // Anslag and laga kraft.
            try await kansli.post(protocolPath + "/anslag", ["postedOn": "2026-05-25"])
            adjusted = try #require(try await MeetingProtocol.query(on: app.db).first())
            #expect(adjusted.appealEndsOn == "2026-06-15")
            app.settings.today = .fixed(CivilDate(iso: "2026-06-16")!)

            // The public sees exactly the public parts, everywhere.
            let anonymous = TestClient(app)
            let publicPath = "/f/bjorkadalen/justerade-protokoll/\(adjusted.id!.uuidString)"
            let page = try await anonymous.get(publicPath)
            #expect(page.body.contains("Laga kraft"))
            #expect(page.body.contains("Styrelsen beviljade 420 000 kr till Steget vidare för 2026. (Bifallet)"))
            #expect(page.body.contains("Maria Ekström reserverade sig mot beslutet: Insatsen saknar mätbara mål."))
            #expect(page.body.contains("Mikael Strand (Vännäs kommun), tjänstgörande ersättare för Anna Sjöberg, §§ 3–8"))
            #expect(page.body.contains("Helena Forsberg (Region Västerbotten), beslutande ledamot, ordförande vid sammanträdet"))
            #expect(page.body.contains("Ordföranden avslutade mötet kl. 11.45."))
            #expect(page.body.contains("Paragrafen omfattas av sekretess (OSL 39 kap. 3 §)."))
            let pdfText = try pdfText(try await anonymous.get(publicPath + "/protokoll.pdf").bytes)
            #expect(pdfText.contains("§ \(paragraph.number) Ansökan om medel för Steget vidare"))
            #expect(pdfText.contains("2026-06-15") && pdfText.contains("BEVIS"))
            let board2 = try await anonymous.get("/f/bjorkadalen/anslagstavla")
            #expect(board2.body.contains("Tidigare anslag") && board2.body.contains("Protokoll styrelsen 2026-05-20"))
            let feed = try await anonymous.get("/f/bjorkadalen/anslagstavla.atom")
            #expect(feed.body.contains("Protokoll styrelsen 2026-05-20"))
            let calendar = try await anonymous.get("/f/bjorkadalen/kalender.ics")
            #expect(calendar.body.contains("DTSTART;TZID=Europe/Stockholm:20260520T090000"))
            let meetingsAPI = try await anonymous.get("/api/v1/organisations/bjorkadalen/meetings/\(meetingID)").body
                .replacingOccurrences(of: "\\/", with: "/")
            #expect(meetingsAPI.contains("\"state\":\"final\""))
            #expect(meetingsAPI.contains("/bilagor/1\""))
            #expect(!meetingsAPI.contains("/bilagor/2\""), "the secret bilaga has no public address")
            let decisionsAPI = try await anonymous.get("/api/v1/organisations/bjorkadalen/decisions")
            #expect(decisionsAPI.body.contains("Styrelsen beviljade 420 000 kr"))
            #expect(!decisionsAPI.body.contains("omplacering"))
            let publicKallelse = try await anonymous.get("/f/bjorkadalen/kallelser/\(meetingID)")
            #expect(publicKallelse.body.contains("Ansökan om medel för Steget vidare"))
            for body in [page.body, pdfText, board2.body, feed.body, calendar.body, meetingsAPI, decisionsAPI.body, publicKallelse.body,
                         try await anonymous.get("/f/bjorkadalen/kalender").body] {
                #expect(Self.secretWords.allSatisfy { !body.contains($0) })
                #expect(!body.contains("omplacering"))
            }
        }
    }
}
