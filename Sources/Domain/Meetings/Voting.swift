/// A beslutande's vote in a votering.
public enum VoteChoice: String, CaseIterable, Sendable, Codable {
    case yes
    case no
    case abstain
}

public struct VoteTally: Equatable, Sendable {
    public var yes = 0
    public var no = 0
    public var abstain = 0

    public init(yes: Int = 0, no: Int = 0, abstain: Int = 0) {
        self.yes = yes
        self.no = no
        self.abstain = abstain
    }

    public init(_ votes: some Sequence<VoteChoice>) {
        for vote in votes {
            switch vote {
            case .yes: yes += 1
            case .no: no += 1
            case .abstain: abstain += 1
            }
        }
    }
}

/// How many votes a proposal needs: a simple majority of the votes cast, or, for matters the
/// förbundsordning reserves, a qualified share of the beslutande present at the §.
public enum MajorityRule: Equatable, Sendable {
    case simple
    case qualified(Fraction)

    public static func forMatter(_ matter: MatterKind?, rules: AssociationRules) -> MajorityRule {
        guard let matter, rules.qualifiedMajorityMatters.contains(matter) else { return .simple }
        return .qualified(rules.qualifiedMajority)
    }
}

public enum VoteOutcome: Equatable, Sendable {
    case adopted
    case rejected
    /// Equal yes and no votes, decided by the chair's casting vote (utslagsröst).
    case decidedByCastingVote(adopted: Bool)

    public var isAdopted: Bool {
        switch self {
        case .adopted: true
        case .rejected: false
        case .decidedByCastingVote(let adopted): adopted
        }
    }
}

extension MajorityRule {
    /// The result of a votering on a proposal. `chairVote` is the chair's own vote, which decides
    /// a tie under a simple majority; without it a tie rejects the proposal.
    public func outcome(of tally: VoteTally, beslutandePresent: Int, chairVote: VoteChoice?) -> VoteOutcome {
        switch self {
        case .qualified(let share):
            return share.isReached(by: tally.yes, of: beslutandePresent) ? .adopted : .rejected
        case .simple:
            if tally.yes > tally.no { return .adopted }
            if tally.yes < tally.no { return .rejected }
            guard tally.yes > 0, let chairVote, chairVote != .abstain else { return .rejected }
            return .decidedByCastingVote(adopted: chairVote == .yes)
        }
    }
}
