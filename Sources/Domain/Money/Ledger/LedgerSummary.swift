/// What a bookkeeping export says about one fiscal year, summed as Samordna uses it: öre per
/// account, project object and month. Summing while reading (instead of keeping every voucher)
/// lets a year of a million transactions be read in seconds and stored in a few thousand rows.
public struct LedgerSummary: Equatable, Sendable {
    public struct Key: Hashable, Sendable, Comparable {
        public var account: String
        /// The object of the project dimension, when the transaction names one.
        public var object: String?
        public var month: Int

        public init(account: String, object: String?, month: Int) {
            self.account = account
            self.object = object
            self.month = month
        }

        public static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.account, lhs.object ?? "", lhs.month) < (rhs.account, rhs.object ?? "", rhs.month)
        }
    }

    public typealias SumsByKey = [Key: Int64]

    public var year: Int
    /// The months the export covers, from the first to the last month with a transaction.
    public var months: ClosedRange<Int>
    public var accountNames: [String: String]
    public var objectNames: [String: String]
    public var amounts: [Key: Int64]
    public var transactionCount: Int
    /// Eget kapital at the end of the period from the closing balances of accounts 20xx (as a
    /// positive figure when the association owns more than it owes), when the export has them.
    public var closingEquity: Int64?
    /// The balance sheet's accounts (classes 1 and 2) at the start and end of the year (#IB 0 and
    /// #UB 0), öre signed as booked: assets positive, eget kapital and liabilities negative.
    public var balances: [String: AccountBalance]

    public init(year: Int, months: ClosedRange<Int>, accountNames: [String: String] = [:], objectNames: [String: String] = [:],
                amounts: [Key: Int64], transactionCount: Int, closingEquity: Int64? = nil, balances: [String: AccountBalance] = [:]) {
        self.year = year
        self.months = months
        self.accountNames = accountNames
        self.objectNames = objectNames
        self.amounts = amounts
        self.transactionCount = transactionCount
        self.closingEquity = closingEquity
        self.balances = balances
    }

    /// Result accounts (classes 3–8 of the BAS chart) carry the year's income and costs; classes 1
    /// and 2 are the balance sheet and are not part of a driftredovisning.
    public static func isResultAccount(_ account: String) -> Bool {
        guard let first = account.utf8.first else { return false }
        return first >= UInt8(ascii: "3") && first <= UInt8(ascii: "8")
    }

    /// Classes 1 (assets) and 2 (eget kapital and liabilities) of the BAS chart.
    public static func isBalanceAccount(_ account: String) -> Bool {
        guard let first = account.utf8.first else { return false }
        return first == UInt8(ascii: "1") || first == UInt8(ascii: "2")
    }

    static func isEquityAccount(_ account: String) -> Bool {
        account.utf8.count >= 2 && account.utf8.starts(with: "20".utf8)
    }
}

/// A balance sheet account's öre at the start and the end of the year, signed as booked.
public struct AccountBalance: Equatable, Sendable {
    public var opening: Int64
    public var closing: Int64

    public init(opening: Int64, closing: Int64) {
        self.opening = opening
        self.closing = closing
    }
}

/// Why an export cannot be read as a year of utfall.
public enum LedgerProblem: Error, Equatable, Sendable {
    case sie(SIEProblem)
    /// No `#RAR 0`: the file does not say which year it is.
    case noFiscalYear
    /// A fiscal year that is not a calendar year; an association's year always is.
    case notCalendarYear(ClosedRange<CivilDate>)
    /// SIE types 1–3 have no vouchers, and without them there is nothing per month.
    case noVouchers
    case outsideFiscalYear(line: Int, date: CivilDate)
    /// The vouchers of the file do not balance (debit ≠ credit), counted in öre.
    case unbalanced(voucher: String, ore: Int64)
    case csv(line: Int, field: String, text: String)
    /// A CSV row of another year than the first row's.
    case mixedYears(line: Int)
}

