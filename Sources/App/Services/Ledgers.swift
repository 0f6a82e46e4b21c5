import Domain
import Fluent
import Foundation
import Persistence
import SQLKit
import Views

/// Utfall from the bookkeeping: exports read into sums, staged with their differences, put in
/// force (replacing an import of the same period), and placed on budget lines through the
/// association's mapping whenever they are read, so a changed rule applies to every year.
enum Ledgers {
    /// The year's utfall in force, placed on budget lines.
    struct Actuals: Sendable {
        /// Each target's öre (budget signs) for the whole booked period, under month 0.
        var placed: [LedgerTarget: [Int: Int64]] = [:]
        /// Accounts no rule places (öre as booked); shown as a warning, never dropped silently.
        var unknown: [String: Int64] = [:]
        var bookedThrough = 0
        var closingEquity: Int64?
    }

    /// Reads an upload as SIE 4 or, when it does not start with a SIE record, as CSV.
    static func summary(of bytes: [UInt8]) -> Result<(LedgerSummary, source: String), LedgerProblem> {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let first = bytes[start...].first { $0 != 32 && $0 != 9 && $0 != 13 && $0 != 10 }
        do throws(LedgerProblem) {
            if first == UInt8(ascii: "#") { return .success((try LedgerSummary.read(sie: bytes), "sie")) }
            return .success((try LedgerCSV.read(String(decoding: bytes[start...], as: UTF8.self)), "csv"))
        } catch {
            return .failure(error)
        }
    }

    /// The association's rules and its insatser by code, named as on `day`. Read in two plain
    /// queries: the driftredovisning asks for it on every view.
    static func mapper(organisationID: UUID, day: CivilDate, on database: any Database) async throws -> LedgerMapper {
        let rules = try await LedgerRuleRecord.query(on: database).filter(\.$organisation.$id == organisationID).all().map(\.rule)
        guard let sql = database as? any SQLDatabase else { return LedgerMapper(rules: rules, interventions: [:]) }
        let rows = try await sql.raw("""
            SELECT i.code, n.name, n.valid_from, n.valid_to FROM interventions i \
            LEFT JOIN intervention_names n ON n.intervention_id = i.id WHERE i.organisation_id = \(bind: organisationID)
            """).all()
        var names: [String: [DatedName]] = [:]
        for row in rows {
            let code = try row.decode(column: "code", as: String.self)
            var dated = names[code] ?? []
            if let name = try row.decode(column: "name", as: String?.self),
               let from = try row.decode(column: "valid_from", as: String?.self).flatMap(CivilDate.init(iso:)) {
                dated.append(DatedName(name: name, validFrom: from, validTo: try row.decode(column: "valid_to", as: String?.self).flatMap(CivilDate.init(iso:))))
            }
            names[code] = dated
        }
        return LedgerMapper(rules: rules, interventions: names.mapValues { DatedName.name(on: day, among: $0) ?? "" }
            .reduce(into: [:]) { $0[$1.key] = $1.value.isEmpty ? $1.key : $1.value })
    }

    /// Stages an import for review, or names what stops it: accounts no rule places, or a period
    /// that only partly overlaps one in force. Nothing is stored on a problem.
    static func stage(_ summary: LedgerSummary, source: String, filename: String, sha256: String, organisationID: UUID, actor: Actor,
                      on database: any Database) async throws -> Result<LedgerImport, ValidationFailure> {
        let mapper = try await mapper(organisationID: organisationID, day: CivilDate(year: summary.year, month: 12, day: 31)!, on: database)
        let unknown = mapper.place(summary).unknown
        if !unknown.isEmpty {
            return .failure(ValidationFailure(unknown.keys.sorted().map { account in
                FieldIssue("file", .explained(Sv.Ledger.unknownAccount(account, name: summary.accountNames[account],
                                                                        kronor: OperatingStatement.kronor(unknown[account] ?? 0))))
            }))
        }
        let existing = try await inForce(organisationID: organisationID, year: summary.year, on: database)
        if case .partlyOverlaps(let months) = LedgerPeriods.outcome(of: summary.months, existing: existing.map { ($0.id!.uuidString, $0.months) }) {
            return .failure(ValidationFailure([FieldIssue("file", .explained(Sv.Ledger.partlyOverlaps(new: summary.months, old: months,
                                                                                                        year: summary.year)))]))
        }
        let ledgerImport = LedgerImport()
        ledgerImport.$organisation.id = organisationID
        ledgerImport.year = summary.year
        ledgerImport.firstMonth = summary.months.lowerBound
        ledgerImport.lastMonth = summary.months.upperBound
        ledgerImport.source = source
        ledgerImport.filename = filename
        ledgerImport.sha256 = sha256
        ledgerImport.statusRaw = LedgerImport.Status.pending.rawValue
        ledgerImport.transactionCount = summary.transactionCount
        ledgerImport.closingEquity = summary.closingEquity
        ledgerImport.importedBy = actor.name
        try await database.transaction { db in
            // One staged import at a time: an abandoned one gives way to the next.
            let stale = try await LedgerImport.query(on: db).filter(\.$organisation.$id == organisationID)
                .filter(\.$statusRaw == LedgerImport.Status.pending.rawValue).all().compactMap(\.id)
            if !stale.isEmpty {
                try await LedgerEntry.query(on: db).filter(\.$ledgerImport.$id ~~ stale).delete()
                try await LedgerBalance.query(on: db).filter(\.$ledgerImport.$id ~~ stale).delete()
                try await LedgerImport.query(on: db).filter(\.$id ~~ stale).delete()
            }
            try await ledgerImport.create(on: db)
            let importID = try ledgerImport.requireID()
            let entries = summary.amounts.keys.sorted().map { key in
                LedgerEntry(importID: importID, account: key.account, accountName: summary.accountNames[key.account] ?? "",
                            object: key.object, month: key.month, amount: summary.amounts[key] ?? 0)
            }
            // In batches, to stay within both databases' limits on bound values.
            for start in stride(from: 0, to: entries.count, by: 500) {
                try await Array(entries[start..<min(entries.count, start + 500)]).create(on: db)
            }
            let balances = summary.balances.keys.sorted().map { account in
                LedgerBalance(importID: importID, account: account, accountName: summary.accountNames[account] ?? "", balance: summary.balances[account]!)
            }
            for start in stride(from: 0, to: balances.count, by: 500) {
                try await Array(balances[start..<min(balances.count, start + 500)]).create(on: db)
            }
        }
        return .success(ledgerImport)
    }

