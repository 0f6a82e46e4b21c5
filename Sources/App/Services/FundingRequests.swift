import Domain
import Fluent
import Foundation
import Persistence
import Views

/// Äskanden from application to decision: registered as an ärende, considered by the
/// beredningsgrupp, put before the board as a punkt carrying that recommendation, and decided
/// by a decision § — bifall or inriktningsbeslut records the grants, avslag none.
enum FundingRequests {
    /// Registers the äskande, or says why not: an insats of another association, or a call that
    /// is not open (past its last day, named). Nothing is stored on an issue.
    static func submit(_ draft: FundingRequestDraft, organisationID: UUID, files: [UploadedForm.CheckedFile], actor: Actor, today: CivilDate,
                       on database: any Database) async throws -> Result<FundingRequest, ValidationFailure> {
        var issues: [FieldIssue] = []
        var intervention: Intervention?
        if let id = draft.interventionID {
            intervention = try await Intervention.query(on: database).filter(\.$id == id).filter(\.$organisation.$id == organisationID).with(\.$names).first()
            if intervention == nil { issues.append(FieldIssue("interventionID", .unknownReference)) }
        }
        if let callID = draft.callID {
            if let call = try await CallForProposals.query(on: database).filter(\.$id == callID).filter(\.$organisation.$id == organisationID).first() {
                switch CallWindow.refusal(publishedOn: call.published, deadline: call.deadline, on: today) {
                case .deadlinePassed(let deadline): issues.append(FieldIssue("callID", .applicationDeadlinePassed(deadline)))
                case .notPublished: issues.append(FieldIssue("callID", .callNotOpen))
                case nil: break
                }
            } else {
                issues.append(FieldIssue("callID", .unknownReference))
            }
        }
        guard issues.isEmpty else { return .failure(ValidationFailure(issues)) }
        let request = try FundingRequest(organisationID: organisationID, draft: draft, submittedBy: actor.name, userID: actor.userID, submittedOn: today)
        let years = draft.budget.years.map(\.year)
        let title = Sv.FundingRequests.matterTitle(name(intervention: intervention, newName: draft.newName, on: today),
                                                   from: years.first ?? today.year, to: years.last ?? today.year)
        try await database.transaction { db in
            let matter = try await Diarium.register(RegisteredMatterDraft(title: title, category: .fundingRequest, openedOn: today, description: nil,
                                                                          interventionID: draft.interventionID),
                                                    organisationID: organisationID, actor: actor, on: db)
            request.$matter.id = matter.id
            try await request.create(on: db)
            for (position, file) in files.enumerated() {
                try await FundingRequestFile(requestID: request.requireID(), fileID: FileStore.store(file.data, on: db).requireID(),
                                             position: position + 1, filename: file.filename, mediaType: file.mediaType).create(on: db)
            }
            try await AuditLog.record(on: db, actor: actor, organisationID: organisationID, action: .created, subject: .fundingRequest,
                                      entityID: request.id, name: title, before: nil,
                                      after: ["total": String(draft.budget.total), "years": years.map(String.init).joined(separator: ","),
                                              "files": files.map(\.filename).joined(separator: ", ")])
        }
        return .success(request)
    }

    static func name(intervention: Intervention?, newName: String?, on day: CivilDate) -> String {
        guard let intervention else { return newName ?? "" }
        return "\(intervention.code) \(intervention.name(on: day))"
    }

