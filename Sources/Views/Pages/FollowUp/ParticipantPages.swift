import Domain

/// An insats's participants: the episodes under their keys, the form to record one, and the
/// insats's figures for a year and since start. Only the kansli and the insats's own insatsägare
/// see this page; everyone else sees the counts on the follow-up page.
public enum ParticipantPages {
    public struct Row: Sendable {
        public var id: String
        public var key: String
        public var sex: ParticipantSex
        public var ageBand: AgeBand
        public var referral: String
        public var referredOn: String
        public var accepted: Bool
        public var startsOn: String?
        public var endsOn: String?
        public var outcome: EpisodeOutcome?

        public init(id: String, key: String, sex: ParticipantSex, ageBand: AgeBand, referral: String, referredOn: String, accepted: Bool,
                    startsOn: String?, endsOn: String?, outcome: EpisodeOutcome?) {
            self.id = id
            self.key = key
            self.sex = sex
            self.ageBand = ageBand
            self.referral = referral
            self.referredOn = referredOn
            self.accepted = accepted
            self.startsOn = startsOn
            self.endsOn = endsOn
            self.outcome = outcome
        }
    }

    public struct Model: Sendable {
        public var interventionID: String
        public var code: String
        public var name: String
        public var rows: [Row]
        public var year: Int
        public var years: [Int]
        public var yearFigures: PeriodFigures
        public var cumulative: CumulativeFigures
        public var groups: SmallGroups
        public var municipalities: [(id: String, name: String)]
        /// The year's survey answers against those who ended during the year.
        public var survey: SurveyFigures
        /// Periods reported as counts.
        public var counts: [ParticipantCountsDraft]

        public init(interventionID: String, code: String, name: String, rows: [Row], year: Int, years: [Int], yearFigures: PeriodFigures,
                    cumulative: CumulativeFigures, groups: SmallGroups, municipalities: [(id: String, name: String)],
                    survey: SurveyFigures = SurveyFigures(answers: [], ended: 0), counts: [ParticipantCountsDraft] = []) {
            self.interventionID = interventionID
            self.code = code
            self.name = name
            self.rows = rows
            self.year = year
            self.years = years
            self.yearFigures = yearFigures
            self.cumulative = cumulative
            self.groups = groups
            self.municipalities = municipalities
            self.survey = survey
            self.counts = counts
        }
    }

    /// The survey's goal: the share answering 7–10 on each question.
    public static let surveyGoalPercent = 80

