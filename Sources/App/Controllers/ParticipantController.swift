import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// Participants of an insats (issue 18, item 1): recorded one by one under the association's
/// participant key and never with a personnummer (a sheet is read by
/// `SheetImportController<ParticipantImport>`). The kansli and the insats's own insatsägare see
/// and record them; every reader sees the counts on the follow-up page.
struct ParticipantController {
    func register(readers: any RoutesBuilder) throws {
        readers.get(SiteURL.followUp(SiteURL.slug).route, use: followUp)
        readers.get(SiteURL.participants(SiteURL.slug, SiteURL.id).route, use: list)
        readers.post(SiteURL.participants(SiteURL.slug, SiteURL.id).route, use: create)
        readers.get(SiteURL.participantEpisode(SiteURL.slug, SiteURL.id, ":episode").route, use: editForm)
        readers.post(SiteURL.participantEpisode(SiteURL.slug, SiteURL.id, ":episode").route, use: update)
        readers.post(SiteURL.surveyAnswers(SiteURL.slug, SiteURL.id).route, use: recordSurveyAnswer)
        readers.post(SiteURL.participantCounts(SiteURL.slug, SiteURL.id).route, use: recordCounts)
    }

    @Sendable func followUp(_ request: Request) async throws -> Response {
        let association = try request.association
        let period = request.query[String.self, at: "period"].flatMap(ReportingPeriod.init(code:)) ?? .year(request.today.year)
        let model = try await FollowUpFigures.page(organisationID: association.id, period: period, today: request.today, on: request.db)
        return .html(FollowUpPage.render(model, slug: association.slug, context: request.pageContext()))
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        var generator = SystemRandomNumberGenerator()
        return try await page(request, try await InterventionAccess.actedFor(request),
                              form: request.formState(["key": ParticipantKey.draw(using: &generator), "referredOn": request.today.iso]))
    }

    private func page(_ request: Request, _ intervention: Intervention, form: FormState, surveyForm: FormState? = nil,
                      countsForm: FormState? = nil) async throws -> Response {
        let association = try request.association
        let id = try intervention.requireID()
        let today = request.today
        let stored = try await ParticipantRecords.episodes(of: association.id, intervention: id, on: request.db)
        let episodes = stored.compactMap(\.recorded)
        let year = request.query[Int.self, at: "ar"].flatMap { (1900...today.year).contains($0) ? $0 : nil } ?? today.year
        let firstYear = episodes.map(\.episode.referredOn.year).min() ?? today.year
        let municipalities = try await ParticipantRecords.municipalities(of: association.id, on: request.db)
        let counts = try await ParticipantRecords.counts(of: association.id, intervention: id, on: request.db)
        let yearFigures = ParticipantRecords.figures(.year(year), episodes: episodes, counts: counts)
        let answers = try await ParticipantRecords.surveyAnswers(of: association.id, intervention: id, in: .year(year), on: request.db)
        let model = ParticipantPages.Model(
            interventionID: id.uuidString, code: intervention.code, name: intervention.name(on: today), rows: stored.map(ParticipantRecords.row),
            year: year, years: Array(min(firstYear, year)...today.year), yearFigures: yearFigures,
            cumulative: ParticipantFigures.cumulative(until: today, of: episodes), groups: SmallGroups(),
            municipalities: municipalities.map { ($0.id!.uuidString, $0.name) },
            survey: SurveyFigures(answers: answers, ended: yearFigures.ended.total.value),
            counts: counts.compactMap(\.draft))
        let surveyForm = surveyForm ?? request.formState(["answeredOn": today.iso])
        let countsForm = countsForm ?? request.formState(["period": "\(today.year)-T\((today.month - 1) / 4 + 1)"])
        return .html(ParticipantPages.render(model, slug: association.slug, form: form, surveyForm: surveyForm, countsForm: countsForm,
                                             context: request.pageContext()),
                     status: form.hasErrors || surveyForm.hasErrors || countsForm.hasErrors ? .unprocessableEntity : .ok)
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let association = try request.association
        let intervention = try await InterventionAccess.actedFor(request)
        let values = try request.formValues()
        let municipalities = try await ParticipantRecords.municipalities(of: association.id, on: request.db)
        switch ParticipantRecords.parse(values, municipalities: municipalities, today: request.today) {
        case .failure(let failure):
            return try await page(request, intervention,
                                  form: request.formState(ParticipantRecords.withoutPersonalNumbers(values, failure.issues), issues: failure.issues))
        case .success(let draft):
            let episode = ParticipantEpisode(organisationID: association.id, interventionID: try intervention.requireID(), draft: draft)
            try await request.saveAudited(episode, subject: .participantEpisode, name: "\(intervention.code) \(draft.key)", before: nil)
            return request.redirect(to: .participants(association.slug, intervention.id!.uuidString), flash: Sv.FollowUp.recorded)
        }
    }

