import Domain
import Foundation
import Testing
@testable import Views

/// Full-page HTML snapshots of documents, with fixed content: a change in markup shows up as a
/// diff to review. To accept a deliberate change, delete the snapshot file and run the test once.
@Suite struct SnapshotTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static let kallelse = KallelsePage.Model(
        content: NoticeContent(
            associationName: "Samordningsförbundet Exempeldalen", bodyName: "Styrelsen", date: "2026-04-17", startsAt: "09:00",
            endsAt: "12:00", place: "Kommunhuset, sal Älven", address: "Storgatan 1, Exempelby", remoteOffered: true,
            theme: "Årsredovisning",
            items: [
                .init(number: 1, title: "Mötets öppnande", kind: .information, presenter: nil, background: nil, proposal: nil,
                      recommendation: .none, recommendationText: nil, secrecyGround: nil, addedAtMeeting: false),
                .init(number: 2, title: "Årsredovisning 2025", kind: .decision, presenter: "Cecilia Norberg",
                      background: "Revisorerna har granskat räkenskaperna.", proposal: "Styrelsen godkänner årsredovisningen.",
                      recommendation: .approve, recommendationText: nil, secrecyGround: nil, addedAtMeeting: false, attachmentNumbers: [1]),
                .init(number: 3, title: "Personalärende", kind: .decision, presenter: nil, background: nil, proposal: "Enligt förslag.",
                      recommendation: .none, recommendationText: nil, secrecyGround: "OSL 39 kap. 3 §", addedAtMeeting: false),
            ],
            attachments: [.init(number: 1, title: "Årsredovisning 2025", version: 1, secrecyGround: nil)]),
        version: 2, publishedOn: "2026-04-10 08:30", changeNote: "Punkt 2 har fått ny bilaga.", otherVersions: [])

    func check(_ html: String, _ name: String) throws {
        let file = Self.folder.appendingPathComponent(name)
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            try html.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("snapshot \(name) was missing and has been written; review it and run again")
            return
        }
        if expected != html {
            try html.write(to: file.appendingPathExtension("new"), atomically: true, encoding: .utf8)
            Issue.record("\(name) differs from its snapshot; the new output is in \(name).new")
        }
    }

    @Test func kallelsePage() throws {
        try check(KallelsePage.render(Self.kallelse, context: PageContext(path: "/f/exempel/kallelser/x"), pdfURL: "/f/exempel/kallelser/x/kallelse.pdf"),
                  "kallelse.html")
    }

    @Test func publicKallelseHidesTheSecretItem() throws {
        var model = Self.kallelse
        model.content = model.content.publicVersion
        let html = KallelsePage.render(model, context: PageContext(path: "/"))
        #expect(!html.contains("Personalärende"))
        #expect(html.contains("Punkten omfattas av sekretess (OSL 39 kap. 3 §)."))
        try check(KallelsePage.printDocument(model), "kallelse-public-print.html")
    }
}