    public static func render(_ model: Model, slug: String, form: FormState, surveyForm: FormState? = nil, countsForm: FormState? = nil,
                              context: PageContext) -> String {
        let title = Sv.FollowUp.participantsOf(model.code)
        let path = SiteURL.participants(slug, model.interventionID).path
        let answerForm = surveyForm ?? FormState(values: [:], issues: [], csrfToken: form.csrfToken)
        let countsForm = countsForm ?? FormState(values: [:], issues: [], csrfToken: form.csrfToken)
        return Layout.page(title: title, context: context, hasErrors: form.hasErrors || answerForm.hasErrors || countsForm.hasErrors) {
            h1 { title }
            paragraph { model.name }
            paragraph(.class("actions")) {
                actionLink(SiteURL.intervention(slug, model.interventionID).path, model.code)
                " "
                actionLink(SiteURL.participantImport(slug, model.interventionID).path, Sv.FollowUp.importTitle)
                " "
                actionLink(SiteURL.followUp(slug).path, Sv.FollowUp.title)
            }
            paragraph(.class("hint")) { Sv.FollowUp.privacy }
            PeriodLinks.years(model.years, current: model.year) { "\(path)?ar=\($0)" }
            FigureTables.period(caption: Sv.FollowUp.periodCaption(model.code, .year(model.year)),
                                lines: [.init(model.code, model.yearFigures)], groups: model.groups)
            FigureTables.cumulative(caption: Sv.FollowUp.cumulativeCaption(model.code, until: model.cumulative.until),
                                    lines: [.init(model.code, model.cumulative)], groups: model.groups)
            paragraph(.class("hint")) { Sv.FollowUp.suppressionNote(model.groups.threshold) }
            h2 { Sv.FollowUp.participants }
            dataTable(caption: Sv.FollowUp.episodesCaption,
                      headers: [Sv.FollowUp.key, Sv.FollowUp.sex, Sv.FollowUp.ageBand, Sv.FollowUp.referral, Sv.FollowUp.referredOn,
                                Sv.FollowUp.startsOn, Sv.FollowUp.endsOn, Sv.FollowUp.outcome, Sv.FollowUp.edit],
                      rows: model.rows.map { row in
                          [.text(row.key), .text(Sv.FollowUp.sex(row.sex)), .text(Sv.FollowUp.ageBand(row.ageBand)), .text(row.referral),
                           .text(row.referredOn), .text(row.startsOn ?? (row.accepted ? Sv.FollowUp.notStarted : Sv.FollowUp.declined)),
                           .text(row.endsOn ?? ""),
                           .text(row.outcome.map(Sv.FollowUp.outcome) ?? (row.startsOn == nil ? "" : Sv.FollowUp.stillActive)),
                           link(SiteURL.participantEpisode(slug, model.interventionID, row.id).path) {
                               Sv.FollowUp.edit
                               span(.class("visually-hidden")) { " " + row.key }
                           }]
                      },
                      emptyText: Sv.FollowUp.noEpisodes, wide: true)
            h2 { Sv.FollowUp.newEpisode }
            episodeForm(form, action: path, municipalities: model.municipalities, cancel: nil)
            section(.aria("labelledby", "antal")) {
                h2(.id("antal")) { Sv.FollowUp.countsTitle }
                paragraph(.class("hint")) { Sv.FollowUp.countsHint }
                if !model.counts.isEmpty {
                    dataTable(caption: Sv.FollowUp.countsCaption,
                              headers: [Sv.FollowUp.countsPeriod, Sv.FollowUp.women, Sv.FollowUp.men, Sv.FollowUp.other, Sv.FollowUp.total, Sv.FollowUp.new]
                                + OutcomeGroup.allCases.map(Sv.FollowUp.outcomeGroup) + [Sv.FollowUp.remaining],
                              rows: model.counts.map { c in
                                  [.text(Sv.FollowUp.periodName(c.period))] + [c.women, c.men, c.other, c.during, c.new, c.work, c.studies, c.otherPositive,
                                                                               c.dropOut, c.remaining].map { .text(String($0)) }
                              }, numericColumns: Set(1...10), wide: true)
                }
                FormView.render(countsForm, action: SiteURL.participantCounts(slug, model.interventionID).path, submit: Sv.save, items: [
                    .field(FieldSpec("period", Sv.FollowUp.countsPeriod, hint: Sv.FollowUp.countsPeriodHint)),
                    .group(legend: Sv.FollowUp.participants, hint: nil, [
                        FieldSpec("women", Sv.FollowUp.women, .text(inputMode: "numeric")), FieldSpec("men", Sv.FollowUp.men, .text(inputMode: "numeric")),
                        FieldSpec("other", Sv.FollowUp.other, .text(inputMode: "numeric")),
                        FieldSpec("total", Sv.FollowUp.countsTotal, .text(inputMode: "numeric")), FieldSpec("new", Sv.FollowUp.new, .text(inputMode: "numeric")),
                    ]),
                    .group(legend: Sv.FollowUp.ended, hint: nil, [
                        FieldSpec("work", Sv.FollowUp.outcomeGroup(.work), .text(inputMode: "numeric")),
                        FieldSpec("studies", Sv.FollowUp.outcomeGroup(.studies), .text(inputMode: "numeric")),
                        FieldSpec("otherPositive", Sv.FollowUp.outcomeGroup(.otherPositive), .text(inputMode: "numeric")),
                        FieldSpec("dropOut", Sv.FollowUp.outcomeGroup(.dropOut), .text(inputMode: "numeric")),
                        FieldSpec("remaining", Sv.FollowUp.remaining, .text(inputMode: "numeric")),
                    ]),
                ])
            }
            section(.aria("labelledby", "enkat")) {
                h2(.id("enkat")) { Sv.FollowUp.surveyTitle }
                FigureTables.survey(caption: Sv.FollowUp.surveyCaption(model.code, .year(model.year)), lines: [(model.code, model.survey)],
                                    groups: model.groups)
                paragraph(.class("hint")) { Sv.FollowUp.surveyGoal(surveyGoalPercent) }
                h3 { Sv.FollowUp.newAnswer }
                paragraph(.class("hint")) { Sv.FollowUp.surveyHint }
                paragraph(.class("actions")) { actionLink(SiteURL.surveyImport(slug, model.interventionID).path, Sv.FollowUp.surveyImportTitle) }
                let ratings = (1...10).map { (String($0), String($0)) }
                FormView.render(answerForm, action: SiteURL.surveyAnswers(slug, model.interventionID).path, submit: Sv.save,
                                items: [.field(FieldSpec("answeredOn", Sv.FollowUp.answeredOn, .date))]
                                    + SurveyQuestion.allCases.map { question in
                                        .field(FieldSpec(question.rawValue, Sv.FollowUp.question(question), .select(ratings, includeEmpty: true),
                                                         hint: Sv.FollowUp.rating, optional: true))
                                    }
                                    + [.field(FieldSpec("discrimination", Sv.FollowUp.discrimination,
                                                        .select([("ja", Sv.FollowUp.yes), ("nej", Sv.FollowUp.no)], includeEmpty: true), optional: true))])
            }
        }
    }

