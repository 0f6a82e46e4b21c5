import Domain
import Fluent
import Foundation
import Persistence
import Testing
import Vapor
import Views
@testable import App

/// Snapshots of the pages whose models need the whole demo to be realistic (issue 17, item 4):
/// the money pages (insatser, budgets, utfall, kontoplan, driftredovisning, rekvisitioner,
/// äskanden and their sammanställning), the diarium's ärende, a § of the demo's justerat
/// protokoll and one being written, a bilaga, the agenda item and bilaga forms, the archive and
/// an archived packet, and the password link pages. Each is fetched as the kansli reads it, with
/// the ids numbered in order of appearance and the form token, the moments of the change log and
/// the day records were created written as placeholders, so that it is the same on every run.
@Suite struct PageSnapshotTests {
    private let snapshots = SnapshotTests()

    static func normalised(_ html: String) -> String {
        var text = html
        var ids: [String: String] = [:]
        let uuid = try! Regex("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
        for match in html.matches(of: uuid) {
            let id = String(html[match.range]).uppercased()
            if ids[id] == nil { ids[id] = "id-\(ids.count + 1)" }
        }
        text = text.replacing(uuid) { match in ids[String(text[match.range]).uppercased()] ?? "id" }
        text = text.replacing(try! Regex(#"name="_csrf" value="[0-9a-f]+""#), with: #"name="_csrf" value="CSRF""#)
        text = text.replacing(try! Regex(#"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?"#), with: "ÅÅÅÅ-MM-DD TT:MM")
        // A record's creation day (an archive import's) is the machine's, not the tests' fixed day.
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return text.replacingOccurrences(of: formatter.string(from: Date()), with: "SKAPELSEDAG")
    }

    @Test func theDemosPagesAsTheKansliReadsThem() async throws {
        try await withSamordna(.sqlite) { app in
            let fixture = try await Fixture.load(app)
            let organisationID = try fixture.demo.requireID()
            try await DemoProtocol.load(organisationID: organisationID, associationName: "Samordningsförbundet Björkådalsregionen", on: app.db)
            try await DemoFunding.load(organisationID: organisationID, on: app.db)
            let kansli = TestClient(app)
            try await kansli.login("kansli")
            func first(_ path: String, linkTo prefix: String) async throws -> String {
                let body = try await kansli.get(path).body
                let pattern = try Regex(NSRegularExpression.escapedPattern(for: prefix) + "[0-9A-Fa-f-]{36}")
                return try #require(body.firstMatch(of: pattern).map { String(body[$0.range]) }, "\(path) links to \(prefix)")
            }
            let base = "/f/bjorkadalen"
            let insats = try await first(base + "/insatser", linkTo: base + "/insatser/")
            let budget = try await first(base + "/budget", linkTo: base + "/budget/")
            let ledgerImport = try await first(base + "/utfall", linkTo: base + "/utfall/")
            let requisition = try await first(base + "/rekvisitioner", linkTo: base + "/rekvisitioner/")
            let fundingRequest = try await first(base + "/askanden", linkTo: base + "/askanden/")
            let matter = try await first(base + "/diarium", linkTo: base + "/diarium/")
            let meeting = try #require(try await Meeting.query(on: app.db).filter(\.$organisation.$id == organisationID)
                .filter(\.$date == "2026-04-17").with(\.$body).all().first { $0.body.kind == .board })
            let meetingPath = base + "/moten/" + meeting.id!.uuidString
            let paragraph = try #require(try await Paragraph.query(on: app.db).filter(\.$organisation.$id == organisationID)
                .sort(\.$number).first())
            let pages: [(String, String)] = [
                ("insatser", base + "/insatser"), ("insats", insats), ("budgetar", base + "/budget"), ("budget", budget),
                ("utfall", base + "/utfall"), ("utfallsimport", ledgerImport), ("kontoplan", base + "/kontoplan"),
                ("driftredovisning", base + "/driftredovisning?ar=2025"), ("rekvisitioner", base + "/rekvisitioner"), ("rekvisition", requisition),
                ("askanden", base + "/askanden"), ("askande", fundingRequest), ("sammanstallning", base + "/askanden/sammanstallning?ar=2027"),
                ("arende", matter), ("paragraf", SiteURL.paragraph("bjorkadalen", paragraph.id!.uuidString).path),
                ("ny-punkt", meetingPath + "/punkter/ny"), ("ny-bilaga", meetingPath + "/bilagor/ny"), ("arkiv", base + "/arkiv"),
            ]
            for (name, path) in pages {
                let page = try await kansli.get(path)
                #expect(page.status == .ok, "\(name): \(path)")
                snapshots.check(Self.normalised(page.body), name)
            }
        }
    }
}

extension PageSnapshotTests {
    /// A § of a protokoll being written, a bilaga, and a packet read into the archive.
    @Test func aDraftParagraphABilagaAndAnArchivedPacket() async throws {
        try await withSamordna(.sqlite) { app in
            let fixture = try await Fixture.load(app)
            let organisationID = try fixture.demo.requireID()
            let kansli = TestClient(app)
            try await kansli.login("kansli")
            let meetings = try await Meeting.query(on: app.db).filter(\.$organisation.$id == organisationID).with(\.$body).all()
                .filter { $0.body.kind == .board }
            let coming = try #require(meetings.first { $0.date == "2026-04-17" })
            let comingPath = "/f/bjorkadalen/moten/\(coming.id!.uuidString)"
            try await kansli.post(comingPath + "/dagordning", [:])
            #expect(try await kansli.upload(comingPath + "/bilagor/ny", ["title": "Verksamhetsberättelse 2025"],
                                            file: ("file", "verksamhetsberattelse.pdf", AttachmentFlowTests.pdf)).status == .seeOther)
            let attachment = try #require(try await Attachment.query(on: app.db).first())
            let held = try #require(meetings.first { $0.date == "2026-02-13" })
            let heldPath = "/f/bjorkadalen/moten/\(held.id!.uuidString)"
            try await kansli.post(heldPath + "/dagordning", [:])
            try await kansli.post(heldPath + "/punkter/ny", ["title": "Budget 2026", "kind": "decision", "proposal": "att fastställa budgeten",
                                                         "recommendation": "none"])
            #expect(try await kansli.post(heldPath + "/protokoll", [:]).status == .seeOther)
            let paragraph = try #require(try await Paragraph.query(on: app.db).sort(\.$number, .descending).first())
            _ = try await ArchiveCommitTests().commit(app, fixture.demo)
            let document = try #require(try await ArchiveDocument.query(on: app.db).first())
            for (name, path) in [("bilaga", SiteURL.attachment("bjorkadalen", attachment.id!.uuidString).path),
                                 ("paragraf-andra", SiteURL.paragraphEdit("bjorkadalen", paragraph.id!.uuidString).path),
                                 ("arkivdokument", SiteURL.archiveDocument("bjorkadalen", document.id!.uuidString).path)] {
                let page = try await kansli.get(path)
                #expect(page.status == .ok, "\(name): \(path)")
                snapshots.check(Self.normalised(page.body), name)
            }
        }
    }

    /// The pages of a password link: the kansli's copy of it, and the form and answer its recipient sees.
    @Test func passwordLinkPages() {
        let form = FormState(values: [:], issues: [FieldIssue("password", .tooShort(min: 12))], csrfToken: "t")
        snapshots.check(AccountPages.setPassword(form, token: "t0k3n", username: "anna", context: PageContext(path: "/losenord/t0k3n")), "set-password")
        snapshots.check(AccountPages.passwordSet(context: PageContext(path: "/losenord/t0k3n")), "password-set")
        snapshots.check(UserPages.passwordLink(title: Sv.Users.linkTitleInvitation, text: "Skicka länken till Anna Berg.",
                                               url: "https://samordna.test/losenord/t0k3n", slug: "exempel",
                                               context: RegisterSnapshotTests.kansli(SiteURL.users("exempel").path)), "user-link")
    }
}

extension PageSnapshotTests {
    /// A packet read and waiting for the kansli's review, and a protokollsutdrag as typeset.
    @Test func anArchiveReviewAndAnExtract() {
        let review = ArchivePages.ReviewModel(
            id: "u1", fileName: "styrelsen-2019-10-04.pdf", uploadedBy: "Kansli", bodies: [("b1", "Styrelsen")],
            notes: ["Sida 3 lästes med OCR."],
            documents: [ArchivePages.ReviewDocument(
                kind: .protokoll, lines: (first: 1, last: 4), title: "Protokoll styrelsen 2019-10-04", warnings: ["§ 12 saknar beslut."],
                items: [], paragraphs: [(number: 11, decisions: ["Bifall: att godkänna dagordningen"]), (number: 12, decisions: [])],
                attendance: [["Anna Berg", "Exempels kommun", "Ordförande", "§ 11–12"]],
                text: [(1, "PROTOKOLL", "PROTOKOLL"), (2, "Styrelsen 2019-10-04", "Styrelsen 2019-10-04"), (3, "§ 11 Dagordning", "§ 11 Dagordning"),
                       (4, "Dagordningen godkannes.", "Dagordningen godkännes.")])])
        snapshots.check(ArchivePages.review(review, state: FormState(values: ["body": "b1"], issues: [], csrfToken: "t"), slug: "exempel",
                                            context: RegisterSnapshotTests.kansli(SiteURL.archive("exempel").path)), "archive-review")
        let minutes = SnapshotTests.protocolSnapshot
        snapshots.check(ExtractDocument.render(.init(snapshot: minutes, paragraph: minutes.paragraphs[0], adjustment: "Justerat 2026-04-24",
                                                     corrections: [], certifiedBy: "Cecilia Norberg")), "extract")
    }
}
