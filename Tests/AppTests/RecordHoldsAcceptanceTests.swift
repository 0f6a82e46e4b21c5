import Domain
import Fluent
import Persistence
import Testing
import Vapor
@testable import App

/// Issue 14, as the real meeting was recorded: a distansmöte with a beslutande for part of the §§,
/// the beredningsgrupp joining for §§ 1–6 and listed in a närvarobilaga, a § with two decisions
/// between its text, justering weeks later after a mail and a reminder. Then the held meeting
/// cannot be cancelled, moved or extended, and its protokoll reads like a paper one (HTML and PDF).
@Suite(.serialized) struct RecordHoldsAcceptanceTests {
    @Test(arguments: TestDatabase.all)
    func aRemoteMeetingRecordedAndLocked(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let signers = try await Signers.logIn(app)
            let kansli = signers.kansli
            let board = try #require(try await Body.query(on: app.db).filter(\.$kindRaw == "board").first()?.id?.uuidString)
            let group = try #require(try await Body.query(on: app.db).filter(\.$kindRaw == BodyKind.preparatoryGroup.rawValue).first())

            // A distansmöte names no room; before the board's decision on remote participation it is refused.
            app.settings.today = .fixed(CivilDate(iso: "2026-02-20")!)
            let early = try await kansli.post("/f/bjorkadalen/moten/nytt", ["bodyID": board, "date": "2022-03-01", "startsAt": "09:00",
                                                                            "format": "remote"])
            #expect(early.status == .unprocessableEntity)
            let planned = try await kansli.post("/f/bjorkadalen/moten/nytt", ["bodyID": board, "date": "2026-03-06", "startsAt": "09:00",
                                                                              "endsAt": "11:30", "format": "remote"])
            let meetingPath = try #require(planned.location)
            let meeting = try #require(try await Meeting.query(on: app.db).filter(\.$date == "2026-03-06").first())
            #expect(meeting.format == .remote && meeting.place.isEmpty)
            try await kansli.post(meetingPath + "/dagordning", [:])
            try await kansli.post(meetingPath + "/punkter/ny", ["title": "Rapport från länets arbetsgrupp för psykisk hälsa", "kind": "decision",
                                                               "recommendation": "none"])

            // The whole beredningsgrupp is invited in one action; the förbundschef gets the kallelse through the board already.
            let invited = try await kansli.post(meetingPath + "/inbjudna", ["bodyID": group.id!.uuidString])
            #expect(invited.status == .seeOther)
            #expect(try await MeetingGuest.query(on: app.db).count() == 5)
            try await kansli.post(meetingPath + "/kallelse", [:])
            #expect(try await kansli.get(meetingPath + "/kallelse").body.contains("Sammanträdet hålls som distansmöte"))

            // The meeting: the chair is recorded last but listed first; Anna Sjöberg takes part in §§ 1–4 only.
            app.settings.today = .fixed(CivilDate(iso: "2026-03-06")!)
            let protocolPath = try #require(try await kansli.post(meetingPath + "/protokoll", [:]).location)
            let record = try #require(try await MeetingProtocol.query(on: app.db).first())
            for name in ["Jonas Lindqvist", "Maria Ekström", "Per Holmgren", "Helena Forsberg"] {
                let added = try await kansli.post(protocolPath + "/narvaro", [
                    "personID": try await personID(app, name).uuidString, "role": "decision_maker", "mode": "remote",
                    "isChair": name == "Helena Forsberg" ? "on" : ""])
                #expect(added.status == .seeOther, "\(name)")
            }
            try await kansli.post(protocolPath + "/narvaro", ["personID": try await personID(app, "Anna Sjöberg").uuidString,
                                                              "role": "decision_maker", "mode": "remote", "fromParagraph": "1", "toParagraph": "4"])
            try await kansli.post(protocolPath + "/narvaro", ["personID": try await personID(app, "Cecilia Norberg").uuidString,
                                                              "role": "participant", "mode": "remote"])
            for name in ["Ulrika Sandström", "Niklas Hedlund", "Malin Jonsson", "Ahmed Karimi", "Frida Olofsson"] {
                try await kansli.post(protocolPath + "/narvaro", ["personID": try await personID(app, name).uuidString, "role": "participant",
                                                                  "mode": "remote", "fromParagraph": "1", "toParagraph": "6", "inAppendix": "on"])
            }
            #expect(try await Attendance.query(on: app.db).count() == 11)
            let details = try await kansli.post(protocolPath + "/uppgifter", ["jointBody": "beredningsgruppen", "jointFrom": "1", "jointTo": "6",
                                                                             "attendanceAppendixTitle": "Deltagare från beredningsgruppen"])
            #expect(details.status == .seeOther)

            // A § in two parts, each with its own decision, and text in paragraphs.
            let report = try #require(try await Paragraph.query(on: app.db).filter(\.$title ~~ "psykisk hälsa").first())
            let reportPath = "/f/bjorkadalen/paragrafer/\(report.id!.uuidString)"
            try await kansli.post(reportPath + "/andra", ["title": report.title,
                                                          "narrative": "Malin Jonsson redovisade arbetsgruppens arbete.\n\nGruppen har träffats fyra gånger."])
            try await kansli.post(reportPath + "/beslut", ["kind": "decision", "background": "Arbetsgruppen föreslår en gemensam kartläggning.",
                                                          "wording": "Styrelsen beslutade att ställa sig bakom kartläggningen."])
            try await kansli.post(reportPath + "/beslut", ["kind": "decision", "background": "Frågan om en länsgemensam konferens diskuterades.",
                                                          "wording": "Styrelsen beslutade att avvakta med konferensen."])

            // Sent for justering: each signer gets a mail with a link and sees the protokoll on the start page.
            try await kansli.post(protocolPath + "/justerare", [
                "secretary": try await personID(app, "Cecilia Norberg").uuidString, "chair": try await personID(app, "Helena Forsberg").uuidString,
                "adjuster1": try await personID(app, "Jonas Lindqvist").uuidString])
            let sent = try await kansli.post(protocolPath + "/till-justering", [:])
            #expect(sent.status == .seeOther)
            let requests = try await OutboxMessage.query(on: app.db).filter(\.$topic == "justering").all()
            #expect(Set(requests.map(\.recipient)) == ["cecilia.norberg@exempel.se", "helena.forsberg@exempel.se", "jonas.lindqvist@exempel.se"])
            #expect(requests.allSatisfy { $0.body.contains(protocolPath) && $0.body.contains("senast 2026-03-20") })
            let start = try await signers.chair.get("/")
            #expect(start.body.contains("Väntar på din justering") && start.body.contains(protocolPath))

            // Two days before the deadline the signers are reminded, once.
            #expect(try await JusteringNotices.enqueueReminders(app, today: CivilDate(iso: "2026-03-17")!) == 0)
            #expect(try await JusteringNotices.enqueueReminders(app, today: CivilDate(iso: "2026-03-18")!) == 3)
            #expect(try await JusteringNotices.enqueueReminders(app, today: CivilDate(iso: "2026-03-19")!) == 0)

            // Justering three weeks after the meeting, then anslag.
            app.settings.today = .fixed(CivilDate(iso: "2026-03-27")!)
            for client in [kansli, signers.chair, signers.adjuster] {
                try await client.get(protocolPath)
                #expect(try await client.post(protocolPath + "/signera", ["answer": "sign", "password": Fixture.password]).status == .seeOther)
            }
            #expect(try await MeetingProtocol.find(record.id, on: app.db)?.status == .adjusted)
            #expect(!(try await signers.chair.get("/").body.contains("Väntar på din justering")))
            try await kansli.post(protocolPath + "/anslag", ["postedOn": "2026-03-27"])

            // The held meeting cannot be cancelled, moved or extended: 409, nothing changed, nothing mailed.
            let mails = try await OutboxMessage.query(on: app.db).count()
            let items = try await AgendaItem.query(on: app.db).filter(\.$meeting.$id == meeting.requireID()).count()
            let refused = [
                try await kansli.post(meetingPath + "/stall-in", ["cancellationReason": "Fel datum"]),
                try await kansli.post(meetingPath + "/andra", ["bodyID": board, "date": "2026-03-13", "startsAt": "09:00", "format": "remote"]),
                try await kansli.post(meetingPath + "/punkter/ny", ["title": "Sent ärende", "kind": "information", "recommendation": "none"]),
            ]
            for answer in refused {
                #expect(answer.status == .conflict && answer.body.contains("Sammanträdet är hållet"))
            }
            let after = try #require(try await Meeting.find(meeting.id, on: app.db))
            #expect(after.status == .planned && after.date == "2026-03-06" && after.sequence == meeting.sequence)
            #expect(try await AgendaItem.query(on: app.db).filter(\.$meeting.$id == meeting.requireID()).count() == items)
            #expect(try await OutboxMessage.query(on: app.db).count() == mails)

            // The public protokoll reads like a paper one.
            let anonymous = TestClient(app)
            let publicPath = "/f/bjorkadalen/justerade-protokoll/\(record.id!.uuidString)"
            let page = try await anonymous.get(publicPath).body
            let lastBilaga = try await Attachment.query(on: app.db).filter(\.$meeting.$id == meeting.requireID()).count()
            for expected in [
                "2026-03-06, 09:00–11:30, Distansmöte",
                "<p class=\"narrative\">Malin Jonsson redovisade arbetsgruppens arbete.</p><p class=\"narrative\">Gruppen har träffats fyra gånger.</p>",
                "<p class=\"narrative\">Arbetsgruppen föreslår en gemensam kartläggning.</p><div class=\"decision\"><p><strong>Beslut:</strong> Styrelsen beslutade att ställa sig bakom kartläggningen.</p></div>",
                "<strong>Beslut:</strong> Styrelsen beslutade att avvakta med konferensen.",
                "Helena Forsberg (Region Västerbotten), beslutande ledamot, ordförande vid sammanträdet, på distans",
                "Anna Sjöberg (Vännäs kommun), beslutande ledamot, på distans, §§ 1–4",
                "Cecilia Norberg, förbundschef, på distans",
                "(För övriga se bilaga \(lastBilaga + 1))",
                "Bilaga \(lastBilaga + 1). Deltagare från beredningsgruppen",
                "Malin Jonsson, verksamhetschef psykiatri, Region Västerbotten, på distans, §§ 1–6",
                "Under §§ 1–6 sammanträdde styrelsen gemensamt med beredningsgruppen.",
                "Justerat av",
                "Justeringen har tillkännagivits på anslagstavlan hos Samordningsförbundet Björkådalsregionen (digital anslagstavla), Nordmaling kommun, Region Västerbotten, Robertsfors kommun, Umeå kommun och Vännäs kommun.",
            ] {
                #expect(page.contains(expected), "\(expected)")
            }
            #expect(try #require(page.range(of: "Helena Forsberg")).lowerBound < (try #require(page.range(of: "Jonas Lindqvist")).lowerBound),
                    "the chair comes first among the beslutande")
            #expect(!page.contains("Cecilia Norberg, förbundschef, övrig deltagare"), "a title says enough")

            let pdf = try pdfText(try await anonymous.get(publicPath + "/protokoll.pdf").bytes)
            let lines = pdf.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(lines.contains("Malin Jonsson redovisade arbetsgruppens arbete.") && lines.contains("Gruppen har träffats fyra gånger."),
                    "the paragraph break is kept in the PDF")
            #expect(lines.filter { $0.hasPrefix("Beslut: Styrelsen beslutade att") }.count == 2)
            for expected in ["Deltagare från beredningsgruppen", "Region Västerbotten", "förbundschef", "tillkännagivits", "Distansmöte"] {
                #expect(pdf.contains(expected), "PDF: \(expected)")
            }
            let noticeBoard = try await anonymous.get("/f/bjorkadalen/anslagstavla").body
            #expect(noticeBoard.contains("Den som är medlem i en kommun eller en region som är medlem i förbundet får överklaga."))
        }
    }
}
