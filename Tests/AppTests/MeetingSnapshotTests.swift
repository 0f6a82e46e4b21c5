import Domain
import Foundation
import Testing
@testable import Views

/// Snapshots of a meeting being prepared, one agenda item, the standing items, the search and the
/// member contributions (issue 17, item 4).
@Suite struct MeetingSnapshotTests {
    private let snapshots = SnapshotTests()

    static let agenda = [
        AgendaSection.Item(id: "a1", number: 1, title: "Mötets öppnande", kind: "Information", presenter: nil, secrecyGround: nil,
                           isStanding: true, addedAtMeeting: false),
        AgendaSection.Item(id: "a2", number: 2, title: "Bidrag till Steget vidare", kind: "Beslut", presenter: "Cecilia Norberg",
                           secrecyGround: nil, isStanding: false, addedAtMeeting: false),
        AgendaSection.Item(id: "a3", number: 3, title: "Personalärende", kind: "Beslut", presenter: nil, secrecyGround: "OSL 39 kap. 3 §",
                           isStanding: false, addedAtMeeting: false),
    ]

    @Test func meetingBeingPrepared() {
        var row = MeetingRow(id: "g1", body: "Styrelsen", date: "2026-04-17", time: "09:00", place: "Kommunhuset, sal Älven", remote: true,
                             theme: "Årsredovisning", phase: .called)
        row.format = .hybrid
        let notice = NoticeSection.Model(
            latest: (version: 1, text: "Publicerad 2026-04-03 08:30"), changedSincePublished: true, hasItems: true,
            unreachable: ["Anna Sjöberg"],
            deliveries: [.init(recipient: "helena.forsberg@exempel.se", subject: "Kallelse: Styrelsen 2026-04-17", status: "Skickat",
                               attempts: 1, lastError: nil),
                         .init(recipient: "jonas.lindqvist@exempel.se", subject: "Kallelse: Styrelsen 2026-04-17", status: "Försöker igen",
                               attempts: 2, lastError: "Anslutningen nekades")])
        let model = MeetingShow.Model(
            row: row, endsAt: "12:00", address: "Storgatan 1, Exempelby", cancellationReason: nil, preparatoryProposal: nil,
            agenda: Self.agenda, notice: notice,
            attachments: [AttachmentPages.Row(id: "f1", number: 1, title: "Ansökan Steget vidare", secrecyGround: nil, itemNumbers: [2],
                                              latestSize: 48_213)],
            history: RegisterShowSnapshotTests.history)
        let form = FormState(csrfToken: "token")
        snapshots.check(MeetingShow.render(model, slug: "exempel", cancelState: form, noticeState: form, guestState: form,
                                           context: RegisterSnapshotTests.kansli(SiteURL.meeting("exempel", "g1").path)), "meeting")
    }

    @Test func agendaItem() {
        let model = AgendaItemShow.Model(item: Self.agenda[1], meetingTitle: "Styrelsen 2026-04-17 09:00", meetingID: "g1",
                                         background: "Steget vidare söker medel för 2027.\n\nBeredningsgruppen har behandlat ansökan.",
                                         proposal: "Styrelsen beviljar 420 000 kr för 2027.", recommendation: "Bifall",
                                         recommendationText: "Beredningsgruppen föreslår bifall.", history: RegisterShowSnapshotTests.history)
        snapshots.check(AgendaItemShow.render(model, slug: "exempel", canEdit: true,
                                              context: RegisterSnapshotTests.kansli(SiteURL.agendaItem("exempel", "a2").path)), "item")
    }

    @Test func standingItems() {
        let rows = [StandingItemsPage.Row(id: "s1", title: "Mötets öppnande", kind: "Information", placement: "Först"),
                    StandingItemsPage.Row(id: "s2", title: "Mötets avslutande", kind: "Information", placement: "Sist")]
        snapshots.check(StandingItemsPage.render(rows, slug: "exempel", state: FormState(csrfToken: "token"), canEdit: true,
                                                 context: RegisterSnapshotTests.kansli(SiteURL.standingItems("exempel").path)), "standing")
    }

    @Test func search() {
        let results = SearchPage.Results(total: 1, page: 1, pages: 1, hits: [
            SearchPage.Hit(title: "§ 13 Bidrag till Steget vidare", link: "/f/exempel/justerade-protokoll/x", date: "2026-04-17", kind: "Paragraf",
                           imported: false, snippet: [(text: "Styrelsen beviljar ", isMatch: false), (text: "bidrag", isMatch: true),
                                                      (text: " om 420 000 kr.", isMatch: false)])])
        let model = SearchPage.Model(associationName: "Samordningsförbundet Exempeldalen", slug: "exempel", text: "bidrag", bodyID: nil,
                                     fromYear: "2020", toYear: "2019", documentKind: nil, decisionKind: nil,
                                     yearProblem: "Till år kan inte komma före början.", publicOnly: true,
                                     bodies: [("b1", "Styrelsen")], results: results)
        snapshots.check(SearchPage.render(model, context: PageContext(path: SiteURL.search("exempel").path)), "search")
    }

    @Test func contributions() {
        let participants = [
            ContributionSplit.Participant(id: UUID(uuidString: "00000000-0000-0000-0000-000000000001")!, name: "Försäkringskassan",
                                          kind: .forsakringskassan, population: nil),
            ContributionSplit.Participant(id: UUID(uuidString: "00000000-0000-0000-0000-000000000002")!, name: "Region Exempel",
                                          kind: .region, population: nil),
            ContributionSplit.Participant(id: UUID(uuidString: "00000000-0000-0000-0000-000000000003")!, name: "Exempelby kommun",
                                          kind: .municipality, population: 12_401),
            ContributionSplit.Participant(id: UUID(uuidString: "00000000-0000-0000-0000-000000000004")!, name: "Åby kommun",
                                          kind: .municipality, population: 7_033),
        ]
        let split = ContributionSplit.compute(year: 2026, totalKronor: 4_000_000, participants: participants)
        snapshots.check(ContributionsPage.render(FormState(values: ["ar": "2026", "total": "4 000 000"], csrfToken: "token"), result: split,
                                                 slug: "exempel",
                                                 context: RegisterSnapshotTests.kansli(SiteURL.contributions("exempel").path)), "split")
    }
}
