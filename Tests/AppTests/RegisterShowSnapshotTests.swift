import Domain
import Testing
@testable import Views

/// Snapshots of one member, one organ and one person (issue 17, item 4): the register's detail
/// pages with their mandates, warnings and history.
@Suite struct RegisterShowSnapshotTests {
    private let snapshots = SnapshotTests()

    static let history = [AuditRow(when: "2026-03-02 10:15", who: "Cecilia Norberg", summary: "Ändrade uppgifterna",
                                   before: "Namn: Exempelby kommun", after: "Namn: Exempelby kommun (ny)")]

    static func mandate(_ id: String, _ person: String, role: String, member: String?, endsOn: String? = nil) -> MandateRow {
        MandateRow(id: id, personID: "p-" + id, person: person, bodyID: "b1", body: "Styrelsen", role: role, member: member,
                   startsOn: "2023-01-01", endsOn: endsOn, party: nil, standsInFor: nil)
    }

    @Test func memberShow() {
        let model = MemberShow.Model(id: "m1", name: "Exempelby kommun", kind: "Kommun", organisationNumber: "212000-0001",
                                     joinedOn: "2009-01-01", leftOn: nil, postsNotices: true,
                                     populations: [(year: 2025, count: 12_345), (year: 2026, count: 12_401)], history: Self.history)
        snapshots.check(MemberShow.render(model, slug: "exempel", populationForm: FormState(csrfToken: "token"),
                                          context: RegisterSnapshotTests.kansli(SiteURL.member("exempel", "m1").path)), "member")
    }

    @Test func bodyShow() {
        let seats = [Self.mandate("1", "Helena Forsberg", role: "Ordförande", member: "Exempelby kommun"),
                     Self.mandate("2", "Jonas Lindqvist", role: "Ledamot", member: "Region Exempel")]
        let model = BodyShow.Model(
            id: "b1", name: "Styrelsen", kind: "Styrelse", description: "Förbundets styrelse.", establishedOn: "2009-01-01", dissolvedOn: nil,
            date: "2026-03-15", votingCount: 2, substituteCount: 0, warnings: [.noSubstitute(memberName: "Region Exempel")],
            seats: seats, perMember: [(member: "Exempelby kommun", voting: ["Helena Forsberg"], substitutes: []),
                                      (member: "Region Exempel", voting: ["Jonas Lindqvist"], substitutes: [])],
            allMandates: seats + [Self.mandate("3", "Anna Sjöberg", role: "Ersättare", member: "Region Exempel", endsOn: "2025-12-31")],
            history: Self.history)
        snapshots.check(BodyShow.render(model, slug: "exempel", dateState: FormState(values: ["date": "2026-03-15"], csrfToken: "token"),
                                        context: RegisterSnapshotTests.kansli(SiteURL.body("exempel", "b1").path)), "body")
    }

    @Test func personShow() {
        let model = PersonShow.Model(id: "p1", name: "Helena Forsberg", title: nil, email: "helena.forsberg@exempel.se", phone: "070-123 45 67",
                                     mandates: [Self.mandate("1", "Helena Forsberg", role: "Ordförande", member: "Exempelby kommun")],
                                     history: Self.history)
        snapshots.check(PersonShow.render(model, slug: "exempel", context: RegisterSnapshotTests.kansli(SiteURL.person("exempel", "p1").path)),
                        "person")
    }
}
