import Domain
import Fluent
import Foundation
import Persistence

extension DemoFunding {
    /// The verksamhetsplan och budget 2026–2028 as adopted by the demo protokoll's § "Budget 2026":
    /// member lines from the split (with the municipalities' population forecasts for the later
    /// years), A lines from the 2026 grants, the kansli's estimate for Vuxenplattformen's later
    /// years and its other lines; and a revision begun from it.
    static func loadBudget(organisationID id: UUID, on db: any Database) async throws -> Budget? {
        let actor = Actor.system
        for member in try await Member.query(on: db).filter(\.$organisation.$id == id).filter(\.$kindRaw == MemberKind.municipality.rawValue).all() {
            guard let latest = try await MemberPopulation.query(on: db).filter(\.$member.$id == member.requireID()).filter(\.$year == 2026).first()
            else { continue }
            for year in 2027...2028 where try await MemberPopulation.query(on: db).filter(\.$member.$id == member.requireID())
                .filter(\.$year == year).first() == nil {
                try await MemberPopulation(organisationID: id, memberID: member.requireID(), year: year, count: latest.count).create(on: db)
            }
        }
        guard let decision = try await Decision.query(on: db).filter(\.$organisation.$id == id)
            .join(Paragraph.self, on: \Decision.$paragraph.$id == \Paragraph.$id).filter(Paragraph.self, \.$title == "Budget 2026")
            .with(\.$paragraph, { $0.with(\.$protocol) { $0.with(\.$meeting) { $0.with(\.$body) } } }).first()
        else { return nil }
        let budget = try await Budgets.create(BudgetDraft(title: "Verksamhetsplan och budget", firstYear: 2026, openingEquity: 2_400_000,
                                                          allocations: [7_000_000, 7_200_000, 7_400_000]),
                                              organisationID: id, actor: actor, today: CivilDate(iso: "2025-10-20")!, on: db)
        let lines: [(BudgetSection, String, [Int64])] = [
            (.otherIncome, "Anställningsstöd", [120_000, 120_000, 120_000]),
            (.projectRelated, "Utvärdering och uppföljning", [150_000, 150_000, 160_000]),
            (.projectRelated, "Konferenser och information", [90_000, 90_000, 95_000]),
            (.administration, "Arvoden till styrelsen", [210_000, 215_000, 220_000]),
            (.administration, "Arvoden till revisorer", [90_000, 92_000, 94_000]),
            (.administration, "Ekonomisk administration", [150_000, 155_000, 160_000]),
            (.administration, "Förbundschef och administratör", [1_650_000, 1_700_000, 1_750_000]),
            (.administration, "Lokaler, dator och telefon", [240_000, 245_000, 250_000]),
            (.administration, "Resor och fortbildning", [110_000, 110_000, 115_000]),
        ]
        let adults = try await Intervention.query(on: db).filter(\.$organisation.$id == id).filter(\.$code == "P10VUX").first()?.id
        let drafts = [BudgetLineDraft(section: .interventions, name: nil, parentID: nil, interventionID: adults, amounts: [0, 2_300_000, 2_350_000])]
            + lines.map { BudgetLineDraft(section: $0.0, name: $0.1, parentID: nil, interventionID: nil, amounts: $0.2) }
        for draft in drafts {
            guard let loaded = try await Budget.query(on: db).filter(\.$id == budget.requireID()).with(\.$lines).first() else { continue }
            _ = try await Budgets.addLine(draft, to: loaded, actor: actor, on: db)
        }
        budget.statusRaw = BudgetStatus.proposal.rawValue
        try await budget.save(on: db)
        try await Budgets.adopt(budget, by: decision, actor: actor, on: db)
        guard let adopted = try await Budgets.find(budget.requireID(), organisationID: id, on: db) else { return nil }
        return try await Budgets.revise(adopted, actor: actor, on: db)
    }
}
