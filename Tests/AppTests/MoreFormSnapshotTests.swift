import Domain
import Testing
@testable import Views

/// Snapshots of the remaining forms (issue 17, item 4): the association's details, a new name and a
/// new association, the rules, a mandate, a user, an insats, a budget, an äskande, a rekvisition,
/// a call and an ärende — each as a user first meets it, empty.
@Suite struct MoreFormSnapshotTests {
    private let snapshots = SnapshotTests()
    private let empty = FormState(csrfToken: "token")

    private func context(_ url: SiteURL) -> PageContext {
        RegisterSnapshotTests.kansli(url.path)
    }

    @Test func associationForms() {
        snapshots.check(AssociationForms.details(empty, slug: "exempel", name: "Samordningsförbundet Exempeldalen",
                                                 context: context(.organisationEdit("exempel"))), "details")
        snapshots.check(AssociationForms.newName(empty, slug: "exempel", currentName: "Samordningsförbundet Exempeldalen",
                                                 context: context(.nameNew("exempel"))), "name")
        snapshots.check(AssociationForms.newAssociation(empty, context: context(.organisationNew)), "association")
    }

    @Test func rules() {
        snapshots.check(RulesPages.show(.defaults, noticeBoards: ["Kansliet, Storgatan 1, Exempelby"], slug: "exempel",
                                        context: context(.rules("exempel"))), "show")
        snapshots.check(RulesPages.form(FormState(values: RulesPages.values(.defaults), csrfToken: "token"), slug: "exempel",
                                        context: context(.rulesEdit("exempel"))), "form")
    }

    @Test func mandateAndUserForms() {
        let choices = MandateForm.Choices(people: [(value: "p1", label: "Helena Forsberg")], bodies: [(value: "b1", label: "Styrelsen")],
                                          members: [(value: "m1", label: "Exempelby kommun")])
        snapshots.check(MandateForm.render(empty, slug: "exempel", mandateID: nil, choices: choices, cancel: SiteURL.people("exempel").path,
                                           context: context(.mandateNew("exempel"))), "mandate")
        snapshots.check(UserPages.form(empty, slug: "exempel", userID: nil, scope: nil, people: [(value: "p1", label: "Helena Forsberg")],
                                       context: context(.userNew("exempel"))), "user")
    }

    @Test func moneyForms() {
        let members = [(id: "m1", name: "Exempelby kommun"), (id: "m2", name: "Region Exempel")]
        let choices = InterventionPages.Choices(members: members, people: [(id: "p1", name: "Cecilia Norberg")],
                                                steeringBodies: [(id: "b3", name: "Styrgrupp Steget vidare")])
        snapshots.check(InterventionPages.form(empty, slug: "exempel", interventionID: nil, choices: choices,
                                               context: context(.interventionNew("exempel"))), "insats")
        snapshots.check(BudgetPages.form(empty, slug: "exempel", budgetID: nil, years: nil, context: context(.budgetNew("exempel"))), "budget")
        snapshots.check(FundingRequestPages.form(empty, slug: "exempel", interventions: [(id: "i1", label: "P41STEG Steget vidare")],
                                                 calls: [(id: "c1", label: "12-2026 Insatser för unga vuxna 2027")], members: members,
                                                 context: context(.fundingRequestNew("exempel"))), "askande")
        snapshots.check(RequisitionPages.form(empty, slug: "exempel", interventionID: "i1", code: "P41STEG",
                                              context: context(.requisitionNew("exempel", "i1"))), "rekvisition")
        snapshots.check(CallPages.form(empty, slug: "exempel", context: context(.callNew("exempel"))), "utlysning")
        snapshots.check(DiariumPages.form(empty, slug: "exempel", interventions: [(id: "i1", label: "P41STEG Steget vidare")],
                                          context: context(.diarium("exempel"))), "arende")
    }
}
