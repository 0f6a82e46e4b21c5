import Domain
import Fluent
import Foundation
import Persistence
import Testing
import Vapor
@testable import App

/// The archive import in the browser: upload several files, follow their reading, review and
/// correct what was found, commit once, remove what cannot be read.
@Suite struct ArchiveUploadTests {
    static let archive = "/f/bjorkadalen/arkiv"

    @Test(arguments: TestDatabase.all)
    func aReviewerUploadsCorrectsAndCommitsInTheBrowser(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let client = TestClient(app)
            try await client.login("kansli")
            let empty = try await client.get(Self.archive)
            #expect(empty.body.contains(#"name="files[]""#) && empty.body.contains("multiple"))

            let packet = Array(ArchiveCommitTests.packet.utf8)
            let uploaded = try await client.upload(Self.archive, [:], files: [("files[]", "protokoll-2019.txt", packet),
                                                                               ("files[]", "skadad.pdf", Array("%PDF-1.4\n1 0 obj".utf8))])
            #expect(uploaded.status == .seeOther)
            let waiting = try await client.get(Self.archive)
            #expect(waiting.body.contains("0 av 2 filer är lästa.") && waiting.body.contains("Väntar på att läsas"))
            #expect(waiting.headers.first(name: "Refresh") == "3", "the list reloads itself while files are read")
            // A PDF being read shows its pages done and the time left (issue 16, item 5).
            let inProgress = try #require(try await ArchiveUpload.query(on: app.db).filter(\.$fileName == "skadad.pdf").first()?.requireID())
            func mark(_ status: ArchiveUpload.Status) async throws {
                try await ArchiveUpload.query(on: app.db).filter(\.$id == inProgress).set(\.$statusRaw, to: status.rawValue).set(\.$pagesTotal, to: 4)
                    .set(\.$pagesDone, to: 2).set(\.$readingStartedAt, to: app.settings.today.now().addingTimeInterval(-10)).update()
            }
            try await mark(.reading)
            let reading = try await client.get(Self.archive).body
            #expect(reading.contains("Läses: 2 av 4 sidor, under en minut kvar") && reading.contains(#"id="sidor-\#(inProgress.uuidString)" value="2" max="4""#))
            try await mark(.waiting)

            await ArchiveUploads.readWaiting(app)
            let read = try await client.get(Self.archive)
            #expect(read.headers.first(name: "Refresh") == nil)
            #expect(read.body.contains("Klar att granska") && read.body.contains("Kunde inte läsas: PDF-filen kan inte läsas"))
            let uploads = try await ArchiveUpload.query(on: app.db).sort(\.$fileName).all()
            let upload = try #require(uploads.first { $0.fileName == "protokoll-2019.txt" })
            let review = "\(Self.archive)/uppladdningar/\(try upload.requireID().uuidString)"

            let page = try await client.get(review)
            #expect(page.body.contains(#"id="f-d0-date""#) && page.body.contains(#"value="2019-10-04""#))
            #expect(page.body.contains("§ 32, rubrik") && page.body.contains(#"value="Äskande för 2020""#))
            #expect(page.body.contains("Beslut (bifall): Styrelsen biföll äskandet med 300 tkr för 2020."))
            #expect(page.body.contains("Maria Ekstrom") && page.body.contains("Visa texten, lagad bredvid originalet"))

            var values = ImportCorrections.formValues(of: try ArchiveUploads.result(of: upload).packet)
            values["d0-adjustedOn"] = "2019-13-01"
            values["action"] = "commit"
            let refused = try await client.post(review, values)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.contains("Handling 1, justerat den måste vara ett giltigt datum"))
            #expect(refused.body.contains(##"<a href="#f-body">"##), "no body was chosen")
            #expect(try await ArchiveImport.query(on: app.db).count() == 0, "nothing is committed with a bad field")
            #expect(try await ArchiveUploads.result(of: try #require(try await ArchiveUpload.find(upload.id, on: app.db))).packet.documents[0].adjustedOn
                == "2019-10-09", "nor are the corrections saved")

            #expect(page.body.contains(#"id="f-body""#) && page.body.contains("Beredningsgruppen"))
            let preparatory = try #require(try await Body.query(on: app.db).all().first { $0.displayName == "Beredningsgruppen" })
            values["body"] = try preparatory.requireID().uuidString
            values["d0-adjustedOn"] = "2019-10-09"
            values["d0-place"] = "Folkets hus, Vännäs"
            values["d0-p2"] = "Äskande från Arbetsnära stöd för 2020"
            values["action"] = "save"
            #expect(try await client.post(review, values).status == .seeOther)
            #expect(try await client.get(review).body.contains(#"value="Folkets hus, Vännäs""#), "saved corrections are shown again")

            values["action"] = "commit"
            let committed = try await client.post(review, values)
            #expect(committed.status == .seeOther && committed.location == Self.archive)
            let list = try await client.get(Self.archive)
            #expect(list.body.contains("protokoll-2019.txt är importerad: 1 handlingar, 1 nya sammanträden, 1 protokoll med 4 paragrafer"))
            let record = try #require(try await ArchiveImport.query(on: app.db).first())
            #expect(record.importedBy == "Kansli (kansli)" && record.fileName == "protokoll-2019.txt")
            let minutes = try #require(try await MeetingProtocol.query(on: app.db).filter(\.$year == 2019).with(\.$meeting).first())
            #expect(minutes.meeting.place == "Folkets hus, Vännäs" && minutes.archiveImportID == record.id)
            #expect(minutes.meeting.$body.id == preparatory.id && minutes.$body.id == preparatory.id, "the meetings of the body chosen")
            let titles = try await Paragraph.query(on: app.db).filter(\.$protocol.$id == minutes.requireID()).sort(\.$number).all().map(\.title)
            #expect(titles[2] == "Äskande från Arbetsnära stöd för 2020")
            #expect(try await ArchiveUpload.find(upload.id, on: app.db) == nil, "a committed upload leaves the list")
            let document = try #require(try await ArchiveDocument.query(on: app.db).first())
            #expect(list.body.contains("/f/bjorkadalen/arkiv/\(try document.requireID().uuidString)"))

            // The same file again is recognised at commit and creates nothing twice.
            try await client.upload(Self.archive, [:], files: [("files[]", "kopia.txt", packet)])
            await ArchiveUploads.readWaiting(app)
            let copy = try #require(try await ArchiveUpload.query(on: app.db).filter(\.$fileName == "kopia.txt").first())
            var copyValues = ImportCorrections.formValues(of: try ArchiveUploads.result(of: copy).packet)
            copyValues["action"] = "commit"
            copyValues["body"] = try preparatory.requireID().uuidString
            try await client.post("\(Self.archive)/uppladdningar/\(try copy.requireID().uuidString)", copyValues)
            #expect(try await client.get(Self.archive).body.contains("kopia.txt importerades redan"))
            #expect(try await ArchiveImport.query(on: app.db).count() == 1)
            #expect(try await MeetingProtocol.query(on: app.db).filter(\.$year == 2019).count() == 1)

            let failed = try #require(uploads.first { $0.fileName == "skadad.pdf" })
            #expect(try await client.post("\(Self.archive)/uppladdningar/\(try failed.requireID().uuidString)/ta-bort", [:]).status == .seeOther)
            #expect(try await ArchiveUpload.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDatabase.all)
    func filesThatCannotBeTakenAreRefusedAndNothingIsStored(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let client = TestClient(app)
            try await client.login("kansli")
            try await client.get(Self.archive)
            let none = try await client.upload(Self.archive, [:], files: [])
            #expect(none.status == .unprocessableEntity && none.body.contains("Fyll i filer."))
            let word = try await client.upload(Self.archive, [:], files: [("files[]", "protokoll.txt", Array("§ 1".utf8)),
                                                                          ("files[]", "protokoll.docx", [0x50, 0x4b, 0x03, 0x04])])
            #expect(word.status == .unprocessableEntity)
            #expect(word.body.contains("protokoll.docx: Filen måste vara en textfil (.txt) eller en PDF-fil (.pdf)."))
            let empty = try await client.upload(Self.archive, [:], files: [("files[]", "tom.txt", [])])
            #expect(empty.body.contains("tom.txt: Filen är tom."))
            #expect(try await ArchiveUpload.query(on: app.db).count() == 0, "one bad file keeps the others out too")

            let auditor = TestClient(app)
            try await auditor.login("revisor")
            #expect(try await auditor.get(Self.archive).status == .forbidden)
        }
    }
}
