import Foundation

/// The categories SUS reports in, so that what Samordna keeps and what Försäkringskassan's
/// system holds can be compared line by line.
public enum ParticipantSex: String, CaseIterable, Sendable, Codable {
    case woman
    case man
    /// "Annat eller okänt": counted in totals, never guessed.
    case otherOrUnknown = "other"
}

public enum AgeBand: String, CaseIterable, Sendable, Codable {
    case upTo19 = "16-19"
    case from20to24 = "20-24"
    case from25to29 = "25-29"
    case from30to39 = "30-39"
    case from40to49 = "40-49"
    case from50to59 = "50-59"
    case from60 = "60-"
}

/// Who referred the participant. Socialtjänst and other municipal services are reported per
/// kommun, so those referrals name one.
public enum ReferralSource: String, CaseIterable, Sendable, Codable {
    case employmentService = "af"
    case socialInsurance = "fk"
    case socialServices = "socialtjanst"
    case region
    case otherMunicipal = "kommun_ovrigt"

    public var needsMunicipality: Bool { self == .socialServices || self == .otherMunicipal }
}

/// How a participation ended, in SUS's categories. An extratjänst is another labour-market
/// measure, not work, so it is reported as an other positive ending.
public enum EpisodeOutcome: String, CaseIterable, Sendable, Codable {
    case work = "arbete"
    case studies = "studier"
    case continuedRehabilitation = "fortsatt_rehabilitering"
    case jobSeeking = "arbetssokande"
    case noWorkCapacity = "ingen_arbetsformaga"
    case otherMeasure = "annan_insats"
    case dropOutHealth = "avbrott_halsa"
    case dropOutOther = "avbrott_ovrigt"

    public var group: OutcomeGroup {
        switch self {
        case .work: .work
        case .studies: .studies
        case .continuedRehabilitation, .jobSeeking, .noWorkCapacity, .otherMeasure: .otherPositive
        case .dropOutHealth, .dropOutOther: .dropOut
        }
    }
}

/// The four groups the reports count endings in.
public enum OutcomeGroup: String, CaseIterable, Sendable, Codable {
    case work
    case studies
    case otherPositive
    case dropOut
}

/// One participation of one participant in one insats, known only by the association's
/// participant key. It starts at referral; a participant who got "nej" in the beredning never
/// starts, and one who has not ended is "kvar i verksamheten".
public struct ParticipantEpisodeDraft: Equatable, Sendable {
    public var key: String
    public var sex: ParticipantSex
    public var ageBand: AgeBand
    public var referral: ReferralSource
    public var municipalityID: UUID?
    public var referredOn: CivilDate
    public var accepted: Bool
    public var startsOn: CivilDate?
    public var endsOn: CivilDate?
    public var outcome: EpisodeOutcome?

    public init(key: String, sex: ParticipantSex, ageBand: AgeBand, referral: ReferralSource, municipalityID: UUID?, referredOn: CivilDate,
                accepted: Bool, startsOn: CivilDate?, endsOn: CivilDate?, outcome: EpisodeOutcome?) {
        self.key = key
        self.sex = sex
        self.ageBand = ageBand
        self.referral = referral
        self.municipalityID = municipalityID
        self.referredOn = referredOn
        self.accepted = accepted
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.outcome = outcome
    }

    /// Fields: key, sex, ageBand, referral, municipalityID, referredOn, accepted ("ja"/"nej"),
    /// startsOn, endsOn, outcome. `today` bounds the dates: nothing is recorded ahead of time.
    public static func parse(_ input: [String: String], today: CivilDate) -> Result<ParticipantEpisodeDraft, ValidationFailure> {
        var v = FieldValidator(input)
        for (field, value) in input where PersonalNumberCheck.containsPersonalNumber(value) {
            v.add(field, .looksLikePersonalNumber)
        }
        let key = v.text("key", maxLength: 40).flatMap { raw -> String? in
            guard let key = ParticipantKey.normalise(raw) else {
                if !PersonalNumberCheck.containsPersonalNumber(raw) { v.add("key", .invalidParticipantKey) }
                return nil
            }
            return key
        }
        let sex = v.choice("sex", as: ParticipantSex.self)
        let ageBand = v.choice("ageBand", as: AgeBand.self)
        let referral = v.choice("referral", as: ReferralSource.self)
        let municipalityID = v.reference("municipalityID", required: referral?.needsMunicipality == true)
        let referredOn = v.date("referredOn")
        let accepted = v.choice("accepted", as: Assessment.self)
        let startsOn = v.date("startsOn", required: false)
        let endsOn = v.date("endsOn", required: false)
        let outcome = v.choice("outcome", as: EpisodeOutcome.self, required: false)
        for (field, date) in [("referredOn", referredOn), ("startsOn", startsOn), ("endsOn", endsOn)] {
            if let date, date > today { v.add(field, .mustBeOnOrBefore(today.iso)) }
        }
        v.ordered(referredOn, startsOn, endField: "startsOn")
        v.ordered(startsOn, endsOn, endField: "endsOn")
        if accepted == .declined, startsOn != nil { v.add("startsOn", .declinedInAssessment) }
        if endsOn != nil, startsOn == nil { v.add("startsOn", .required) }
        if outcome != nil, endsOn == nil { v.add("outcome", .outcomeWithoutEnd) }
        if endsOn != nil, outcome == nil { v.add("outcome", .required) }
        return v.result {
            guard let key, let sex, let ageBand, let referral, let referredOn, let accepted else { return nil }
            return ParticipantEpisodeDraft(key: key, sex: sex, ageBand: ageBand, referral: referral,
                                           municipalityID: referral.needsMunicipality || municipalityID != nil ? municipalityID : nil,
                                           referredOn: referredOn, accepted: accepted == .accepted, startsOn: startsOn, endsOn: endsOn,
                                           outcome: outcome)
        }
    }

    /// The beredning's answer to samverkan, as the form and the CSV write it.
    public enum Assessment: String, Sendable {
        case accepted = "ja"
        case declined = "nej"
    }
}
