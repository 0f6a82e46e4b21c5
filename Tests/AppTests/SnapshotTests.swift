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

    static let protocolSnapshot = ProtocolSnapshot(
        associationName: "Samordningsförbundet Exempeldalen", bodyName: "Styrelsen", date: "2026-04-17", place: "Kommunhuset, sal Älven",
        time: "09.00–12.00", decisionMakers: ["Helena Forsberg, ledamot, ordförande vid sammanträdet", "Jonas Lindqvist, ledamot"],
        others: ["Cecilia Norberg, övrig deltagare"], signers: ["Sekreterare: Cecilia Norberg", "Ordförande: Helena Forsberg", "Justerare: Jonas Lindqvist"],
        paragraphs: [
            .init(number: 12, title: "Mötets öppnande", narrative: "Ordföranden öppnade mötet.", secrecyGround: nil, decisions: []),
            .init(number: 13, title: "Bidrag till Steget vidare", narrative: nil, secrecyGround: nil,
                  decisions: ["Styrelsen beviljade 420 000 kr för 2026. (Bifallet)", "Jonas Lindqvist reserverade sig mot beslutet."],
                  adjustedImmediatelyOn: "2026-04-17"),
            .init(number: 14, title: "Personalärende", narrative: "Hemlig text.", secrecyGround: "OSL 39 kap. 3 §", decisions: ["Hemligt beslut."]),
        ])

    static let publicProtocol = PublicProtocolPage.Model(
        snapshot: protocolSnapshot.publicVersion, state: "Anslaget",
        bevis: .init(meetingDate: "2026-04-17", adjustedOn: "2026-04-24", postedOn: "2026-04-24", takenDownOn: "2026-05-15",
                     keptAt: "Kansliet, Storgatan 1, Exempelby", signedBy: "Cecilia Norberg"),
        checksum: String(repeating: "ab", count: 32), pdfURL: "/f/exempel/justerade-protokoll/x/protokoll.pdf",
        corrections: ["Rättelse 2026-04-28 av Cecilia Norberg (§ 13): Beloppet ska vara 240 000 kr. Skäl: Skrivfel."])

    @Test func publicProtocolPage() throws {
        let html = PublicProtocolPage.render(Self.publicProtocol, context: PageContext(path: "/f/exempel/justerade-protokoll/x"))
        #expect(!html.contains("Personalärende") && !html.contains("Hemlig"))
        try check(html, "protokoll-public.html")
    }

    @Test func boardCopyMarksTheSecretParagraph() throws {
        var model = Self.publicProtocol
        model.snapshot = Self.protocolSnapshot
        model.isBoardCopy = true
        let html = PublicProtocolPage.printDocument(model)
        #expect(html.contains("Sekretess enligt OSL 39 kap. 3 §"))
        try check(html, "protokoll-board-print.html")
    }
}
