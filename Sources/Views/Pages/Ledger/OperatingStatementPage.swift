import Domain

/// The driftredovisning: budget against utfall per line, per insats and per section for a year,
/// with deviations and a prognosis, and eget kapital from the bookkeeping against the ceiling.
public enum OperatingStatementPage {
    public struct Model: Sendable {
        public var statement: OperatingStatement
        public var years: [Int]
        public var hasBudget: Bool
        public var unplacedAccounts: [String]
        public var closingEquity: Int64?
        public var allocation: Int64
        /// Every year with utfall: costs against the adopted budget, and eget kapital against the ceiling.
        public var yearRows: [YearRow]

        public init(statement: OperatingStatement, years: [Int], hasBudget: Bool, unplacedAccounts: [String], closingEquity: Int64?,
                    allocation: Int64, yearRows: [YearRow] = []) {
            self.statement = statement
            self.years = years
            self.hasBudget = hasBudget
            self.unplacedAccounts = unplacedAccounts
            self.closingEquity = closingEquity
            self.allocation = allocation
            self.yearRows = yearRows
        }
    }

    /// One year of the bookkeeping, whole kronor.
    public struct YearRow: Sendable {
        public var year: Int
        /// The costs of the adopted budget that holds the year; nil when none does.
        public var budgetCosts: Int64?
        public var actualCosts: Int64
        public var equity: Int64?
        public var ceiling: Int64

        public init(year: Int, budgetCosts: Int64?, actualCosts: Int64, equity: Int64?, ceiling: Int64) {
            self.year = year
            self.budgetCosts = budgetCosts
            self.actualCosts = actualCosts
            self.equity = equity
            self.ceiling = ceiling
        }
    }

    public static func render(_ model: Model, slug: String, context: PageContext) -> String {
        let statement = model.statement
        let heading = Sv.Ledger.statementHeading(statement.year)
        return Layout.page(title: heading, context: context) {
            h1 { heading }
            PeriodLinks.years(model.years, current: statement.year, label: Sv.Ledger.otherYears) { SiteURL.operatingStatement(slug).path + "?ar=\($0)" }
            paragraph(.class("actions")) {
                actionLink(SiteURL.ledger(slug).path, Sv.Ledger.title)
                " "
                actionLink(SiteURL.ledgerRules(slug).path, Sv.Ledger.rulesTitle)
            }
            if !model.hasBudget { paragraph(.class("warning")) { Sv.Ledger.noBudget } }
            if !model.unplacedAccounts.isEmpty { paragraph(.class("warning")) { Sv.Ledger.unplaced(model.unplacedAccounts) } }
            if statement.sections.isEmpty {
                paragraph(.class("empty")) { Sv.Ledger.noStatement }
            } else {
                table(statement)
                paragraph(.class("hint")) { Sv.Ledger.statementFootnote }
                let insatser = statement.sections.first { $0.section == .interventions }?.rows ?? []
                if !insatser.isEmpty {
                    BarChart(title: Sv.Charts.insatserTitle, series: BarChart.budgetAndActual,
                             groups: insatser.map { ($0.target.code ?? $0.target.name, [$0.figures.budget, $0.figures.actual]) })
                        .render(id: "diagram-insatser", tableCaption: Sv.Ledger.statementCaption(statement.year, bookedThrough: statement.bookedThrough))
                }
            }
            if let equity = model.closingEquity {
                let kronor = OperatingStatement.kronor(equity)
                let ceiling = EquityCeiling.ceiling(allocation: model.allocation)
                if kronor > ceiling { paragraph(.class("warning")) { Sv.Ledger.equityAboveCeiling } }
                summaryList([
                    (Sv.Ledger.closingEquity, .text(Sv.kronor(kronor))),
                    (Sv.Ledger.allocation, .text(Sv.kronor(model.allocation))),
                    (Sv.Ledger.ceiling, .text(Sv.kronor(ceiling))),
                ])
            }
            let budgeted = model.yearRows.compactMap { row in row.budgetCosts.map { (row.year, $0, row.actualCosts) } }
            if !budgeted.isEmpty { yearsSection(budgeted) }
            let equity = model.yearRows.compactMap { row in row.equity.map { (year: row.year, equity: $0, ceiling: row.ceiling) } }
            if !equity.isEmpty { equitySection(equity) }
        }
    }

