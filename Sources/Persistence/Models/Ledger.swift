import Domain
import Fluent
import Foundation

/// One import of a year's bookkeeping (SIE 4 or CSV): staged for review, then in force until a
/// later import of the same period replaces it.
public final class LedgerImport: Model, @unchecked Sendable {
    public static let schema = "ledger_imports"

    public enum Status: String, Sendable {
        /// Read and shown with its differences; not yet counted.
        case pending
        case active
        case replaced
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Field(key: "year") public var year: Int
    @Field(key: "first_month") public var firstMonth: Int
    @Field(key: "last_month") public var lastMonth: Int
    /// "sie" or "csv".
    @Field(key: "source") public var source: String
    @Field(key: "filename") public var filename: String
    @Field(key: "sha256") public var sha256: String
    @Field(key: "status") public var statusRaw: String
    @Field(key: "transaction_count") public var transactionCount: Int
    /// Öre, from the closing balances of the equity accounts, when the export has them.
    @OptionalField(key: "closing_equity") public var closingEquity: Int64?
    @Field(key: "imported_by") public var importedBy: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?
    @Children(for: \.$ledgerImport) public var entries: [LedgerEntry]

    public init() {}

    public var status: Status { Status(rawValue: statusRaw) ?? .pending }
    public var months: ClosedRange<Int> { firstMonth...max(firstMonth, lastMonth) }
}

/// The sum of one account, project object and month of an import, in öre as booked (costs
/// positive, income negative).
public final class LedgerEntry: Model, @unchecked Sendable {
    public static let schema = "ledger_entries"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "ledger_import_id") public var ledgerImport: LedgerImport
    @Field(key: "account") public var account: String
    @Field(key: "account_name") public var accountName: String
    @OptionalField(key: "object") public var object: String?
    @Field(key: "month") public var month: Int
    @Field(key: "amount") public var amount: Int64

    public init() {}

    public init(importID: UUID, account: String, accountName: String, object: String?, month: Int, amount: Int64) {
        self.$ledgerImport.id = importID
        self.account = account
        self.accountName = accountName
        self.object = object
        self.month = month
        self.amount = amount
    }
}

/// A balance sheet account of an import at the start and end of its year (#IB 0 and #UB 0), in
/// öre as booked (assets positive, eget kapital and liabilities negative).
public final class LedgerBalance: Model, @unchecked Sendable {
    public static let schema = "ledger_balances"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "ledger_import_id") public var ledgerImport: LedgerImport
    @Field(key: "account") public var account: String
    @Field(key: "account_name") public var accountName: String
    @Field(key: "opening") public var opening: Int64
    @Field(key: "closing") public var closing: Int64

    public init() {}

    public init(importID: UUID, account: String, accountName: String, balance: AccountBalance) {
        self.$ledgerImport.id = importID
        self.account = account
        self.accountName = accountName
        self.opening = balance.opening
        self.closing = balance.closing
    }

    public var balance: AccountBalance { AccountBalance(opening: opening, closing: closing) }
}

/// A rule of the association's mapping from accounts and project objects to budget lines.
public final class LedgerRuleRecord: Model, @unchecked Sendable {
    public static let schema = "ledger_rules"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @OptionalField(key: "account") public var account: String?
    @OptionalField(key: "object") public var object: String?
    @Field(key: "section") public var sectionRaw: String
    @OptionalField(key: "code") public var code: String?
    @Field(key: "name") public var name: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, rule: LedgerRule) {
        self.$organisation.id = organisationID
        account = rule.account
        object = rule.object
        sectionRaw = rule.target.section.rawValue
        code = rule.target.code
        name = rule.target.name
    }

    public var rule: LedgerRule {
        LedgerRule(account: account, object: object,
                   target: LedgerTarget(section: BudgetSection(rawValue: sectionRaw) ?? .administration, code: code, name: name))
    }
}
