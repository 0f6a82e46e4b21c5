import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// `samordna bench-money`: an association with 200 insatser, an adopted budget with a line for
/// each, and a year of utfall (a generated SIE 4 file of 200 000 transactions, imported as an
/// upload is); then the driftredovisning page — the statement from the database and its HTML —
/// built again and again, printing p50 and p95. `scripts/bench-money` runs it beside the SIE
/// throughput of `money-bench`.
struct BenchMoneyCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "rounds", help: "How many times the page is built (default 200).")
        var rounds: Int?

        init() {}
    }

    var help: String { "Measures the driftredovisning page of an association with 200 insatser." }

    static let slug = "bench-pengar"

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await DatabaseReadiness.ensure(app)
        let organisationID = try await prepare(app.db)
        let year = 2026
        let budgets = try await Budget.query(on: app.db).filter(\.$organisation.$id == organisationID).with(\.$lines).all()
        let association = PageContext.Association(slug: Self.slug, name: "Benchmark", permissions: .init(roles: [.administrator]))
        let pageContext = PageContext(userName: "Bench", csrfToken: "0", association: association)
        var times: [Double] = []
        var bytes = 0
        for round in 0..<((signature.rounds ?? 200) + 10) {
            let start = DispatchTime.now().uptimeNanoseconds
            let model = try await Ledgers.statement(organisationID: organisationID, year: year, budgets: budgets, on: app.db)
            let html = OperatingStatementPage.render(.init(statement: model.statement, years: [year], hasBudget: model.hasBudget,
                                                           unplacedAccounts: model.unplaced, closingEquity: model.closingEquity,
                                                           allocation: model.allocation), slug: Self.slug, context: pageContext)
            bytes = html.utf8.count
            // The first rounds warm the caches and are not counted.
            if round >= 10 { times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6) }
        }
        times.sort()
        let rows = try await LedgerEntry.query(on: app.db).join(LedgerImport.self, on: \LedgerEntry.$ledgerImport.$id == \LedgerImport.$id)
            .filter(LedgerImport.self, \.$organisation.$id == organisationID).count()
        context.console.output(String(format: "driftredovisning, 200 insatser, %d stored sums, %d kB of HTML: p50 %.2f ms, p95 %.2f ms (%d rounds)",
                                      rows, bytes / 1024, times[times.count / 2], times[min(times.count - 1, times.count * 95 / 100)],
                                      times.count).consoleText())
    }

    /// The bench association, made once: 200 insatser, an adopted budget and a year of utfall.
    private func prepare(_ database: any Database) async throws -> UUID {
        if let existing = try await Organisation.query(on: database).filter(\.$slug == Self.slug).first() { return try existing.requireID() }
        let founding = CivilDate(year: 2020, month: 1, day: 1)!
        let association = NewAssociation(
            slug: Self.slug, name: NameChange(name: "Samordningsförbundet Benchmark", validFrom: founding),
            details: AssociationDetails(organisationNumber: try OrganisationNumber.parse("222000-3129").get(), streetAddress: "Gatan 1",
                                        postalCode: "111 11", city: "Orten", email: "bench@example.org"))
        let organisation = try await AssociationSetup.create(association, administrator: nil, actor: .commandLine("bench-money"), on: database)
        let id = try organisation.requireID()
        let codes = (1...200).map { String(format: "B%03d", $0) }
        let budget = Budget()
        budget.$organisation.id = id
        budget.title = "Verksamhetsplan och budget"
        budget.firstYear = 2026
        budget.statusRaw = BudgetStatus.adopted.rawValue
        budget.version = 1
        budget.openingEquity = 2_000_000
        budget.allocations = [2026: 12_000_000, 2027: 12_000_000, 2028: 12_000_000]
        try await budget.create(on: database)
        for (index, code) in codes.enumerated() {
            let intervention = Intervention(organisationID: id, draft: InterventionDraft(
                code: code, name: "Insats \(code)", kind: .individual, ownerMemberID: nil, responsiblePersonID: nil, partners: nil,
                targetGroup: nil, ageFrom: nil, ageTo: nil, area: nil, startsOn: founding, endsOn: nil, stage: .project, steeringBodyID: nil))
            try await intervention.create(on: database)
            try await InterventionName(interventionID: intervention.requireID(), name: "Insats \(code)", validFrom: founding.iso).create(on: database)
            let line = BudgetLine(budgetID: try budget.requireID(), section: .interventions, position: index, name: "Insats \(code)",
                                  amounts: [50_000, 50_000, 50_000])
            line.code = code
            line.interventionID = intervention.id
            line.costClassRaw = BudgetCostClass.decided.rawValue
            try await line.create(on: database)
        }
        for (index, name) in ["Personal", "Lokaler", "Revision"].enumerated() {
            try await BudgetLine(budgetID: try budget.requireID(), section: .administration, position: index, name: name,
                                 amounts: [400_000, 400_000, 400_000]).create(on: database)
            try await LedgerRuleRecord(organisationID: id, rule: LedgerRule(account: String(7010 + index), object: nil,
                                                                             target: LedgerTarget(section: .administration, name: name))).create(on: database)
        }
        try await LedgerRuleRecord(organisationID: id, rule: LedgerRule(account: "3010", object: nil,
                                                                         target: LedgerTarget(section: .otherIncome, name: "Medlemsbidrag"))).create(on: database)
        let ledger = SyntheticLedger(companyName: "Samordningsförbundet Benchmark", year: 2026, bookedThrough: 10,
                                     income: [.init(account: "3010", accountName: "Medlemsbidrag", annualKronor: 12_000_000)],
                                     costs: codes.map { .init(account: "4010", accountName: "Köpta tjänster", object: $0, annualKronor: 48_000) }
                                         + (0..<3).map { .init(account: String(7010 + $0), accountName: "Kansli \($0)", annualKronor: 390_000) })
        let bytes = ledger.sie(transactions: 200_000)
        let staged = try await Ledgers.stage(try LedgerSummary.read(sie: bytes), source: "sie", filename: "bench.se",
                                             sha256: FileStore.sha256(Data(bytes)), organisationID: id, actor: .commandLine("bench-money"),
                                             on: database)
        guard case .success(let ledgerImport) = staged else { throw Abort(.internalServerError, reason: "the bench ledger was refused") }
        try await Ledgers.confirm(ledgerImport, actor: .commandLine("bench-money"), on: database)
        return id
    }
}
