/// Kinds of organ in an association. A styrgrupp belongs to one funded activity and is named after it.
public enum BodyKind: String, CaseIterable, Sendable, Codable {
    case board
    case chairGroup = "chair_group"
    case preparatoryGroup = "preparatory_group"
    case steeringGroup = "steering_group"
    case other

    /// Kinds that need a name of their own; the others are named by their kind.
    public var needsOwnName: Bool {
        self == .steeringGroup || self == .other
    }
}