    /// The imports of a year in force.
    static func inForce(organisationID: UUID, year: Int, on database: any Database) async throws -> [LedgerImport] {
        try await LedgerImport.query(on: database).filter(\.$organisation.$id == organisationID).filter(\.$year == year)
            .filter(\.$statusRaw == LedgerImport.Status.active.rawValue).all()
    }

    /// The imports in force that a staged one replaces.
    static func replaced(by staged: LedgerImport, on database: any Database) async throws -> [LedgerImport] {
        let existing = try await inForce(organisationID: staged.$organisation.id, year: staged.year, on: database)
        guard case .replaces(let ids) = LedgerPeriods.outcome(of: staged.months, existing: existing.map { ($0.id!.uuidString, $0.months) })
        else { return [] }
        return existing.filter { ids.contains($0.id!.uuidString) }
    }

    /// Puts a staged import in force, replacing the imports of the same period.
    static func confirm(_ staged: LedgerImport, actor: Actor, on database: any Database) async throws {
        let replaced = try await replaced(by: staged, on: database)
        let stagedID = try staged.requireID()
        try await database.transaction { db in
            for old in replaced {
                try await LedgerImport.query(on: db).filter(\.$id == old.requireID())
                    .set(\.$statusRaw, to: LedgerImport.Status.replaced.rawValue).update()
            }
            try await LedgerImport.query(on: db).filter(\.$id == stagedID).set(\.$statusRaw, to: LedgerImport.Status.active.rawValue).update()
            try await AuditLog.record(on: db, actor: actor, organisationID: staged.$organisation.id, action: .created, subject: .ledger,
                                      entityID: stagedID, name: Sv.Ledger.importName(staged.year, staged.months), before: nil,
                                      after: ["file": staged.filename, "sha256": staged.sha256, "transactions": String(staged.transactionCount),
                                              "replaces": replaced.map(\.filename).joined(separator: ", ")])
        }
    }

    static func discard(_ staged: LedgerImport, on database: any Database) async throws {
        let id = try staged.requireID()
        try await database.transaction { db in
            try await LedgerEntry.query(on: db).filter(\.$ledgerImport.$id == id).delete()
            try await LedgerBalance.query(on: db).filter(\.$ledgerImport.$id == id).delete()
            try await LedgerImport.query(on: db).filter(\.$id == id).delete()
        }
    }

    /// The sums of the given imports per account and object over all their months (as month 0),
    /// summed in the database: every page that reads utfall wants the period's total.
    static func sums(importIDs: [UUID], on database: any Database) async throws -> LedgerSummary.SumsByKey {
        guard !importIDs.isEmpty, let sql = database as? any SQLDatabase else { return [:] }
        let rows = try await sql.raw("""
            SELECT account, object, CAST(SUM(amount) AS BIGINT) AS amount FROM ledger_entries \
            WHERE ledger_import_id IN (\(binds: importIDs)) GROUP BY account, object
            """).all()
        var sums: LedgerSummary.SumsByKey = [:]
        for row in rows {
            let key = LedgerSummary.Key(account: try row.decode(column: "account", as: String.self),
                                        object: try row.decode(column: "object", as: String?.self), month: 0)
            sums[key, default: 0] += try row.decode(column: "amount", as: Int64.self)
        }
        return sums
    }

