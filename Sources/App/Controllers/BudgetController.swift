import Domain
import Fluent
import Persistence
import Vapor
import Views

/// Verksamhetsplan och budget (issue 15, item 5): versions with their lines, adopted by a
/// decision § and then locked, revised as new versions, and printed or exported.
struct BudgetController {
    func register(readers: any RoutesBuilder, kansli: any RoutesBuilder) throws {
        readers.get(SiteURL.budgets(SiteURL.slug).route, use: list)
        kansli.get(SiteURL.budgetNew(SiteURL.slug).route, use: newForm)
        kansli.post(SiteURL.budgetNew(SiteURL.slug).route, use: create)
        readers.get(SiteURL.budget(SiteURL.slug, SiteURL.id).route, use: show)
        readers.get(SiteURL.budgetCSV(SiteURL.slug, SiteURL.id).route, use: csv)
        readers.get(SiteURL.budgetXLSX(SiteURL.slug, SiteURL.id).route, use: xlsx)
        readers.get(SiteURL.budgetPDF(SiteURL.slug, SiteURL.id).route, use: pdf)
        kansli.get(SiteURL.budgetEdit(SiteURL.slug, SiteURL.id).route, use: editForm)
        kansli.post(SiteURL.budgetEdit(SiteURL.slug, SiteURL.id).route, use: update)
        kansli.post(SiteURL.budgetLines(SiteURL.slug, SiteURL.id).route, use: addLine)
        kansli.post(SiteURL.budgetLineRemove(SiteURL.slug, SiteURL.id, ":line").route, use: removeLine)
        kansli.post(SiteURL.budgetPropose(SiteURL.slug, SiteURL.id).route, use: propose)
        kansli.post(SiteURL.budgetReturn(SiteURL.slug, SiteURL.id).route, use: returnToDraft)
        kansli.post(SiteURL.budgetAdopt(SiteURL.slug, SiteURL.id).route, use: adopt)
        kansli.post(SiteURL.budgetRevise(SiteURL.slug, SiteURL.id).route, use: revise)
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        let association = try request.association
        let rows = try await Budgets.all(organisationID: association.id, on: request.db).map { budget in
            BudgetPages.ListRow(id: budget.id!.uuidString, version: budget.version, title: budget.title,
                                years: "\(budget.firstYear)–\(budget.firstYear + Budget.yearCount - 1)", status: budget.status,
                                diaryNumber: budget.matter?.diaryNumber.text, decision: budget.decision.map(DecisionRows.paragraphLabel))
        }
        return .html(BudgetPages.list(rows, slug: association.slug, canEdit: association.permissions.canPrepareMeetings,
                                      context: request.pageContext()))
    }

    private func find(_ request: Request) async throws -> Budget {
        guard let budget = try await Budgets.find(try request.idParameter(), organisationID: try request.association.id, on: request.db)
        else { throw Abort(.notFound) }
        return budget
    }

    /// Throws the Swedish 409 when the version's state forbids the change.
    private func guardChange(_ change: BudgetLifecycle.Change, _ budget: Budget) throws {
        if let conflict = BudgetLifecycle.conflict(change, in: budget.status) { throw StateConflict(Budgets.reason(conflict)) }
    }

    @Sendable func newForm(_ request: Request) async throws -> Response {
        let association = try request.association
        let year = request.today.year + 1
        let state = request.formState(["title": Sv.Budgets.defaultTitle, "firstYear": String(year), "openingEquity": "0"])
        return .html(BudgetPages.form(state, slug: association.slug, budgetID: nil, years: nil, context: request.pageContext()))
    }

    /// A new budget is an ärende of its own in the diarium and starts as an utkast.
    @Sendable func create(_ request: Request) async throws -> Response {
        let association = try request.association
        let values = try request.formValues()
        var result = BudgetDraft.parse(values)
        if case .success(let draft) = result {
            let issues = try await allocationIssues(request, draft)
            if !issues.isEmpty { result = .failure(ValidationFailure(issues)) }
        }
        guard case .success(let draft) = result else {
            return .html(BudgetPages.form(request.formState(values, issues: result.issues), slug: association.slug, budgetID: nil, years: nil,
                                          context: request.pageContext()), status: .unprocessableEntity)
        }
        let budget = try await Budgets.create(draft, organisationID: association.id, actor: request.actor, today: request.today, on: request.db)
        return request.redirect(to: .budget(association.slug, budget.id!.uuidString), flash: Sv.Budgets.created)
    }

    /// Each year's allocation must be shareable among the members by the register's split.
    private func allocationIssues(_ request: Request, _ draft: BudgetDraft) async throws -> [FieldIssue] {
        var issues: [FieldIssue] = []
        for (offset, allocation) in draft.allocations.enumerated() where allocation > 0 {
            let year = draft.firstYear + offset
            let computed = try await ContributionSplits.compute(organisationID: try request.association.id, year: year, total: allocation,
                                                                on: request.db)
            if case .failure(let problem) = computed.result {
                issues.append(FieldIssue("allocation\(offset + 1)", .explained(ContributionsPage.message(problem, year: year))))
            }
        }
        return issues
    }

