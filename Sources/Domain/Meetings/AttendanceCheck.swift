import Foundation

/// The rules an attendance entry must satisfy before it is stored. Field names are those of the
/// attendance form: `personID`, `role`, `mode`, `fromParagraph`, `toParagraph`, `servesForPersonID`, `isChair`.
public struct AttendanceCheck: Sendable {
    /// The meeting's §§, once the protokoll has numbers; nil before.
    public var paragraphs: ClosedRange<Int>?
    public var meetingDate: CivilDate
    /// The body's mandates active on the meeting date.
    public var mandates: [MandateFacts]
    public var remoteAllowed: Bool

    public init(paragraphs: ClosedRange<Int>?, meetingDate: CivilDate, mandates: [MandateFacts], remoteAllowed: Bool) {
        self.paragraphs = paragraphs
        self.meetingDate = meetingDate
        self.mandates = mandates.filter { $0.isActive(on: meetingDate) }
        self.remoteAllowed = remoteAllowed
    }

    /// Checks `entry` against the entries already recorded for other people (and, for the same
    /// person, other periods of the meeting).
    public func issues(for entry: AttendanceEntry, existing: [AttendanceEntry]) -> [FieldIssue] {
        var issues: [FieldIssue] = []
        if let range = entry.paragraphs, let all = paragraphs {
            if !all.contains(range.lowerBound) { issues.append(FieldIssue("fromParagraph", .outOfRange(min: Int64(all.lowerBound), max: Int64(all.upperBound)))) }
            if !all.contains(range.upperBound) { issues.append(FieldIssue("toParagraph", .outOfRange(min: Int64(all.lowerBound), max: Int64(all.upperBound)))) }
        }
        if entry.mode == .remote, !remoteAllowed { issues.append(FieldIssue("mode", .remoteNotAllowed)) }
        let roles = Set(mandates.filter { $0.personID == entry.personID }.map(\.role))
        switch entry.role {
        case .decisionMaker:
            if !roles.contains(where: \.isVotingMember) { issues.append(FieldIssue("role", .noMatchingMandate)) }
        case .servingSubstitute:
            if !roles.contains(.substitute) {
                issues.append(FieldIssue("role", .noMatchingMandate))
            } else if let seat = entry.servesForPersonID {
                let seatHolder = mandates.contains { $0.personID == seat && $0.role.isVotingMember }
                let seatTaken = existing.contains { $0.personID == seat && $0.role == .decisionMaker && $0.overlaps(entry) }
                    || existing.contains { $0.servesForPersonID == seat && $0.personID != entry.personID && $0.overlaps(entry) }
                if !seatHolder { issues.append(FieldIssue("servesForPersonID", .noMatchingMandate)) }
                else if seatTaken { issues.append(FieldIssue("servesForPersonID", .seatTaken)) }
            } else {
                issues.append(FieldIssue("servesForPersonID", .required))
            }
        case .substitute:
            if !roles.contains(.substitute) { issues.append(FieldIssue("role", .noMatchingMandate)) }
        case .participant, .coopted:
            break
        }
        let samePerson = existing.filter { $0.personID == entry.personID && $0.overlaps(entry) }
        if samePerson.contains(where: { $0.role.votes != entry.role.votes }) {
            issues.append(FieldIssue("role", .bothVotingAndNot))
        } else if !samePerson.isEmpty {
            issues.append(FieldIssue("personID", .alreadyRecorded))
        }
        if entry.isChair, existing.contains(where: { $0.isChair && $0.personID != entry.personID && $0.overlaps(entry) }) {
            issues.append(FieldIssue("isChair", .secondChair))
        }
        return issues
    }

    /// Who votes at a §: beslutande present then, except those who have left for jäv.
    public func voters(at paragraph: Int, entries: [AttendanceEntry], recused: Set<UUID> = []) -> Set<UUID> {
        Set(entries.filter { $0.role.votes && $0.isPresent(at: paragraph) && !recused.contains($0.personID) }.map(\.personID))
    }

    /// How many beslutande take part at a §, against the seats (ledamöter) of the body.
    public func quorum(at paragraph: Int, entries: [AttendanceEntry], rule: QuorumRule, recused: Set<UUID> = []) -> QuorumStatus {
        let seats = Set(mandates.filter { $0.role.isVotingMember }.map(\.personID)).count
        let present = voters(at: paragraph, entries: entries, recused: recused).count
        return QuorumStatus(present: present, seats: seats, needed: rule.minimumPresent(seats: seats),
                            isQuorate: rule.isQuorate(present: present, seats: seats))
    }
}

public struct QuorumStatus: Equatable, Sendable {
    public var present: Int
    public var seats: Int
    public var needed: Int
    public var isQuorate: Bool
}
