import Domain
import Fluent
import Foundation
import Persistence
import Views

/// The changes a budget version goes through, shared by the budget pages and the demo: a new
/// utkast registered in the diarium, a line written by the kansli, and adoption by a decision §.
extension Budgets {
    static func reason(_ conflict: BudgetLifecycle.Conflict) -> String {
        switch conflict {
        case .locked: Sv.Budgets.locked
        case .already(let status): Sv.Budgets.already(status)
        case .notAdopted: Sv.Budgets.notAdopted
        case .yearsAlreadyAdopted(let years): Sv.Budgets.yearsAdopted(years)
        }
    }

    static func apply(_ draft: BudgetDraft, to budget: Budget) {
        budget.title = draft.title
        budget.firstYear = draft.firstYear
        budget.openingEquity = draft.openingEquity
        budget.allocations = Dictionary(uniqueKeysWithValues: draft.allocations.enumerated().map { (draft.firstYear + $0, $1) })
    }

    /// A new utkast, its ärende registered; the caller has checked the allocations.
    static func create(_ draft: BudgetDraft, organisationID: UUID, actor: Actor, today: CivilDate, on database: any Database) async throws -> Budget {
        let matter = try await Diarium.register(
            RegisteredMatterDraft(title: "\(draft.title) \(draft.firstYear)–\(draft.firstYear + Budget.yearCount - 1)", category: .budget,
                                  openedOn: today, description: nil, interventionID: nil),
            organisationID: organisationID, actor: actor, on: database)
        let budget = Budget()
        budget.$organisation.id = organisationID
        budget.$matter.id = matter.id
        budget.statusRaw = BudgetStatus.draft.rawValue
        budget.version = try await nextVersion(organisationID: organisationID, on: database)
        apply(draft, to: budget)
        try await AuditLog.saved(budget, actor: actor, organisationID: organisationID, subject: .budget,
                                 name: Sv.Budgets.versionName(budget.title, budget.version), before: nil, on: database)
        try await refresh(budget, on: database)
        return budget
    }

    /// Adds the kansli's line (with its lines loaded), or says what is wrong: a part of a part or
    /// of a computed line, an insats of another association, an amount for a year already decided.
    static func addLine(_ draft: BudgetLineDraft, to budget: Budget, actor: Actor, on database: any Database) async throws
        -> Result<BudgetLine, ValidationFailure> {
        var issues: [FieldIssue] = []
        var parent: BudgetLine?
        if let parentID = draft.parentID {
            parent = budget.lines.first { $0.id == parentID }
            if parent == nil { issues.append(FieldIssue("parentID", .unknownReference)) }
            if let parent, parent.parentID != nil || parent.section != draft.section || !parent.section.isEnteredByHand {
                issues.append(FieldIssue("parentID", .explained(Sv.Budgets.partOfPart)))
            }
        }
        var intervention: Intervention?
        if let id = draft.interventionID {
            intervention = try await Intervention.query(on: database).filter(\.$id == id)
                .filter(\.$organisation.$id == budget.$organisation.id).with(\.$names).first()
            if intervention == nil { issues.append(FieldIssue("interventionID", .unknownReference)) }
            let decided = try await decidedYears(of: id, in: budget, on: database)
            for (offset, year) in budget.years.enumerated() where decided.contains(year) && draft.amounts[offset] != 0 {
                issues.append(FieldIssue("amount\(offset + 1)", .yearAlreadyDecided(year: year)))
            }
        }
        guard issues.isEmpty else { return .failure(ValidationFailure(issues)) }
        let budgetID = try budget.requireID()
        let position = (budget.lines.filter { $0.section == draft.section }.map(\.position).max() ?? -1) + 1
        let firstDay = CivilDate(year: budget.firstYear, month: 1, day: 1)!
        let line = BudgetLine(budgetID: budgetID, section: draft.section, position: position,
                              name: intervention.map { $0.name(on: firstDay) } ?? draft.name ?? "", amounts: draft.amounts)
        line.parentID = parent?.id
        if let intervention {
            line.code = intervention.code
            line.interventionID = intervention.id
            line.costClassRaw = BudgetCostClass.existingUndecided.rawValue
        }
        try await AuditLog.saved(line, actor: actor, organisationID: budget.$organisation.id, subject: .budget,
                                 name: Sv.Budgets.versionName(budget.title, budget.version), before: nil, entityID: budgetID, on: database)
        try await refresh(budget, on: database)
        return .success(line)
    }

    /// Fastställd by a decision § (with its protokoll and meeting loaded): the computed lines are
    /// brought up to date one last time, the version it revises becomes superseded, and from then
    /// on the version is locked. A second adopted budget for any of the same years is a conflict.
    static func adopt(_ budget: Budget, by decision: Decision, actor: Actor, on database: any Database) async throws {
        let organisationID = budget.$organisation.id
        let others = try await Budget.query(on: database).filter(\.$organisation.$id == organisationID)
            .filter(\.$statusRaw == BudgetStatus.adopted.rawValue).all()
        if let conflict = BudgetLifecycle.adoptionConflict(years: budget.yearRange, revises: budget.revisesID?.uuidString,
                                                           adopted: others.map { ($0.id!.uuidString, $0.yearRange) }) {
            throw StateConflict(reason(conflict))
        }
        try await refresh(budget, on: database)
        let before = budget.snapshot
        budget.statusRaw = BudgetStatus.adopted.rawValue
        budget.$decision.id = decision.id
        budget.adoptedOn = decision.paragraph.protocol.meeting.date
        try await AuditLog.saved(budget, actor: actor, organisationID: organisationID, subject: .budget,
                                 name: Sv.Budgets.versionName(budget.title, budget.version), before: before, on: database) { db in
            guard let revised = budget.revisesID else { return }
            try await Budget.query(on: db).filter(\.$id == revised).filter(\.$statusRaw == BudgetStatus.adopted.rawValue)
                .set(\.$statusRaw, to: BudgetStatus.superseded.rawValue).update()
            try await AuditLog.record(on: db, actor: actor, organisationID: organisationID, action: .updated, subject: .budget,
                                      entityID: revised, name: Sv.Budgets.statusName(.superseded), before: nil,
                                      after: ["status": BudgetStatus.superseded.rawValue])
        }
    }
}
