import Foundation

/// What an agenda item asks of the board (DOMAIN.md §3.2).
public enum AgendaItemKind: String, CaseIterable, Sendable, Codable {
    case information
    case report
    case discussion
    case decision
}

/// The beredningsgrupp's recommendation on an item.
public enum Recommendation: String, CaseIterable, Sendable, Codable {
    case none
    case approve
    case reject
    case other
}

/// One punkt on the föredragningslista. A secret item carries its legal ground (e.g.
/// "OSL 26 kap. 1 §") and never appears on public pages, feeds or documents.
public struct AgendaItemDraft: Equatable, Sendable {
    public var kind: AgendaItemKind
    public var title: String
    public var presenterPersonID: UUID?
    public var background: String?
    public var proposal: String?
    public var recommendation: Recommendation
    /// Free text for `.other`, or conditions attached to a bifall or avslag.
    public var recommendationText: String?
    public var secrecyGround: String?
    /// The ärende in the diarium that the item handles, if any.
    public var matterID: UUID?

    public init(kind: AgendaItemKind, title: String, presenterPersonID: UUID? = nil, background: String? = nil,
                proposal: String? = nil, recommendation: Recommendation = .none, recommendationText: String? = nil,
                secrecyGround: String? = nil, matterID: UUID? = nil) {
        self.matterID = matterID
        self.kind = kind
        self.title = title
        self.presenterPersonID = presenterPersonID
        self.background = background
        self.proposal = proposal
        self.recommendation = recommendation
        self.recommendationText = recommendationText
        self.secrecyGround = secrecyGround
    }

    public var isSecret: Bool { secrecyGround != nil }

    public static func parse(_ input: [String: String]) -> Result<AgendaItemDraft, ValidationFailure> {
        var v = FieldValidator(input)
        let kind = v.choice("kind", as: AgendaItemKind.self)
        let title = v.text("title", maxLength: 300)
        let presenter = v.reference("presenterPersonID", required: false)
        let background = v.text("background", required: false, maxLength: 20_000)
        let proposal = v.text("proposal", required: false, maxLength: 4000)
        let recommendation = v.choice("recommendation", as: Recommendation.self, required: false) ?? Recommendation.none
        let recommendationText = v.text("recommendationText", required: recommendation == .other, maxLength: 4000)
        let secret = v.flag("isSecret")
        let ground = v.text("secrecyGround", required: secret, maxLength: 200)
        let matter = v.reference("matterID", required: false)
        return v.result {
            guard let kind, let title else { return nil }
            return AgendaItemDraft(kind: kind, title: title, presenterPersonID: presenter, background: background,
                                   proposal: proposal, recommendation: recommendation,
                                   recommendationText: recommendationText, secrecyGround: secret ? ground : nil, matterID: matter)
        }
    }
}

/// Standing items open and close every meeting (Mötets öppnande … Mötet avslutas); the
/// association edits its own list, starting from these.
public struct StandingItem: Equatable, Sendable {
    public enum Placement: String, CaseIterable, Sendable, Codable {
        case opening
        case closing
    }

    /// What a standing item is for, whatever the association calls it: Samordna finds "Val av
    /// justerare" by this, never by its title (which an association may word its own way).
    public enum Purpose: String, CaseIterable, Sendable, Codable {
        case opening
        case adjusterElection = "adjuster_election"
        case agendaApproval = "agenda_approval"
        case previousMinutes = "previous_minutes"
        case otherBusiness = "other_business"
        case closing
    }

    public var title: String
    public var kind: AgendaItemKind
    public var placement: Placement
    /// Nil for an item the association added itself.
    public var purpose: Purpose?

    public init(title: String, kind: AgendaItemKind, placement: Placement, purpose: Purpose? = nil) {
        self.title = title
        self.kind = kind
        self.placement = placement
        self.purpose = purpose
    }

    public static let defaults: [StandingItem] = [
        StandingItem(title: "Mötets öppnande", kind: .information, placement: .opening, purpose: .opening),
        StandingItem(title: "Val av justerare", kind: .decision, placement: .opening, purpose: .adjusterElection),
        StandingItem(title: "Godkännande av dagordning", kind: .decision, placement: .opening, purpose: .agendaApproval),
        StandingItem(title: "Föregående protokoll", kind: .information, placement: .opening, purpose: .previousMinutes),
        StandingItem(title: "Övriga frågor", kind: .information, placement: .closing, purpose: .otherBusiness),
        StandingItem(title: "Mötet avslutas", kind: .information, placement: .closing, purpose: .closing),
    ]
}

/// Moving one entry of an ordered list one step; positions are the list's order.
public enum Reordering {
    public enum Direction: String, Sendable {
        case up
        case down
    }

    /// The ids in their new order, or nil when the move is impossible (first up, last down, unknown id).
    public static func move<ID: Equatable>(_ id: ID, _ direction: Direction, in order: [ID]) -> [ID]? {
        guard let index = order.firstIndex(of: id) else { return nil }
        let target = direction == .up ? index - 1 : index + 1
        guard order.indices.contains(target) else { return nil }
        var result = order
        result.swapAt(index, target)
        return result
    }
}