    /// The year's utfall in force, placed through the mapping.
    static func actuals(organisationID: UUID, year: Int, on database: any Database) async throws -> Actuals {
        let imports = try await inForce(organisationID: organisationID, year: year, on: database)
        guard !imports.isEmpty else { return Actuals() }
        let mapper = try await mapper(organisationID: organisationID, day: CivilDate(year: year, month: 12, day: 31)!, on: database)
        let sums = try await sums(importIDs: imports.compactMap(\.id), on: database)
        let placed = mapper.place(LedgerSummary(year: year, months: 1...12, amounts: sums, transactionCount: 0))
        let latest = imports.max { $0.lastMonth < $1.lastMonth }
        return Actuals(placed: placed.placed, unknown: placed.unknown, bookedThrough: latest?.lastMonth ?? 0, closingEquity: latest?.closingEquity)
    }

    /// Years with utfall in force, newest first.
    static func years(organisationID: UUID, on database: any Database) async throws -> [Int] {
        Array(Set(try await LedgerImport.query(on: database).filter(\.$organisation.$id == organisationID)
            .filter(\.$statusRaw == LedgerImport.Status.active.rawValue).all().map(\.year))).sorted(by: >)
    }

    struct Statement: Sendable {
        var statement: OperatingStatement
        var hasBudget: Bool
        var unplaced: [String]
        var closingEquity: Int64?
        /// The year's total allocation: the budget's, or the utfall's when no budget holds the year.
        var allocation: Int64
    }

    /// The driftredovisning of a year against the adopted budget that holds it (lines loaded).
    static func statement(organisationID: UUID, year: Int, budgets: [Budget], on database: any Database) async throws -> Statement {
        let actuals = try await actuals(organisationID: organisationID, year: year, on: database)
        var lines: [(target: LedgerTarget, kronor: Int64)] = []
        let budget = budgets.first { $0.status == .adopted && $0.yearRange.contains(year) }
        if let budget {
            let (plan, _) = Budgets.plan(budget)
            for index in plan.lines.indices where plan.lines[index].parent == nil {
                let line = plan.lines[index]
                lines.append((LedgerTarget(section: line.section, code: line.code, name: line.name), plan.amount(of: index, year: year)))
            }
        }
        let statement = OperatingStatement(year: year, budget: lines, actual: actuals.placed, bookedThrough: actuals.bookedThrough)
        let budgeted = statement.total(.memberContributions).budget
        return Statement(statement: statement, hasBudget: budget != nil, unplaced: actuals.unknown.keys.sorted(),
                         closingEquity: actuals.closingEquity, allocation: budgeted != 0 ? budgeted : statement.total(.memberContributions).actual)
    }

    /// The history columns of a budget: utfall before the year it is made in (the year before its
    /// first), and that year's prognosis; nil when there is no utfall before its first year.
    static func history(of budget: Budget, plan: BudgetPlan, budgets: [Budget], on database: any Database) async throws -> BudgetHistory? {
        let organisationID = budget.$organisation.id
        let prognosisYear = budget.firstYear - 1
        let years = try await years(organisationID: organisationID, on: database).filter { $0 <= prognosisYear }
        guard !years.isEmpty else { return nil }
        var past: [LedgerTarget: Int64] = [:]
        for year in years where year < prognosisYear {
            for (target, months) in try await actuals(organisationID: organisationID, year: year, on: database).placed {
                past[target, default: 0] += OperatingStatement.kronor(months.values.reduce(0, +))
            }
        }
        let current = try await statement(organisationID: organisationID, year: prognosisYear, budgets: budgets, on: database).statement
        var prognosis: [LedgerTarget: Int64] = [:]
        for row in current.sections.flatMap(\.rows) { prognosis[row.target] = row.figures.prognosis }
        return BudgetHistory(plan: plan, past: past, pastThrough: years.filter { $0 < prognosisYear }.max(), prognosis: prognosis,
                             prognosisYear: prognosisYear)
    }

    /// Eget kapital at the end of each year the bookkeeping says it for, against that year's
    /// ceiling, oldest first.
    static func yearRows(organisationID: UUID, budgets: [Budget], on database: any Database) async throws -> [OperatingStatementPage.YearRow] {
        var result: [OperatingStatementPage.YearRow] = []
        for year in try await years(organisationID: organisationID, on: database).sorted() {
            let figures = try await statement(organisationID: organisationID, year: year, budgets: budgets, on: database)
            let costs = figures.statement.costs
            result.append(.init(year: year, budgetCosts: figures.hasBudget ? costs.budget : nil, actualCosts: costs.actual,
                                equity: figures.closingEquity.map(OperatingStatement.kronor), ceiling: EquityCeiling.ceiling(allocation: figures.allocation)))
        }
        return result
    }
}
