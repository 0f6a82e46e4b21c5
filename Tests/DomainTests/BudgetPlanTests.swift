import Domain
import Foundation
import Testing

/// Issue 15, item 5: a budget version computed from its lines — parts summing to their line,
/// totals, result and the equity chain, tkr tables that add up at every level, the line-by-line
/// difference between versions, and the rules of a version's life.
@Suite struct BudgetPlanTests {
    let years = [2017, 2018, 2019]

    func amounts(_ a: Int64, _ b: Int64, _ c: Int64) -> [Int: Int64] { [2017: a, 2018: b, 2019: c] }

    var lines: [BudgetPlan.Line] {
        [
            .init(section: .memberContributions, name: "Försäkringskassan", amounts: amounts(6_216_000, 6_216_000, 6_216_000)),
            .init(section: .memberContributions, name: "Regionen", amounts: amounts(3_108_000, 3_108_000, 3_108_000)),
            .init(section: .memberContributions, name: "Kommunen", amounts: amounts(3_108_000, 3_108_000, 3_108_000)),
            .init(section: .otherIncome, name: "Anställningsbidrag", amounts: amounts(86_400, 90_200, 93_400)),
            .init(section: .interventions, name: "Vägen in", code: "P41VÄN", costClass: .decided, amounts: amounts(380_000, 390_000, 0)),
            .init(section: .interventions, name: "Vägen in", code: "P41VÄN", costClass: .existingUndecided, amounts: amounts(0, 0, 400_000)),
            .init(section: .interventions, name: "Förebyggande", code: "P53FBO", costClass: .new, amounts: amounts(1_490_000, 1_605_000, 1_620_000)),
            .init(section: .projectRelated, name: "Extern utvärdering", amounts: amounts(999_999, 999_999, 999_999)),
            .init(section: .projectRelated, name: "Studenter", parent: 7, amounts: amounts(10_400, 10_400, 10_400)),
            .init(section: .projectRelated, name: "Social redovisning", parent: 7, amounts: amounts(99_600, 99_600, 99_600)),
            .init(section: .administration, name: "Arvoden till styrelsen", amounts: amounts(215_000, 220_000, 225_000)),
            .init(section: .financial, name: "Ränteintäkter", amounts: amounts(1_000, -500, 0)),
        ]
    }

    @Test func partsMakeTheirLineAndTotalsComeFromLines() throws {
        let plan = BudgetPlan(years: years, lines: lines, openingEquity: 2_000_000)
        #expect(plan.amount(of: 7, year: 2017) == 110_000, "a line with parts is their sum; its own figure is ignored")
        let first = try #require(plan.figure(for: 2017))
        #expect(first.allocation == 12_432_000)
        #expect(first.operatingIncome == 12_518_400)
        #expect(first.costs == 380_000 + 1_490_000 + 110_000 + 215_000)
        #expect(first.classes[.decided] == 380_000 && first.classes[.new] == 1_490_000)
        #expect(first.result == first.income - first.costs && first.income == first.operatingIncome + 1_000)
        #expect(first.closingEquity == 2_000_000 + first.result)
        let second = try #require(plan.figure(for: 2018))
        #expect(second.openingEquity == first.closingEquity, "closing equity opens the next year")
        #expect(first.equityCeiling == EquityCeiling.ceiling(allocation: 12_432_000))
        #expect(plan.equityChain.years.map(\.closing) == plan.figures.map(\.closingEquity))
    }

    @Test func aPartOfAPartIsReadAsALineOfItsOwn() {
        var broken = lines
        broken.append(.init(section: .projectRelated, name: "Del av del", parent: 8, amounts: amounts(1, 1, 1)))
        let plan = BudgetPlan(years: years, lines: broken, openingEquity: 0)
        #expect(plan.lines.last?.parent == nil)
    }