    /// The costs of each year against its budget, as a table and as the same figures drawn.
    static func yearsSection(_ years: [(year: Int, budget: Int64, actual: Int64)]) -> Node {
        section(.aria("labelledby", "per-ar")) {
            h2(.id("per-ar")) { Sv.Charts.yearsTitle }
            dataTable(caption: Sv.Charts.yearsCaption, headers: [Sv.Charts.year, Sv.Charts.budget, Sv.Charts.actual, Sv.Ledger.deviation],
                      rows: years.map { [.text(String($0.year)), .text(Sv.grouped($0.budget)), .text(Sv.grouped($0.actual)),
                                         .text(Sv.grouped($0.actual - $0.budget))] },
                      numericColumns: [1, 2, 3])
            BarChart(title: Sv.Charts.yearsTitle, series: BarChart.budgetAndActual, groups: years.map { (String($0.year), [$0.budget, $0.actual]) })
                .render(id: "diagram-per-ar", tableCaption: Sv.Charts.yearsCaption)
        }
    }

    /// Eget kapital against the ceiling over the years, as a table and as the same figures drawn.
    static func equitySection(_ years: [(year: Int, equity: Int64, ceiling: Int64)]) -> Node {
        section(.aria("labelledby", "eget-kapital")) {
            h2(.id("eget-kapital")) { Sv.Charts.equityTitle }
            dataTable(caption: Sv.Charts.equityCaption, headers: [Sv.Charts.year, Sv.Charts.equity, Sv.Charts.ceiling],
                      rows: years.map { [.text(String($0.year)), .text(Sv.grouped($0.equity)), .text(Sv.grouped($0.ceiling))] },
                      numericColumns: [1, 2])
            BarChart(title: Sv.Charts.equityTitle,
                     series: [.init(name: Sv.Charts.equity, colour: "#0b4f6c"), .init(name: Sv.Charts.ceiling, colour: "#6b6b6b")],
                     groups: years.map { (String($0.year), [$0.equity, $0.ceiling]) })
                .render(id: "diagram-eget-kapital", tableCaption: Sv.Charts.equityCaption)
        }
    }

    static func table(_ statement: OperatingStatement) -> Node {
        let headers = [Sv.Ledger.line, Sv.Ledger.budget, Sv.Ledger.actual, Sv.Ledger.deviation, Sv.Ledger.deviationPercent, Sv.Ledger.prognosis]
        let caption = Sv.Ledger.statementCaption(statement.year, bookedThrough: statement.bookedThrough)
        func cells(_ figures: OperatingStatement.Figures) -> Node {
            Node.build {
                tag("td", [.class("num")]) { Sv.grouped(figures.budget) }
                tag("td", [.class("num")]) { Sv.grouped(figures.actual) }
                tag("td", [.class("num")]) { Sv.grouped(figures.deviation) }
                tag("td", [.class("num")]) { Sv.Ledger.percentText(figures.deviationPermille) }
                tag("td", [.class("num")]) { Sv.grouped(figures.prognosis) }
            }
        }
        func total(_ label: String, _ figures: OperatingStatement.Figures) -> Node {
            tag("tr", [.class("budget-total")]) {
                tag("th", [.scope("row")]) { label }
                cells(figures)
            }
        }
        return tag("div", [.class("table-wrap")] + scrollableRegion(caption)) {
            tag("table", [.class("budget")]) {
                figureTableHead(caption: caption, headers: headers)
                tag("tbody", []) {
                    for section in statement.sections {
                        tag("tr", [.class("budget-heading")]) {
                            tag("th", [.scope("rowgroup"), Attribute("colspan", String(headers.count))]) { Sv.Budgets.sectionName(section.section) }
                        }
                        for row in section.rows {
                            tag("tr", [.class("budget-line")]) {
                                tag("th", [.scope("row")]) {
                                    (row.target.code.map { "\($0), \(row.target.name)" } ?? row.target.name)
                                        + (row.isOutsideBudget ? " " + Sv.Ledger.outsideBudget : "")
                                }
                                cells(row.figures)
                            }
                        }
                        tag("tr", [.class("budget-subtotal")]) {
                            tag("th", [.scope("row")]) { Sv.Budgets.label(.sectionTotal(section.section)) }
                            cells(section.total)
                        }
                    }
                    total(Sv.Budgets.label(.operatingIncome), statement.operatingIncome)
                    total(Sv.Budgets.label(.costs), statement.costs)
                    total(Sv.Budgets.label(.operatingResult), statement.operatingResult)
                    total(Sv.Budgets.label(.result), statement.result)
                }
            }
        }
    }
}
