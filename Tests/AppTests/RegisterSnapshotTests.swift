import Domain
import Testing
@testable import Views

/// Snapshots of the start page and the register's pages (issue 17, item 4), with fixed models and
/// a logged-in kansli's context, read through `SnapshotTests.check`.
@Suite struct RegisterSnapshotTests {
    private let snapshots = SnapshotTests()

    static func kansli(_ path: String) -> PageContext {
        PageContext(userName: "Cecilia Norberg", csrfToken: "token",
                    association: .init(slug: "exempel", name: "Samordningsförbundet Exempeldalen", permissions: Permissions(roles: [.administrator])),
                    path: path)
    }

    @Test func homePage() {
        var model = HomePage.Model(associations: [.init(slug: "exempel", name: "Samordningsförbundet Exempeldalen"),
                                                  .init(slug: "annat", name: "Samordningsförbundet Annat")],
                                   yours: [.init(slug: "exempel", name: "Samordningsförbundet Exempeldalen")], canCreate: true)
        model.awaitingSignature = [(text: "Protokoll, styrelsen 2026-04-17", url: "/f/exempel/protokoll/x")]
        snapshots.check(HomePage.render(model, context: PageContext(userName: "Cecilia Norberg", csrfToken: "token", path: "/")), "home-logged-in")
        snapshots.check(HomePage.render(HomePage.Model(associations: model.associations, yours: [], canCreate: false), context: PageContext(path: "/")),
                        "home-visitor")
    }

    @Test func publicOrganisationPage() {
        let model = PublicOrganisationPage.Model(
            slug: "exempel", name: "Samordningsförbundet Exempeldalen",
            formerNames: [.init(name: "Samordningsförbundet Exempelby", validFrom: "2009-01-01", validTo: "2017-12-31")],
            organisationNumber: "222000-3137", address: "Storgatan 1, 123 45 Exempelby",
            members: [(name: "Exempelby kommun", kind: "Kommun", since: "2009-01-01"), (name: "Region Exempel", kind: "Region", since: "2009-01-01")],
            board: [.init(person: "Helena Forsberg", role: "Ordförande", member: "Exempelby kommun"),
                    .init(person: "Jonas Lindqvist", role: "Ledamot", member: "Region Exempel")],
            hasAccess: false)
        snapshots.check(PublicOrganisationPage.render(model, context: PageContext(path: "/f/exempel")), "association")
    }

    @Test func memberList() {
        let rows = [
            MemberList.Row(id: "m1", name: "Exempelby kommun", kind: "Kommun", organisationNumber: "212000-0001", joinedOn: "2009-01-01",
                           leftOn: nil, postsNotices: true),
            MemberList.Row(id: "m2", name: "Försäkringskassan", kind: "Försäkringskassan", organisationNumber: "202100-5521",
                           joinedOn: "2009-01-01", leftOn: nil, postsNotices: false),
            MemberList.Row(id: "m3", name: "Gamla kommunen", kind: "Kommun", organisationNumber: "212000-0002", joinedOn: "2009-01-01",
                           leftOn: "2015-12-31", postsNotices: false),
        ]
        snapshots.check(MemberList.render(rows, slug: "exempel", context: Self.kansli(SiteURL.members("exempel").path)), "members")
    }

    @Test func personAndBodyLists() {
        let people = [PersonList.Row(id: "p1", name: "Helena Forsberg", title: nil, currentMandates: ["Styrelsen: ordförande"]),
                      PersonList.Row(id: "p2", name: "Cecilia Norberg", title: "Förbundschef", currentMandates: [])]
        snapshots.check(PersonList.render(people, slug: "exempel", context: Self.kansli(SiteURL.people("exempel").path)), "people")
        let bodies = [BodyList.Row(id: "b1", name: "Styrelsen", kind: "Styrelse", establishedOn: "2009-01-01", dissolvedOn: nil),
                      BodyList.Row(id: "b2", name: "Beredningsgruppen", kind: "Beredningsgrupp", establishedOn: nil, dissolvedOn: "2020-06-30")]
        snapshots.check(BodyList.render(bodies, slug: "exempel", context: Self.kansli(SiteURL.bodies("exempel").path)), "bodies")
    }

    @Test func meetingList() {
        var remote = MeetingRow(id: "g2", body: "Styrelsen", date: "2026-06-12", time: "13:00–15:00", place: "", remote: true, theme: nil,
                                phase: .planned)
        remote.format = .remote
        let rows = [MeetingRow(id: "g1", body: "Styrelsen", date: "2026-04-17", time: "09:00–12:00", place: "Kommunhuset, sal Älven",
                               remote: false, theme: "Årsredovisning", phase: .posted), remote]
        let model = MeetingList.Model(year: 2026, years: [2025, 2026], rows: rows,
                                      feeds: [(label: "Alla möten", url: "/f/exempel/kalender.ics")])
        snapshots.check(MeetingList.render(model, slug: "exempel", context: Self.kansli(SiteURL.meetings("exempel").path)), "meetings")
    }
}
