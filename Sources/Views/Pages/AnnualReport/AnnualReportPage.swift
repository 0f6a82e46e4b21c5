import Domain
import Foundation

/// The årsredovisning of a year as generated from the records (issue 18, item 6): the
/// förvaltningsberättelse's facts, resultaträkning, balansräkning, kassaflödesanalys, noter,
/// driftredovisning, balanskravsresultat, five-year overview, the participants and eget kapital
/// against the ceiling, and the checks that the tables agree with each other.
public enum AnnualReportPage {
    public struct BalanceAccount: Sendable {
        public var account: String
        public var name: String
        public var opening: Int64
        public var closing: Int64

        public init(account: String, name: String, opening: Int64, closing: Int64) {
            self.account = account
            self.name = name
            self.opening = opening
            self.closing = closing
        }
    }

    public struct Model: Sendable {
        public var year: Int
        public var years: [Int]
        public var printed: AnnualAccounts.Printed
        public var problems: [AnnualAccounts.Problem]
        public var statement: OperatingStatement
        public var boardMeetings: Int
        public var interventionsStarted: [String]
        public var interventionsEnded: [String]
        public var participants: PeriodFigures
        public var perIntervention: [FigureTables.Line<PeriodFigures>]
        public var contributions: [(name: String, kronor: Int64)]
        /// Balance sheet accounts in whole kronor, signed as the balansräkning shows them.
        public var balanceAccounts: [BalanceAccount]
        public var fiveYears: [(year: Int, printed: AnnualAccounts.Printed)]
        public var equityCeiling: Int64
        public var groups: SmallGroups
        /// The social accounting's Impactindex for the year, when it has one.
        public var impactIndex: Double?
        public var thresholds = ImpactThresholds()
        /// The kansli's förvaltningsberättelse; paragraphs separated by a blank line.
        public var narrative: String?
        /// Average employees per year, where recorded.
        public var employees: [Int: Int] = [:]
        /// The verksamhetsplan's indicators with the year's results against their targets.
        public var goals: [SocialAccountingPage.IndicatorRow] = []
        /// The board's decisions of the year: the § and its wording.
        public var decisions: [(reference: String, wording: String)] = []
        /// The adoption's state and forms, on the page only.
        public var adoption: (model: AnnualReportAdoptionSection.Model, forms: AnnualReportAdoptionSection.Forms)?

        public init(year: Int, years: [Int], printed: AnnualAccounts.Printed, problems: [AnnualAccounts.Problem], statement: OperatingStatement,
                    boardMeetings: Int, interventionsStarted: [String], interventionsEnded: [String], participants: PeriodFigures,
                    perIntervention: [FigureTables.Line<PeriodFigures>], contributions: [(name: String, kronor: Int64)],
                    balanceAccounts: [BalanceAccount], fiveYears: [(year: Int, printed: AnnualAccounts.Printed)], equityCeiling: Int64,
                    groups: SmallGroups, impactIndex: Double? = nil) {
            self.year = year
            self.years = years
            self.printed = printed
            self.problems = problems
            self.statement = statement
            self.boardMeetings = boardMeetings
            self.interventionsStarted = interventionsStarted
            self.interventionsEnded = interventionsEnded
            self.participants = participants
            self.perIntervention = perIntervention
            self.contributions = contributions
            self.balanceAccounts = balanceAccounts
            self.fiveYears = fiveYears
            self.equityCeiling = equityCeiling
            self.groups = groups
            self.impactIndex = impactIndex
        }

        /// The tables' identities, each with whether it holds in the bookkeeping (öre).
        public var checks: [(label: String, holds: Bool)] {
            [(Sv.AnnualReport.checkBalanced, !problems.contains { if case .unbalanced = $0 { true } else { false } }),
             (Sv.AnnualReport.checkEquity, !problems.contains { if case .equityDoesNotFollowResult = $0 { true } else { false } }),
             (Sv.AnnualReport.checkCash, !problems.contains { if case .cashDoesNotReconcile = $0 { true } else { false } }),
             (Sv.AnnualReport.checkStatement, statement.result.actual == printed.result),
             (Sv.AnnualReport.checkParticipants, participants.during.total.value == participants.ended.total.value + participants.remaining.value)]
        }
    }

    public static func render(_ model: Model, slug: String, context: PageContext) -> String {
        let title = Sv.AnnualReport.title(model.year)
        return Layout.page(title: title, context: context) {
            h1 { title }
            PeriodLinks.years(model.years, current: model.year) { SiteURL.annualReport(slug).path + "?ar=\($0)" }
            paragraph(.class("actions")) { actionLink(SiteURL.annualReportPDF(slug).path + "?ar=\(model.year)", Sv.AnnualReport.pdf) }
            if let adoption = model.adoption {
                AnnualReportAdoptionSection.render(adoption.model, forms: adoption.forms, slug: slug, year: model.year)
            }
            sections(model, slug: slug)
        }
    }

