import Domain
import Fluent
import Foundation

/// One version of the three-year verksamhetsplan och budget. Member contribution lines are
/// computed from the allocation per year and the register; A lines from grants; the rest is
/// written by the kansli. Amounts are whole kronor.
public final class Budget: Model, @unchecked Sendable {
    public static let schema = "budgets"
    public static let yearCount = 3

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @OptionalParent(key: "registered_matter_id") public var matter: RegisteredMatter?
    @Field(key: "title") public var title: String
    @Field(key: "first_year") public var firstYear: Int
    @Field(key: "status") public var statusRaw: String
    /// Numbered per association in the order the versions were made.
    @Field(key: "version") public var version: Int
    /// The adopted version this one revises.
    @OptionalField(key: "revises_id") public var revisesID: UUID?
    @OptionalParent(key: "decision_id") public var decision: Decision?
    @OptionalField(key: "adopted_on") public var adoptedOn: String?
    @Field(key: "opening_equity") public var openingEquity: Int64
    @Field(key: "allocation_1") public var allocation1: Int64
    @Field(key: "allocation_2") public var allocation2: Int64
    @Field(key: "allocation_3") public var allocation3: Int64
    @Children(for: \.$budget) public var lines: [BudgetLine]
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public var status: BudgetStatus { BudgetStatus(rawValue: statusRaw) ?? .draft }
    public var years: [Int] { Array(firstYear..<(firstYear + Self.yearCount)) }
    public var yearRange: ClosedRange<Int> { firstYear...(firstYear + Self.yearCount - 1) }

    /// The year's total allocation from the members.
    public var allocations: [Int: Int64] {
        get { [firstYear: allocation1, firstYear + 1: allocation2, firstYear + 2: allocation3] }
        set {
            allocation1 = newValue[firstYear] ?? 0
            allocation2 = newValue[firstYear + 1] ?? 0
            allocation3 = newValue[firstYear + 2] ?? 0
        }
    }
}

public final class BudgetLine: Model, @unchecked Sendable {
    public static let schema = "budget_lines"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "budget_id") public var budget: Budget
    @Field(key: "section") public var sectionRaw: String
    @Field(key: "position") public var position: Int
    @Field(key: "name") public var name: String
    @OptionalField(key: "code") public var code: String?
    @OptionalField(key: "intervention_id") public var interventionID: UUID?
    @OptionalField(key: "member_id") public var memberID: UUID?
    @OptionalField(key: "cost_class") public var costClassRaw: String?
    /// The pending äskande a B line is taken from; nil for the kansli's own lines.
    @OptionalField(key: "funding_request_id") public var fundingRequestID: UUID?
    /// The line this one is a part of ("varav").
    @OptionalField(key: "parent_id") public var parentID: UUID?
    @Field(key: "amount_1") public var amount1: Int64
    @Field(key: "amount_2") public var amount2: Int64
    @Field(key: "amount_3") public var amount3: Int64
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(budgetID: UUID, section: BudgetSection, position: Int, name: String, amounts: [Int64]) {
        self.$budget.id = budgetID
        sectionRaw = section.rawValue
        self.position = position
        self.name = name
        setAmounts(amounts)
    }

    public var section: BudgetSection { BudgetSection(rawValue: sectionRaw) ?? .otherIncome }
    public var costClass: BudgetCostClass? { costClassRaw.flatMap(BudgetCostClass.init(rawValue:)) }
    public var amounts: [Int64] { [amount1, amount2, amount3] }

    /// The amounts for the budget's three years, in order.
    public func setAmounts(_ amounts: [Int64]) {
        amount1 = amounts.count > 0 ? amounts[0] : 0
        amount2 = amounts.count > 1 ? amounts[1] : 0
        amount3 = amounts.count > 2 ? amounts[2] : 0
    }

    /// A copy for another version of the budget.
    public func copy(to budgetID: UUID, parentID: UUID?) -> BudgetLine {
        let line = BudgetLine(budgetID: budgetID, section: section, position: position, name: name, amounts: amounts)
        line.code = code
        line.interventionID = interventionID
        line.memberID = memberID
        line.costClassRaw = costClassRaw
        line.fundingRequestID = fundingRequestID
        line.parentID = parentID
        return line
    }
}
