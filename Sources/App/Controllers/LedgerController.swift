import Domain
import Fluent
import Persistence
import Vapor
import Views

/// Utfall from the bookkeeping (issue 15, item 6): imports staged and confirmed, the account
/// mapping, and the driftredovisning of a year.
struct LedgerController {
    func register(readers: any RoutesBuilder, kansli: any RoutesBuilder) throws {
        readers.get(SiteURL.ledger(SiteURL.slug).route, use: list)
        kansli.upload(SiteURL.ledger(SiteURL.slug).route, use: upload)
        readers.get(SiteURL.ledgerImport(SiteURL.slug, SiteURL.id).route, use: show)
        kansli.post(SiteURL.ledgerConfirm(SiteURL.slug, SiteURL.id).route, use: confirm)
        kansli.post(SiteURL.ledgerDiscard(SiteURL.slug, SiteURL.id).route, use: discard)
        readers.get(SiteURL.ledgerRules(SiteURL.slug).route, use: rules)
        kansli.post(SiteURL.ledgerRules(SiteURL.slug).route, use: saveRule)
        kansli.post(SiteURL.ledgerRuleRemove(SiteURL.slug, SiteURL.id).route, use: removeRule)
        readers.get(SiteURL.operatingStatement(SiteURL.slug).route, use: statement)
    }

    static func row(_ ledgerImport: LedgerImport) -> LedgerPages.ImportRow {
        .init(id: ledgerImport.id!.uuidString, year: ledgerImport.year, months: ledgerImport.months, filename: ledgerImport.filename,
              source: ledgerImport.source, transactions: ledgerImport.transactionCount, status: ledgerImport.statusRaw,
              importedBy: ledgerImport.importedBy)
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        try await listPage(request, state: request.formState())
    }

    private func listPage(_ request: Request, state: FormState) async throws -> Response {
        let association = try request.association
        let imports = try await LedgerImport.query(on: request.db).filter(\.$organisation.$id == association.id).all()
            .sorted { ($0.year, $0.lastMonth, $0.createdAt ?? .distantPast) > ($1.year, $1.lastMonth, $1.createdAt ?? .distantPast) }
        return .html(LedgerPages.list(imports.map(Self.row), slug: association.slug, canEdit: association.permissions.canPrepareMeetings,
                                      state: state, context: request.pageContext()),
                     status: state.hasErrors ? .unprocessableEntity : .ok)
    }

    /// Reads the file and stages it; what stops it is named on the form and nothing is stored.
    @Sendable func upload(_ request: Request) async throws -> Response {
        let association = try request.association
        let form = try await UploadedForm.read(request, maxFileBytes: request.application.settings.maxUploadBytes, maxFiles: 1)
        defer { form.removeFiles() }
        if !form.oversized.isEmpty {
            let limit = request.application.settings.maxUploadBytes / 1_048_576
            return try await listPage(request, state: request.formState(issues: [FieldIssue("file", .fileTooLarge(maxMegabytes: limit))]))
        }
        guard let file = form.files.first(where: { $0.field == "file" }), file.size > 0, let data = try? file.data() else {
            return try await listPage(request, state: request.formState(issues: [FieldIssue("file", .required)]))
        }
        let summary: LedgerSummary, source: String
        switch Ledgers.summary(of: Array(data)) {
        case .failure(let problem):
            return try await listPage(request, state: request.formState(issues: [FieldIssue("file", .explained(Sv.Ledger.problem(problem)))]))
        case .success(let read):
            (summary, source) = read
        }
        let staged = try await Ledgers.stage(summary, source: source, filename: file.filename, sha256: FileStore.sha256(data),
                                             organisationID: association.id, actor: request.actor, on: request.db)
        switch staged {
        case .failure(let failure):
            return try await listPage(request, state: request.formState(issues: failure.issues))
        case .success(let ledgerImport):
            return request.redirect(to: .ledgerImport(association.slug, ledgerImport.id!.uuidString), flash: Sv.Ledger.staged)
        }
    }

