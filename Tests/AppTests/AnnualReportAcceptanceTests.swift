import Domain
import Fluent
import Foundation
import Persistence
import Synchronization
import Testing
import Vapor
import Views
@testable import App

/// The day of a test that moves on, as the board's meeting comes.
final class MovableDay: Sendable {
    let day = Mutex(testToday)

    var today: Today { Today({ self.day.withLock { $0 } }) }

    func move(to iso: String) {
        day.withLock { $0 = CivilDate(iso: iso)! }
    }
}

/// Issue 18, the acceptance test: a year (2024) recorded from scratch for three new insatser, one
/// person in two of them, its bookkeeping read from a SIE file, the annual report generated with
/// every identity holding, laid before the board as a bilaga and signed by every ledamot.
@Suite struct AnnualReportAcceptanceTests {
    static let header = "Deltagarnyckel;Kön;Ålder;Remitterande part;Kommun;Remissdatum;Beredning;Start;Slut;Utfall\n"
    /// Eight people start in 2024; AR-0003 in two insatser; AR-0009 is refused by the beredning.
    static let sheets: [(code: String, name: String, rows: String)] = [
        ("P31ARB", "Arbetsvägen", "AR-0001;Kvinna;25;AF;;2024-01-10;ja;2024-02-01;2024-09-30;arbete\n"
            + "AR-0002;Man;40;FK;;2024-02-01;ja;2024-03-01;2024-11-15;studier\n"
            + "AR-0003;Kvinna;33;Socialtjänst;Vännäs;2024-03-01;ja;2024-04-01;;\n"
            + "AR-0004;Man;50;AF;;2024-05-01;ja;2024-06-01;2024-08-01;avbrott hälsa\n"),
        ("P32STU", "Studiebryggan", "AR-0003;Kvinna;33;Socialtjänst;Vännäs;2024-06-01;ja;2024-07-01;2024-12-10;studier\n"
            + "AR-0005;Kvinna;19;AF;;2024-02-01;ja;2024-02-15;;\n"
            + "AR-0006;Man;22;Annan kommunal verksamhet;Vännäs;2024-04-01;ja;2024-04-15;2024-10-01;extratjänst\n"),
        ("P33HÄL", "Hälsosteget", "AR-0007;Man;45;FK;;2024-01-15;ja;2024-02-01;2024-06-30;fortsatt rehabilitering\n"
            + "AR-0008;Kvinna;38;Region;;2024-03-01;ja;2024-03-20;;\n"
            + "AR-0009;Kvinna;29;AF;;2024-09-01;nej;;;\n"),
    ]

    static func ledger() -> [UInt8] {
        SyntheticLedger(
            companyName: "Samordningsförbundet Björkådalsregionen", year: 2024, bookedThrough: 12,
            income: [.init(account: "3011", accountName: "Medlemsbidrag", annualKronor: 3_000_000)],
            costs: [.init(account: "4010", accountName: "Köpta tjänster", object: "P31ARB", objectName: "Arbetsvägen", annualKronor: 900_000),
                    .init(account: "4010", accountName: "Köpta tjänster", object: "P32STU", objectName: "Studiebryggan", annualKronor: 700_000),
                    .init(account: "4010", accountName: "Köpta tjänster", object: "P33HÄL", objectName: "Hälsosteget", annualKronor: 500_000),
                    .init(account: "7010", accountName: "Löner kansli", annualKronor: 650_000)],
            openingBalances: [.init(account: "1930", accountName: "Företagskonto", annualKronor: 1_100_000),
                              .init(account: "1790", accountName: "Förutbetalda kostnader", annualKronor: 60_000),
                              .init(account: "2440", accountName: "Leverantörsskulder", annualKronor: -150_000),
                              .init(account: "2890", accountName: "Skuld till huvudmän", annualKronor: -40_000)]).sie(transactions: 300)
    }