    @Test func theTableInThousandsAddsUpAtEveryLevel() throws {
        let plan = BudgetPlan(years: years, lines: lines, openingEquity: 2_000_000)
        let table = BudgetTable(plan)
        func value(_ row: BudgetTable.Row, _ year: Int) -> Int64 {
            table.rows.first { $0.row == row }!.thousands[years.firstIndex(of: year)!]
        }
        for year in years {
            let income = value(.line(0, isPart: false), year) + value(.line(1, isPart: false), year) + value(.line(2, isPart: false), year)
                + value(.line(3, isPart: false), year)
            #expect(income == value(.operatingIncome, year))
            #expect(value(.line(8, isPart: true), year) + value(.line(9, isPart: true), year) == value(.line(7, isPart: false), year))
            let activities = value(.classTotal(.decided), year) + value(.classTotal(.existingUndecided), year) + value(.classTotal(.new), year)
            #expect(activities == value(.sectionTotal(.interventions), year))
            #expect(activities + value(.sectionTotal(.projectRelated), year) + value(.sectionTotal(.administration), year) == value(.costs, year))
            #expect(value(.operatingIncome, year) - value(.costs, year) == value(.operatingResult, year))
            #expect(value(.openingEquity, year) + value(.result, year) == value(.closingEquity, year))
            #expect(value(.equityUsed, year) == max(0, -value(.result, year)), "a loss is taken from eget kapital")
        }
        #expect(value(.openingEquity, 2018) == value(.closingEquity, 2017))
        // 10.4 and 99.6 tkr: printed 10 and 100, adding up to the line's 110.
        #expect(value(.line(8, isPart: true), 2017) == 10 && value(.line(9, isPart: true), 2017) == 100)
        #expect(ThousandsRounding.apportion([400, 400, 400], toThousands: 1) == [1, 0, 0])
        #expect(ThousandsRounding.apportion([-400, -400], toThousands: -1) == [0, -1])
    }

    @Test func theDiffNamesAddedRemovedAndChangedLines() throws {
        let before = BudgetPlan(years: years, lines: lines, openingEquity: 0)
        var changed = lines
        changed[10].amounts[2018] = 230_000
        changed.remove(at: 11)
        changed.append(.init(section: .otherIncome, name: "ESF-medel", amounts: amounts(500_000, 0, 0)))
        let after = BudgetPlan(years: years, lines: changed, openingEquity: 0)
        let diff = BudgetDiff(from: before, to: after)
        #expect(diff.entries.map(\.change) == [.added, .changed, .removed])
        let fees = try #require(diff.entries.first { $0.name == "Arvoden till styrelsen" })
        #expect(fees.amounts[2018]?.before == 220_000 && fees.amounts[2018]?.after == 230_000)
        #expect(diff.totals[0].income.after - diff.totals[0].income.before == 500_000 - 1_000)
        #expect(BudgetDiff(from: before, to: before).isEmpty)
    }

    @Test func aVersionsLifeLocksItOnceAdopted() {
        #expect(BudgetLifecycle.conflict(.edit, in: .draft) == nil)
        #expect(BudgetLifecycle.conflict(.propose, in: .draft) == nil)
        #expect(BudgetLifecycle.conflict(.adopt, in: .proposal) == nil)
        #expect(BudgetLifecycle.conflict(.edit, in: .adopted) == .locked(.adopted))
        #expect(BudgetLifecycle.conflict(.adopt, in: .adopted) == .already(.adopted))
        #expect(BudgetLifecycle.conflict(.adopt, in: .superseded) == .locked(.superseded))
        #expect(BudgetLifecycle.conflict(.revise, in: .draft) == .notAdopted)
        #expect(BudgetLifecycle.conflict(.revise, in: .adopted) == nil)
        let adopted = [(id: "a", years: 2017...2019)]
        #expect(BudgetLifecycle.adoptionConflict(years: 2018...2020, revises: nil, adopted: adopted) == .yearsAlreadyAdopted(years: [2018, 2019]))
        #expect(BudgetLifecycle.adoptionConflict(years: 2017...2019, revises: "a", adopted: adopted) == nil)
        #expect(BudgetLifecycle.adoptionConflict(years: 2020...2022, revises: nil, adopted: adopted) == nil)
    }

    @Test func aGrantComesFromBifallOrAnInriktningsbeslutForItsYears() throws {
        let form = ["decisionID": UUID().uuidString, "year1": "2017", "amount1": "380 000", "year2": "2018", "amount2": "390000"]
        let draft = try GrantDraft.parse(form).get()
        #expect(draft.amounts == [2017: 380_000, 2018: 390_000])
        #expect(draft.issues(decisionKind: .approval, policyYears: nil).isEmpty)
        #expect(draft.issues(decisionKind: .rejection, policyYears: nil) == [FieldIssue("decisionID", .notAGrantDecision)])
        #expect(draft.issues(decisionKind: .policy, policyYears: 2017...2017) == [FieldIssue("year2", .outsidePolicyYears(from: 2017, to: 2017))])
        var repeated = form
        repeated["year2"] = "2017"
        guard case .failure(let failure) = GrantDraft.parse(repeated) else { Issue.record("a repeated year must be refused"); return }
        #expect(failure.issues == [FieldIssue("year2", .repeatedYear(2017))])
    }
}
