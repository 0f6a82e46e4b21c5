/// The year's accounts as an annual report shows them, from the bookkeeping alone: the result
/// accounts' sums for the year and the balance sheet accounts at the start and end of it. Every
/// figure is computed; the cash flow statement (indirect method) is derived from the result and
/// the changes in the balance sheet, so it reconciles with the balance sheet whenever the books
/// do, and where they do not, `problems` says which identity fails. Öre throughout.
public struct AnnualAccounts: Equatable, Sendable {
    public struct IncomeStatement: Equatable, Sendable {
        /// Class 3: the members' contributions and other income, positive.
        public var income: Int64 = 0
        /// Class 4: services bought for the insatser.
        public var purchasedServices: Int64 = 0
        /// Classes 5 and 6: premises and other external costs.
        public var otherExternalCosts: Int64 = 0
        /// Class 7 but 78: staff.
        public var staffCosts: Int64 = 0
        /// Accounts 78xx: depreciation.
        public var depreciation: Int64 = 0
        /// Class 8: financial income less financial costs.
        public var financialNet: Int64 = 0

        public var costs: Int64 { purchasedServices + otherExternalCosts + staffCosts + depreciation }
        public var operatingResult: Int64 { income - costs }
        public var result: Int64 { operatingResult + financialNet }
    }

    public struct BalanceSheet: Equatable, Sendable {
        /// Accounts 10–13.
        public var fixedAssets: Int64 = 0
        /// Accounts 14–17: receivables, prepaid costs and accrued income.
        public var receivables: Int64 = 0
        /// Accounts 18–19: short-term investments, cash and bank.
        public var cash: Int64 = 0
        /// Class 20, positive when the association owns more than it owes.
        public var equity: Int64 = 0
        /// Accounts 21–23.
        public var longTermLiabilities: Int64 = 0
        /// Accounts 24–29, among them what is owed to the members (skuld till huvudmän).
        public var shortTermLiabilities: Int64 = 0

        public var assets: Int64 { fixedAssets + receivables + cash }
        public var equityAndLiabilities: Int64 { equity + longTermLiabilities + shortTermLiabilities }
        /// Eget kapital as a share of the assets, in per mille; nil without assets.
        public var solidityPermille: Int64? { assets > 0 ? (equity * 1000 + assets / 2) / assets : nil }
    }

    public struct CashFlow: Equatable, Sendable {
        public var result: Int64
        /// Costs that moved no money (depreciation), added back.
        public var nonCash: Int64
        /// Less receivables is money in, so the change is counted with the opposite sign.
        public var changeInReceivables: Int64
        public var changeInShortTermLiabilities: Int64
        public var investing: Int64
        public var financing: Int64

        public var operating: Int64 { result + nonCash + changeInReceivables + changeInShortTermLiabilities }
        public var total: Int64 { operating + investing + financing }
    }

    public enum Problem: Equatable, Sendable {
        /// Assets do not equal eget kapital and liabilities at the start (`opening`) or the end.
        case unbalanced(opening: Bool, assets: Int64, equityAndLiabilities: Int64)
        /// Eget kapital did not move by the year's result (e.g. the result is not closed to 2099).
        case equityDoesNotFollowResult(change: Int64, result: Int64)
        /// The cash flow does not end in the cash the balance sheet holds.
        case cashDoesNotReconcile(cashFlow: Int64, change: Int64)
        /// The export has no balance sheet (#IB/#UB) for the year.
        case noBalances
    }

    public let year: Int
    public let incomeStatement: IncomeStatement
    public let opening: BalanceSheet
    public let closing: BalanceSheet
    public let cashFlow: CashFlow
    public let problems: [Problem]

