import Domain
import Testing
@testable import Views

/// Snapshots of the association's overview, its audit log, the decision register and the uppdrag
/// list (issue 17, item 4).
@Suite struct RecordSnapshotTests {
    private let snapshots = SnapshotTests()

    @Test func registerOverview() {
        let model = RegisterOverview.Model(
            slug: "exempel", name: "Samordningsförbundet Exempeldalen", organisationNumber: "222000-3137",
            address: "Storgatan 1, 123 45 Exempelby", email: "kansli@exempel.se",
            names: [.init(name: "Samordningsförbundet Exempelby", validFrom: "2009-01-01", validTo: "2017-12-31"),
                    .init(name: "Samordningsförbundet Exempeldalen", validFrom: "2018-01-01", validTo: nil)],
            memberCount: 4, bodyCount: 3, personCount: 17, history: RegisterShowSnapshotTests.history)
        snapshots.check(RegisterOverview.render(model, context: RegisterSnapshotTests.kansli(SiteURL.register("exempel").path)), "overview")
    }

    @Test func auditLog() {
        snapshots.check(AuditLogPage.render(RegisterShowSnapshotTests.history, page: 2, hasMore: true, slug: "exempel",
                                            context: RegisterSnapshotTests.kansli(SiteURL.auditLog("exempel").path)), "audit-log")
    }

    @Test func decisionRegister() {
        let rows = [
            DecisionRegisterPage.Row(paragraphID: "x1", meeting: "Styrelsen 2026-04-17", paragraph: "§ 13 Bidrag till Steget vidare", kind: "Bifall",
                                     wording: "Styrelsen beviljar 420 000 kr för 2026.", secrecyGround: nil, state: "Laga kraft"),
            DecisionRegisterPage.Row(paragraphID: "x2", meeting: "Styrelsen 2026-04-17", paragraph: "§ 14 Personalärende", kind: "Beslut",
                                     wording: "", secrecyGround: "OSL 39 kap. 3 §", state: "Anslaget"),
        ]
        let model = DecisionRegisterPage.Model(filters: ["year": "2026"], bodies: [(id: "b1", name: "Styrelsen")], years: [2025, 2026], rows: rows)
        snapshots.check(DecisionRegisterPage.render(model, slug: "exempel", context: RegisterSnapshotTests.kansli(SiteURL.decisions("exempel").path)),
                        "decisions")
    }

    @Test func taskList() {
        let rows = [
            TaskListPage.Row(id: "t1", paragraphID: "x1", paragraph: "Styrelsen 2026-04-17 § 15", wording: "Förbundschefen återkommer med en plan.",
                             owner: "Cecilia Norberg", deadline: "2026-06-30", standing: "Pågår", isOpen: true, remindedOn: "2026-06-23"),
            TaskListPage.Row(id: "t2", paragraphID: "x1", paragraph: "Styrelsen 2026-02-13 § 4", wording: "Kansliet skickar beslutet till medlemmarna.",
                             owner: "Kansliet", deadline: nil, standing: "Klart", isOpen: false, remindedOn: nil),
        ]
        snapshots.check(TaskListPage.render(rows, filter: "", slug: "exempel", canEdit: true,
                                            context: RegisterSnapshotTests.kansli(SiteURL.tasks("exempel").path)), "tasks")
    }
}
