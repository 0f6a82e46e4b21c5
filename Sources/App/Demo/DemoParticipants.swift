import Domain
import Fluent
import Foundation
import Persistence

extension DemoData {
    /// Participations in the demo's two individual insatser from 2025 on, drawn from a fixed
    /// seed so that every demo shows the same figures: referrals from every party, some "nej" in
    /// the beredning, endings in every category, people still taking part, and a few people in
    /// both insatser (the association's total counts them once), and the survey answered by most
    /// of those who ended.
    static func loadParticipants(organisationID id: UUID, on db: any Database) async throws {
        let interventions = try await Intervention.query(on: db).filter(\.$organisation.$id == id).all()
        let municipalities = try await Member.query(on: db).filter(\.$organisation.$id == id)
            .filter(\.$kindRaw == MemberKind.municipality.rawValue).sort(\.$name).all().compactMap(\.id)
        guard let adults = interventions.first(where: { $0.code == "P10VUX" })?.id,
              let young = interventions.first(where: { $0.code == "P20UNG" })?.id, !municipalities.isEmpty else { return }
        var generator = SeededGenerator(seed: 2025)
        var drafts: [ParticipantEpisodeDraft] = []
        for (intervention, count, ages) in [(adults, 42, Array(AgeBand.allCases.dropFirst(2))), (young, 26, Array(AgeBand.allCases.prefix(3)))] {
            for index in 0..<count {
                var draft = episode(key: ParticipantKey.draw(using: &generator), ages: ages, municipalities: municipalities, using: &generator)
                // Four of the young adults also took part in the adults' insats: the same person, under the same key.
                if intervention == young && index < 4 {
                    let earlier = drafts[index * 3]
                    (draft.key, draft.sex, draft.ageBand) = (earlier.key, earlier.sex, earlier.ageBand)
                }
                drafts.append(draft)
                try await ParticipantEpisode(organisationID: id, interventionID: intervention, draft: draft).create(on: db)
                // Most of those who end answer the survey on their last day.
                if let end = draft.endsOn, Int.random(in: 0..<10, using: &generator) < 7 {
                    let ratings = Dictionary(uniqueKeysWithValues: SurveyQuestion.allCases.map { ($0, Int.random(in: 4...10, using: &generator)) })
                    try await SurveyAnswer(organisationID: id, interventionID: intervention, draft: SurveyAnswerDraft(
                        answeredOn: end, ratings: ratings, discrimination: Int.random(in: 0..<10, using: &generator) == 0)).create(on: db)
                }
            }
        }
    }

    private static func episode(key: String, ages: [AgeBand], municipalities: [UUID], using generator: inout SeededGenerator) -> ParticipantEpisodeDraft {
        let referral = ReferralSource.allCases.randomElement(using: &generator)!
        let referred = CivilDate(year: 2025, month: 1, day: 1)!.adding(days: Int.random(in: 0...640, using: &generator))!
        let accepted = Int.random(in: 0..<10, using: &generator) > 0
        let start = accepted ? referred.adding(days: Int.random(in: 7...35, using: &generator)) : nil
        var end: CivilDate?
        var outcome: EpisodeOutcome?
        if let start, let ending = start.adding(days: Int.random(in: 60...420, using: &generator)),
           ending <= CivilDate(year: 2026, month: 11, day: 20)! {
            end = ending
            // Roughly SUS's spread: a third to work or studies, a third other positive, the rest avbrott.
            outcome = [.work, .work, .work, .studies, .studies, .continuedRehabilitation, .jobSeeking, .noWorkCapacity, .otherMeasure,
                       .dropOutHealth, .dropOutOther].randomElement(using: &generator)
        }
        return ParticipantEpisodeDraft(key: key, sex: [.woman, .woman, .man, .man, .otherOrUnknown].randomElement(using: &generator)!,
                                       ageBand: ages.randomElement(using: &generator)!, referral: referral,
                                       municipalityID: municipalities.randomElement(using: &generator), referredOn: referred, accepted: accepted,
                                       startsOn: start, endsOn: end, outcome: outcome)
    }
}