    /// `results` is öre per result account over the year and `balances` öre per balance sheet
    /// account, both signed as booked (debit positive).
    public init(year: Int, results: [String: Int64], balances: [String: AccountBalance]) {
        self.year = year
        var statement = IncomeStatement()
        for (account, ore) in results {
            let prefix = account.prefix(2)
            switch account.first {
            case "3": statement.income -= ore
            case "4": statement.purchasedServices += ore
            case "5", "6": statement.otherExternalCosts += ore
            case "7" where prefix == "78": statement.depreciation += ore
            case "7": statement.staffCosts += ore
            case "8": statement.financialNet -= ore
            default: break
            }
        }
        incomeStatement = statement
        opening = Self.sheet(balances.mapValues(\.opening))
        closing = Self.sheet(balances.mapValues(\.closing))
        cashFlow = CashFlow(
            result: statement.result, nonCash: statement.depreciation,
            changeInReceivables: opening.receivables - closing.receivables,
            changeInShortTermLiabilities: closing.shortTermLiabilities - opening.shortTermLiabilities,
            investing: -(closing.fixedAssets - opening.fixedAssets + statement.depreciation),
            financing: closing.longTermLiabilities - opening.longTermLiabilities)
        var problems: [Problem] = []
        if balances.isEmpty {
            problems.append(.noBalances)
        } else {
            for (isOpening, sheet) in [(true, opening), (false, closing)] where sheet.assets != sheet.equityAndLiabilities {
                problems.append(.unbalanced(opening: isOpening, assets: sheet.assets, equityAndLiabilities: sheet.equityAndLiabilities))
            }
            if closing.equity - opening.equity != statement.result {
                problems.append(.equityDoesNotFollowResult(change: closing.equity - opening.equity, result: statement.result))
            }
            if cashFlow.total != closing.cash - opening.cash {
                problems.append(.cashDoesNotReconcile(cashFlow: cashFlow.total, change: closing.cash - opening.cash))
            }
        }
        self.problems = problems
    }

    static func sheet(_ amounts: [String: Int64]) -> BalanceSheet {
        var sheet = BalanceSheet()
        for (account, ore) in amounts {
            guard let group = Int(account.prefix(2)) else { continue }
            switch group {
            case 10...13: sheet.fixedAssets += ore
            case 14...17: sheet.receivables += ore
            case 18...19: sheet.cash += ore
            case 20: sheet.equity -= ore
            case 21...23: sheet.longTermLiabilities -= ore
            case 24...29: sheet.shortTermLiabilities -= ore
            default: break
            }
        }
        return sheet
    }
}

extension AnnualAccounts {
    /// The accounts in whole kronor as printed: each line rounded half away from zero and every
    /// sum taken over the printed lines, so that each printed table adds up.
    public struct Printed: Equatable, Sendable {
        public var income: Int64
        public var purchasedServices: Int64
        public var otherExternalCosts: Int64
        public var staffCosts: Int64
        public var depreciation: Int64
        public var financialNet: Int64
        public var opening: BalanceSheet
        public var closing: BalanceSheet

        public var costs: Int64 { purchasedServices + otherExternalCosts + staffCosts + depreciation }
        public var operatingResult: Int64 { income - costs }
        public var result: Int64 { operatingResult + financialNet }
        public var cashFlow: CashFlow {
            CashFlow(result: result, nonCash: depreciation, changeInReceivables: opening.receivables - closing.receivables,
                     changeInShortTermLiabilities: closing.shortTermLiabilities - opening.shortTermLiabilities,
                     investing: -(closing.fixedAssets - opening.fixedAssets + depreciation),
                     financing: closing.longTermLiabilities - opening.longTermLiabilities)
        }
    }

    public var printed: Printed {
        func kronor(_ ore: Int64) -> Int64 { Int64(ThousandsRounding.roundHalfAwayFromZero(Int128(ore), by: 100)) }
        func sheet(_ s: BalanceSheet) -> BalanceSheet {
            BalanceSheet(fixedAssets: kronor(s.fixedAssets), receivables: kronor(s.receivables), cash: kronor(s.cash), equity: kronor(s.equity),
                         longTermLiabilities: kronor(s.longTermLiabilities), shortTermLiabilities: kronor(s.shortTermLiabilities))
        }
        let i = incomeStatement
        return Printed(income: kronor(i.income), purchasedServices: kronor(i.purchasedServices), otherExternalCosts: kronor(i.otherExternalCosts),
                       staffCosts: kronor(i.staffCosts), depreciation: kronor(i.depreciation), financialNet: kronor(i.financialNet),
                       opening: sheet(opening), closing: sheet(closing))
    }
}
