import Domain
import Foundation
import SnapshotTesting
import Testing
@testable import Views

/// Full-page HTML snapshots of pages and documents, with fixed content, pretty-printed so that a
/// change in markup shows up as a readable diff (swift-snapshot-testing; the files are in
/// `__Snapshots__`). To accept a deliberate change, delete the snapshot file and run the test once.
@Suite struct SnapshotTests {
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

    /// The page against its snapshot, pretty-printed (`PrettyHTML`). A missing snapshot is
    /// recorded and the test fails once, so that a reviewer reads it before it counts.
    func check(_ html: String, _ name: String, fileID: StaticString = #fileID, filePath: StaticString = #filePath,
               testName: String = #function, line: UInt = #line, column: UInt = #column) {
        assertSnapshot(of: html, as: .prettyHTML, named: name, fileID: fileID, file: filePath, testName: testName, line: line, column: column)
    }

    @Test func kallelsePage() throws {
        check(KallelsePage.render(Self.kallelse, context: PageContext(path: "/f/exempel/kallelser/x"), pdfURL: "/f/exempel/kallelser/x/kallelse.pdf"),
                  "kallelse")
    }

    @Test func publicKallelseHidesTheSecretItem() throws {
        var model = Self.kallelse
        model.content = model.content.publicVersion
        let html = KallelsePage.render(model, context: PageContext(path: "/"))
        #expect(!html.contains("Personalärende"))
        #expect(html.contains("Punkten omfattas av sekretess (OSL 39 kap. 3 §)."))
        check(KallelsePage.printDocument(model), "kallelse-public-print")
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
        check(html, "protokoll-public")
    }

    @Test func boardCopyMarksTheSecretParagraph() throws {
        var model = Self.publicProtocol
        model.snapshot = Self.protocolSnapshot
        model.isBoardCopy = true
        let html = PublicProtocolPage.printDocument(model)
        #expect(html.contains("Sekretess enligt OSL 39 kap. 3 §"))
        check(html, "protokoll-board-print")
    }

    static let comingMeeting = MeetingRow(id: "m1", body: "Styrelsen", date: "2026-05-22", time: "09.00–12.00", place: "Kommunhuset, sal Älven",
                                          remote: false, theme: "Uppföljning", phase: .called)

    @Test func loginPage() {
        check(LoginPage.render(username: "kansli", next: "/f/exempel/register", message: "Fel användarnamn eller lösenord.",
                               csrfToken: "token", context: PageContext(path: "/logga-in")), "login")
    }

    @Test func errorPage() {
        check(ErrorPage.render(title: "Sidan finns inte", text: "Kontrollera adressen.", context: PageContext(path: "/saknas")), "error")
    }

    @Test func noticeBoardPage() {
        let notice = NoticeBoardPage.Notice(title: "Protokoll Styrelsen 2026-04-17", url: "/f/exempel/justerade-protokoll/x",
                                            postedOn: "2026-04-24", takenDownOn: "2026-05-15", adjustedOn: "2026-04-24", meetingDate: "2026-04-17")
        let model = NoticeBoardPage.Model(associationName: "Samordningsförbundet Exempeldalen", keptAt: "Kansliet, Storgatan 1, Exempelby",
                                          current: [notice], archive: [], coming: [Self.comingMeeting], feedURL: "/f/exempel/anslagstavla.atom")
        check(NoticeBoardPage.render(model, context: PageContext(path: "/f/exempel/anslagstavla")), "notice-board")
    }

    @Test func publicCalendarPage() {
        let model = PublicCalendarPage.Model(associationName: "Samordningsförbundet Exempeldalen", upcoming: [Self.comingMeeting],
                                             feeds: [("Kalender (iCalendar)", "/f/exempel/kalender.ics")])
        check(PublicCalendarPage.render(model, context: PageContext(path: "/f/exempel/kalender")), "public-calendar")
    }
}
