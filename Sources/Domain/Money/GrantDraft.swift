import Foundation

/// The form that records what a decision granted an insats: one to three years, each with its
/// amount in whole kronor, and any conditions the decision set.
public struct GrantDraft: Equatable, Sendable {
    public var decisionID: UUID
    public var amounts: [Int: Int64]
    public var conditions: String?
    /// The form field each year was given in, so an issue points at it.
    public var yearFields: [Int: String]

    public init(decisionID: UUID, amounts: [Int: Int64], conditions: String?, yearFields: [Int: String] = [:]) {
        self.decisionID = decisionID
        self.amounts = amounts
        self.conditions = conditions
        self.yearFields = yearFields
    }

    public func field(of year: Int) -> String { yearFields[year] ?? "year1" }

    /// Fields `decisionID`, `conditions` and pairs `year1`/`amount1` … `year3`/`amount3`; a pair
    /// left empty is skipped, and at least one is needed.
    public static func parse(_ input: [String: String]) -> Result<GrantDraft, ValidationFailure> {
        var v = FieldValidator(input)
        let decision = v.reference("decisionID")
        let conditions = v.text("conditions", required: false, maxLength: 4000)
        var amounts: [Int: Int64] = [:]
        var fields: [Int: String] = [:]
        for pair in 1...3 {
            let yearField = "year\(pair)", amountField = "amount\(pair)"
            guard v.raw(yearField) != nil || v.raw(amountField) != nil else { continue }
            let year = v.integer(yearField, in: 1990...2199)
            let amount = v.integer(amountField, in: 1...1_000_000_000)
            guard let year, let amount else { continue }
            if amounts[Int(year)] != nil { v.add(yearField, .repeatedYear(Int(year))) }
            amounts[Int(year)] = amount
            fields[Int(year)] = yearField
        }
        if amounts.isEmpty && v.raw("year1") == nil && v.raw("amount1") == nil { v.add("amount1", .required) }
        return v.result {
            guard let decision, !amounts.isEmpty else { return nil }
            return GrantDraft(decisionID: decision, amounts: amounts, conditions: conditions, yearFields: fields)
        }
    }

    /// Checks the draft against the decision: a grant comes only from bifall or an inriktningsbeslut,
    /// and an inriktningsbeslut only for its own years.
    public func issues(decisionKind: DecisionKind, policyYears: ClosedRange<Int>?) -> [FieldIssue] {
        guard decisionKind == .approval || decisionKind == .policy else { return [FieldIssue("decisionID", .notAGrantDecision)] }
        guard decisionKind == .policy, let policyYears else { return [] }
        return amounts.keys.sorted().filter { !policyYears.contains($0) }.map {
            FieldIssue(field(of: $0), .outsidePolicyYears(from: policyYears.lowerBound, to: policyYears.upperBound))
        }
    }
}
