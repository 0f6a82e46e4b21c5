import Domain
import Fluent
import Foundation
import Persistence
import Testing
import Vapor
@testable import App

/// Publishing a kallelse: versions, the outbox while the mail server is down, delivery to a real
/// SMTP server, the revised kallelse, and the public version without secret content.
@Suite(.serialized) struct NoticeFlowTests {
    @Test(arguments: TestDatabase.all)
    func publishMailAndReviseAKallelse(database: TestDatabase) async throws {
        let port = try SMTPSink.freePort()
        try await withSamordna(database, smtpPort: port) { app in
            let fixture = try await Fixture.load(app)
            let client = TestClient(app)
            try await client.login("kansli")
            let board = try #require(try await Body.query(on: app.db).filter(\.$kindRaw == "board").first())
            let meeting = try #require(try await Meeting.query(on: app.db).filter(\.$body.$id == board.requireID())
                .filter(\.$date == "2026-04-17").first())
            let meetingPath = "/f/bjorkadalen/moten/\(meeting.id!.uuidString)"
            try await client.post(meetingPath + "/dagordning", [:])
            try await client.post(meetingPath + "/punkter/ny", [
                "title": "Personalärende förbundschef", "kind": "decision", "isSecret": "on", "secrecyGround": "OSL 39 kap. 3 §",
                "proposal": "Hemlig text om lönen.", "recommendation": "none"])
            try await client.post(meetingPath + "/punkter/ny", [
                "title": "Årsredovisning 2025", "kind": "decision", "proposal": "Styrelsen godkänner årsredovisningen.", "recommendation": "approve"])

            let auditor = Person(organisationID: try fixture.demo.requireID(), draft: PersonDraft(name: "Rut Berg", title: "sakkunnig revisor",
                                                                                     email: "rut.berg@revision.example", phone: nil))
            try await auditor.create(on: app.db)
            try await client.post(meetingPath + "/inbjudna", ["personID": auditor.id!.uuidString])
            let twice = try await client.post(meetingPath + "/inbjudna", ["personID": auditor.id!.uuidString])
            #expect(twice.status == .unprocessableEntity)
            #expect(try await client.get(meetingPath).body.contains("Rut Berg"))

            let published = try await client.post(meetingPath + "/kallelse", [:])
            #expect(published.status == .seeOther)
            let invited = try await MeetingPapers.invited(meeting, on: app.db).recipients
            #expect(invited.count == 15, "13 board seats on the day, the sekreterare and the invited auditor")
            #expect(invited.contains { $0.email == "rut.berg@revision.example" })
            #expect(try await OutboxMessage.query(on: app.db).count() == invited.count)

            // The mail server is down: nothing is lost, every message waits for a retry.
            let attempted = Date()
            var result = try await Outbox.deliverDue(app, now: attempted)
            #expect(result.retrying == invited.count && result.sent == 0)
            let waiting = try #require(try await OutboxMessage.query(on: app.db).first())
            #expect(waiting.status == .pending && waiting.attempts == 1 && waiting.lastError != nil)
            // Counted from the attempt, however long the refused connections took on a slow machine.
            #expect(waiting.nextAttemptAt > attempted.addingTimeInterval(59))
            let page = try await client.get(meetingPath)
            #expect(page.body.contains("Väntar"))

            let sink = try SMTPSink(port: port)
            defer { sink.stop() }
            result = try await Outbox.deliverDue(app, now: Date().addingTimeInterval(3600))
            #expect(result.sent == invited.count)
            let mails = sink.messages()
            #expect(mails.count == invited.count)
            let mail = try #require(mails.first)
            #expect(mail.text.contains("Kallelse till sammanträde med styrelsen"))
            #expect(mail.text.contains("Årsredovisning 2025"))
            #expect(mail.text.contains("Punkten omfattas av sekretess (OSL 39 kap. 3 §)"))
            #expect(!mail.text.contains("Personalärende"))
            #expect(mail.text.contains("https://samordna.test" + meetingPath + "/kallelse"))
            #expect(mail.headers.contains("Subject: Kallelse: Styrelsen 2026-04-17"))
            #expect(mail.headers.contains("From: =?UTF-8?B?QmrDtnJrw6VkYWxlbnMga2Fuc2xp?= <kansli@bjorkadalen.example>"),
                    "a Swedish sender name travels as an encoded word")

            let boardNotice = try await client.get(meetingPath + "/kallelse")
            #expect(boardNotice.body.contains("Sekretess enligt OSL 39 kap. 3 §"))
            #expect(boardNotice.body.contains("Personalärende förbundschef"))
            let publicNotice = try await TestClient(app).get("/f/bjorkadalen/kallelser/\(meeting.id!.uuidString)")
            #expect(publicNotice.status == .ok)
            #expect(!publicNotice.body.contains("Personalärende"))
            #expect(!publicNotice.body.contains("Hemlig text"))
            #expect(publicNotice.body.contains("Punkten omfattas av sekretess (OSL 39 kap. 3 §)."))

