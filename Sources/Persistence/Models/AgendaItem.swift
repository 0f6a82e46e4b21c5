import Domain
import Fluent
import Foundation

/// A punkt on a meeting's föredragningslista, in `position` order.
public final class AgendaItem: Model, @unchecked Sendable {
    public static let schema = "agenda_items"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "meeting_id") public var meeting: Meeting
    @Field(key: "position") public var position: Int
    @Field(key: "kind") public var kindRaw: String
    @Field(key: "title") public var title: String
    @OptionalParent(key: "presenter_person_id") public var presenter: Person?
    @OptionalField(key: "background") public var background: String?
    @OptionalField(key: "proposal") public var proposal: String?
    @Field(key: "recommendation") public var recommendationRaw: String
    @OptionalField(key: "recommendation_text") public var recommendationText: String?
    @OptionalField(key: "secrecy_ground") public var secrecyGround: String?
    /// The ärende in the diarium that the item handles.
    @OptionalField(key: "registered_matter_id") public var matterID: UUID?
    /// From the association's standing items (opening or closing), so new items go between them.
    @OptionalField(key: "standing_placement") public var standingPlacementRaw: String?
    /// What the standing item it came from is for (`StandingItem.Purpose`).
    @OptionalField(key: "purpose") public var purposeRaw: String?
    /// Added at the meeting itself ("med två tillagda punkter").
    @Field(key: "added_at_meeting") public var addedAtMeeting: Bool
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, meetingID: UUID, position: Int, draft: AgendaItemDraft,
                standingPlacement: StandingItem.Placement? = nil, purpose: StandingItem.Purpose? = nil, addedAtMeeting: Bool = false) {
        self.$organisation.id = organisationID
        self.$meeting.id = meetingID
        self.position = position
        self.standingPlacementRaw = standingPlacement?.rawValue
        self.purposeRaw = purpose?.rawValue
        self.addedAtMeeting = addedAtMeeting
        apply(draft)
    }

    public func apply(_ draft: AgendaItemDraft) {
        matterID = draft.matterID
        kindRaw = draft.kind.rawValue
        title = draft.title
        $presenter.id = draft.presenterPersonID
        background = draft.background
        proposal = draft.proposal
        recommendationRaw = draft.recommendation.rawValue
        recommendationText = draft.recommendationText
        secrecyGround = draft.secrecyGround
    }

    public var kind: AgendaItemKind { AgendaItemKind(rawValue: kindRaw) ?? .information }
    public var recommendation: Recommendation { Recommendation(rawValue: recommendationRaw) ?? .none }
    public var isSecret: Bool { secrecyGround != nil }
    public var standingPlacement: StandingItem.Placement? { standingPlacementRaw.flatMap(StandingItem.Placement.init(rawValue:)) }
    public var purpose: StandingItem.Purpose? { purposeRaw.flatMap(StandingItem.Purpose.init(rawValue:)) }

    public var draft: AgendaItemDraft {
        AgendaItemDraft(kind: kind, title: title, presenterPersonID: $presenter.id, background: background, proposal: proposal,
                        recommendation: recommendation, recommendationText: recommendationText, secrecyGround: secrecyGround)
    }
}
