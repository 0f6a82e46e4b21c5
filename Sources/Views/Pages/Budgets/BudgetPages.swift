import Domain

/// Verksamhetsplan och budget: the versions, one version's table in tkr with equity against the
/// guideline's ceiling and its differences from the version it revises, its forms, and its print.
public enum BudgetPages {
    public struct ListRow: Sendable {
        public var id: String
        public var version: Int
        public var title: String
        public var years: String
        public var status: BudgetStatus
        public var diaryNumber: String?
        public var decision: String?

        public init(id: String, version: Int, title: String, years: String, status: BudgetStatus, diaryNumber: String?, decision: String?) {
            self.id = id
            self.version = version
            self.title = title
            self.years = years
            self.status = status
            self.diaryNumber = diaryNumber
            self.decision = decision
        }
    }

    public struct LineInfo: Sendable {
        public var id: String
        public var name: String
        public var code: String?
        /// Written by the kansli (not computed), so it may be removed while the version is editable.
        public var isEnteredByHand: Bool

        public init(id: String, name: String, code: String?, isEnteredByHand: Bool) {
            self.id = id
            self.name = name
            self.code = code
            self.isEnteredByHand = isEnteredByHand
        }
    }

    public struct Model: Sendable {
        public var id: String
        public var title: String
        public var version: Int
        public var status: BudgetStatus
        public var diaryNumber: String?
        public var decision: String?
        public var plan: BudgetPlan
        public var lines: [LineInfo]
        public var problems: [String]
        public var diff: BudgetDiff?
        public var diffVersion: Int?
        public var canEdit: Bool
        public var parents: [(id: String, label: String)]
        public var interventions: [(id: String, label: String)]
        public var decisions: [(id: String, label: String)]
        /// Utfall before the budget's years and the prognosis of the year it is made in.
        public var history: BudgetHistory?

        public init(id: String, title: String, version: Int, status: BudgetStatus, diaryNumber: String?, decision: String?, plan: BudgetPlan,
                    lines: [LineInfo], problems: [String], diff: BudgetDiff?, diffVersion: Int?, canEdit: Bool,
                    parents: [(id: String, label: String)], interventions: [(id: String, label: String)],
                    decisions: [(id: String, label: String)]) {
            self.id = id
            self.title = title
            self.version = version
            self.status = status
            self.diaryNumber = diaryNumber
            self.decision = decision
            self.plan = plan
            self.lines = lines
            self.problems = problems
            self.diff = diff
            self.diffVersion = diffVersion
            self.canEdit = canEdit
            self.parents = parents
            self.interventions = interventions
            self.decisions = decisions
        }

        var yearsText: String { "\(plan.years.first ?? 0)–\(plan.years.last ?? 0)" }
        var heading: String { "\(title) \(yearsText)" }
    }

    public static func list(_ rows: [ListRow], slug: String, canEdit: Bool, context: PageContext) -> String {
        Layout.page(title: Sv.Budgets.title, context: context) {
            h1 { Sv.Budgets.title }
            if canEdit { paragraph { actionLink(SiteURL.budgetNew(slug).path, Sv.Budgets.new) } }
            dataTable(caption: Sv.Budgets.listCaption,
                      headers: [Sv.Budgets.version, Sv.Budgets.name, Sv.Budgets.years, Sv.Budgets.status, Sv.Budgets.diaryNumber, Sv.Budgets.decision],
                      rows: rows.map { row in
                          [.text(String(row.version)), link(SiteURL.budget(slug, row.id).path) { row.title }, .text(row.years),
                           .text(Sv.Budgets.statusName(row.status)), .text(row.diaryNumber ?? Sv.none), .text(row.decision ?? Sv.none)]
                      }, numericColumns: [0], emptyText: Sv.Budgets.none)
        }
    }