    private func find(_ request: Request) async throws -> LedgerImport {
        guard let found = try await LedgerImport.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == request.association.id).first()
        else { throw Abort(.notFound) }
        return found
    }

    /// An import with its utfall per budget line; a staged one beside what it would replace.
    @Sendable func show(_ request: Request) async throws -> Response {
        let association = try request.association
        let ledgerImport = try await find(request)
        let mapper = try await Ledgers.mapper(organisationID: association.id, day: CivilDate(year: ledgerImport.year, month: 12, day: 31)!,
                                              on: request.db)
        let replaced = ledgerImport.status == .pending ? try await Ledgers.replaced(by: ledgerImport, on: request.db) : []
        func placed(_ ids: [UUID]) async throws -> [LedgerTarget: Int64] {
            let sums = try await Ledgers.sums(importIDs: ids, on: request.db)
            return mapper.place(LedgerSummary(year: ledgerImport.year, months: 1...12, amounts: sums, transactionCount: 0)).placed
                .mapValues { OperatingStatement.kronor($0.values.reduce(0, +)) }
        }
        let after = try await placed([try ledgerImport.requireID()])
        let before = try await placed(replaced.compactMap(\.id))
        let diff = Set(after.keys).union(before.keys).sorted().map {
            LedgerPages.DiffRow(target: $0, before: before[$0] ?? 0, after: after[$0] ?? 0)
        }
        let model = LedgerPages.ImportModel(row: Self.row(ledgerImport), closingEquity: ledgerImport.closingEquity,
                                            replaces: replaced.map { Sv.Ledger.importName($0.year, $0.months) }, diff: diff,
                                            canEdit: association.permissions.canPrepareMeetings)
        return .html(LedgerPages.show(model, slug: association.slug, context: request.pageContext()))
    }

    private func requirePending(_ ledgerImport: LedgerImport) throws {
        guard ledgerImport.status == .pending else { throw StateConflict(Sv.Ledger.notPending) }
    }

    @Sendable func confirm(_ request: Request) async throws -> Response {
        let ledgerImport = try await find(request)
        try requirePending(ledgerImport)
        try await Ledgers.confirm(ledgerImport, actor: request.actor, on: request.db)
        return request.redirect(to: .operatingStatement(try request.association.slug), flash: Sv.Ledger.confirmed)
    }

    @Sendable func discard(_ request: Request) async throws -> Response {
        let ledgerImport = try await find(request)
        try requirePending(ledgerImport)
        try await Ledgers.discard(ledgerImport, on: request.db)
        return request.redirect(to: .ledger(try request.association.slug), flash: Sv.Ledger.discarded)
    }

    // MARK: Kontoplan

    @Sendable func rules(_ request: Request) async throws -> Response {
        var values: [String: String] = [:]
        if let account = request.query[String.self, at: "konto"] { values["account"] = account }
        return try await rulesPage(request, state: request.formState(values))
    }

    private func rulesPage(_ request: Request, state: FormState) async throws -> Response {
        let association = try request.association
        let records = try await LedgerRuleRecord.query(on: request.db).filter(\.$organisation.$id == association.id).all()
            .sorted { ($0.account ?? "", $0.object ?? "") < ($1.account ?? "", $1.object ?? "") }
        let mapper = try await Ledgers.mapper(organisationID: association.id, day: request.today, on: request.db)
        let seen = try await LedgerEntry.query(on: request.db).join(LedgerImport.self, on: \LedgerEntry.$ledgerImport.$id == \LedgerImport.$id)
            .filter(LedgerImport.self, \.$organisation.$id == association.id).field(\.$account).field(\.$accountName).unique().all()
        var names: [String: String] = [:]
        for entry in seen where names[entry.account]?.isEmpty ?? true { names[entry.account] = entry.accountName }
        let accounts = names.keys.sorted().map { LedgerPages.AccountRow(account: $0, name: names[$0] ?? "", target: mapper.target(account: $0, object: nil)) }
        let interventions = try await Intervention.query(on: request.db).filter(\.$organisation.$id == association.id).with(\.$names).all()
            .sorted { $0.code < $1.code }.map { ($0.id!.uuidString, "\($0.code) \($0.name(on: request.today))") }
        return .html(LedgerPages.rules(records.map { .init(id: $0.id!.uuidString, rule: $0.rule) }, accounts: accounts, interventions: interventions,
                                       slug: association.slug, canEdit: association.permissions.canPrepareMeetings, state: state,
                                       context: request.pageContext()),
                     status: state.hasErrors ? .unprocessableEntity : .ok)
    }

    /// Saves a rule; a rule for the same account and object is replaced, so each pair has one place.
    @Sendable func saveRule(_ request: Request) async throws -> Response {
        let association = try request.association
        let values = try request.formValues()
        var v = FieldValidator(values)
        let account = v.text("account", required: false, maxLength: 20)
        let object = v.text("object", required: false, maxLength: 40)
        let section = v.choice("section", as: BudgetSection.self)
        let interventionID = v.reference("interventionID", required: false)
        var name = v.text("name", required: false, maxLength: 200)
        if account == nil && object == nil { v.add("account", .explained(Sv.Ledger.accountOrObject)) }
        if let account, !account.allSatisfy(\.isNumber) || !LedgerSummary.isResultAccount(account) {
            v.add("account", .explained(Sv.Ledger.notAResultAccount))
        }
        var code: String?
        if let interventionID {
            if let intervention = try await Intervention.query(on: request.db).filter(\.$id == interventionID)
                .filter(\.$organisation.$id == association.id).with(\.$names).first() {
                code = intervention.code
                name = intervention.name(on: request.today)
                if section != .interventions { v.add("section", .explained(Sv.Ledger.interventionHint)) }
            } else {
                v.add("interventionID", .unknownReference)
            }
        } else if section == .interventions {
            v.add("interventionID", .required)
        }
        if name == nil && interventionID == nil { v.add("name", .required) }
        guard v.issues.isEmpty, let section, let name else { return try await rulesPage(request, state: request.formState(values, issues: v.issues)) }
        let rule = LedgerRule(account: account, object: object, target: LedgerTarget(section: section, code: code, name: name))
        let record = LedgerRuleRecord(organisationID: association.id, rule: rule)
        let existing = try await LedgerRuleRecord.query(on: request.db).filter(\.$organisation.$id == association.id).all()
            .first { $0.account == account && $0.object?.uppercased() == object?.uppercased() }
        let actor = request.actor
        try await request.db.transaction { db in
            if let existing { try await existing.delete(on: db) }
            try await record.create(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: existing == nil ? .created : .updated,
                                      subject: .ledger, entityID: record.id, name: Sv.Ledger.rulesTitle,
                                      before: existing.map { ["target": Sv.Ledger.targetName($0.rule.target)] },
                                      after: ["account": account ?? "", "object": object ?? "", "target": Sv.Ledger.targetName(rule.target)])
        }
        return request.redirect(to: .ledgerRules(association.slug), flash: Sv.Ledger.ruleSaved)
    }

    @Sendable func removeRule(_ request: Request) async throws -> Response {
        let association = try request.association
        guard let record = try await LedgerRuleRecord.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id).first() else { throw Abort(.notFound) }
        let actor = request.actor
        try await request.db.transaction { db in
            try await record.delete(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .removed, subject: .ledger,
                                      entityID: record.id, name: Sv.Ledger.rulesTitle, before: ["target": Sv.Ledger.targetName(record.rule.target)],
                                      after: nil)
        }
        return request.redirect(to: .ledgerRules(association.slug), flash: Sv.Ledger.ruleRemoved)
    }

    // MARK: Driftredovisning

    @Sendable func statement(_ request: Request) async throws -> Response {
        let association = try request.association
        let utfallYears = try await Ledgers.years(organisationID: association.id, on: request.db)
        let budgets = try await Budget.query(on: request.db).filter(\.$organisation.$id == association.id)
            .filter(\.$statusRaw == BudgetStatus.adopted.rawValue).with(\.$lines).all()
        let budgetYears = budgets.flatMap { Array($0.yearRange) }
        let years = Array(Set(utfallYears + budgetYears)).filter { $0 <= request.today.year }.sorted(by: >)
        let year = request.query[Int.self, at: "ar"] ?? utfallYears.first ?? request.today.year
        let model = try await Ledgers.statement(organisationID: association.id, year: year, budgets: budgets, on: request.db)
        return .html(OperatingStatementPage.render(.init(statement: model.statement, years: years.isEmpty ? [year] : years,
                                                         hasBudget: model.hasBudget, unplacedAccounts: model.unplaced,
                                                         closingEquity: model.closingEquity, allocation: model.allocation,
                                                         yearRows: try await Ledgers.yearRows(organisationID: association.id,
                                                                                              budgets: budgets, on: request.db)),
                                                   slug: association.slug, context: request.pageContext()))
    }
}
