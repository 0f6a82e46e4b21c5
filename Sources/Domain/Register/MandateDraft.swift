import Foundation

/// A person's seat in a body for a period. References to the body, the appointing member and a
/// stood-in-for ledamot are ids here; the application checks that they exist in the association.
public struct MandateDraft: Equatable, Sendable {
    public var personID: UUID
    public var bodyID: UUID
    public var role: MandateRole
    public var appointedByMemberID: UUID?
    public var startsOn: CivilDate
    public var endsOn: CivilDate?
    public var party: String?
    public var standsInForPersonID: UUID?

    public init(personID: UUID, bodyID: UUID, role: MandateRole, appointedByMemberID: UUID?, startsOn: CivilDate,
                endsOn: CivilDate?, party: String?, standsInForPersonID: UUID?) {
        self.personID = personID
        self.bodyID = bodyID
        self.role = role
        self.appointedByMemberID = appointedByMemberID
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.party = party
        self.standsInForPersonID = standsInForPersonID
    }

    /// In the board every ledamot and ersättare is appointed by a member (DOMAIN.md §2), so the
    /// member is required there; pass the kind of the chosen body once it is known.
    public static func parse(_ input: [String: String], bodyKind: BodyKind?) -> Result<MandateDraft, ValidationFailure> {
        var v = FieldValidator(input)
        let person = v.reference("personID")
        let body = v.reference("bodyID")
        let role = v.choice("role", as: MandateRole.self)
        let appointsRequired = bodyKind == .board && (role?.isVotingMember == true || role?.isSubstitute == true)
        let member = v.reference("appointedByMemberID", required: appointsRequired)
        let starts = v.date("startsOn")
        let ends = v.date("endsOn", required: false)
        v.ordered(starts, ends, endField: "endsOn")
        let party = v.text("party", required: false, maxLength: 60)
        var standsInFor = v.reference("standsInForPersonID", required: false)
        if standsInFor != nil, role != .substitute {
            v.add("standsInForPersonID", .notAChoice)
            standsInFor = nil
        }
        if let standsInFor, standsInFor == person { v.add("standsInForPersonID", .notAChoice) }
        return v.result {
            guard let person, let body, let role, let starts else { return nil }
            return MandateDraft(personID: person, bodyID: body, role: role, appointedByMemberID: member,
                                startsOn: starts, endsOn: ends, party: party, standsInForPersonID: standsInFor)
        }
    }
}

extension FieldValidator {
    /// A chosen record, sent as its id by a select field.
    public mutating func reference(_ field: String, required: Bool = true) -> UUID? {
        guard let value = raw(field) else {
            if required { add(field, .required) }
            return nil
        }
        guard let id = UUID(uuidString: value) else {
            add(field, .unknownReference)
            return nil
        }
        return id
    }
}
