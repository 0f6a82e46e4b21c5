/// Matters a förbundsordning may reserve for a qualified majority.
public enum MatterKind: String, CaseIterable, Sendable, Codable {
    case budget
    case operationalPlan = "operational_plan"
    case statutes
    case membership
}