    /// The same report as a document for the board's meeting and the members (PDF/A).
    public static func printDocument(_ model: Model, associationName: String) -> String {
        let title = Sv.AnnualReport.title(model.year)
        return PrintDocument.render(title: title, footer: "\(associationName) – \(title)") {
            paragraph(.class("document-org")) { associationName }
            h1 { title }
            sections(model, slug: nil)
        }
    }

    /// Everything below the heading; without a slug (in print) nothing links.
    static func sections(_ model: Model, slug: String?) -> Node {
        let p = model.printed
        return Node.build {
            paragraph(.class("hint")) { Sv.AnnualReportAdoption.sourceNote }
            if model.problems.contains(.noBalances) { paragraph(.class("warning")) { Sv.AnnualReport.noBalances } }
            section(.aria("labelledby", "kontroller")) {
                h2(.id("kontroller")) { Sv.AnnualReport.checks }
                ul {
                    for check in model.checks {
                        li(.class(check.holds ? "check-ok" : "warning")) { (check.holds ? Sv.AnnualReport.holds : Sv.AnnualReport.fails) + check.label }
                    }
                }
            }
            section(.aria("labelledby", "forvaltning")) {
                h2(.id("forvaltning")) { Sv.AnnualReport.managementReport }
                for text in paragraphs(model.narrative) { paragraph { text } }
                paragraph { Sv.AnnualReport.meetings(model.boardMeetings) }
                paragraph { Sv.AnnualReport.started(model.interventionsStarted) }
                paragraph { Sv.AnnualReport.ended(model.interventionsEnded) }
                let f = model.participants
                paragraph {
                    Sv.AnnualReport.participants(during: Sv.FollowUp.shown(model.groups.show(f.during.total.value)),
                                                 new: Sv.FollowUp.shown(model.groups.show(f.new.value)),
                                                 ended: Sv.FollowUp.shown(model.groups.show(f.ended.total.value)),
                                                 remaining: Sv.FollowUp.shown(model.groups.show(f.remaining.value)))
                }
                h3 { Sv.AnnualReportAdoption.decisionsHeading }
                if model.decisions.isEmpty {
                    paragraph { Sv.AnnualReportAdoption.noDecisions }
                } else {
                    ul { for decision in model.decisions { li { decision.reference + ": " + decision.wording } } }
                }
            }
            section(.aria("labelledby", "resultatrakning")) {
                h2(.id("resultatrakning")) { Sv.AnnualReport.incomeStatement }
                amounts(caption: Sv.AnnualReport.incomeCaption(model.year), rows: [
                    (Sv.AnnualReport.income, p.income, false), (Sv.AnnualReport.purchasedServices, -p.purchasedServices, false),
                    (Sv.AnnualReport.otherExternal, -p.otherExternalCosts, false), (Sv.AnnualReport.staff, -p.staffCosts, false),
                    (Sv.AnnualReport.depreciation, -p.depreciation, false), (Sv.AnnualReport.costs, -p.costs, true),
                    (Sv.AnnualReport.operatingResult, p.operatingResult, true), (Sv.AnnualReport.financialNet, p.financialNet, false),
                    (Sv.AnnualReport.result, p.result, true),
                ])
            }
            section(.aria("labelledby", "balansrakning")) {
                h2(.id("balansrakning")) { Sv.AnnualReport.balanceSheet }
                balanceSheet(p, year: model.year)
            }
            section(.aria("labelledby", "kassaflode")) {
                h2(.id("kassaflode")) { Sv.AnnualReport.cashFlowStatement }
                let c = p.cashFlow
                amounts(caption: Sv.AnnualReport.cashFlowCaption(model.year), rows: [
                    (Sv.AnnualReport.result, c.result, false), (Sv.AnnualReport.nonCash, c.nonCash, false),
                    (Sv.AnnualReport.receivablesChange, c.changeInReceivables, false),
                    (Sv.AnnualReport.liabilitiesChange, c.changeInShortTermLiabilities, false), (Sv.AnnualReport.operating, c.operating, true),
                    (Sv.AnnualReport.investing, c.investing, true), (Sv.AnnualReport.financing, c.financing, true),
                    (Sv.AnnualReport.totalCashFlow, c.total, true), (Sv.AnnualReport.cashOpening, p.opening.cash, false),
                    (Sv.AnnualReport.cashClosing, p.opening.cash + c.total, true),
                ])
            }
            section(.aria("labelledby", "noter")) {
                h2(.id("noter")) { Sv.AnnualReport.notes }
                if !model.contributions.isEmpty {
                    dataTable(caption: Sv.AnnualReport.contributionsCaption(model.year), headers: [Sv.AnnualReport.member, Sv.AnnualReport.kronor],
                              rows: model.contributions.map { [.text($0.name), .text(Sv.grouped($0.kronor))] }, numericColumns: [1],
                              footer: [.text(Sv.AnnualReport.total), .text(Sv.grouped(model.contributions.map(\.kronor).reduce(0, +)))])
                }
                amounts(caption: Sv.AnnualReport.costsCaption(model.year), rows: [
                    (Sv.AnnualReport.purchasedServices, p.purchasedServices, false), (Sv.AnnualReport.otherExternal, p.otherExternalCosts, false),
                    (Sv.AnnualReport.staff, p.staffCosts, false), (Sv.AnnualReport.depreciation, p.depreciation, false),
                    (Sv.AnnualReport.costs, p.costs, true),
                ])
                let receivables = model.balanceAccounts.filter { (14...17).contains(Int($0.account.prefix(2)) ?? 0) }
                let liabilities = model.balanceAccounts.filter { (24...29).contains(Int($0.account.prefix(2)) ?? 0) }
                accountNote(Sv.AnnualReport.receivablesCaption(model.year), receivables, total: (p.opening.receivables, p.closing.receivables))
                accountNote(Sv.AnnualReport.liabilitiesCaption(model.year), liabilities,
                            total: (p.opening.shortTermLiabilities, p.closing.shortTermLiabilities))
            }
            section(.aria("labelledby", "driftredovisning")) {
                h2(.id("driftredovisning")) { Sv.Ledger.statementHeading(model.year) }
                OperatingStatementPage.table(model.statement)
            }
            section(.aria("labelledby", "balanskrav")) {
                h2(.id("balanskrav")) { Sv.AnnualReport.balanceRequirement }
                amounts(caption: Sv.AnnualReport.balanceRequirementCaption(model.year), rows: [
                    (Sv.AnnualReport.result, p.result, false), (Sv.AnnualReport.realisationGains, 0, false),
                    (Sv.AnnualReport.balanceRequirementResult, p.result, true),
                ])
            }
            section(.aria("labelledby", "fem-ar")) {
                h2(.id("fem-ar")) { Sv.AnnualReport.fiveYears }
                dataTable(caption: Sv.AnnualReport.fiveYearsCaption,
                          headers: [Sv.AnnualReport.yearHeader, Sv.AnnualReport.income, Sv.AnnualReport.costs, Sv.AnnualReport.result,
                                    Sv.AnnualReport.equity, Sv.AnnualReport.solidity, Sv.AnnualReport.employees],
                          rows: model.fiveYears.map { year, printed in
                              [.text(String(year)), .text(Sv.grouped(printed.income)), .text(Sv.grouped(printed.costs)), .text(Sv.grouped(printed.result)),
                               .text(Sv.grouped(printed.closing.equity)), .text(printed.closing.solidityPermille.map(Sv.AnnualReport.percent) ?? "–"),
                               .text(model.employees[year].map(String.init) ?? Sv.AnnualReport.notRecorded)]
                          }, numericColumns: [1, 2, 3, 4, 5])
                BarChart(title: Sv.AnnualReport.fiveYears,
                         series: [.init(name: Sv.AnnualReport.income, colour: "#0b4f6c"), .init(name: Sv.AnnualReport.costs, colour: "#6b6b6b")],
                         groups: model.fiveYears.map { (String($0.year), [$0.printed.income, $0.printed.costs]) })
                    .render(id: "diagram-fem-ar", tableCaption: Sv.AnnualReport.fiveYearsCaption)
            }
            section(.aria("labelledby", "deltagare")) {
                h2(.id("deltagare")) { Sv.AnnualReport.participantsTitle }
                FigureTables.period(caption: Sv.FollowUp.periodCaption(Sv.FollowUp.perIntervention, .year(model.year)),
                                    lines: model.perIntervention + [.init(Sv.FollowUp.whole, model.participants, isTotal: true)], groups: model.groups)
                paragraph(.class("hint")) { Sv.FollowUp.suppressionNote(model.groups.threshold) }
                if !model.goals.isEmpty {
                    dataTable(caption: Sv.AnnualReport.goalsCaption(model.year),
                              headers: [Sv.SocialAccounting.indicator, Sv.SocialAccounting.target, Sv.SocialAccounting.yearValue,
                                        Sv.SocialAccounting.achievement],
                              rows: model.goals.map { row in
                                  [.text("\(row.name) (\(row.area))"), .text(Sv.SocialAccounting.target(row.target, row.direction)),
                                   SocialAccountingPage.value(model.thresholds, row.year), .text(row.achievement.map(Sv.SocialAccounting.share) ?? "–")]
                              }, numericColumns: [2, 3])
                }
            }
            section(.aria("labelledby", "impactindex")) {
                h2(.id("impactindex")) { Sv.SocialAccounting.indexTitle }
                paragraph {
                    if let index = model.impactIndex {
                        Sv.AnnualReport.impactIndex(Sv.SocialAccounting.number(index), level: Sv.SocialAccounting.level(model.thresholds.level(index)))
                    } else {
                        Sv.AnnualReport.noImpactIndex
                    }
                    if let slug {
                        " "
                        link(SiteURL.socialAccounting(slug).path + "?ar=\(model.year)") { Sv.SocialAccounting.title(model.year) }
                    }
                }
            }
            section(.aria("labelledby", "eget-kapital")) {
                h2(.id("eget-kapital")) { Sv.Charts.equityTitle }
                summaryList([(Sv.AnnualReport.equity, .text(Sv.kronor(p.closing.equity))), (Sv.Ledger.ceiling, .text(Sv.kronor(model.equityCeiling)))])
                if p.closing.equity > model.equityCeiling { paragraph(.class("warning")) { Sv.Ledger.equityAboveCeiling } }
            }
        }
    }

