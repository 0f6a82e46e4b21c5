import Domain
import Fluent
import Foundation

/// One entry of the association's template of standing agenda items.
public final class StandingAgendaItem: Model, @unchecked Sendable {
    public static let schema = "standing_agenda_items"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Field(key: "position") public var position: Int
    @Field(key: "title") public var title: String
    @Field(key: "kind") public var kindRaw: String
    @Field(key: "placement") public var placementRaw: String
    @OptionalField(key: "purpose") public var purposeRaw: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, position: Int, item: StandingItem) {
        self.$organisation.id = organisationID
        self.position = position
        title = item.title
        kindRaw = item.kind.rawValue
        placementRaw = item.placement.rawValue
        purposeRaw = item.purpose?.rawValue
    }

    public var item: StandingItem {
        StandingItem(title: title, kind: AgendaItemKind(rawValue: kindRaw) ?? .information,
                     placement: StandingItem.Placement(rawValue: placementRaw) ?? .opening,
                     purpose: purposeRaw.flatMap(StandingItem.Purpose.init(rawValue:)))
    }
}
