import Foundation

/// A mandate as the composition rules need it.
public struct MandateFacts: Equatable, Sendable {
    public var id: UUID
    public var personID: UUID
    public var personName: String
    public var role: MandateRole
    public var appointedByMemberID: UUID?
    public var startsOn: CivilDate
    public var endsOn: CivilDate?

    public init(id: UUID, personID: UUID, personName: String, role: MandateRole, appointedByMemberID: UUID?,
                startsOn: CivilDate, endsOn: CivilDate?) {
        self.id = id
        self.personID = personID
        self.personName = personName
        self.role = role
        self.appointedByMemberID = appointedByMemberID
        self.startsOn = startsOn
        self.endsOn = endsOn
    }

    /// The end date is the last day of the mandate.
    public func isActive(on date: CivilDate) -> Bool {
        startsOn <= date && (endsOn.map { date <= $0 } ?? true)
    }
}

/// A member authority as the composition and contribution rules need it.
public struct MemberFacts: Equatable, Sendable {
    public var id: UUID
    public var name: String
    public var kind: MemberKind
    public var joinedOn: CivilDate
    public var leftOn: CivilDate?

    public init(id: UUID, name: String, kind: MemberKind, joinedOn: CivilDate, leftOn: CivilDate?) {
        self.id = id
        self.name = name
        self.kind = kind
        self.joinedOn = joinedOn
        self.leftOn = leftOn
    }

    public func isMember(on date: CivilDate) -> Bool {
        joinedOn <= date && (leftOn.map { date <= $0 } ?? true)
    }

    /// A member for any part of the year.
    public func isMember(during year: Int) -> Bool {
        joinedOn.year <= year && (leftOn.map { $0.year >= year } ?? true)
    }
}

/// Who sits in a body on a given date, and what is missing. In the board each member is to
/// appoint at least one ledamot and one ersättare (DOMAIN.md §2); the other bodies are free.
public struct Composition: Equatable, Sendable {
    public struct MemberSeats: Equatable, Sendable {
        public var member: MemberFacts
        public var votingMembers: [MandateFacts]
        public var substitutes: [MandateFacts]
    }

    public enum Warning: Equatable, Sendable {
        case noVotingMember(memberName: String)
        case noSubstitute(memberName: String)
    }

    public let date: CivilDate
    public let votingMembers: [MandateFacts]
    public let substitutes: [MandateFacts]
    public let others: [MandateFacts]
    public let perMember: [MemberSeats]
    public let warnings: [Warning]

    public init(bodyKind: BodyKind, mandates: [MandateFacts], members: [MemberFacts], on date: CivilDate) {
        let active = mandates.filter { $0.isActive(on: date) }
        self.date = date
        votingMembers = active.filter { $0.role.isVotingMember }
        substitutes = active.filter { $0.role.isSubstitute }
        others = active.filter { !$0.role.isVotingMember && !$0.role.isSubstitute }
        let current = members.filter { $0.isMember(on: date) }
            .sorted { ($0.kind.listingOrder, $0.name) < ($1.kind.listingOrder, $1.name) }
        perMember = current.map { member in
            MemberSeats(member: member,
                        votingMembers: active.filter { $0.role.isVotingMember && $0.appointedByMemberID == member.id },
                        substitutes: active.filter { $0.role.isSubstitute && $0.appointedByMemberID == member.id })
        }
        guard bodyKind == .board else {
            warnings = []
            return
        }
        warnings = perMember.flatMap { seats -> [Warning] in
            var found: [Warning] = []
            if seats.votingMembers.isEmpty { found.append(.noVotingMember(memberName: seats.member.name)) }
            if seats.substitutes.isEmpty { found.append(.noSubstitute(memberName: seats.member.name)) }
            return found
        }
    }
}