    @Sendable func editForm(_ request: Request) async throws -> Response {
        let association = try request.association
        let budget = try await find(request)
        try guardChange(.edit, budget)
        let values = ["title": budget.title, "openingEquity": String(budget.openingEquity), "allocation1": String(budget.allocation1),
                      "allocation2": String(budget.allocation2), "allocation3": String(budget.allocation3)]
        return .html(BudgetPages.form(request.formState(values), slug: association.slug, budgetID: budget.id!.uuidString, years: budget.years,
                                      context: request.pageContext()))
    }

    @Sendable func update(_ request: Request) async throws -> Response {
        let association = try request.association
        let budget = try await find(request)
        try guardChange(.edit, budget)
        let values = try request.formValues()
        var result = BudgetDraft.parse(values, fixedFirstYear: budget.firstYear)
        if case .success(let draft) = result {
            let issues = try await allocationIssues(request, draft)
            if !issues.isEmpty { result = .failure(ValidationFailure(issues)) }
        }
        guard case .success(let draft) = result else {
            return .html(BudgetPages.form(request.formState(values, issues: result.issues), slug: association.slug, budgetID: budget.id!.uuidString,
                                          years: budget.years, context: request.pageContext()), status: .unprocessableEntity)
        }
        let before = budget.snapshot
        Budgets.apply(draft, to: budget)
        try await request.saveAudited(budget, subject: .budget, name: Sv.Budgets.versionName(budget.title, budget.version), before: before)
        try await Budgets.refresh(budget, on: request.db)
        return request.redirect(to: .budget(association.slug, budget.id!.uuidString), flash: Sv.Budgets.saved)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        try await page(request, try await find(request))
    }

    private func model(_ request: Request, _ budget: Budget, problems: [String] = []) async throws -> BudgetPages.Model {
        let association = try request.association
        let (plan, lines) = Budgets.plan(budget)
        var diff: BudgetDiff?
        var diffVersion: Int?
        if let previousID = budget.revisesID, let previous = try await Budgets.find(previousID, organisationID: association.id, on: request.db) {
            diff = BudgetDiff(from: Budgets.plan(previous).0, to: plan)
            diffVersion = previous.version
        }
        let canEdit = association.permissions.canPrepareMeetings
        var interventions: [(id: String, label: String)] = []
        var decisions: [(id: String, label: String)] = []
        if canEdit && budget.status.isEditable {
            let firstDay = CivilDate(year: budget.firstYear, month: 1, day: 1)!
            interventions = try await Intervention.query(on: request.db).filter(\.$organisation.$id == association.id).with(\.$names).all()
                .sorted { $0.code < $1.code }.map { ($0.id!.uuidString, "\($0.code) \($0.name(on: firstDay))") }
            decisions = try await Budgets.decisionChoices(organisationID: association.id, on: request.db)
        }
        let adopted = try await Budget.query(on: request.db).filter(\.$organisation.$id == association.id)
            .filter(\.$statusRaw == BudgetStatus.adopted.rawValue).with(\.$lines).all()
        var model = BudgetPages.Model(
            id: budget.id!.uuidString, title: budget.title, version: budget.version, status: budget.status,
            diaryNumber: budget.matter?.diaryNumber.text, decision: budget.decision.map(DecisionRows.paragraphLabel), plan: plan,
            lines: lines.map { .init(id: $0.id!.uuidString, name: $0.name, code: $0.code,
                                     isEnteredByHand: $0.section.isEnteredByHand && $0.costClass != .decided) },
            problems: problems, diff: diff, diffVersion: diffVersion, canEdit: canEdit,
            parents: lines.filter { $0.parentID == nil && $0.section.isEnteredByHand && $0.section != .interventions }
                .map { ($0.id!.uuidString, "\(Sv.Budgets.sectionName($0.section)): \($0.name)") },
            interventions: interventions, decisions: decisions)
        model.history = try await Ledgers.history(of: budget, plan: plan, budgets: adopted, on: request.db)
        return model
    }

    private func page(_ request: Request, _ budget: Budget, lineState: FormState? = nil, adoptState: FormState? = nil) async throws -> Response {
        let association = try request.association
        let hasErrors = lineState?.hasErrors == true || adoptState?.hasErrors == true
        return .html(BudgetPages.show(try await model(request, budget), slug: association.slug, lineState: lineState ?? request.formState(),
                                      adoptState: adoptState ?? request.formState(), context: request.pageContext()),
                     status: hasErrors ? .unprocessableEntity : .ok)
    }

    @Sendable func csv(_ request: Request) async throws -> Response {
        let association = try request.association
        let budget = try await find(request)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        headers.replaceOrAdd(name: .contentDisposition,
                             value: "attachment; filename=\"budget-\(association.slug)-\(budget.firstYear)-version-\(budget.version).csv\"")
        return Response(status: .ok, headers: headers, body: .init(string: BudgetPages.csv(try await model(request, budget))))
    }

