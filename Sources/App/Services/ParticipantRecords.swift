import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// Reading and recording participations (issue 18, item 1). The checks that need the database
/// (the kommun is one of the association's members) are made here, after the draft's own.
enum ParticipantRecords {
    /// The association's member kommuner, for the kommun field and the per-kommun figures.
    static func municipalities(of organisationID: UUID, on database: any Database) async throws -> [Member] {
        try await Member.query(on: database).filter(\.$organisation.$id == organisationID)
            .filter(\.$kindRaw == MemberKind.municipality.rawValue).sort(\.$name).all()
    }

    static func episodes(of organisationID: UUID, intervention: UUID? = nil, on database: any Database) async throws -> [ParticipantEpisode] {
        var query = ParticipantEpisode.query(on: database).filter(\.$organisation.$id == organisationID)
        if let intervention { query = query.filter(\.$intervention.$id == intervention) }
        return try await query.sort(\.$referredOn).sort(\.$participantKey).all()
    }

    static func counts(of organisationID: UUID, intervention: UUID? = nil, on database: any Database) async throws -> [ParticipantCounts] {
        var query = ParticipantCounts.query(on: database).filter(\.$organisation.$id == organisationID)
        if let intervention { query = query.filter(\.$intervention.$id == intervention) }
        return try await query.sort(\.$period).all()
    }

    /// A period's figures of the given insatser (all when nil): the episodes, each person once,
    /// and the counts reported for exactly that period, which cannot be told apart by person.
    static func figures(_ period: ReportingPeriod, episodes: [RecordedEpisode], counts: [ParticipantCounts],
                        of interventions: Set<UUID>? = nil) -> PeriodFigures {
        let own = interventions.map { ids in episodes.filter { ids.contains($0.interventionID) } } ?? episodes
        return counts.filter { $0.period == period.code && (interventions?.contains($0.$intervention.id) ?? true) }.compactMap(\.draft)
            .reduce(ParticipantFigures.period(period, of: own)) { $0.adding($1.figures) }
    }

    /// Survey answers given in a period, of one insats or all.
    static func surveyAnswers(of organisationID: UUID, intervention: UUID? = nil, in period: ReportingPeriod,
                              on database: any Database) async throws -> [SurveyAnswerDraft] {
        var query = SurveyAnswer.query(on: database).filter(\.$organisation.$id == organisationID)
            .filter(\.$answeredOn >= period.from.iso).filter(\.$answeredOn <= period.to.iso)
        if let intervention { query = query.filter(\.$intervention.$id == intervention) }
        return try await query.all().compactMap(\.draft)
    }

    /// The form's values read into a draft whose kommun is one of the association's.
    static func parse(_ values: [String: String], municipalities: [Member], today: CivilDate) -> Result<ParticipantEpisodeDraft, ValidationFailure> {
        let result = ParticipantEpisodeDraft.parse(values, today: today)
        guard case .success(let draft) = result, let id = draft.municipalityID else { return result }
        return municipalities.contains(where: { $0.id == id }) ? result : .failure(ValidationFailure([FieldIssue("municipalityID", .notAChoice)]))
    }

    /// A sheet row's kommun, written by name, as the form's choice; an unknown name is left for
    /// the check to refuse.
    static func formValues(_ row: ParticipantCSV.Row, municipalities: [Member]) -> [String: String] {
        var values = row.values
        if let name = values.removeValue(forKey: "municipalityName"), !name.isEmpty {
            let folded = ArchiveText.fold(name)
            values["municipalityID"] = municipalities.first { ArchiveText.fold($0.name) == folded || ArchiveText.fold($0.name) == folded + " kommun" }?
                .id?.uuidString ?? name
        }
        return values
    }

    /// The values sent back to the form, without what looked like a personnummer: it is not
    /// kept, not even in the page that asks for a correction.
    static func withoutPersonalNumbers(_ values: [String: String], _ issues: [FieldIssue]) -> [String: String] {
        var values = values
        for issue in issues where issue.problem == .looksLikePersonalNumber { values[issue.field] = "" }
        return values
    }

    /// A sheet row as the preview shows it: the categories in words, and a personnummer hidden.
    static func display(_ values: [String: String], issues: [FieldIssue]) -> [String: String] {
        var shown = withoutPersonalNumbers(values, issues)
        shown["sex"] = values["sex"].flatMap(ParticipantSex.init(rawValue:)).map(Sv.FollowUp.sex) ?? shown["sex"]
        shown["ageBand"] = values["ageBand"].flatMap(AgeBand.init(rawValue:)).map(Sv.FollowUp.ageBand) ?? shown["ageBand"]
        shown["referral"] = values["referral"].flatMap(ReferralSource.init(rawValue:)).map(Sv.FollowUp.referral) ?? shown["referral"]
        shown["outcome"] = values["outcome"].flatMap(EpisodeOutcome.init(rawValue:)).map(Sv.FollowUp.outcome) ?? shown["outcome"]
        shown["accepted"] = values["accepted"].flatMap(ParticipantEpisodeDraft.Assessment.init(rawValue:))
            .map { $0 == .accepted ? Sv.FollowUp.yes : Sv.FollowUp.no } ?? shown["accepted"]
        shown["discrimination"] = values["discrimination"].flatMap(ParticipantEpisodeDraft.Assessment.init(rawValue:))
            .map { $0 == .accepted ? Sv.FollowUp.yes : Sv.FollowUp.no } ?? shown["discrimination"]
        return shown
    }

    static func row(_ episode: ParticipantEpisode) -> ParticipantPages.Row {
        ParticipantPages.Row(id: episode.id!.uuidString, key: episode.participantKey, sex: ParticipantSex(rawValue: episode.sexRaw) ?? .otherOrUnknown,
                             ageBand: AgeBand(rawValue: episode.ageBandRaw) ?? .from30to39,
                             referral: ReferralSource(rawValue: episode.referralRaw).map(Sv.FollowUp.referral) ?? episode.referralRaw,
                             referredOn: episode.referredOn, accepted: episode.accepted, startsOn: episode.startsOn, endsOn: episode.endsOn,
                             outcome: episode.outcomeRaw.flatMap(EpisodeOutcome.init(rawValue:)))
    }

    /// The form's values of a stored episode, for editing it.
    static func values(_ episode: ParticipantEpisode) -> [String: String] {
        ["key": episode.participantKey, "sex": episode.sexRaw, "ageBand": episode.ageBandRaw, "referral": episode.referralRaw,
         "municipalityID": episode.$municipality.id?.uuidString ?? "", "referredOn": episode.referredOn,
         "accepted": episode.accepted ? "ja" : "nej", "startsOn": episode.startsOn ?? "", "endsOn": episode.endsOn ?? "",
         "outcome": episode.outcomeRaw ?? ""]
    }
}
