import Domain
import Fluent
import Foundation
import Persistence
import Views

/// The versions of the verksamhetsplan och budget: their lines kept in step with the register
/// and the grants, their plan computed, and their life (adopt, revise) applied.
enum Budgets {
    static let sectionOrder = BudgetSection.allCases

    static func all(organisationID: UUID, on database: any Database) async throws -> [Budget] {
        try await Budget.query(on: database).filter(\.$organisation.$id == organisationID).with(\.$matter)
            .with(\.$decision) { $0.with(\.$paragraph) { $0.with(\.$protocol) { $0.with(\.$meeting) { $0.with(\.$body) } } } }
            .all().sorted { $0.version > $1.version }
    }

    static func find(_ id: UUID, organisationID: UUID, on database: any Database) async throws -> Budget? {
        try await Budget.query(on: database).filter(\.$id == id).filter(\.$organisation.$id == organisationID)
            .with(\.$lines).with(\.$matter)
            .with(\.$decision) { $0.with(\.$paragraph) { $0.with(\.$protocol) { $0.with(\.$meeting) { $0.with(\.$body) } } } }
            .first()
    }

    /// The lines in reading order: by section, then position.
    static func ordered(_ lines: [BudgetLine]) -> [BudgetLine] {
        lines.sorted {
            (sectionOrder.firstIndex(of: $0.section) ?? 0, $0.costClassRaw ?? "", $0.position, $0.name)
                < (sectionOrder.firstIndex(of: $1.section) ?? 0, $1.costClassRaw ?? "", $1.position, $1.name)
        }
    }