extension LedgerSummary {
    /// Sums a SIE 4 file's transactions of its current fiscal year (`#RAR 0`). The project
    /// dimension is the `#DIM` named "Projekt" (or dimension 6, SIE's own number for projects).
    public static func read(sie bytes: [UInt8]) throws(LedgerProblem) -> LedgerSummary {
        var fiscalYear: ClosedRange<CivilDate>?
        var dimension: Int?
        var projectDimension: Int { dimension ?? 6 }
        var accountNames: [String: String] = [:]
        var objectNames: [String: String] = [:]
        var amounts: [Key: Int64] = [:]
        var count = 0
        var firstMonth = 13, lastMonth = 0
        var voucherDate: CivilDate?
        var voucherName = ""
        var voucherSum: Int64 = 0
        var equity: Int64?
        var balances: [String: AccountBalance] = [:]
        // A problem of the ledger rather than of the syntax, found inside the scan.
        var failure: LedgerProblem?
        do {
            try SIEScanner.scan(bytes) { (event) throws(SIEProblem) in
                switch event {
                case .open(let line):
                    guard voucherDate != nil else { throw .badVoucher(line: line) }
                case .close(let line):
                    guard voucherDate != nil else { throw .badVoucher(line: line) }
                    if voucherSum != 0 {
                        failure = .unbalanced(voucher: voucherName, ore: voucherSum)
                        throw .badVoucher(line: line)
                    }
                    voucherDate = nil
                case .record(let r):
                    switch r.label {
                    case .fiscalYear where try r.integer(0) == 0: fiscalYear = try r.requiredDate(1)...r.requiredDate(2)
                    case .account: accountNames[try r.requiredText(0)] = r.text(1) ?? ""
                    case .dimension:
                        let number = try r.integer(0)
                        if dimension == nil, (r.text(1) ?? "").lowercased().contains("projekt") { dimension = number }
                    case .object where try r.integer(0) == projectDimension: objectNames[try r.requiredText(1)] = r.text(2) ?? ""
                    case .opening where try r.integer(0) == 0:
                        let account = try r.requiredText(1)
                        if isBalanceAccount(account) { balances[account, default: AccountBalance(opening: 0, closing: 0)].opening += try r.ore(2) }
                    case .closing where try r.integer(0) == 0:
                        let account = try r.requiredText(1)
                        if isEquityAccount(account) { equity = (equity ?? 0) - (try r.ore(2)) }
                        if isBalanceAccount(account) { balances[account, default: AccountBalance(opening: 0, closing: 0)].closing += try r.ore(2) }
                    case .voucher:
                        if voucherDate != nil { throw .badVoucher(line: r.line) }
                        voucherDate = try r.requiredDate(2)
                        voucherName = "\(r.text(0) ?? "")\(r.text(1) ?? "")"
                        voucherSum = 0
                    case .transaction:
                        guard let date = voucherDate else { throw .badVoucher(line: r.line) }
                        let account = try r.requiredText(0)
                        let ore = try r.ore(2)
                        voucherSum += ore
                        count += 1
                        if let year = fiscalYear, !year.contains(date) {
                            failure = .outsideFiscalYear(line: r.line, date: date)
                            throw .badDate(line: r.line, text: date.iso)
                        }
                        let month = date.month
                        firstMonth = min(firstMonth, month)
                        lastMonth = max(lastMonth, month)
                        guard isResultAccount(account) else { return }
                        amounts[Key(account: account, object: r.object(1, dimension: projectDimension), month: month), default: 0] += ore
                    default: break
                    }
                }
            }
        } catch {
            throw failure ?? .sie(error)
        }
        guard let fiscalYear else { throw .noFiscalYear }
        guard fiscalYear.lowerBound.month == 1, fiscalYear.lowerBound.day == 1, fiscalYear.upperBound.month == 12,
              fiscalYear.upperBound.day == 31, fiscalYear.lowerBound.year == fiscalYear.upperBound.year
        else { throw .notCalendarYear(fiscalYear) }
        guard count > 0 else { throw .noVouchers }
        return LedgerSummary(year: fiscalYear.lowerBound.year, months: firstMonth...lastMonth,
                             accountNames: accountNames, objectNames: objectNames, amounts: amounts, transactionCount: count,
                             closingEquity: equity, balances: balances)
    }
}