    @Test(arguments: TestDatabase.all)
    func aYearOfThreeInsatserIsReportedLaidBeforeTheBoardAndSigned(database: TestDatabase) async throws {
        let clock = MovableDay()
        try await withSamordna(database, settings: { $0.today = clock.today }) { app in
            _ = try await Fixture.load(app)
            let kansli = TestClient(app)
            try await kansli.login("kansli")
            let vannas = try #require(try await Member.query(on: app.db).filter(\.$name == "Vännäs kommun").first()?.id?.uuidString)
            let steering = try #require(try await Body.query(on: app.db).filter(\.$name == "Styrgrupp Unga vuxna i arbete").first()?.id?.uuidString)
            let responsible = try await personID(app, "David Persson").uuidString

            // The three insatser and their year, each read from a tertial sheet.
            for sheet in Self.sheets {
                let created = try await kansli.post("/f/bjorkadalen/insatser/ny", [
                    "code": sheet.code, "name": sheet.name, "kind": "individual", "stage": "project", "ownerMemberID": vannas,
                    "responsiblePersonID": responsible, "steeringBodyID": steering, "startsOn": "2024-01-01", "ageFrom": "16", "ageTo": "64"])
                let path = try #require(created.location, "\(sheet.code) is created")
                let csv = Self.header + sheet.rows
                let preview = try await kansli.upload(path + "/deltagare-import", [:], file: ("file", "\(sheet.code).csv", Array(csv.utf8)))
                #expect(preview.status == .ok, "\(sheet.code): \(preview.body.prefix(200))")
                #expect(try await kansli.upload(path + "/deltagare-import/spara", ["csv": csv], file: nil).status == .seeOther)
            }
            let followUp = try await kansli.get("/f/bjorkadalen/uppfoljning?period=2024")
            #expect(followUp.status == .ok && followUp.body.contains("av deltagarna i hela förbundet deltog i mer än en insats"),
                    "AR-0003 is one person in the association's total")

            // The year's bookkeeping with its balances.
            let staged = try await kansli.upload("/f/bjorkadalen/utfall", [:], file: ("file", "bokforing-2024.se", Self.ledger()))
            let stagedPath = try #require(staged.location, "the SIE file is staged: \(staged.body.prefix(300))")
            #expect(try await kansli.post(stagedPath + "/bekrafta", [:]).status == .seeOther)

            // The report: every identity holds, on the page, in the open data and in the PDF.
            let page = try await kansli.get("/f/bjorkadalen/arsredovisning?ar=2024")
            #expect(page.status == .ok)
            #expect(page.body.components(separatedBy: "Stämmer: ").count == 6 && !page.body.contains("Stämmer inte"), "every identity holds")
            #expect(page.body.contains("P31ARB Arbetsvägen") && page.body.contains("P33HÄL Hälsosteget"))
            let started = try #require(page.body.components(separatedBy: "Insatser som startade under året: ").last?.components(separatedBy: ".</p>").first)
            #expect(["P31ARB Arbetsvägen", "P32STU Studiebryggan", "P33HÄL Hälsosteget"].allSatisfy(started.contains))
            #expect(!page.body.contains("<th scope=\"row\">P10VUX Vuxenplattformen</th>"), "only the insatser with participants in the year")
            let draft = try await openData(kansli)
            #expect(draft.status == "draft")
            #expect(draft.income == 3_000_000 && draft.costs == 2_750_000 && draft.result == 250_000)
            #expect(draft.income - draft.costs + draft.financialNet == draft.result)
            #expect(draft.equity.closing - draft.equity.opening == draft.result)
            #expect(draft.cashFlow.operating + draft.cashFlow.investing + draft.cashFlow.financing == draft.cashFlow.total)
            #expect(draft.cash.closing - draft.cash.opening == draft.cashFlow.total)
            let p = draft.participants
            #expect(p.during.total == 8 && p.new == 8, "eight people, AR-0003 once, AR-0009 never started")
            #expect(p.during.women + p.during.men + p.during.other == p.during.total && p.ended + p.remaining == p.during.total)
            #expect(p.outcomes.work + p.outcomes.studies + p.outcomes.otherPositive + p.outcomes.dropOut == p.ended)
            #expect(p.outcomes.work == 1 && p.outcomes.dropOut == 1 && p.outcomes.otherPositive == 2)

            // Laid before the board: refused without the förvaltningsberättelse, nothing stored.
            let meeting = try #require(try await Meeting.query(on: app.db).filter(\.$date == "2026-04-17").with(\.$body).all()
                .first { $0.body.kind == .board })
            let meetingID = try meeting.requireID().uuidString
            let noText = try await kansli.post("/f/bjorkadalen/arsredovisning/framlaggning?ar=2024", ["meeting": meetingID])
            #expect(noText.status == .unprocessableEntity && noText.body.contains("skriv förvaltningsberättelsens text"))
            #expect(try await Attachment.query(on: app.db).filter(\.$meeting.$id == meeting.requireID()).count() == 0)
            let narrative = "Året då förbundet startade tre nya insatser.\n\nArbetsvägen nådde flest deltagare."
            #expect(try await kansli.post("/f/bjorkadalen/arsredovisning/text?ar=2024", ["narrative": narrative, "employees": "3"]).status == .seeOther)
            // A balance sheet that does not follow from the bookkeeping: named, and nothing laid before the board.
            let bank = try #require(try await LedgerBalance.query(on: app.db).filter(\.$account == "1930").all()
                .first { $0.closing == 135_000_000 })
            bank.closing += 100_000
            try await bank.save(on: app.db)
            let disagreeing = try await kansli.post("/f/bjorkadalen/arsredovisning/framlaggning?ar=2024", ["meeting": meetingID])
            #expect(disagreeing.status == .unprocessableEntity && disagreeing.body.contains("tabellerna stämmer inte med varandra"))
            #expect(disagreeing.body.contains("Stämmer inte: tillgångarna är lika med eget kapital och skulder"))
            #expect(try await Attachment.query(on: app.db).filter(\.$meeting.$id == meeting.requireID()).count() == 0)
            bank.closing -= 100_000
            try await bank.save(on: app.db)
            #expect(try await kansli.post("/f/bjorkadalen/arsredovisning/framlaggning?ar=2024", ["meeting": meetingID]).status == .seeOther)
            #expect(try await kansli.post("/f/bjorkadalen/arsredovisning/text?ar=2024", ["narrative": "Ändrad"]).status == .conflict,
                    "the document before the board is fixed")
            #expect(!(try await kansli.get("/f/bjorkadalen/arsredovisning?ar=2024").body.contains("ger nu andra siffror")))
            bank.closing += 100_000
            try await bank.save(on: app.db)
            #expect(try await kansli.get("/f/bjorkadalen/arsredovisning?ar=2024").body.contains("ger nu andra siffror än dokumentet som är lagt fram"),
                    "a correction since the document was laid before the board is pointed out")
            bank.closing -= 100_000
            try await bank.save(on: app.db)
            let record = try #require(try await AnnualReportRecord.query(on: app.db).filter(\.$year == 2024).first())
            let attachment = try #require(try await Attachment.query(on: app.db).filter(\.$meeting.$id == meeting.requireID()).first())
            #expect(attachment.title == "Årsredovisning 2024" && record.$attachment.id == attachment.id)
            let document = try await kansli.get("/f/bjorkadalen/arsredovisning/arsredovisning.pdf?ar=2024")
            #expect(FileStore.sha256(Data(document.bytes)) == record.contentSHA256, "the PDF is the document laid before the board")
            let text = try pdfText(document.bytes)
            for expected in ["Årsredovisning 2024", "Året då förbundet startade tre nya insatser.", "Resultaträkning", "Balansräkning",
                             "Kassaflödesanalys", "Noter", "Femårsöversikt", "Deltagarresultat per insats", "Arbetsvägen"] {
                #expect(text.contains(expected), "the PDF has \(expected)")
            }
            #expect(!text.contains("Stämmer inte"))

            // The board signs from the meeting day; one ledamot first sends it back.
            let signers = try await AnnualReportSigner.query(on: app.db).filter(\.$report.$id == record.requireID()).with(\.$person).all()
            #expect(signers.count >= 3, "the board's ledamöter on the meeting day")
            var clients: [TestClient] = []
            for (index, signer) in signers.enumerated() {
                try await linkUser(app, "ledamot\(index)", to: signer.person.name, roles: [.boardMember])
                let client = TestClient(app)
                try await client.login("ledamot\(index)")
                clients.append(client)
            }
            let sign = "/f/bjorkadalen/arsredovisning/underskrift?ar=2024"
            #expect(try await clients[0].post(sign, ["answer": "sign", "password": Fixture.password]).status == .conflict, "before the meeting")
            let mailed = try await OutboxMessage.query(on: app.db).filter(\.$topic == "arsredovisning").all()
            #expect(mailed.count == signers.filter { $0.person.email != nil }.count && mailed.allSatisfy { $0.subject.contains("Årsredovisning 2024") })
            #expect(try await clients[0].get("/").body.contains("väntar på din underskrift") == false, "not before the meeting day")
            clock.move(to: "2026-04-17")
            #expect(try await clients[0].get("/").body.contains("Årsredovisning 2024, Samordningsförbundet"), "on the ledamot's start page")
            let revisor = TestClient(app)
            try await revisor.login("revisor")
            #expect(try await revisor.post(sign, ["answer": "sign", "password": Fixture.password]).status == .forbidden)
            #expect(try await clients[0].post(sign, ["answer": "sign", "password": "fel"]).status == .unprocessableEntity)
            #expect(try await clients[0].post(sign, ["answer": "decline", "comment": "Not 2 saknar hyran.", "password": Fixture.password])
                .status == .seeOther)
            #expect(try await kansli.get("/f/bjorkadalen/arsredovisning?ar=2024").body.contains("Not 2 saknar hyran."))
            #expect(try await openData(kansli).status == "draft")

            // Laid before the same meeting again: a new version of the same bilaga, and every ledamot signs.
            clock.move(to: "2026-04-16")
            #expect(try await kansli.post("/f/bjorkadalen/arsredovisning/framlaggning?ar=2024", ["meeting": meetingID]).status == .seeOther)
            #expect(try await AttachmentVersion.query(on: app.db).filter(\.$attachment.$id == attachment.requireID()).count() == 2)
            clock.move(to: "2026-04-17")
            for (index, client) in clients.enumerated() {
                let answer = try await client.post(sign, ["answer": "sign", "password": Fixture.password])
                #expect(answer.status == .seeOther, "ledamot \(index) signs")
                if index == 0 {
                    #expect(try await client.post(sign, ["answer": "sign", "password": Fixture.password]).status == .conflict, "once")
                    #expect(try await kansli.post("/f/bjorkadalen/arsredovisning/tillbakatagande?ar=2024", [:]).status == .conflict,
                            "not taken back once signed")
                }
            }
            #expect(try await clients[0].get("/").body.contains("Årsredovisning 2024, Samordningsförbundet") == false, "signed: off the list")
            let adoptedPage = try await kansli.get("/f/bjorkadalen/arsredovisning?ar=2024")
            #expect(adoptedPage.body.contains("Fastställd: styrelsens ledamöter har skrivit under") && !adoptedPage.body.contains("Ej undertecknad"))
            let adopted = try await openData(kansli)
            #expect(adopted.status == "adopted" && adopted.result == draft.result && adopted.participants.during.total == 8)
            #expect(try await kansli.post("/f/bjorkadalen/arsredovisning/framlaggning?ar=2024", ["meeting": meetingID]).status == .conflict)
            let overview = try #require(adoptedPage.body.components(separatedBy: "id=\"fem-ar\"").last?.components(separatedBy: "</table>").first)
            #expect(overview.contains(">3</td>") && !overview.contains("ej registrerat"), "the employees in the five-year overview")
        }
    }

    private func openData(_ client: TestClient) async throws -> APIAnnualReport {
        let response = try await client.get("/api/v1/organisations/bjorkadalen/annual-reports/2024")
        #expect(response.status == .ok)
        return try JSONDecoder().decode(APIAnnualReport.self, from: Data(response.bytes))
    }
}
