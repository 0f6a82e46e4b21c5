import Testing
@testable import Domain

@Suite struct LedgerTests {
    /// A small year of an invented association's bookkeeping, in PC8 as most systems write it.
    static func sie(_ lines: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        for line in lines {
            bytes += line.unicodeScalars.map { scalar -> UInt8 in
                switch scalar { case "å": 0x86; case "ä": 0x84; case "ö": 0x94; case "Ä": 0x8E; default: UInt8(scalar.value) }
            } + [13, 10]
        }
        return bytes
    }

    static let header = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20260101 20261231", "#RAR -1 20250101 20251231",
                         "#KONTO 3010 \"Medlemsbidrag Kommun\"", "#KONTO 4010 \"Köpta tjänster\"", "#KONTO 7010 \"Löner\"",
                         "#KONTO 1930 \"Bank\"", "#KONTO 2091 \"Balanserat kapital\"", "#DIM 1 \"Kostnadsställe\"", "#DIM 6 \"Projekt\"",
                         "#OBJEKT 6 \"LYS10\" \"Lyftet, Älvdal\"", "#UB 0 2091 -812345.50"]

    static let vouchers = [
        "#VER A 1 20260115 \"Medlemsbidrag\"", "{", "#TRANS 1930 {} 1000000.00", "#TRANS 3010 {} -1000000.00", "}",
        "#VER A 2 20260220 \"Faktura\"", "{", "#TRANS 4010 {1 \"10\" 6 \"LYS10\"} 12500.50", "#TRANS 4010 {6 \"LYS10\"} 99.50",
        "#TRANS 1930 {} -12600.00", "}",
        "#VER A 3 20260331 \"Löner mars\"", "{", "#TRANS 7010 {} 40000", "#TRANS 1930 {} -40000", "}",
    ]

    @Test func sumsPerAccountObjectAndMonthWhileReading() throws {
        let summary = try LedgerSummary.read(sie: Self.sie(Self.header + Self.vouchers))
        #expect(summary.year == 2026 && summary.months == 1...3 && summary.transactionCount == 7)
        #expect(summary.amounts[.init(account: "3010", object: nil, month: 1)] == -100_000_000)
        #expect(summary.amounts[.init(account: "4010", object: "LYS10", month: 2)] == 1_260_000, "both rows of the object, other dimensions aside")
        #expect(summary.amounts[.init(account: "1930", object: nil, month: 1)] == nil, "balance accounts are not utfall")
        #expect(summary.accountNames["4010"] == "Köpta tjänster" && summary.objectNames["LYS10"] == "Lyftet, Älvdal")
        #expect(summary.closingEquity == 81_234_550)
    }

    @Test func aLedgerThatCannotBeUtfallIsNamed() {
        #expect(throws: LedgerProblem.unbalanced(voucher: "A9", ore: 100)) {
            try LedgerSummary.read(sie: Self.sie(Self.header + ["#VER A 9 20260105 \"x\"", "{", "#TRANS 4010 {} 2.00", "#TRANS 1930 {} -1.00", "}"]))
        }
        #expect(throws: LedgerProblem.outsideFiscalYear(line: 17, date: CivilDate(iso: "2025-12-31")!)) {
            try LedgerSummary.read(sie: Self.sie(Self.header + ["#VER A 9 20251231 \"x\"", "{", "#TRANS 4010 {} 1.00", "#TRANS 1930 {} -1.00", "}"]))
        }
        #expect(throws: LedgerProblem.noVouchers) { try LedgerSummary.read(sie: Self.sie(Self.header)) }
        #expect(throws: LedgerProblem.noFiscalYear) { try LedgerSummary.read(sie: Self.sie(["#FLAGGA 0"] + Self.vouchers)) }
        #expect(throws: LedgerProblem.notCalendarYear(CivilDate(iso: "2025-07-01")!...CivilDate(iso: "2026-06-30")!)) {
            try LedgerSummary.read(sie: Self.sie(["#RAR 0 20250701 20260630"] + Self.vouchers))
        }
        #expect(throws: LedgerProblem.sie(.notSIE)) { try LedgerSummary.read(sie: Array("konto;belopp\n3010;5\n".utf8)) }
        #expect(throws: LedgerProblem.sie(.badAmount(line: 17, text: "12,5"))) {
            try LedgerSummary.read(sie: Self.sie(Self.header + ["#VER A 9 20260105 \"x\"", "{", "#TRANS 4010 {} 12,5", "}"]))
        }
    }

    @Test func csvIsTheAlternative() throws {
        let summary = try LedgerCSV.read("konto;objekt;månad;belopp\n3010;;2026-01;-1 000 000,00\n4010;LYS10;2026-02;12 600\n1930;;2026-02;5\n")
        #expect(summary.year == 2026 && summary.months == 1...2 && summary.transactionCount == 3)
        #expect(summary.amounts[.init(account: "4010", object: "LYS10", month: 2)] == 1_260_000)
        #expect(summary.amounts.count == 2)
        #expect(throws: LedgerProblem.csv(line: 2, field: "belopp", text: "12 6x")) { try LedgerCSV.read("konto;objekt;månad;belopp\n4010;;2026-02;12 6x\n") }
        #expect(throws: LedgerProblem.csv(line: 1, field: "konto", text: "Kassa")) { try LedgerCSV.read("Kassa;;2026-02;1\n") }
        #expect(throws: LedgerProblem.mixedYears(line: 2)) { try LedgerCSV.read("4010;;2026-02;1\n4010;;2025-02;1\n") }
    }

    @Test func rulesPlaceEveryAccountOrNameWhatIsLeft() throws {
        let summary = try LedgerSummary.read(sie: Self.sie(Self.header + Self.vouchers))
        let admin = LedgerTarget(section: .administration, name: "Personal")
        var mapper = LedgerMapper(rules: [LedgerRule(account: "7010", object: nil, target: admin)], interventions: ["lys10": "Lyftet"])
        var placed = mapper.place(summary)
        #expect(placed.unknown == ["3010": -100_000_000])
        #expect(placed.placed[LedgerTarget(section: .interventions, code: "LYS10", name: "x")] == [2: 1_260_000], "the object is the insats's code")
        #expect(placed.placed[admin] == [3: 4_000_000])
        let member = LedgerTarget(section: .memberContributions, name: "Älvdals kommun")
        let evaluation = LedgerTarget(section: .projectRelated, name: "Utvärdering")
        mapper = LedgerMapper(rules: [LedgerRule(account: "3010", object: nil, target: member), LedgerRule(account: "4010", object: "lys10", target: evaluation),
                                      LedgerRule(account: "7010", object: nil, target: admin)], interventions: ["LYS10": "Lyftet"])
        placed = mapper.place(summary)
        #expect(placed.unknown.isEmpty)
        #expect(placed.placed[member] == [1: 100_000_000], "income in budget signs")
        #expect(placed.placed[evaluation] == [2: 1_260_000], "an account-and-object rule comes before the insats")
    }

    @Test func theSamePeriodReplacesAndAPartOverlapIsRefused() {
        #expect(LedgerPeriods.outcome(of: 1...6, existing: []) == .new)
        #expect(LedgerPeriods.outcome(of: 7...12, existing: [("a", 1...6)]) == .new)
        #expect(LedgerPeriods.outcome(of: 1...9, existing: [("a", 1...6)]) == .replaces(["a"]))
        #expect(LedgerPeriods.outcome(of: 1...6, existing: [("a", 1...6)]) == .replaces(["a"]))
        #expect(LedgerPeriods.outcome(of: 4...9, existing: [("a", 1...6)]) == .partlyOverlaps(1...6))
    }

    @Test func driftredovisningAddsUpAsPrinted() {
        let insats = LedgerTarget(section: .interventions, code: "LYS10", name: "Lyftet")
        let member = LedgerTarget(section: .memberContributions, name: "Älvdals kommun")
        let staff = LedgerTarget(section: .administration, name: "Personal")
        let travel = LedgerTarget(section: .administration, name: "Resor")
        let statement = OperatingStatement(
            year: 2026, budget: [(member, 1_200_000), (insats, 600_000), (staff, 480_000)],
            actual: [member: [1: 60_000_000], insats: [2: 10_000_050, 3: 20_000_049], staff: [3: 12_000_000], travel: [3: 150]],
            bookedThrough: 3)
        let row = statement.sections.first { $0.section == .interventions }!.rows[0]
        #expect(row.figures.actual == 300_001 && row.figures.deviation == -299_999, "öre rounded per line")
        #expect(row.figures.prognosis == 300_001 + 450_000, "utfall plus the budget of the nine months left")
        #expect(row.figures.deviationPermille == -500)
        let administration = statement.total(.administration)
        #expect(administration.actual == 120_002 && statement.sections.last!.rows.last!.isOutsideBudget, "travel has utfall but no budget")
        #expect(statement.result.actual == 600_000 - 300_001 - 120_002)
        #expect(statement.result.budget == 1_200_000 - 600_000 - 480_000)
        #expect(OperatingStatement.Figures(budget: 0, actual: 5, prognosis: 5).deviationPermille == nil)
        #expect(OperatingStatement.Figures(budget: 3, actual: 4, prognosis: 4).deviationPermille == 333)
    }

    @Test func aSyntheticYearReadsBackToItsOwnTotals() throws {
        let ledger = SyntheticLedger(companyName: "Samordningsförbundet Älvdal", year: 2026, bookedThrough: 9,
                                     income: [.init(account: "3010", accountName: "Medlemsbidrag Älvdals kommun", annualKronor: 2_500_000)],
                                     costs: [.init(account: "4010", accountName: "Köpta tjänster", object: "LYS10", objectName: "Lyftet", annualKronor: 1_000_001),
                                             .init(account: "7010", accountName: "Löner", annualKronor: 700_000)])
        let summary = try LedgerSummary.read(sie: ledger.sie(transactions: 600))
        #expect(summary.months == 1...9 && summary.transactionCount >= 500)
        let byAccount = Dictionary(grouping: summary.amounts, by: \.key.account).mapValues { $0.reduce(Int64(0)) { $0 + $1.value } }
        #expect(byAccount["3010"] == -250_000_000)
        #expect(byAccount["4010"] == ledger.bookedOre(ledger.costs[0]) && byAccount["4010"] == 75_000_075)
        #expect(summary.objectNames["LYS10"] == "Lyftet")
    }

    @Test func historyGoesToTheFirstLineOfATarget() {
        let plan = BudgetPlan(years: [2027, 2028, 2029], lines: [
            .init(section: .memberContributions, name: "Älvdals kommun", amounts: [2027: 1_000]),
            .init(section: .interventions, name: "Lyftet", code: "LYS10", costClass: .decided, amounts: [2027: 300]),
            .init(section: .interventions, name: "Lyftet", code: "LYS10", costClass: .existingUndecided, amounts: [2028: 300]),
        ], openingEquity: 0)
        let insats = LedgerTarget(section: .interventions, code: "lys10", name: "Lyftet")
        let member = LedgerTarget(section: .memberContributions, name: "Älvdals kommun")
        let travel = LedgerTarget(section: .administration, name: "Resor")
        let history = BudgetHistory(plan: plan, past: [insats: 900, member: 3_000], pastThrough: 2025,
                                    prognosis: [insats: 350, member: 1_000, travel: 20], prognosisYear: 2026)
        #expect(history.rows.map(\.past) == [3_000, 900, 0, 0] && history.rows.map(\.prognosis) == [1_000, 350, 0, 20])
        #expect(history.rows.last?.lineIndex == nil && history.rows.last?.target == travel)
        #expect(history.result == (2_100, 630) as (Int64, Int64))
    }
}
