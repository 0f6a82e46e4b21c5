import Foundation
import Testing
@testable import Domain

@Suite struct AnnualAccountsTests {
    static let ledger = SyntheticLedger(
        companyName: "Samordningsförbundet Prov", year: 2025, bookedThrough: 12,
        income: [.init(account: "3011", accountName: "Medlemsbidrag", annualKronor: 5_000_000),
                 .init(account: "8310", accountName: "Ränteintäkter", annualKronor: 12_345)],
        costs: [.init(account: "4010", accountName: "Köpta tjänster", object: "P1", objectName: "Insats", annualKronor: 3_100_000),
                .init(account: "5010", accountName: "Lokalhyra", annualKronor: 240_000),
                .init(account: "7010", accountName: "Löner", annualKronor: 1_400_000),
                .init(account: "7832", accountName: "Avskrivningar inventarier", annualKronor: 20_000)],
        openingBalances: [.init(account: "1220", accountName: "Inventarier", annualKronor: 60_000),
                          .init(account: "1930", accountName: "Företagskonto", annualKronor: 900_000),
                          .init(account: "1510", accountName: "Kundfordringar", annualKronor: 50_000),
                          .init(account: "2440", accountName: "Leverantörsskulder", annualKronor: -210_000),
                          .init(account: "2890", accountName: "Skuld till huvudmän", annualKronor: -80_000)])

    static func accounts(_ summary: LedgerSummary) -> AnnualAccounts {
        var results: [String: Int64] = [:]
        for (key, ore) in summary.amounts { results[key.account, default: 0] += ore }
        return AnnualAccounts(year: summary.year, results: results, balances: summary.balances)
    }

    @Test func theStatementsOfAClosedYearReconcile() throws {
        let summary = try LedgerSummary.read(sie: Self.ledger.sie(transactions: 600))
        let accounts = Self.accounts(summary)
        #expect(accounts.problems.isEmpty)
        let i = accounts.incomeStatement
        #expect(i.income == 500_000_000 && i.financialNet == 1_234_500)
        #expect(i.purchasedServices == 310_000_000 && i.otherExternalCosts == 24_000_000 && i.staffCosts == 140_000_000 && i.depreciation == 2_000_000)
        #expect(i.result == Self.ledger.resultOre)
        #expect(accounts.opening.equity == 72_000_000, "eget kapital is what balances the opening sheet")
        #expect(accounts.closing.equity - accounts.opening.equity == i.result)
        #expect(accounts.cashFlow.total == accounts.closing.cash - accounts.opening.cash)
        let printed = accounts.printed
        #expect(printed.result == printed.income - printed.costs + printed.financialNet)
        #expect(printed.cashFlow.total == printed.closing.cash - printed.opening.cash)
        #expect(printed.closing.assets == printed.closing.equityAndLiabilities)
        #expect(printed.closing.solidityPermille == (printed.closing.equity * 1000 + printed.closing.assets / 2) / printed.closing.assets)
    }

    @Test func booksThatDoNotBalanceAreNamed() throws {
        var summary = try LedgerSummary.read(sie: Self.ledger.sie(transactions: 600))
        // The year's result not closed to 2099: eget kapital did not move and the sheet does not balance.
        summary.balances["2099"] = nil
        let accounts = Self.accounts(summary)
        #expect(accounts.problems.contains(.equityDoesNotFollowResult(change: 0, result: accounts.incomeStatement.result)))
        #expect(accounts.problems.contains { if case .unbalanced(opening: false, _, _) = $0 { true } else { false } })
        // A receivable that grew without a voucher: the cash flow no longer ends in the bank's balance.
        var grown = try LedgerSummary.read(sie: Self.ledger.sie(transactions: 600))
        grown.balances["1510"]?.closing += 10_000
        let problems = Self.accounts(grown).problems
        #expect(problems.contains(.cashDoesNotReconcile(cashFlow: Self.accounts(grown).cashFlow.total, change: Self.ledger.resultOre)))
        #expect(problems.contains { if case .unbalanced(opening: false, _, _) = $0 { true } else { false } })
        var noSheet = summary
        noSheet.balances = [:]
        #expect(Self.accounts(noSheet).problems == [.noBalances])
    }

    @Test func theBalancesAreReadFromIBAndUB() throws {
        let summary = try LedgerSummary.read(sie: Self.ledger.sie(transactions: 600))
        #expect(summary.balances["1510"] == AccountBalance(opening: 5_000_000, closing: 5_000_000))
        #expect(summary.balances["1930"]?.closing == 90_000_000 + Self.ledger.resultOre)
        #expect(summary.balances["2099"] == AccountBalance(opening: 0, closing: -Self.ledger.resultOre))
        #expect(summary.balances.keys.allSatisfy(LedgerSummary.isBalanceAccount))
    }
}