    /// The text's paragraphs, as separated by blank lines.
    static func paragraphs(_ text: String?) -> [String] {
        (text ?? "").replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// A one-column table of kronor; sums in bold.
    static func amounts(caption: String, rows: [(label: String, kronor: Int64, isSum: Bool)]) -> Node {
        tag("div", [.class("table-wrap")]) {
            tag("table", [.class("budget")]) {
                figureTableHead(caption: caption, headers: [Sv.AnnualReport.item, Sv.AnnualReport.kronor])
                tag("tbody", []) {
                    for row in rows {
                        tag("tr", row.isSum ? [.class("budget-total")] : []) {
                            tag("th", [.scope("row")]) { row.label }
                            tag("td", [.class("num")]) { Sv.grouped(row.kronor) }
                        }
                    }
                }
            }
        }
    }

    static func balanceSheet(_ p: AnnualAccounts.Printed, year: Int) -> Node {
        let rows: [(String, Int64, Int64, Bool)] = [
            (Sv.AnnualReport.fixedAssets, p.opening.fixedAssets, p.closing.fixedAssets, false),
            (Sv.AnnualReport.receivables, p.opening.receivables, p.closing.receivables, false),
            (Sv.AnnualReport.cash, p.opening.cash, p.closing.cash, false),
            (Sv.AnnualReport.assets, p.opening.assets, p.closing.assets, true),
            (Sv.AnnualReport.equity, p.opening.equity, p.closing.equity, false),
            (Sv.AnnualReport.longTerm, p.opening.longTermLiabilities, p.closing.longTermLiabilities, false),
            (Sv.AnnualReport.shortTerm, p.opening.shortTermLiabilities, p.closing.shortTermLiabilities, false),
            (Sv.AnnualReport.equityAndLiabilities, p.opening.equityAndLiabilities, p.closing.equityAndLiabilities, true),
        ]
        return dataTable(caption: Sv.AnnualReport.balanceCaption(year), headers: [Sv.AnnualReport.item, Sv.AnnualReport.opening(year), Sv.AnnualReport.closing(year)],
                         rows: rows.map { [.text($0.0), .text(Sv.grouped($0.1)), .text(Sv.grouped($0.2))] }, numericColumns: [1, 2])
    }

    static func accountNote(_ caption: String, _ accounts: [BalanceAccount], total: (Int64, Int64)) -> Node {
        dataTable(caption: caption, headers: [Sv.AnnualReport.account, Sv.AnnualReport.openingShort, Sv.AnnualReport.closingShort],
                  rows: accounts.map { [.text("\($0.account) \($0.name)"), .text(Sv.grouped($0.opening)), .text(Sv.grouped($0.closing))] },
                  numericColumns: [1, 2], emptyText: Sv.AnnualReport.noAccounts,
                  footer: [.text(Sv.AnnualReport.total), .text(Sv.grouped(total.0)), .text(Sv.grouped(total.1))])
    }
}
