import Testing
@testable import Domain

/// Issue 15, the arithmetic the money pages stand on: äskande totals, A/B1/B2, the equity chain,
/// the guideline's ceiling and tkr tables that add up.
@Suite struct MoneyTests {
    @Test func theCeilingIsTwentyPercentThenFifteen() {
        #expect(EquityCeiling.ceiling(allocation: 11_380_000) == 2_057_000)
        #expect(EquityCeiling.ceiling(allocation: 7_000_000) == 1_400_000)
        #expect(EquityCeiling.ceiling(allocation: 3_000_000) == 600_000)
        #expect(EquityCeiling.ceiling(allocation: 0) == 0)
    }

    @Test func closingEquityOpensTheNextYear() {
        let chain = EquityChain(openingEquity: 2_500_000, results: [2027: 150_000, 2025: -400_000, 2026: -200_000],
                                allocations: [2025: 11_380_000, 2026: 11_380_000, 2027: 11_380_000])
        #expect(chain.years.map(\.year) == [2025, 2026, 2027])
        #expect(chain.years.map(\.opening) == [2_500_000, 2_100_000, 1_900_000])
        #expect(chain.years.map(\.closing) == [2_100_000, 1_900_000, 2_050_000])
        #expect(chain.years.map(\.isAboveCeiling) == [true, false, false])
    }

    @Test func anAskandesTotalsAreComputed() throws {
        let year = FundingRequestBudget.Year(
            year: 2017, staff: [.init(role: "Processledare", percentOfFullTime: 100, annualCost: 620_000),
                                .init(role: "Coach", percentOfFullTime: 50, annualCost: 515_001)],
            externalServices: 40_000, premises: 36_000, other: 12_000, coFunding: ["Umeå kommun": 200_000, "Region Västerbotten": 100_000])
        #expect(year.staffCost == 620_000 + 257_501)
        #expect(year.requested == 965_501)
        #expect(year.coFundingTotal == 300_000)
        let next = FundingRequestBudget.Year(year: 2018, other: 1_000)
        let budget = try FundingRequestBudget.validate([year, next]).get()
        #expect(budget.total == 966_501)
        #expect(FundingRequestBudget.validate([year, next], statedTotals: [2017: 965_000])
            == .failure(.statedTotalDiffers(year: 2017, stated: 965_000, computed: 965_501)))
        #expect(FundingRequestBudget.validate([year, FundingRequestBudget.Year(year: 2019)]) == .failure(.years), "the years follow each other")
        #expect(FundingRequestBudget.validate([]) == .failure(.years))
    }

    @Test func costLinesAreDecidedExistingOrNew() {
        #expect(BudgetCostClass.classify(hasGrant: true, insatsExistedBefore: true) == .decided)
        #expect(BudgetCostClass.classify(hasGrant: false, insatsExistedBefore: true) == .existingUndecided)
        #expect(BudgetCostClass.classify(hasGrant: false, insatsExistedBefore: false) == .new)
    }

    @Test func thousandsAddUpToTheirTotal() {
        let rounded = ThousandsRounding.round([1_499, 1_499, 1_499, 2_600])
        #expect(rounded.total == 7 && rounded.lines.reduce(0, +) == 7)
        #expect(rounded.lines == [2, 1, 1, 3], "the largest remainders get the kronor left over, ties to the first line")
        let mixed = ThousandsRounding.round([-1_600, 2_700, 500])
        #expect(mixed.lines.reduce(0, +) == mixed.total && mixed.total == 2)
        #expect(LargestRemainder.apportion(100, weights: [1, 1, 1]) == [34, 33, 33])
    }

    @Test func sie4WithPC8TextNegativeAmountsAndDimensions() throws {
        var bytes: [UInt8] = []
        func line(_ text: String) { bytes += text.unicodeScalars.map { scalar -> UInt8 in
            switch scalar { case "å": 0x86; case "ä": 0x84; case "ö": 0x94; case "Ö": 0x99; case "Ä": 0x8E; case "Å": 0x8F; default: UInt8(scalar.value) }
        } + [13, 10] }
        line("#FLAGGA 0")
        line("#FORMAT PC8")
        line("#SIETYP 4")
        line("#FNAMN \"Samordningsförbundet Björkådalen\"")
        line("#RAR 0 20250101 20251231")
        line("#KONTO 4010 \"Köpta tjänster\"")
        line("#KONTO 3010 \"Medlemsbidrag\"")
        line("#DIM 6 \"Projekt\"")
        line("#OBJEKT 6 \"P41VÄN\" \"Vägen in, Vännäs\"")
        line("#RES 0 3010 -11380000.00")
        line("#PSALDO 0 202503 4010 {6 \"P41VÄN\"} 12500.5")
        line("#VER A 17 20250314 \"Faktura \\\"Coach\\\" mars\"")
        line("{")
        line("   #TRANS 4010 {6 \"P41VÄN\"} 12500.50 20250314 \"Coachning\"")
        line("   #TRANS 2440 {} -12500.50")
        line("}")
        let file = try SIEParser.parse(bytes)
        #expect(file.format == "PC8" && file.companyName == "Samordningsförbundet Björkådalen")
        #expect(file.accounts["4010"] == "Köpta tjänster")
        #expect(file.objects[.init(dimension: 6, object: "P41VÄN")] == "Vägen in, Vännäs")
        #expect(file.fiscalYears[0] == CivilDate(iso: "2025-01-01")!...CivilDate(iso: "2025-12-31")!)
        #expect(file.results == [.init(yearIndex: 0, account: "3010", ore: -1_138_000_000)])
        #expect(file.periodBalances.first?.ore == 1_250_050)
        let voucher = try #require(file.vouchers.first)
        #expect(voucher.text == "Faktura \"Coach\" mars" && voucher.date == CivilDate(iso: "2025-03-14"))
        #expect(voucher.transactions.map(\.ore) == [1_250_050, -1_250_050])
        #expect(voucher.transactions[0].objects == [.init(dimension: 6, object: "P41VÄN")])
        #expect(voucher.transactions[1].objects.isEmpty && voucher.transactions[1].date == nil)
    }

    @Test func whatIsNotSIEIsNamed() {
        #expect(throws: SIEProblem.notSIE) { try SIEParser.parse(Array("Datum;Konto;Belopp\n2025-01-01;3010;100\n".utf8)) }
        #expect(throws: SIEProblem.badAmount(line: 2, text: "12,5x")) { try SIEParser.parse(Array("#FLAGGA 0\n#RES 0 3010 12,5x\n".utf8)) }
        #expect(throws: SIEProblem.badVoucher(line: 2), "the #VER whose braces never close") {
            try SIEParser.parse(Array("#FLAGGA 0\n#VER A 1 20250101 \"x\"\n{\n#TRANS 1930 {} 1.00\n".utf8))
        }
        #expect(CodePage437.upperHalf.count == 128)
    }
}
