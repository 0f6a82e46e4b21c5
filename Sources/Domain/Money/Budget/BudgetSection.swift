/// The parts of a verksamhetsplan's budget, in the order the board reads them.
public enum BudgetSection: String, CaseIterable, Sendable, Codable {
    /// Each member's contribution, from the register's contribution split of the year's allocation.
    case memberContributions = "member_contributions"
    /// Wage subsidies, EU funds, extra allocations.
    case otherIncome = "other_income"
    /// Activities per insats: A from grants, B1 and B2 from what is not yet decided.
    case interventions
    /// Evaluation, information, training: projektnära kostnader.
    case projectRelated = "project_related"
    /// Kansli och administration: board fees, auditors, financial administration, staff, premises, travel.
    case administration
    /// Interest and other financial items, after the operating result; signed.
    case financial

    public enum Kind: String, Sendable, Codable {
        case income, cost
    }

    public var kind: Kind {
        switch self {
        case .memberContributions, .otherIncome, .financial: .income
        case .interventions, .projectRelated, .administration: .cost
        }
    }

    /// Lines the kansli writes; the others are computed from the register and from grants.
    public var isEnteredByHand: Bool { self != .memberContributions }
}