    public static func form(_ state: FormState, slug: String, budgetID: String?, years: [Int]?, context: PageContext) -> String {
        let title = budgetID == nil ? Sv.Budgets.new : Sv.Budgets.editTitle
        let action = budgetID.map { SiteURL.budgetEdit(slug, $0).path } ?? SiteURL.budgetNew(slug).path
        let cancel = budgetID.map { SiteURL.budget(slug, $0).path } ?? SiteURL.budgets(slug).path
        let firstYear: [FormItem] = budgetID == nil
            ? [.field(FieldSpec("firstYear", Sv.Budgets.firstYear, .text(inputMode: "numeric"), hint: Sv.Budgets.firstYearHint))] : []
        let allocations = (1...3).map { n in
            FieldSpec("allocation\(n)", years.map { Sv.Budgets.allocation($0[n - 1]) } ?? "\(Sv.Budgets.allocationGeneric) \(n) (kr)",
                      .text(inputMode: "numeric"), optional: true)
        }
        return Layout.page(title: title, context: context, hasErrors: state.hasErrors) {
            h1 { title }
            FormView.render(state, action: action, submit: budgetID == nil ? Sv.create : Sv.save, cancel: cancel, items: [
                .field(FieldSpec("title", Sv.Budgets.name)),
            ] + firstYear + [
                .field(FieldSpec("openingEquity", Sv.Budgets.openingEquity, .text(inputMode: "numeric"), hint: Sv.Budgets.openingEquityHint)),
                .group(legend: Sv.Budgets.allocationGeneric, hint: Sv.Budgets.allocationHint, allocations),
            ])
        }
    }

    public static func show(_ model: Model, slug: String, lineState: FormState, adoptState: FormState, context: PageContext) -> String {
        Layout.page(title: model.heading, context: context, hasErrors: lineState.hasErrors || adoptState.hasErrors) {
            h1 { model.heading }
            summaryList([
                (Sv.Budgets.version, .text(String(model.version))),
                (Sv.Budgets.status, .text(Sv.Budgets.statusName(model.status))),
                (Sv.Budgets.diaryNumber, .text(model.diaryNumber ?? Sv.none)),
                (Sv.Budgets.decision, .text(model.decision ?? Sv.none)),
            ])
            for problem in model.problems { paragraph(.class("warning")) { problem } }
            let above = model.plan.figures.filter(\.isAboveCeiling).map(\.year)
            if !above.isEmpty { paragraph(.class("warning")) { Sv.Budgets.aboveCeilingWarning(above) } }
            paragraph(.class("actions")) {
                actionLink(SiteURL.budgetCSV(slug, model.id).path, Sv.Budgets.csv)
                " "
                actionLink(SiteURL.budgetXLSX(slug, model.id).path, Sv.Budgets.xlsx)
                " "
                actionLink(SiteURL.budgetPDF(slug, model.id).path, Sv.Budgets.pdf)
                if model.canEdit && model.status.isEditable {
                    " "
                    actionLink(SiteURL.budgetEdit(slug, model.id).path, Sv.Budgets.editTitle)
                }
            }
            table(model, slug: slug, csrf: context.csrfToken, editable: model.canEdit && model.status.isEditable)
            paragraph(.class("hint")) { Sv.Budgets.footnote }
            if let history = model.history { historyTable(history, plan: model.plan) }
            equityTable(model.plan)
            if let diff = model.diff, let version = model.diffVersion { diffSection(diff, version: version) }
            if model.canEdit { forms(model, slug: slug, lineState: lineState, adoptState: adoptState, csrf: context.csrfToken) }
        }
    }