    /// Records the beredningsgrupp's överväganden and recommendation; the caller has checked the lifecycle.
    static func review(_ request: FundingRequest, _ review: FundingReviewDraft, actor: Actor, on database: any Database) async throws {
        let before = request.recommendationRaw ?? ""
        try request.record(review)
        try await database.transaction { db in
            try await request.save(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: request.$organisation.id, action: .updated, subject: .fundingRequest,
                                      entityID: request.id, name: Sv.FundingRequests.recommendationName(review.recommendation),
                                      before: ["recommendation": before],
                                      after: ["recommendation": review.recommendation.rawValue,
                                              "amounts": review.amounts.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", "),
                                              "conditions": review.conditions ?? ""])
        }
    }

    /// Puts the äskande on a board meeting's föredragningslista as a beslutspunkt naming its ärende,
    /// with the beredningsgrupp's recommendation as the item's recommendation.
    static func placeOnAgenda(_ request: FundingRequest, meeting: Meeting, name: String, actor: Actor, today: CivilDate,
                              on database: any Database) async throws -> AgendaItem {
        let recommendation = request.recommendation ?? .approve
        let amounts = request.recommendedAmounts
        let draft = AgendaItemDraft(
            kind: .decision, title: Sv.FundingRequests.agendaTitle(name), background: request.considerations,
            proposal: Sv.FundingRequests.proposal(recommendation, amounts: amounts),
            recommendation: recommendation == .reject ? .reject : (recommendation == .approve ? .approve : .other),
            recommendationText: recommendation == .partial ? Sv.FundingRequests.partialText(amounts: amounts, conditions: request.conditions)
                : request.conditions,
            matterID: request.$matter.id)
        return try await database.transaction { db in
            let item = try await AgendaItems.add(draft, to: meeting, actor: actor, today: today, on: db)
            request.$agendaItem.id = item.id
            request.statusRaw = FundingRequestStatus.onAgenda.rawValue
            try await request.save(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: request.$organisation.id, action: .updated, subject: .fundingRequest,
                                      entityID: request.id, name: meeting.title, before: nil, after: ["agendaItem": item.title])
            return item
        }
    }

    /// The decisions of the §§ made from the äskande's agenda item: the board's answer to it.
    static func decisions(for request: FundingRequest, on database: any Database) async throws -> [Decision] {
        guard let itemID = request.$agendaItem.id else { return [] }
        let paragraphs = try await Paragraph.query(on: database).filter(\.$agendaItem.$id == itemID).all().compactMap(\.id)
        guard !paragraphs.isEmpty else { return [] }
        return try await Decision.query(on: database).filter(\.$paragraph.$id ~~ paragraphs)
            .with(\.$paragraph) { $0.with(\.$protocol) { $0.with(\.$meeting) { $0.with(\.$body) } } }.all()
    }

    /// Records the board's decision: bifall or an inriktningsbeslut becomes the grants (through
    /// `Grants.record`, which refuses what the decision does not allow), avslag none. One
    /// transaction: the grants and the äskande's new status are stored together or not at all.
    static func decide(_ request: FundingRequest, decision: Decision, grant: GrantDraft?, interventionID: UUID?, actor: Actor,
                       on database: any Database) async throws -> Result<Void, ValidationFailure> {
        let organisationID = request.$organisation.id
        let grantsMoney = decision.kind == .approval || decision.kind == .policy
        guard grantsMoney || decision.kind == .rejection else {
            return .failure(ValidationFailure([FieldIssue("decisionID", .notAFundingDecision)]))
        }
        if grantsMoney && grant == nil { return .failure(ValidationFailure([FieldIssue("amount1", .required)])) }
        if grantsMoney && interventionID == nil { return .failure(ValidationFailure([FieldIssue("interventionID", .required)])) }
        return try await database.transaction { db in
            if let grant, let interventionID, grantsMoney {
                if case .failure(let failure) = try await Grants.record(grant, interventionID: interventionID, organisationID: organisationID,
                                                                       actor: actor, on: db) {
                    return .failure(failure)
                }
                request.$intervention.id = interventionID
            }
            request.$decision.id = decision.id
            request.statusRaw = FundingRequestStatus.decided.rawValue
            try await request.save(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: organisationID, action: .updated, subject: .fundingRequest,
                                      entityID: request.id, name: DecisionRows.paragraphLabel(decision), before: nil,
                                      after: ["decision": decision.kindRaw])
            return .success(())
        }
    }
}