    public static func edit(_ form: FormState, slug: String, interventionID: String, episodeID: String, code: String,
                            municipalities: [(id: String, name: String)], context: PageContext) -> String {
        let title = Sv.FollowUp.editEpisode
        return Layout.page(title: title, context: context, hasErrors: form.hasErrors) {
            h1 { title }
            paragraph { Sv.FollowUp.participantsOf(code) }
            episodeForm(form, action: SiteURL.participantEpisode(slug, interventionID, episodeID).path, municipalities: municipalities,
                        cancel: SiteURL.participants(slug, interventionID).path)
        }
    }

    static func episodeForm(_ form: FormState, action: String, municipalities: [(id: String, name: String)], cancel: String?) -> Node {
        FormView.render(form, action: action, submit: Sv.save, cancel: cancel, items: [
            .field(FieldSpec("key", Sv.FollowUp.key, hint: Sv.FollowUp.keyHint)),
            .field(FieldSpec("sex", Sv.FollowUp.sex, .select(ParticipantSex.allCases.map { ($0.rawValue, Sv.FollowUp.sex($0)) }, includeEmpty: true))),
            .field(FieldSpec("ageBand", Sv.FollowUp.ageBand,
                             .select(AgeBand.allCases.map { ($0.rawValue, Sv.FollowUp.ageBand($0)) }, includeEmpty: true))),
            .field(FieldSpec("referral", Sv.FollowUp.referral,
                             .select(ReferralSource.allCases.map { ($0.rawValue, Sv.FollowUp.referral($0)) }, includeEmpty: true))),
            .field(FieldSpec("municipalityID", Sv.FollowUp.municipality, .select(municipalities.map { ($0.id, $0.name) }, includeEmpty: true),
                             hint: Sv.FollowUp.municipalityHint, optional: true)),
            .field(FieldSpec("referredOn", Sv.FollowUp.referredOn, .date)),
            .field(FieldSpec("accepted", Sv.FollowUp.accepted,
                             .select([(ParticipantEpisodeDraft.Assessment.accepted.rawValue, Sv.FollowUp.yes),
                                      (ParticipantEpisodeDraft.Assessment.declined.rawValue, Sv.FollowUp.no)], includeEmpty: true))),
            .field(FieldSpec("startsOn", Sv.FollowUp.startsOn, .date, hint: Sv.FollowUp.startsHint, optional: true)),
            .field(FieldSpec("endsOn", Sv.FollowUp.endsOn, .date, optional: true)),
            .field(FieldSpec("outcome", Sv.FollowUp.outcome,
                             .select(EpisodeOutcome.allCases.map { ($0.rawValue, Sv.FollowUp.outcome($0)) }, includeEmpty: true),
                             hint: Sv.FollowUp.outcomeHint, optional: true)),
        ])
    }
}
