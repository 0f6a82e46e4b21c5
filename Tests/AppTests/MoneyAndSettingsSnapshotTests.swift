import Domain
import Testing
@testable import Views

/// Snapshots of the utlysningar (the kansli's list, one call, the public page), the diarium, the
/// users and the account page (issue 17, item 4).
@Suite struct MoneyAndSettingsSnapshotTests {
    private let snapshots = SnapshotTests()

    static let call = CallPages.Row(
        id: "c1", diaryNumber: "12-2026", title: "Insatser för unga vuxna 2027",
        text: "Förbundet välkomnar ansökningar om insatser för unga vuxna som står långt från arbetsmarknaden.",
        criteria: ["Minst två samverkande parter", "Insatsen ska starta senast 2027-03-01"], amount: 1_500_000,
        applicationDeadline: "2026-09-30", reviewOn: "2026-10-15", decisionOn: "2026-11-20", latestStart: "2027-03-01",
        publishedOn: "2026-06-01", isOpen: true)

    @Test func calls() {
        var draft = Self.call
        draft.id = "c2"
        draft.title = "Strukturövergripande arbete 2027"
        draft.publishedOn = nil
        draft.isOpen = false
        snapshots.check(CallPages.list([Self.call, draft], slug: "exempel", context: RegisterSnapshotTests.kansli(SiteURL.calls("exempel").path)),
                        "list")
        snapshots.check(CallPages.show(Self.call, slug: "exempel", context: RegisterSnapshotTests.kansli(SiteURL.call("exempel", "c1").path)),
                        "show")
        snapshots.check(CallPages.publicPage(associationName: "Samordningsförbundet Exempeldalen", open: [Self.call], earlier: [],
                                             slug: "exempel", context: PageContext(path: SiteURL.openCalls("exempel").path)), "public")
    }

    @Test func diarium() {
        let rows = [DiariumPages.Row(id: "d1", number: "12-2026", title: "Utlysning: Insatser för unga vuxna 2027", category: "Utlysning",
                                     openedOn: "2026-06-01"),
                    DiariumPages.Row(id: "d2", number: "13-2026", title: "Äskande: Steget vidare 2027", category: "Äskande", openedOn: "2026-09-12")]
        snapshots.check(DiariumPages.list(rows, filters: ["year": "2026"], years: [2025, 2026], slug: "exempel",
                                          context: RegisterSnapshotTests.kansli(SiteURL.diarium("exempel").path)), "list")
    }

    @Test func usersAndAccount() {
        let rows = [UserPages.Row(id: "u1", username: "kansli", displayName: "Cecilia Norberg", roles: [.administrator], person: "Cecilia Norberg"),
                    UserPages.Row(id: "u2", username: "revisor", displayName: "Rut Berg", roles: [.auditor], person: nil)]
        snapshots.check(UserPages.list(rows, slug: "exempel", context: RegisterSnapshotTests.kansli(SiteURL.users("exempel").path)), "users")
        let sentBack = FormState(issues: [FieldIssue("newPassword", .tooShort(min: 12))], csrfToken: "token")
        snapshots.check(AccountPages.account(sentBack, username: "kansli", context: RegisterSnapshotTests.kansli(SiteURL.account.path)), "account")
    }
}