    /// The budget table in tkr, one column per year.
    static func table(_ model: Model, slug: String, csrf: String?, editable: Bool) -> Node {
        let budgetTable = BudgetTable(model.plan)
        return tag("div", [.class("table-wrap")] + scrollableRegion(Sv.Budgets.tableCaption)) {
            tag("table", [.class("budget")]) {
                tag("caption", []) { "\(Sv.Budgets.tableCaption) \(model.yearsText)" }
                tag("thead", []) {
                    tag("tr", []) {
                        tag("th", [.scope("col")]) { Sv.Budgets.line }
                        for year in budgetTable.years { tag("th", [.scope("col"), .class("num")]) { String(year) } }
                        if editable { tag("td", []) { "" } }
                    }
                }
                tag("tbody", []) {
                    for (row, values) in budgetTable.rows {
                        if case .heading = row {
                            tag("tr", [.class("budget-heading")]) {
                                tag("th", [.scope("rowgroup"), Attribute("colspan", String(budgetTable.years.count + (editable ? 2 : 1)))]) {
                                    Sv.Budgets.label(row)
                                }
                            }
                        } else {
                            tag("tr", [.class(rowClass(row))]) {
                                tag("th", [.scope("row")]) { rowLabel(row, model.lines) }
                                for value in values { tag("td", [.class("num")]) { Sv.grouped(value) } }
                                if editable {
                                    tag("td", []) {
                                        if case .line(let index, _) = row, model.lines.indices.contains(index), model.lines[index].isEnteredByHand {
                                            postButton(SiteURL.budgetLineRemove(slug, model.id, model.lines[index].id).path, Sv.Budgets.removeLine,
                                                       csrf: csrf, label: Sv.Budgets.removeLineLabel(model.lines[index].name))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func rowClass(_ row: BudgetTable.Row) -> String {
        switch row {
        case .line(_, let isPart): isPart ? "budget-part" : "budget-line"
        case .classTotal, .sectionTotal: "budget-subtotal"
        default: "budget-total"
        }
    }

    static func rowLabel(_ row: BudgetTable.Row, _ lines: [LineInfo]) -> String {
        guard case .line(let index, let isPart) = row, lines.indices.contains(index) else { return Sv.Budgets.label(row) }
        let line = lines[index]
        let name = line.code.map { "\($0), \(line.name)" } ?? line.name
        return isPart ? "varav \(name)" : name
    }

    /// Utfall and prognosis before the budget's years, beside its own amounts, in kronor.
    static func historyTable(_ history: BudgetHistory, plan: BudgetPlan) -> Node {
        let past = history.pastThrough.map { [Sv.Budgets.pastUtfall($0)] } ?? []
        let headers = [Sv.Budgets.line] + past + [Sv.Budgets.prognosis(history.prognosisYear)] + plan.years.map { Sv.Budgets.budgetYear($0) }
        let result = history.result
        func values(_ pastValue: Int64, _ prognosis: Int64, _ budget: [Int64]) -> [Node] {
            (history.pastThrough == nil ? [] : [.text(Sv.grouped(pastValue))]) + [.text(Sv.grouped(prognosis))] + budget.map { .text(Sv.grouped($0)) }
        }
        return dataTable(caption: Sv.Budgets.historyCaption, headers: headers,
                         rows: history.rows.map { row in
                             let name = "\(Sv.Budgets.sectionName(row.target.section)): " + (row.target.code.map { "\($0), \(row.target.name)" } ?? row.target.name)
                             let budget = plan.years.map { year in row.lineIndex.map { plan.amount(of: $0, year: year) } ?? 0 }
                             return [.text(name)] + values(row.past, row.prognosis, budget)
                         } + [[.text(Sv.Budgets.label(.result))] + values(result.past, result.prognosis, plan.figures.map(\.result))],
                         numericColumns: Set(1..<headers.count), wide: true)
    }

    static func equityTable(_ plan: BudgetPlan) -> Node {
        dataTable(caption: Sv.Budgets.equityCaption,
                  headers: [Sv.Budgets.years, Sv.Budgets.label(.openingEquity), Sv.Budgets.label(.result), Sv.Budgets.label(.closingEquity),
                            Sv.Budgets.allocationGeneric, Sv.Budgets.label(.equityCeiling), Sv.Budgets.status],
                  rows: plan.figures.map { year in
                      [.text(String(year.year)), .text(Sv.kronor(year.openingEquity)), .text(Sv.kronor(year.result)),
                       .text(Sv.kronor(year.closingEquity)), .text(Sv.kronor(year.allocation)), .text(Sv.kronor(year.equityCeiling)),
                       .text(year.isAboveCeiling ? Sv.Budgets.aboveCeiling : Sv.Budgets.withinCeiling)]
                  }, numericColumns: [1, 2, 3, 4, 5], wide: true)
    }

    static func diffSection(_ diff: BudgetDiff, version: Int) -> Node {
        section(.aria("labelledby", "skillnader")) {
            h2(.id("skillnader")) { Sv.Budgets.diffTitle }
            paragraph { Sv.Budgets.diffAgainst(version) }
            dataTable(caption: Sv.Budgets.diffCaption,
                      headers: [Sv.Budgets.line, Sv.Budgets.change] + diff.years.flatMap { ["\($0) \(Sv.Budgets.before.lowercased())", "\($0) \(Sv.Budgets.after.lowercased())"] },
                      rows: diff.entries.map { entry in
                          let name = entry.code.map { "\($0), \(entry.name)" } ?? entry.name
                          return [.text("\(Sv.Budgets.sectionName(entry.section)): \(name)"), .text(Sv.Budgets.change(entry.change))]
                              + diff.years.flatMap { year -> [Node] in
                                  let pair = entry.amounts[year] ?? (0, 0)
                                  return [.text(Sv.grouped(pair.before)), .text(Sv.grouped(pair.after))]
                              }
                      }, numericColumns: Set(2..<(2 + diff.years.count * 2)), emptyText: Sv.Budgets.noDiff, wide: true)
            dataTable(caption: Sv.Budgets.totalsCaption,
                      headers: [Sv.Budgets.years, "\(Sv.Budgets.label(.operatingIncome)) \(Sv.Budgets.before.lowercased())",
                                "\(Sv.Budgets.label(.operatingIncome)) \(Sv.Budgets.after.lowercased())",
                                "\(Sv.Budgets.label(.costs)) \(Sv.Budgets.before.lowercased())", "\(Sv.Budgets.label(.costs)) \(Sv.Budgets.after.lowercased())",
                                "\(Sv.Budgets.label(.result)) \(Sv.Budgets.before.lowercased())", "\(Sv.Budgets.label(.result)) \(Sv.Budgets.after.lowercased())"],
                      rows: diff.totals.map { t in
                          [.text(String(t.year)), .text(Sv.grouped(t.income.before)), .text(Sv.grouped(t.income.after)),
                           .text(Sv.grouped(t.costs.before)), .text(Sv.grouped(t.costs.after)), .text(Sv.grouped(t.result.before)),
                           .text(Sv.grouped(t.result.after))]
                      }, numericColumns: [1, 2, 3, 4, 5, 6], wide: true)
        }
    }

    static func forms(_ model: Model, slug: String, lineState: FormState, adoptState: FormState, csrf: String?) -> Node {
        section(.aria("labelledby", "hantera")) {
            h2(.id("hantera")) { Sv.Budgets.actions }
            if model.status.isEditable {
                h3 { Sv.Budgets.addLine }
                FormView.render(lineState, action: SiteURL.budgetLines(slug, model.id).path, submit: Sv.Budgets.addLine, items: [
                    .field(FieldSpec("section", Sv.Budgets.section, .select(BudgetSection.allCases.filter(\.isEnteredByHand)
                        .map { ($0.rawValue, Sv.Budgets.sectionName($0)) }, includeEmpty: true))),
                    .field(FieldSpec("name", Sv.Budgets.lineName, optional: true)),
                    .field(FieldSpec("parentID", Sv.Budgets.parent, .select(model.parents.map { ($0.id, $0.label) }, includeEmpty: true),
                                     hint: Sv.Budgets.parentHint, optional: true)),
                    .field(FieldSpec("interventionID", Sv.Budgets.intervention, .select(model.interventions.map { ($0.id, $0.label) }, includeEmpty: true),
                                     hint: Sv.Budgets.interventionHint, optional: true)),
                ] + model.plan.years.enumerated().map { offset, year in
                    .field(FieldSpec("amount\(offset + 1)", Sv.Budgets.amount(year), .text(inputMode: "numeric"), optional: true))
                })
                paragraph(.class("actions")) {
                    if model.status == .draft {
                        postButton(SiteURL.budgetPropose(slug, model.id).path, Sv.Budgets.propose, csrf: csrf)
                    } else {
                        postButton(SiteURL.budgetReturn(slug, model.id).path, Sv.Budgets.returnToDraft, csrf: csrf)
                    }
                }
                h3 { Sv.Budgets.adopt }
                FormView.render(adoptState, action: SiteURL.budgetAdopt(slug, model.id).path, submit: Sv.Budgets.adopt, items: [
                    .field(FieldSpec("decisionID", Sv.Budgets.adoptDecision, .select(model.decisions.map { ($0.id, $0.label) }, includeEmpty: true),
                                     hint: Sv.Budgets.adoptHint)),
                ])
            } else if model.status == .adopted {
                paragraph(.class("actions")) { postButton(SiteURL.budgetRevise(slug, model.id).path, Sv.Budgets.revise, csrf: csrf, secondary: false) }
            } else {
                paragraph(.class("hint")) { Sv.Budgets.locked }
            }
        }
    }

    /// The version for the board packet: the table, the footnote and the equity against the ceiling.
    public static func printDocument(_ model: Model, associationName: String) -> String {
        PrintDocument.render(title: model.heading, footer: "\(associationName) – \(model.heading)") {
            paragraph(.class("document-org")) { associationName }
            h1 { model.heading }
            paragraph { "\(Sv.Budgets.version) \(model.version), \(Sv.Budgets.statusName(model.status).lowercased())"
                + (model.diaryNumber.map { ", Dnr \($0)" } ?? "") + (model.decision.map { ". \(Sv.Budgets.decision) \($0)" } ?? "") }
            table(model, slug: "", csrf: nil, editable: false)
            paragraph(.class("hint")) { Sv.Budgets.footnote }
            if let history = model.history { historyTable(history, plan: model.plan) }
            equityTable(model.plan)
        }
    }

    /// The version as a table in whole kronor: one row per line and computed total, one column
    /// per year; the CSV and the XLSX export are both made from it.
    public static func sheet(_ model: Model) -> [[SheetCell]] {
        let plan = model.plan
        var rows: [[SheetCell]] = [[.text(Sv.Budgets.section), .text(Sv.Budgets.line), .text("Kod"), .text("Klass")]
            + plan.years.map { .text(String($0)) }]
        for index in plan.lines.indices {
            let line = plan.lines[index]
            let name = line.parent == nil ? line.name : "varav \(line.name)"
            rows.append([.text(Sv.Budgets.sectionName(line.section)), .text(name), .text(line.code ?? ""), .text(line.costClass?.rawValue ?? "")]
                        + plan.years.map { .number(plan.amount(of: index, year: $0)) })
        }
        let totals: [(String, (BudgetPlan.Year) -> Int64)] = [
            (Sv.Budgets.label(.operatingIncome), \.operatingIncome), (Sv.Budgets.label(.costs), \.costs),
            (Sv.Budgets.label(.operatingResult), \.operatingResult), (Sv.Budgets.label(.result), \.result),
            (Sv.Budgets.label(.openingEquity), \.openingEquity), (Sv.Budgets.label(.equityUsed), \.equityUsed),
            (Sv.Budgets.label(.closingEquity), \.closingEquity),
            (Sv.Budgets.label(.equityCeiling), \.equityCeiling),
        ]
        for (label, value) in totals { rows.append([.text(""), .text(label), .text(""), .text("")] + plan.figures.map { .number(value($0)) }) }
        return rows
    }

    /// The version as CSV in whole kronor.
    public static func csv(_ model: Model) -> String {
        sheet(model).map { $0.map(\.csvField).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
    }
}
