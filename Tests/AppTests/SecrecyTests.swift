import Fluent
import Persistence
import Testing
import Vapor
@testable import App

/// Secret items and bilagor never reach the public: every GET route the application has is
/// fetched without logging in, with every kind of id filled in, and none may show secret text
/// or any participant's key (issue 18: no episode ever leaves).
@Suite struct SecrecyTests {
    static let secretTitle = "Hemligt personalärende Zeta"
    static let secretProposal = "Hemligt förslag Omega"
    static let secretAttachment = "Hemlig bilaga Sigma"

    @Test(arguments: TestDatabase.all)
    func noPublicRouteShowsSecretContent(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let kansli = TestClient(app)
            try await kansli.login("kansli")
            let meeting = try #require(try await Meeting.query(on: app.db).filter(\.$date == "2026-04-17").with(\.$body).all()
                .first { $0.body.kind == .board })
            let meetingPath = "/f/bjorkadalen/moten/\(meeting.id!.uuidString)"
            try await kansli.post(meetingPath + "/dagordning", [:])
            try await kansli.post(meetingPath + "/punkter/ny", [
                "title": Self.secretTitle, "kind": "decision", "proposal": Self.secretProposal, "background": Self.secretProposal,
                "recommendation": "other", "recommendationText": Self.secretProposal, "isSecret": "on", "secrecyGround": "OSL 39 kap. 3 §"])
            try await kansli.upload(meetingPath + "/bilagor/ny", ["title": Self.secretAttachment, "isSecret": "on",
                                                                   "secrecyGround": "OSL 39 kap. 3 §"],
                                    file: ("file", "hemlig.pdf", AttachmentFlowTests.pdf))
            try await kansli.post(meetingPath + "/kallelse", [:])
            #expect(try await kansli.get(meetingPath + "/kallelse").body.contains(Self.secretTitle), "the board sees it")
            // An äskande (with its bilaga) is internal, and so is a call until it is published.
            try await kansli.post("/f/bjorkadalen/utlysningar/ny", ["title": Self.secretTitle, "text": Self.secretProposal, "amount": "1000",
                                                                    "applicationDeadline": "2026-12-31"])
            let funding = try await kansli.upload("/f/bjorkadalen/askanden/ny", [
                "newName": Self.secretTitle, "firstYear": "2027", "yearCount": "1", "purpose": Self.secretProposal, "currentState": "Nuläge",
                "expectedResults": "Resultat", "y1_other": "1000"], file: ("file", "hemlig.pdf", AttachmentFlowTests.pdf))
            #expect(funding.status == .seeOther)
            // A protokoll drafted from an agenda with a secret item carries it into a §.
            let held = try #require(try await Meeting.query(on: app.db).filter(\.$date == "2026-02-13").with(\.$body).all()
                .first { $0.body.kind == .board })
            let heldPath = "/f/bjorkadalen/moten/\(held.id!.uuidString)"
            try await kansli.post(heldPath + "/dagordning", [:])
            try await kansli.post(heldPath + "/punkter/ny", ["title": Self.secretTitle, "kind": "decision", "proposal": Self.secretProposal,
                                                         "isSecret": "on", "secrecyGround": "OSL 39 kap. 3 §", "recommendation": "none"])
            #expect(try await kansli.post(heldPath + "/protokoll", [:]).status == .seeOther)
            #expect(try await Paragraph.query(on: app.db).count() > 0)

            let ids = [meeting.id!, meeting.$body.id, held.id!] + (try await AgendaItem.query(on: app.db).all().compactMap(\.id))
                + (try await MeetingProtocol.query(on: app.db).all().compactMap(\.id)) + (try await Paragraph.query(on: app.db).all().compactMap(\.id))
                + (try await Attachment.query(on: app.db).all().compactMap(\.id))
                + (try await FundingRequest.query(on: app.db).all().compactMap(\.id)) + (try await CallForProposals.query(on: app.db).all().compactMap(\.id))
                + (try await Intervention.query(on: app.db).all().compactMap(\.id))
            let episodes = try await ParticipantEpisode.query(on: app.db).all()
            #expect(episodes.count > 20, "the demo's participations are there to leak")
            let secrets = [Self.secretTitle, Self.secretProposal, Self.secretAttachment, "hemlig.pdf"] + episodes.map(\.participantKey)
            let anonymous = TestClient(app)
            var fetched = 0
            var publicPages = 0
            var pdfs = 0
            for route in app.routes.all where route.method == .GET {
                let template = "/" + route.path.map(\.description).joined(separator: "/")
                let paths = template.contains(":id") ? ids.map { template.replacingOccurrences(of: ":id", with: $0.uuidString) } : [template]
                let concrete = paths.map {
                    $0.replacingOccurrences(of: ":slug", with: "bjorkadalen").replacingOccurrences(of: ":number", with: "1")
                        .replacingOccurrences(of: ":meetingID", with: meeting.id!.uuidString)
                        .replacingOccurrences(of: ":episode", with: episodes[0].id!.uuidString).replacingOccurrences(of: ":year", with: "2025")
                }
                for path in concrete {
                    let page = try await anonymous.get(path)
                    fetched += 1
                    if page.status == .ok { publicPages += 1 }
                    // A PDF's streams are compressed: what it shows is what pdftotext reads from it.
                    let isPDF = page.bytes.starts(with: Array("%PDF".utf8))
                    if isPDF { pdfs += 1 }
                    let text = isPDF ? try pdfText(page.bytes) : page.body
                    for secret in secrets {
                        #expect(!text.contains(secret), "\(path) shows secret content")
                    }
                }
            }
            #expect(fetched > 40)
            #expect(try await anonymous.get("/f/bjorkadalen/kallelser/\(meeting.id!.uuidString)/bilagor/1").status == .notFound,
                    "a secret bilaga is never downloadable")
            #expect(publicPages >= 8, "the public pages, feeds, kallelse and API were reached")
            #expect(pdfs >= 1, "the public kallelse PDF was read as text")
        }
    }
}
