import Domain
import Foundation
import Testing
@testable import Views

/// Snapshots of the participant pages (issue 18): an insats's participants with its figures, an
/// episode being changed, a sheet's preview with a refused row, and the association's follow-up.
@Suite struct FollowUpSnapshotTests {
    private let snapshots = SnapshotTests()
    static let adults = UUID(uuidString: "00000000-0000-0000-0000-0000000000A1")!
    static let young = UUID(uuidString: "00000000-0000-0000-0000-0000000000B2")!
    static let umea = UUID(uuidString: "00000000-0000-0000-0000-0000000000C3")!

    static func episode(_ key: String, _ intervention: UUID, _ sex: ParticipantSex, start: String?, end: String? = nil,
                        outcome: EpisodeOutcome? = nil, referral: ReferralSource = .socialInsurance, accepted: Bool = true) -> RecordedEpisode {
        RecordedEpisode(interventionID: intervention, episode: ParticipantEpisodeDraft(
            key: key, sex: sex, ageBand: .from25to29, referral: referral, municipalityID: referral.needsMunicipality ? umea : nil,
            referredOn: CivilDate(iso: start ?? "2025-03-01")!.adding(days: -10)!, accepted: accepted,
            startsOn: start.flatMap(CivilDate.init(iso:)), endsOn: end.flatMap(CivilDate.init(iso:)), outcome: outcome))
    }

    /// Twelve people, one of them in both insatser, so that groups of five or more show beside hidden ones.
    static let episodes: [RecordedEpisode] = {
        let outcomes: [EpisodeOutcome] = [.work, .studies, .dropOutHealth]
        var all: [RecordedEpisode] = []
        for index in 0..<9 {
            let sex: ParticipantSex = index % 3 == 0 ? .man : .woman
            let end: String? = index < 6 ? "2025-1\(index % 2)-20" : nil
            all.append(episode("VUX\(index)-AB", adults, sex, start: "2025-0\(index % 4 + 1)-10", end: end, outcome: end == nil ? nil : outcomes[index % 3]))
        }
        return all + [
            episode("VUX0-AB", young, .man, start: "2025-05-02", end: "2025-09-30", outcome: .otherMeasure, referral: .socialServices),
            episode("UNG1-CD", young, .woman, start: "2025-06-01", referral: .socialServices),
            episode("UNG2-CD", young, .otherOrUnknown, start: "2025-07-01"),
            episode("UNG3-CD", young, .man, start: nil, referral: .region, accepted: false),
        ]
    }()

    @Test func participantsOfAnInsats() {
        let own = Self.episodes.filter { $0.interventionID == Self.young }
        let model = ParticipantPages.Model(
            interventionID: "i1", code: "P20UNG", name: "Unga vuxna i arbete",
            rows: own.enumerated().map { index, recorded in
                let e = recorded.episode
                return ParticipantPages.Row(id: "e\(index)", key: e.key, sex: e.sex, ageBand: e.ageBand, referral: Sv.FollowUp.referral(e.referral),
                                            referredOn: e.referredOn.iso, accepted: e.accepted, startsOn: e.startsOn?.iso, endsOn: e.endsOn?.iso,
                                            outcome: e.outcome)
            },
            year: 2025, years: [2025, 2026], yearFigures: ParticipantFigures.period(.year(2025), of: own),
            cumulative: ParticipantFigures.cumulative(until: CivilDate(iso: "2026-03-15")!, of: own), groups: SmallGroups(),
            municipalities: [("m1", "Umeå kommun"), ("m2", "Vännäs kommun")])
        let context = RegisterSnapshotTests.kansli(SiteURL.participants("exempel", "i1").path)
        snapshots.check(ParticipantPages.render(model, slug: "exempel", form: FormState(values: ["key": "DK7Q-M3PA", "referredOn": "2026-03-15"],
                                                                                        issues: [], csrfToken: "t"), context: context), "list")
        let refused = FormState(values: ["key": "", "sex": "woman", "referral": "socialtjanst", "accepted": "nej", "startsOn": "2026-03-01"],
                                issues: [FieldIssue("key", .looksLikePersonalNumber), FieldIssue("municipalityID", .required),
                                         FieldIssue("startsOn", .declinedInAssessment)], csrfToken: "t")
        snapshots.check(ParticipantPages.edit(refused, slug: "exempel", interventionID: "i1", episodeID: "e1", code: "P20UNG",
                                              municipalities: [("m1", "Umeå kommun")], context: context), "edit-refused")
    }