    /// The same table as the CSV, as an Excel workbook whose figures are numbers.
    @Sendable func xlsx(_ request: Request) async throws -> Response {
        let association = try request.association
        let budget = try await find(request)
        let data = try XLSXWorkbook.data(sheetName: "Budget \(budget.firstYear)", rows: BudgetPages.sheet(try await model(request, budget)))
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: XLSXWorkbook.mediaType)
        headers.replaceOrAdd(name: .contentDisposition,
                             value: "attachment; filename=\"budget-\(association.slug)-\(budget.firstYear)-version-\(budget.version).xlsx\"")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    @Sendable func pdf(_ request: Request) async throws -> Response {
        let association = try request.association
        let budget = try await find(request)
        let html = BudgetPages.printDocument(try await model(request, budget), associationName: association.name)
        let data = try await request.pdf(fromHTML: html, for: "budget")
        return request.pdfResponse(data, filename: "budget-\(association.slug)-\(budget.firstYear)-version-\(budget.version).pdf")
    }

    @Sendable func addLine(_ request: Request) async throws -> Response {
        let budget = try await find(request)
        try guardChange(.edit, budget)
        let values = try request.formValues()
        let result = BudgetLineDraft.parse(values)
        guard case .success(let draft) = result else {
            return try await page(request, budget, lineState: request.formState(values, issues: result.issues))
        }
        switch try await Budgets.addLine(draft, to: budget, actor: request.actor, on: request.db) {
        case .failure(let failure): return try await page(request, budget, lineState: request.formState(values, issues: failure.issues))
        case .success: break
        }
        let budgetID = try budget.requireID()
        return request.redirect(to: .budget(try request.association.slug, budgetID.uuidString), flash: Sv.Budgets.lineAdded)
    }

    @Sendable func removeLine(_ request: Request) async throws -> Response {
        let budget = try await find(request)
        try guardChange(.edit, budget)
        guard let lineID = request.parameters.get("line").flatMap(UUID.init(uuidString:)),
              let line = budget.lines.first(where: { $0.id == lineID }) else { throw Abort(.notFound) }
        guard line.section.isEnteredByHand && line.costClass != .decided else { throw StateConflict(Sv.Budgets.computedLine) }
        guard line.fundingRequestID == nil else { throw StateConflict(Sv.Budgets.requestLine) }
        let budgetID = try budget.requireID()
        let actor = request.actor
        try await request.db.transaction { db in
            try await BudgetLine.query(on: db).filter(\.$parentID == lineID).delete()
            try await line.delete(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: budget.$organisation.id, action: .removed, subject: .budget,
                                      entityID: budgetID, name: Sv.Budgets.versionName(budget.title, budget.version), before: line.snapshot,
                                      after: nil)
        }
        return request.redirect(to: .budget(try request.association.slug, budgetID.uuidString), flash: Sv.Budgets.lineRemoved)
    }

    private func setStatus(_ request: Request, _ change: BudgetLifecycle.Change, to status: BudgetStatus, flash: String) async throws -> Response {
        let budget = try await find(request)
        try guardChange(change, budget)
        let before = budget.snapshot
        budget.statusRaw = status.rawValue
        try await request.saveAudited(budget, subject: .budget, name: Sv.Budgets.versionName(budget.title, budget.version), before: before)
        return request.redirect(to: .budget(try request.association.slug, budget.id!.uuidString), flash: flash)
    }

    @Sendable func propose(_ request: Request) async throws -> Response {
        try await setStatus(request, .propose, to: .proposal, flash: Sv.Budgets.proposed)
    }

    @Sendable func returnToDraft(_ request: Request) async throws -> Response {
        try await setStatus(request, .returnToDraft, to: .draft, flash: Sv.Budgets.returned)
    }

    /// Fastställd by a decision §: the computed lines are brought up to date one last time, the
    /// version it revises becomes superseded, and from then on the version is locked.
    @Sendable func adopt(_ request: Request) async throws -> Response {
        let association = try request.association
        let budget = try await find(request)
        try guardChange(.adopt, budget)
        let values = try request.formValues()
        var v = FieldValidator(values)
        let decisionID = v.reference("decisionID")
        var decision: Decision?
        if let decisionID {
            decision = try await Decision.query(on: request.db).filter(\.$id == decisionID).filter(\.$organisation.$id == association.id)
                .with(\.$paragraph) { $0.with(\.$protocol) { $0.with(\.$meeting) { $0.with(\.$body) } } }.first()
            if decision == nil { v.add("decisionID", .unknownReference) }
        }
        guard let decision, v.issues.isEmpty else {
            return try await page(request, budget, adoptState: request.formState(values, issues: v.issues))
        }
        try await Budgets.adopt(budget, by: decision, actor: request.actor, on: request.db)
        return request.redirect(to: .budget(association.slug, budget.id!.uuidString), flash: Sv.Budgets.adopted)
    }

    @Sendable func revise(_ request: Request) async throws -> Response {
        let budget = try await find(request)
        try guardChange(.revise, budget)
        let revision = try await Budgets.revise(budget, actor: request.actor, on: request.db)
        try await Budgets.refresh(revision, on: request.db)
        return request.redirect(to: .budget(try request.association.slug, revision.id!.uuidString), flash: Sv.Budgets.revisedDraft)
    }
}
