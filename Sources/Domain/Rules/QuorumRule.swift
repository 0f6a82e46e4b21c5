/// When the board is beslutför. FINSAM and kommunallagen: more than half of the ledamöter
/// (or their tjänstgörande ersättare) take part.
public enum QuorumRule: String, CaseIterable, Sendable, Codable {
    case moreThanHalf = "more_than_half"
    case atLeastHalf = "at_least_half"
    case atLeastTwoThirds = "at_least_two_thirds"

    public func isQuorate(present: Int, seats: Int) -> Bool {
        guard seats > 0 else { return false }
        switch self {
        case .moreThanHalf: return present * 2 > seats
        case .atLeastHalf: return present * 2 >= seats
        case .atLeastTwoThirds: return present * 3 >= seats * 2
        }
    }

    /// The smallest number of voting members present that makes the board quorate.
    public func minimumPresent(seats: Int) -> Int {
        (0...max(seats, 0)).first { isQuorate(present: $0, seats: seats) } ?? seats
    }
}
