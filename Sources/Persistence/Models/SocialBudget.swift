import Domain
import Fluent
import Foundation

/// A goal area of a year's social budget (see `GoalAreaDraft`).
public final class GoalArea: Model, @unchecked Sendable {
    public static let schema = "goal_areas"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Field(key: "year") public var year: Int
    @Field(key: "name") public var name: String
    @Field(key: "ideal_weight") public var idealWeight: Int
    @Field(key: "used_weight") public var usedWeight: Int
    @Children(for: \.$goalArea) public var indicators: [Indicator]
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, year: Int, draft: GoalAreaDraft) {
        self.$organisation.id = organisationID
        self.year = year
        name = draft.name
        idealWeight = draft.idealWeight
        usedWeight = draft.usedWeight
    }
}

/// An indicator of a goal (see `IndicatorDraft`).
public final class Indicator: Model, @unchecked Sendable {
    public static let schema = "indicators"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "goal_area_id") public var goalArea: GoalArea
    @Field(key: "goal") public var goal: String
    @Field(key: "name") public var name: String
    @Field(key: "weight") public var weight: Int
    @Field(key: "target") public var target: Double
    @Field(key: "direction") public var directionRaw: String
    @Field(key: "measure") public var measureRaw: String
    @Children(for: \.$indicator) public var results: [IndicatorResult]
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, draft: IndicatorDraft) {
        self.$organisation.id = organisationID
        self.$goalArea.id = draft.goalAreaID
        goal = draft.goal
        name = draft.name
        weight = draft.weight
        target = draft.target
        directionRaw = draft.direction.rawValue
        measureRaw = draft.measure.rawValue
    }

    public var direction: IndicatorDirection { IndicatorDirection(rawValue: directionRaw) ?? .atLeast }
    public var measure: IndicatorMeasure { IndicatorMeasure(rawValue: measureRaw) ?? .manual }
}

/// A result entered by hand (see `IndicatorResultDraft`).
public final class IndicatorResult: Model, @unchecked Sendable {
    public static let schema = "indicator_results"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "indicator_id") public var indicator: Indicator
    @Field(key: "tertial") public var tertial: Int
    @OptionalField(key: "platform") public var platform: String?
    @Field(key: "value") public var value: Double
    @OptionalField(key: "persons") public var persons: Int?
    @Field(key: "source") public var source: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, draft: IndicatorResultDraft) {
        self.$organisation.id = organisationID
        self.$indicator.id = draft.indicatorID
        tertial = draft.tertial
        platform = draft.platform
        value = draft.value
        persons = draft.persons
        source = draft.source
    }
}
