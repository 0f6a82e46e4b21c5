import Domain
import Foundation
import Testing
@testable import Views

/// A snapshot of the generated årsredovisning (issue 18, item 6), from a made-up closed year.
@Suite struct AnnualReportSnapshotTests {
    private let snapshots = SnapshotTests()

    @Test func annualReport() throws {
        let ledger = SyntheticLedger(
            companyName: "Samordningsförbundet Exempeldalen", year: 2025, bookedThrough: 12,
            income: [.init(account: "3011", accountName: "Medlemsbidrag", annualKronor: 5_000_000)],
            costs: [.init(account: "4010", accountName: "Köpta tjänster", object: "P10VUX", objectName: "Vuxenplattformen", annualKronor: 3_400_000),
                    .init(account: "7010", accountName: "Löner", annualKronor: 1_350_000)],
            openingBalances: [.init(account: "1930", accountName: "Företagskonto", annualKronor: 800_000),
                              .init(account: "1510", accountName: "Kundfordringar", annualKronor: 50_000),
                              .init(account: "2440", accountName: "Leverantörsskulder", annualKronor: -210_000),
                              .init(account: "2890", accountName: "Skuld till huvudmän", annualKronor: -80_000)])
        let summary = try LedgerSummary.read(sie: ledger.sie(transactions: 300))
        var results: [String: Int64] = [:]
        for (key, ore) in summary.amounts { results[key.account, default: 0] += ore }
        let accounts = AnnualAccounts(year: 2025, results: results, balances: summary.balances)
        let printed = accounts.printed
        // An empty driftredovisning, so the snapshot also shows how a check that fails reads.
        let statement = OperatingStatement(year: 2025, budget: [], actual: [:], bookedThrough: 12)
        let episodes = FollowUpSnapshotTests.episodes
        let model = AnnualReportPage.Model(
            year: 2025, years: [2025, 2024], printed: printed, problems: accounts.problems, statement: statement, boardMeetings: 6,
            interventionsStarted: ["P20UNG Unga vuxna i arbete"], interventionsEnded: [],
            participants: ParticipantFigures.period(.year(2025), of: episodes),
            perIntervention: [.init("P10VUX Vuxenplattformen", ParticipantFigures.period(.year(2025), of: episodes.filter {
                $0.interventionID == FollowUpSnapshotTests.adults }))],
            contributions: [("Försäkringskassan", 2_500_000), ("Region Exempel", 1_250_000), ("Exempels kommun", 1_250_000)],
            balanceAccounts: [.init(account: "1510", name: "Kundfordringar", opening: 50_000, closing: 50_000),
                              .init(account: "2440", name: "Leverantörsskulder", opening: 210_000, closing: 210_000),
                              .init(account: "2890", name: "Skuld till huvudmän", opening: 80_000, closing: 80_000)],
            fiveYears: [(2025, printed)], equityCeiling: 1_000_000, groups: SmallGroups())
        snapshots.check(AnnualReportPage.render(model, slug: "exempel", context: RegisterSnapshotTests.kansli(SiteURL.annualReport("exempel").path)),
                        "report")

        // Laid before the board, with the kansli's text and staff, one ledamot signed and one who sent an earlier version back.
        var presented = model
        presented.narrative = "Året då förbundet byggde om sin ungdomsinsats.\n\nSamarbetet med medlemmarna fördjupades."
        presented.employees = [2025: 2]
        presented.decisions = [("§ 7, Styrelsen 2025-05-16", "Styrelsen beviljar insatsen P20UNG medel för 2026.")]
        let form = FormState(values: ["answer": "sign"], csrfToken: "token")
        presented.adoption = (AnnualReportAdoptionSection.Model(
            state: .presented, stateText: Sv.AnnualReportAdoption.presented("Styrelsen 2026-04-17", on: "2026-04-01"),
            attachment: ("Bilagan på sammanträdet: Bilaga 3: Årsredovisning 2025", "/f/exempel/bilagor/1"),
            signers: [("Anna Ek", Sv.AnnualReportAdoption.signed("2026-04-17")), ("Bo Lind", Sv.AnnualReportAdoption.notSigned)],
            declines: [Sv.AnnualReportAdoption.declined("Bo Lind", "2026-04-10", "Not 2 saknar hyran.")], checksum: String(repeating: "ab", count: 32),
            canEdit: false, meetings: [], canPresent: false, canWithdraw: false, canSign: true),
            AnnualReportAdoptionSection.Forms(text: form, present: form, sign: form))
        snapshots.check(AnnualReportPage.render(presented, slug: "exempel", context: RegisterSnapshotTests.kansli(SiteURL.annualReport("exempel").path)),
                        "report-presented")
    }
}
