import Domain
import Fluent
import Foundation
import Persistence

extension DemoData {
    /// The demo's bookkeeping for 2025 as a SIE 4 file, imported through the same path as an
    /// upload: the members' contributions from the register's split, the insatser's purchases on
    /// their project objects, the kansli's accounts, the rules that place them, and a balance
    /// sheet at the start and end of the year, so that the year's annual report can be drawn up.
    static func loadLedger(organisationID id: UUID, on db: any Database) async throws {
        let year = 2025
        guard case .success(let split) = try await ContributionSplits.compute(organisationID: id, year: year, total: 9_600_000, on: db).result
        else { return }
        var rules: [LedgerRule] = []
        let income = split.lines.enumerated().map { offset, line in
            let account = String(3011 + offset)
            rules.append(LedgerRule(account: account, object: nil, target: LedgerTarget(section: .memberContributions, name: line.participant.name)))
            return SyntheticLedger.Line(account: account, accountName: "Medlemsbidrag \(line.participant.name)", annualKronor: line.kronor)
        }
        let kansli: [(String, String, String, Int64)] = [
            ("7010", "Löner kansli", "Personal", 1_650_000), ("5010", "Lokalhyra", "Lokaler", 240_000),
            ("6420", "Revision", "Arvoden till revisorer", 90_000), ("7690", "Styrelsearvoden", "Arvoden till styrelsen", 210_000),
        ]
        for (account, _, line, _) in kansli {
            rules.append(LedgerRule(account: account, object: nil, target: LedgerTarget(section: .administration, name: line)))
        }
        let ledger = SyntheticLedger(
            companyName: "Samordningsförbundet Björkådalsregionen", year: year, bookedThrough: 12, income: income,
            costs: [.init(account: "4010", accountName: "Köpta tjänster", object: "P10VUX", objectName: "Vuxenplattformen", annualKronor: 4_300_000),
                    .init(account: "4010", accountName: "Köpta tjänster", object: "P20UNG", objectName: "Unga vuxna i arbete", annualKronor: 2_500_000)]
                + kansli.map { .init(account: $0.0, accountName: $0.1, annualKronor: $0.3) },
            openingBalances: [.init(account: "1930", accountName: "Företagskonto", annualKronor: 1_600_000),
                              .init(account: "1790", accountName: "Förutbetalda kostnader och upplupna intäkter", annualKronor: 180_000),
                              .init(account: "2440", accountName: "Leverantörsskulder", annualKronor: -240_000),
                              .init(account: "2890", accountName: "Skuld till huvudmän, upparbetade projektkostnader", annualKronor: -120_000)])
        for rule in rules { try await LedgerRuleRecord(organisationID: id, rule: rule).create(on: db) }
        let bytes = ledger.sie(transactions: 1_200)
        let summary = try LedgerSummary.read(sie: bytes)
        let staged = try await Ledgers.stage(summary, source: "sie", filename: "bokforing-\(year).se", sha256: FileStore.sha256(Data(bytes)),
                                             organisationID: id, actor: .system, on: db)
        if case .success(let ledgerImport) = staged { try await Ledgers.confirm(ledgerImport, actor: .system, on: db) }
    }
}
