/// What a SIE 4 file (the Swedish export every accounting system makes) says that Samordna uses:
/// the fiscal years, the chart of accounts, the dimensions and their objects (the project
/// dimension names the insatser), balances and results, and the vouchers with their
/// transactions. Amounts are öre, exactly as written.
public struct SIEFile: Equatable, Sendable {
    public struct ObjectRef: Hashable, Sendable {
        public var dimension: Int
        public var object: String

        public init(dimension: Int, object: String) {
            self.dimension = dimension
            self.object = object
        }
    }

    /// #IB, #UB or #RES: an account's amount in a fiscal year (0 the current, -1 the one before).
    public struct Balance: Equatable, Sendable {
        public var yearIndex: Int
        public var account: String
        public var ore: Int64
    }

    /// #PSALDO: an account's (and possibly an object's) amount for one month.
    public struct PeriodBalance: Equatable, Sendable {
        public var yearIndex: Int
        public var period: Int
        public var account: String
        public var objects: [ObjectRef]
        public var ore: Int64
    }

    public struct Transaction: Equatable, Sendable {
        public var account: String
        public var objects: [ObjectRef]
        public var ore: Int64
        public var date: CivilDate?
        public var text: String?
    }

    public struct Voucher: Equatable, Sendable {
        public var series: String
        public var number: String
        public var date: CivilDate
        public var text: String?
        public var transactions: [Transaction]
    }

    public var format: String?
    public var program: String?
    public var sieType: Int?
    public var companyName: String?
    public var organisationNumber: String?
    /// Fiscal year index (0, -1, …) to its first and last day.
    public var fiscalYears: [Int: ClosedRange<CivilDate>] = [:]
    public var accounts: [String: String] = [:]
    public var dimensions: [Int: String] = [:]
    public var objects: [ObjectRef: String] = [:]
    public var openingBalances: [Balance] = []
    public var closingBalances: [Balance] = []
    public var results: [Balance] = []
    public var periodBalances: [PeriodBalance] = []
    public var vouchers: [Voucher] = []

    public init() {}
}

/// Why a file cannot be read as SIE, with the line where it went wrong.
public enum SIEProblem: Error, Equatable, Sendable {
    /// No `#` records at all: some other kind of file.
    case notSIE
    case badAmount(line: Int, text: String)
    case badDate(line: Int, text: String)
    case missingField(line: Int, label: String)
    /// A #TRANS outside a #VER's braces, or a #VER whose braces never close.
    case badVoucher(line: Int)
}
