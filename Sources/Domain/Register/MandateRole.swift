/// The role a person holds in a body. The chair and vice chair are ledamöter with an extra task,
/// so they count among the voting members.
public enum MandateRole: String, CaseIterable, Sendable, Codable {
    case chair
    case viceChair = "vice_chair"
    case member
    case substitute
    case secretary
    case coopted
    case nonVotingMember = "non_voting_member"

    public var isVotingMember: Bool {
        self == .chair || self == .viceChair || self == .member
    }

    public var isSubstitute: Bool { self == .substitute }
}