    @Test func aSheetsPreview() {
        let rows = [
            SheetImportPage.PreviewRow(line: 2, values: ["key": "AB12-CD34", "sex": "Kvinna", "ageBand": "20–24 år", "referral": "Arbetsförmedlingen",
                                                               "referredOn": "2026-02-01", "accepted": "Ja", "startsOn": "2026-02-10"],
                                             problems: [], replaces: false),
            SheetImportPage.PreviewRow(line: 3, values: ["key": "EF56-GH78", "sex": "Man", "referredOn": "2026-03-01", "accepted": "Ja",
                                                               "startsOn": "2026-03-05", "endsOn": "2026-02-01", "outcome": "Arbete"],
                                             problems: [Sv.problem(.endBeforeStart, label: Sv.FollowUp.endsOn)], replaces: true),
        ]
        let context = RegisterSnapshotTests.kansli(SiteURL.participantImport("exempel", "i1").path)
        let sheet = SheetImportPage.Sheet.participants(slug: "exempel", interventionID: "i1", code: "P20UNG")
        let form = FormState(values: [:], issues: [], csrfToken: "t")
        snapshots.check(SheetImportPage.render(sheet, form: form, preview: .init(rows: rows, text: "…"), context: context), "preview-with-problems")
        snapshots.check(SheetImportPage.render(sheet, form: form, preview: .init(rows: [rows[0]], text: "Deltagarnyckel;Kön\nAB12-CD34;Kvinna"),
                                               context: context),
                        "preview-ready")
        // Survey answers: the same page with the answer form's columns.
        let answers = [SheetImportPage.PreviewRow(line: 2, values: ["answeredOn": "2026-05-02", "quality_of_life": "8", "influence": "7",
                                                                    "discrimination": "Nej"], problems: [], replaces: false),
                       SheetImportPage.PreviewRow(line: 3, values: ["answeredOn": "2026-05-03", "influence": "12"],
                                                  problems: [Sv.problem(.outOfRange(min: 1, max: 10), label: Sv.FollowUp.question(.influence))],
                                                  replaces: false)]
        snapshots.check(SheetImportPage.render(.surveyAnswers(slug: "exempel", interventionID: "i1", code: "P20UNG"), form: form,
                                               preview: .init(rows: answers, text: "…"),
                                               context: RegisterSnapshotTests.kansli(SiteURL.surveyImport("exempel", "i1").path)),
                        "survey-preview-with-problems")
    }

    @Test func theAssociationsFollowUp() {
        let period = ReportingPeriod.year(2025)
        let byInsats = [(Self.adults, "P10VUX Vuxenplattformen"), (Self.young, "P20UNG Unga vuxna i arbete")]
        let model = FollowUpPage.Model(
            period: period, years: [2025, 2026], whole: ParticipantFigures.period(period, of: Self.episodes),
            perIntervention: byInsats.map { id, name in .init(name, ParticipantFigures.period(period, of: Self.episodes.filter { $0.interventionID == id })) },
            perPlatform: [],
            perMunicipality: [.init("Umeå kommun", ParticipantFigures.period(period, of: Self.episodes.filter { $0.episode.municipalityID == Self.umea }))],
            tertials: ReportingPeriod.tertials(of: 2025).map { .init(Sv.FollowUp.periodName($0), ParticipantFigures.period($0, of: Self.episodes)) },
            months: [], referrals: ReferralTable(period: period, episodes: Self.episodes, municipalityOrder: [Self.umea]),
            municipalityNames: [Self.umea: "Umeå kommun"],
            cumulative: byInsats.map { id, name in
                .init(name, ParticipantFigures.cumulative(until: period.to, of: Self.episodes.filter { $0.interventionID == id }))
            } + [.init(Sv.FollowUp.whole, ParticipantFigures.cumulative(until: period.to, of: Self.episodes), isTotal: true)],
            cumulativeUntil: period.to, groups: SmallGroups())
        snapshots.check(FollowUpPage.render(model, slug: "exempel", context: RegisterSnapshotTests.kansli(SiteURL.followUp("exempel").path)), "year")
    }

    @Test func goalsAndImpactIndex() {
        let value = { (v: Double, n: Int?, source: String) in SocialAccountingPage.Value(value: v, persons: n, source: source) }
        let model = SocialAccountingPage.Model(
            year: 2025, thresholds: ImpactThresholds(),
            areas: [.init(id: "a1", name: "Nytta för samhället och medlemmarna", idealWeight: 40, usedWeight: 42, index: 71.4),
                    .init(id: "a2", name: "Jämbördig samverkan", idealWeight: 25, usedWeight: 23, index: 93.8),
                    .init(id: "a3", name: "Deltagarnas nöjdhet", idealWeight: 35, usedWeight: 35, index: 60)],
            whole: 72.6, weightIssues: [], platforms: [("Ungplattformen", 66.2), ("Vuxenplattformen", 74.9)],
            indicators: [
                .init(id: "i1", area: "Nytta för samhället och medlemmarna", goal: "Deltagarna når arbete eller studier",
                      name: "Andel till arbete eller studier", weight: 8, target: 40, direction: .atLeast, measure: .workOrStudies,
                      tertials: [nil, value(44.4, 9, Sv.SocialAccounting.computedSource), value(41.2, 17, Sv.SocialAccounting.computedSource)],
                      year: value(42.3, 26, Sv.SocialAccounting.computedSource), achievement: 1),
                .init(id: "i2", area: "Jämbördig samverkan", goal: "Parterna upplever samverkan som jämbördig", name: "Andel nöjda parter",
                      weight: 6, target: 80, direction: .atLeast, measure: .manual,
                      tertials: [value(72, nil, "Partsenkät T1"), value(76, nil, "Partsenkät T2"), value(75, nil, "Partsenkät T3")],
                      year: value(75, nil, "Partsenkät T3"), achievement: 0.9375),
            ],
            platformNames: ["Ungplattformen", "Vuxenplattformen"])
        let blank = FormState(values: [:], issues: [], csrfToken: "t")
        let refused = FormState(values: ["used0": "50", "used1": "23", "used2": "35"],
                                issues: [FieldIssue("used0", .weightOutsideTolerance(ideal: 40, tolerance: 5))], csrfToken: "t")
        snapshots.check(SocialAccountingPage.render(model, years: [2026, 2025], slug: "exempel", canEdit: true,
                                                    forms: .init(area: blank, indicator: blank, result: blank, weights: refused),
                                                    context: RegisterSnapshotTests.kansli(SiteURL.socialAccounting("exempel").path)), "kansli")
    }
}