    /// The computed plan of a version with its lines loaded, and the lines in the plan's order.
    static func plan(_ budget: Budget, lines: [BudgetLine]? = nil) -> (BudgetPlan, [BudgetLine]) {
        let ordered = ordered(lines ?? budget.lines)
        let index = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1.id!, $0) })
        let years = budget.years
        let planLines = ordered.map { line in
            BudgetPlan.Line(section: line.section, name: line.name, code: line.code, costClass: line.costClass,
                            parent: line.parentID.flatMap { index[$0] },
                            amounts: Dictionary(uniqueKeysWithValues: zip(years, line.amounts)))
        }
        return (BudgetPlan(years: years, lines: planLines, openingEquity: budget.openingEquity), ordered)
    }

    /// Rebuilds the lines that are computed: each member's contribution from the year's allocation
    /// and the register's split, and the A lines from the grants in force. A year the split cannot
    /// be made for keeps its member lines; the problems are returned for the page to show.
    @discardableResult
    static func refresh(_ budget: Budget, on database: any Database) async throws -> [String] {
        let budgetID = try budget.requireID()
        let organisationID = budget.$organisation.id
        let years = budget.years
        var problems: [String] = []
        let stored = try await BudgetLine.query(on: database).filter(\.$budget.$id == budgetID).all()

        var memberAmounts: [UUID: (name: String, amounts: [Int64])] = [:]
        var memberOrder: [UUID] = []
        var failedYears: Set<Int> = []
        for (offset, year) in years.enumerated() {
            let allocation = budget.allocations[year] ?? 0
            guard allocation > 0 else { continue }
            let computed = try await ContributionSplits.compute(organisationID: organisationID, year: year, total: allocation, on: database)
            switch computed.result {
            case .failure(let problem):
                failedYears.insert(year)
                problems.append(Sv.Budgets.splitFailed(year, ContributionsPage.message(problem, year: year)))
            case .success(let split):
                for line in split.lines {
                    let id = line.participant.id
                    if memberAmounts[id] == nil { memberOrder.append(id); memberAmounts[id] = (line.participant.name, [0, 0, 0]) }
                    memberAmounts[id]?.amounts[offset] = line.kronor
                }
            }
        }
        let oldMembers = stored.filter { $0.section == .memberContributions }
        for (offset, year) in years.enumerated() where failedYears.contains(year) {
            for old in oldMembers {
                guard let id = old.memberID else { continue }
                if memberAmounts[id] == nil { memberOrder.append(id); memberAmounts[id] = (old.name, [0, 0, 0]) }
                memberAmounts[id]?.amounts[offset] = old.amounts[offset]
            }
        }

        let grants = try await Grants.inForce(organisationID: organisationID, on: database).filter { years.contains($0.year) }
        let interventions = try await Intervention.query(on: database).filter(\.$organisation.$id == organisationID).with(\.$names).all()
        let byID = Dictionary(uniqueKeysWithValues: interventions.map { ($0.id!, $0) })
        let firstDay = CivilDate(year: budget.firstYear, month: 1, day: 1)!
        var decided: [UUID: [Int64]] = [:]
        for grant in grants {
            let offset = grant.year - budget.firstYear
            decided[grant.$intervention.id, default: [0, 0, 0]][offset] += grant.amount
        }
        let earlierGrants = try await Grant.query(on: database).filter(\.$organisation.$id == organisationID)
            .filter(\.$year < budget.firstYear).all().map { $0.$intervention.id }

        let members = memberOrder.compactMap { id in memberAmounts[id].map { (id: id, name: $0.name, amounts: $0.amounts) } }
        let decidedAmounts = decided
        let fromRequests = try await pendingRequestLines(budget, stored: stored, interventions: byID, decided: decided,
                                                         earlierGrants: Set(earlierGrants), on: database)
        try await database.transaction { db in
            try await BudgetLine.query(on: db).filter(\.$budget.$id == budgetID)
                .group(.or) { $0.filter(\.$sectionRaw == BudgetSection.memberContributions.rawValue)
                    .filter(\.$costClassRaw == BudgetCostClass.decided.rawValue).filter(\.$fundingRequestID != nil) }
                .delete()
            for line in fromRequests { try await line.create(on: db) }
            for (position, member) in members.enumerated() {
                let line = BudgetLine(budgetID: budgetID, section: .memberContributions, position: position, name: member.name,
                                      amounts: member.amounts)
                line.memberID = member.id
                try await line.create(on: db)
            }
            for (position, id) in decidedAmounts.keys.sorted(by: { (byID[$0]?.code ?? "") < (byID[$1]?.code ?? "") }).enumerated() {
                guard let intervention = byID[id] else { continue }
                let line = BudgetLine(budgetID: budgetID, section: .interventions, position: position,
                                      name: intervention.name(on: firstDay), amounts: decidedAmounts[id] ?? [])
                line.code = intervention.code
                line.interventionID = id
                line.costClassRaw = BudgetCostClass.decided.rawValue
                try await line.create(on: db)
            }
            // An estimate gives way to the decision once the year is decided; the class follows the insats.
            for line in stored where line.section == .interventions && line.costClass != .decided && line.fundingRequestID == nil {
                guard let id = line.interventionID else { continue }
                let decidedYears = decidedAmounts[id] ?? [0, 0, 0]
                let amounts = zip(line.amounts, decidedYears).map { $1 > 0 ? 0 : $0 }
                let existed = earlierGrants.contains(id) || (byID[id]?.startsOn.flatMap(CivilDate.init(iso:)).map { $0 < firstDay } ?? false)
                let costClass = BudgetCostClass.classify(hasGrant: false, insatsExistedBefore: existed)
                try await BudgetLine.query(on: db).filter(\.$id == line.requireID())
                    .set(\.$amount1, to: amounts[0]).set(\.$amount2, to: amounts[1]).set(\.$amount3, to: amounts[2])
                    .set(\.$costClassRaw, to: costClass.rawValue).update()
            }
        }
        return problems
    }

    /// B lines from the äskanden not yet decided, for an insats the kansli has made no estimate of
    /// its own for: B1 for an insats that existed before the first year, B2 for a new one.
    private static func pendingRequestLines(_ budget: Budget, stored: [BudgetLine], interventions: [UUID: Intervention], decided: [UUID: [Int64]],
                                            earlierGrants: Set<UUID>, on database: any Database) async throws -> [BudgetLine] {
        let budgetID = try budget.requireID()
        let years = budget.years
        let firstDay = CivilDate(year: budget.firstYear, month: 1, day: 1)!
        let ownEstimates = Set(stored.filter { $0.section == .interventions && $0.costClass != .decided && $0.fundingRequestID == nil }
            .compactMap(\.interventionID))
        let pending = try await FundingRequest.query(on: database).filter(\.$organisation.$id == budget.$organisation.id)
            .filter(\.$statusRaw != FundingRequestStatus.decided.rawValue).with(\.$matter).all()
            .sorted { ($0.matter?.diaryNumber ?? DiaryNumber(number: 0, year: 0)) < ($1.matter?.diaryNumber ?? DiaryNumber(number: 0, year: 0)) }
        var lines: [BudgetLine] = []
        for request in pending {
            let intervention = request.$intervention.id.flatMap { interventions[$0] }
            if let id = intervention?.id, ownEstimates.contains(id) { continue }
            let decidedYears = Set(years.enumerated().filter { (intervention?.id.flatMap { decided[$0] }?[$0.offset] ?? 0) > 0 }.map(\.element))
            let amounts = PendingRequestEstimate.amounts(
                budgetYears: years, requested: Dictionary(uniqueKeysWithValues: request.budget.years.map { ($0.year, $0.requested) }),
                recommendation: request.recommendation, recommended: request.recommendedAmounts, decidedYears: decidedYears)
            guard amounts.contains(where: { $0 > 0 }) else { continue }
            let existed = intervention.map { insats in
                earlierGrants.contains(insats.id!) || (insats.startsOn.flatMap(CivilDate.init(iso:)).map { $0 < firstDay } ?? false)
            } ?? false
            let line = BudgetLine(budgetID: budgetID, section: .interventions, position: 1_000 + lines.count,
                                  name: Sv.Budgets.fromRequest(intervention?.name(on: firstDay) ?? request.newName ?? "",
                                                               diaryNumber: request.matter?.diaryNumber.text),
                                  amounts: amounts)
            line.code = intervention?.code
            line.interventionID = intervention?.id
            line.costClassRaw = BudgetCostClass.classify(hasGrant: false, insatsExistedBefore: existed).rawValue
            line.fundingRequestID = request.id
            lines.append(line)
        }
        return lines
    }

    /// Years of an insats that are already decided within the budget's years.
    static func decidedYears(of interventionID: UUID, in budget: Budget, on database: any Database) async throws -> Set<Int> {
        Set(try await Grants.inForce(organisationID: budget.$organisation.id, interventionID: interventionID, on: database)
            .map(\.year).filter { budget.years.contains($0) })
    }

    /// A new draft version that revises an adopted one: the same ärende, years and lines.
    static func revise(_ adopted: Budget, actor: Actor, on database: any Database) async throws -> Budget {
        let version = try await nextVersion(organisationID: adopted.$organisation.id, on: database)
        let budget = Budget()
        budget.$organisation.id = adopted.$organisation.id
        budget.$matter.id = adopted.$matter.id
        budget.title = adopted.title
        budget.firstYear = adopted.firstYear
        budget.statusRaw = BudgetStatus.draft.rawValue
        budget.version = version
        budget.revisesID = adopted.id
        budget.openingEquity = adopted.openingEquity
        budget.allocations = adopted.allocations
        try await database.transaction { db in
            try await budget.create(on: db)
            let newID = try budget.requireID()
            var copies: [UUID: UUID] = [:]
            for line in adopted.lines where line.parentID == nil {
                let copy = line.copy(to: newID, parentID: nil)
                try await copy.create(on: db)
                copies[line.id!] = copy.id!
            }
            for line in adopted.lines where line.parentID != nil {
                try await line.copy(to: newID, parentID: line.parentID.flatMap { copies[$0] }).create(on: db)
            }
            try await AuditLog.record(on: db, actor: actor, organisationID: budget.$organisation.id, action: .created, subject: .budget,
                                      entityID: newID, name: Sv.Budgets.versionName(budget.title, version), before: nil,
                                      after: ["revises": String(adopted.version), "status": budget.statusRaw])
        }
        return budget
    }

    static func nextVersion(organisationID: UUID, on database: any Database) async throws -> Int {
        (try await Budget.query(on: database).filter(\.$organisation.$id == organisationID).max(\.$version) ?? 0) + 1
    }

    /// Decisions a budget can be adopted by: any decision of a §, newest first.
    static func decisionChoices(organisationID: UUID, on database: any Database) async throws -> [(id: String, label: String)] {
        try await DecisionRows.choices(of: organisationID, kinds: [.decision, .approval, .policy], on: database)
    }
}
