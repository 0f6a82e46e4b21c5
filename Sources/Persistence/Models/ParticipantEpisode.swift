import Domain
import Fluent
import Foundation

/// A participation in an insats (see `ParticipantEpisodeDraft`). Never shown to the public:
/// only counts computed from these rows leave the kansli's pages.
public final class ParticipantEpisode: Model, @unchecked Sendable {
    public static let schema = "participant_episodes"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "intervention_id") public var intervention: Intervention
    @Field(key: "participant_key") public var participantKey: String
    @Field(key: "sex") public var sexRaw: String
    @Field(key: "age_band") public var ageBandRaw: String
    @Field(key: "referral") public var referralRaw: String
    @OptionalParent(key: "municipality_member_id") public var municipality: Member?
    @Field(key: "referred_on") public var referredOn: String
    @Field(key: "accepted") public var accepted: Bool
    @OptionalField(key: "starts_on") public var startsOn: String?
    @OptionalField(key: "ends_on") public var endsOn: String?
    @OptionalField(key: "outcome") public var outcomeRaw: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, interventionID: UUID, draft: ParticipantEpisodeDraft) {
        self.$organisation.id = organisationID
        self.$intervention.id = interventionID
        apply(draft)
    }

    public func apply(_ draft: ParticipantEpisodeDraft) {
        participantKey = draft.key
        sexRaw = draft.sex.rawValue
        ageBandRaw = draft.ageBand.rawValue
        referralRaw = draft.referral.rawValue
        $municipality.id = draft.municipalityID
        referredOn = draft.referredOn.iso
        accepted = draft.accepted
        startsOn = draft.startsOn?.iso
        endsOn = draft.endsOn?.iso
        outcomeRaw = draft.outcome?.rawValue
    }

    /// The stored row as the domain reads it; nil only for a row written outside Samordna with
    /// values it does not know.
    public var recorded: RecordedEpisode? {
        guard let sex = ParticipantSex(rawValue: sexRaw), let ageBand = AgeBand(rawValue: ageBandRaw),
              let referral = ReferralSource(rawValue: referralRaw), let referred = CivilDate(iso: referredOn) else { return nil }
        let draft = ParticipantEpisodeDraft(key: participantKey, sex: sex, ageBand: ageBand, referral: referral, municipalityID: $municipality.id,
                                            referredOn: referred, accepted: accepted, startsOn: startsOn.flatMap(CivilDate.init(iso:)),
                                            endsOn: endsOn.flatMap(CivilDate.init(iso:)), outcome: outcomeRaw.flatMap(EpisodeOutcome.init(rawValue:)))
        return RecordedEpisode(interventionID: $intervention.id, episode: draft)
    }
}