            // The PDFs, read back as text: the board's marks the secret item, the public one hides it.
            let boardPDF = try await client.get(meetingPath + "/kallelse.pdf")
            #expect(boardPDF.headers.contentType?.description == "application/pdf")
            let boardText = try pdfText(boardPDF.bytes)
            #expect(boardText.contains("Kallelse: Styrelsen 2026-04-17"))
            #expect(boardText.contains("Personalärende förbundschef"))
            #expect(boardText.contains("Sekretess enligt OSL 39 kap. 3 §"))
            #expect(boardText.contains("Sida 1 av"))
            let publicText = try pdfText(try await TestClient(app).get("/f/bjorkadalen/kallelser/\(meeting.id!.uuidString)/kallelse.pdf").bytes)
            #expect(publicText.contains("Årsredovisning 2025"))
            #expect(publicText.contains("Punkten omfattas av sekretess (OSL 39 kap. 3 §)."))
            #expect(!publicText.contains("Personalärende") && !publicText.contains("Hemlig text"))
            let raw = try String(contentsOf: sink.directory.appendingPathComponent("new").appendingPathComponent(
                try FileManager.default.contentsOfDirectory(atPath: sink.directory.appendingPathComponent("new").path)[0]), encoding: .utf8)
            #expect(raw.contains("Content-Type: application/pdf"), "the kallelse travels as a PDF attachment")

            // Publishing again without a change creates nothing.
            try await client.post(meetingPath + "/kallelse", [:])
            #expect(try await Notice.query(on: app.db).count() == 1)

            try await client.post(meetingPath + "/punkter/ny", ["title": "Budgetuppföljning", "kind": "report", "recommendation": "none"])
            #expect(try await client.get(meetingPath).body.contains("har ändrats sedan kallelsen publicerades"))
            let noNote = try await client.post(meetingPath + "/kallelse", [:])
            #expect(noNote.status == .unprocessableEntity)
            #expect(noNote.body.contains("Fyll i vad har ändrats?"))
            try await client.post(meetingPath + "/kallelse", ["changeNote": "Punkten Budgetuppföljning är tillagd."])
            #expect(try await Notice.query(on: app.db).count() == 2)
            try await Outbox.deliverDue(app, now: Date().addingTimeInterval(3600))
            let revised = sink.messages().filter { $0.text.contains("Ändring: Punkten Budgetuppföljning är tillagd.") }
            #expect(revised.count == invited.count)
            let firstVersion = try await client.get(meetingPath + "/kallelse?version=1")
            #expect(!firstVersion.body.contains("Budgetuppföljning"))

            // Moving the meeting tells everyone invited.
            try await client.post(meetingPath + "/andra", [
                "bodyID": board.id!.uuidString, "date": "2026-04-24", "startsAt": meeting.startsAt,
                "place": meeting.place, "remoteOffered": "on"])
            try await Outbox.deliverDue(app, now: Date().addingTimeInterval(3600))
            #expect(sink.messages().filter { $0.text.contains("har ändrats") && $0.text.contains("2026-04-24") }.count == invited.count)
        }
    }
}

/// Issue 17, item 3: the kallelse's version is settled inside the transaction, so two kansli
/// users publishing at once give one new version and a 409 with the reason, never a second
/// version with the same number or an unexpected error.
@Suite struct NoticeVersionRaceTests {
    @Test(arguments: TestDatabase.all)
    func twoPublicationsAtOnceGiveOneVersion(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let first = TestClient(app), second = TestClient(app)
            try await first.login("kansli")
            try await second.login("kansli")
            let meeting = try #require(try await Meeting.query(on: app.db).filter(\.$date == "2026-04-17").with(\.$body).all()
                .first { $0.body.kind == .board })
            let meetingPath = "/f/bjorkadalen/moten/\(meeting.id!.uuidString)"
            try await first.post(meetingPath + "/dagordning", [:])
            try await first.post(meetingPath + "/punkter/ny", ["title": "Årsredovisning 2025", "kind": "decision", "recommendation": "none"])
            #expect(try await first.post(meetingPath + "/kallelse", [:]).status == .seeOther)
            try await first.post(meetingPath + "/punkter/ny", ["title": "Budget 2027", "kind": "decision", "recommendation": "none"])
            async let a = first.post(meetingPath + "/kallelse", ["changeNote": "Punkt om budget."])
            async let b = second.post(meetingPath + "/kallelse", ["changeNote": "Ny punkt."])
            let answers = try await [a, b]
            #expect(answers.allSatisfy { $0.status == .seeOther || $0.status == .conflict }, "\(answers.map(\.status))")
            if let conflict = answers.first(where: { $0.status == .conflict }) {
                #expect(conflict.body.contains("Kallelsen publicerades nyss i en ny version av någon annan"))
            }
            let versions = try await Notice.query(on: app.db).filter(\.$meeting.$id == meeting.requireID()).all().map(\.version)
            #expect(versions.sorted() == [1, 2])
        }
    }
}