    /// One participant's anonymous survey answers.
    @Sendable func recordSurveyAnswer(_ request: Request) async throws -> Response {
        let association = try request.association
        let intervention = try await InterventionAccess.actedFor(request)
        let values = try request.formValues()
        switch SurveyAnswerDraft.parse(values, today: request.today) {
        case .failure(let failure):
            return try await page(request, intervention, form: request.formState(["referredOn": request.today.iso]),
                                  surveyForm: request.formState(values, issues: failure.issues))
        case .success(let draft):
            let answer = SurveyAnswer(organisationID: association.id, interventionID: try intervention.requireID(), draft: draft)
            try await request.saveAudited(answer, subject: .participantEpisode, name: "\(intervention.code) \(Sv.FollowUp.surveyTitle)", before: nil)
            return request.redirect(to: .participants(association.slug, intervention.id!.uuidString), flash: Sv.FollowUp.answerRecorded)
        }
    }

    /// A period's participants as counts; a second entry for the same period replaces the first.
    @Sendable func recordCounts(_ request: Request) async throws -> Response {
        let association = try request.association
        let intervention = try await InterventionAccess.actedFor(request)
        let values = try request.formValues()
        switch ParticipantCountsDraft.parse(values, today: request.today) {
        case .failure(let failure):
            return try await page(request, intervention, form: request.formState(["referredOn": request.today.iso]),
                                  countsForm: request.formState(values, issues: failure.issues))
        case .success(let draft):
            let interventionID = try intervention.requireID()
            let existing = try await ParticipantCounts.query(on: request.db).filter(\.$intervention.$id == interventionID)
                .filter(\.$period == draft.period.code).first()
            let counts = existing ?? ParticipantCounts(organisationID: association.id, interventionID: interventionID)
            let before = existing?.snapshot
            counts.apply(draft)
            try await request.saveAudited(counts, subject: .participantEpisode, name: "\(intervention.code) \(draft.period.code)", before: before)
            return request.redirect(to: .participants(association.slug, intervention.id!.uuidString), flash: Sv.FollowUp.countsRecorded)
        }
    }

    private func episode(_ request: Request, of intervention: Intervention) async throws -> ParticipantEpisode {
        guard let raw = request.parameters.get("episode"), let id = UUID(uuidString: raw),
              let episode = try await ParticipantEpisode.query(on: request.db).filter(\.$id == id)
                .filter(\.$intervention.$id == intervention.requireID()).first()
        else { throw Abort(.notFound) }
        return episode
    }

    @Sendable func editForm(_ request: Request) async throws -> Response {
        let intervention = try await InterventionAccess.actedFor(request)
        let episode = try await episode(request, of: intervention)
        return try await editPage(request, intervention, episode, form: request.formState(ParticipantRecords.values(episode)))
    }

    private func editPage(_ request: Request, _ intervention: Intervention, _ episode: ParticipantEpisode, form: FormState) async throws -> Response {
        let association = try request.association
        let municipalities = try await ParticipantRecords.municipalities(of: association.id, on: request.db)
        return .html(ParticipantPages.edit(form, slug: association.slug, interventionID: intervention.id!.uuidString, episodeID: episode.id!.uuidString,
                                           code: intervention.code, municipalities: municipalities.map { ($0.id!.uuidString, $0.name) },
                                           context: request.pageContext()),
                     status: form.hasErrors ? .unprocessableEntity : .ok)
    }

    @Sendable func update(_ request: Request) async throws -> Response {
        let association = try request.association
        let intervention = try await InterventionAccess.actedFor(request)
        let episode = try await episode(request, of: intervention)
        let values = try request.formValues()
        let municipalities = try await ParticipantRecords.municipalities(of: association.id, on: request.db)
        switch ParticipantRecords.parse(values, municipalities: municipalities, today: request.today) {
        case .failure(let failure):
            return try await editPage(request, intervention, episode,
                                      form: request.formState(ParticipantRecords.withoutPersonalNumbers(values, failure.issues), issues: failure.issues))
        case .success(let draft):
            let before = episode.snapshot
            episode.apply(draft)
            try await request.saveAudited(episode, subject: .participantEpisode, name: "\(intervention.code) \(draft.key)", before: before)
            return request.redirect(to: .participants(association.slug, intervention.id!.uuidString), flash: Sv.FollowUp.updated)
        }
    }
}
