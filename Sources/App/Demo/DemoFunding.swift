import Domain
import Fluent
import Foundation
import Persistence

/// The demo's money rounds, through the same services as the pages: the 2026 round decided at
/// the demo protokoll's meeting (äskanden, the beredningsgrupp's recommendations, the board's
/// bifall and the grants), rekvisitioner against the grants, the budget adopted at that meeting
/// and a revision of it, and the 2027 round under way with an open utlysning. Loaded with the
/// demo protokoll, whose äskande and budget §§ it answers.
enum DemoFunding {
    static func load(organisationID id: UUID, on db: any Database) async throws {
        guard try await FundingRequest.query(on: db).filter(\.$organisation.$id == id).count() == 0 else { return }
        let interventions = Dictionary(uniqueKeysWithValues: try await Intervention.query(on: db).filter(\.$organisation.$id == id).all()
            .map { ($0.code, $0) })
        let members = try await Member.query(on: db).filter(\.$organisation.$id == id).sort(\.$name).all().compactMap(\.id).map(\.uuidString)
        guard let young = interventions["P20UNG"], let adults = interventions["P10VUX"], let health = interventions["S30PSY"], members.count >= 2
        else { return }
        let actor = Actor.system

        func apply(_ intervention: Intervention?, newName: String? = nil, callID: UUID? = nil, on day: String,
                   purpose: String, state: String, results: String, years: [FundingRequestBudget.Year]) async throws -> FundingRequest? {
            let draft = FundingRequestDraft(interventionID: intervention?.id, newName: newName, platform: nil, callID: callID, purpose: purpose,
                                            currentState: state, expectedResults: results, budget: FundingRequestBudget(years: years))
            return try await FundingRequests.submit(draft, organisationID: id, files: [], actor: actor, today: CivilDate(iso: day)!, on: db).get()
        }
        func coach(_ year: Int, _ percent: Int, external: Int64, coFunding: Int64) -> FundingRequestBudget.Year {
            .init(year: year, staff: [.init(role: "Arbetscoach", percentOfFullTime: percent, annualCost: 560_000),
                                      .init(role: "Projektledare", percentOfFullTime: 50, annualCost: 640_000)],
                  externalServices: external, premises: 48_000, other: 24_000, coFunding: [members[0]: coFunding, members[1]: coFunding / 2])
        }

        // The 2026 round: both äskanden granted at the meeting of 2025-12-12.
        let decided: [(Intervention, String, Int, Int64)] = [
            (young, "Äskande: Unga vuxna i arbete 2026", 200, 120_000), (adults, "Äskande: Vuxenplattformen 2026", 300, 180_000),
        ]
        for (intervention, title, percent, external) in decided {
            guard let request = try await apply(
                intervention, on: "2025-09-15", purpose: "Att fler deltagare når arbete eller studier genom samordnat stöd.",
                state: "Insatsen har pågått sedan start med stöd från alla fyra parter.",
                results: "Minst 40 procent av dem som avslutar går till arbete eller studier.",
                years: [coach(2026, percent, external: external, coFunding: 150_000)]),
                let item = try await AgendaItem.query(on: db).filter(\.$organisation.$id == id).filter(\.$title == title).first(),
                let decision = try await Decision.query(on: db).filter(\.$organisation.$id == id).filter(\.$kindRaw == DecisionKind.approval.rawValue)
                    .join(Paragraph.self, on: \Decision.$paragraph.$id == \Paragraph.$id).filter(Paragraph.self, \.$agendaItem.$id == item.requireID())
                    .with(\.$paragraph, { $0.with(\.$protocol) { $0.with(\.$meeting) { $0.with(\.$body) } } }).first()
            else { continue }
            let requested = request.budget.total
            try await FundingRequests.review(request, FundingReviewDraft(
                recommendation: .approve, considerations: "Insatsen når sin målgrupp och har stöd från samtliga parter. Beredningsgruppen föreslår bifall.",
                amounts: [2026: requested], conditions: nil), actor: actor, on: db)
            item.matterID = request.$matter.id
            try await item.save(on: db)
            request.$agendaItem.id = item.id
            request.statusRaw = FundingRequestStatus.onAgenda.rawValue
            try await request.save(on: db)
            let decisionID = try decision.requireID()
            guard case .success = try await FundingRequests.decide(request, decision: decision, grant: GrantDraft(decisionID: decisionID,
                                                                                                                 amounts: [2026: requested],
                                                                                                                 conditions: nil),
                                                                    interventionID: intervention.id, actor: actor, on: db) else { continue }
        }

        // Rekvisitioner against the 2026 grant of Unga vuxna i arbete.
        let claims: [(String, String, Int64, Bool)] = [("2026-01-01", "2026-06-30", 520_000, true), ("2026-07-01", "2026-09-30", 260_000, false)]
        for (from, to, staff, approved) in claims {
            let draft = RequisitionDraft(kind: .claim, periodFrom: CivilDate(iso: from)!, periodTo: CivilDate(iso: to)!, staff: staff,
                                         externalServices: 30_000, premises: 12_000, other: 6_000)
            guard case .success(let requisition) = try await Requisitions.submit(draft, intervention: young, file: nil, actor: actor,
                                                                                   today: CivilDate(iso: to)!.adding(days: 10)!, on: db) else { continue }
            if approved { try await Requisitions.decide(requisition, approve: true, reason: nil, actor: actor, today: CivilDate(iso: "2026-07-20")!, on: db) }
        }

        let revision = try await loadBudget(organisationID: id, on: db)

        // The 2027 round: an open utlysning and three äskanden, one of them reviewed.
        let call = try await Calls.create(CallForProposalsDraft(
            title: "Arbetsträning i samverkan 2027",
            text: "Förbundet söker insatser där minst två parter tillsammans erbjuder arbetsträning för personer långt från arbetsmarknaden.",
            criteria: ["Minst två samverkande parter", "Insatsen startar senast 2027-08-31", "Deltagarna följs upp i SUS"], amount: 1_500_000,
            applicationDeadline: CivilDate(iso: "2027-01-31")!, reviewOn: CivilDate(iso: "2027-04-09"), decisionOn: CivilDate(iso: "2027-04-16"),
            latestStart: CivilDate(iso: "2027-08-31")), organisationID: id, actor: actor, today: CivilDate(iso: "2026-11-02")!, on: db)
        try await Calls.publish(call, actor: actor, today: CivilDate(iso: "2026-11-02")!, on: db)
        if let continued = try await apply(
            young, on: "2026-09-01", purpose: "Att fortsätta och bredda insatsen till fler kommuner.",
            state: "Under 2026 har insatsen haft 46 deltagare, varav 19 har avslutat.",
            results: "Minst 40 procent av dem som avslutar går till arbete eller studier.",
            years: [coach(2027, 200, external: 100_000, coFunding: 150_000), coach(2028, 200, external: 80_000, coFunding: 150_000)]) {
            try await FundingRequests.review(continued, FundingReviewDraft(
                recommendation: .partial, considerations: "Resultaten är goda, men kostnaden för externa tjänster bör minska andra året.",
                amounts: [2027: continued.budget.years[0].requested, 2028: continued.budget.years[1].requested - 80_000],
                conditions: "Insatsen redovisar resultat efter första året."), actor: actor, on: db)
        }
        _ = try await apply(
            health, on: "2026-09-10", purpose: "Att ta fram gemensamma rutiner för psykisk hälsa mellan parterna.",
            state: "Förstudien har kartlagt parternas rutiner.", results: "En gemensam rutin antagen av alla parter.",
            years: [.init(year: 2027, staff: [.init(role: "Processledare", percentOfFullTime: 50, annualCost: 620_000)], other: 40_000)])
        _ = try await apply(
            nil, newName: "Arbetsträning i samverkan", callID: call.id, on: "2026-11-20",
            purpose: "Arbetsträning hos kommunens verksamheter med stöd av Arbetsförmedlingen.",
            state: "Parterna har i dag var sin arbetsträning utan gemensam uppföljning.",
            results: "30 deltagare per år, varav minst hälften till arbete, studier eller annan insats.",
            years: [.init(year: 2027, staff: [.init(role: "Handledare", percentOfFullTime: 100, annualCost: 540_000)], premises: 60_000,
                          coFunding: [members[0]: 200_000])])
        // The revision, still an utkast, takes up the 2027 äskanden as B lines.
        if let revision { try await Budgets.refresh(revision, on: db) }
    }
}
