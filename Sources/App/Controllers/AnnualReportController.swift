import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// The generated årsredovisning (issue 18, item 6): every reader sees it; the kansli writes the
/// förvaltningsberättelse and lays the document before a board meeting as a bilaga; the board's
/// ledamöter sign it with their passwords, and the last signature adopts it.
struct AnnualReportController {
    func register(readers: any RoutesBuilder, kansli: any RoutesBuilder) throws {
        readers.get(SiteURL.annualReport(SiteURL.slug).route, use: show)
        readers.get(SiteURL.annualReportPDF(SiteURL.slug).route, use: pdf)
        kansli.post(SiteURL.annualReportText(SiteURL.slug).route, use: saveText)
        kansli.post(SiteURL.annualReportPresent(SiteURL.slug).route, use: present)
        kansli.post(SiteURL.annualReportWithdraw(SiteURL.slug).route, use: withdraw)
        readers.post(SiteURL.annualReportSign(SiteURL.slug).route, use: sign)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        try await page(request)
    }

    /// The document laid before the board when it has been, byte for byte; otherwise the report
    /// as it stands, typeset from the same model as the page (PDF/A).
    @Sendable func pdf(_ request: Request) async throws -> Response {
        let association = try request.association
        let year = try await year(request)
        let filename = "arsredovisning-\(association.slug)-\(year).pdf"
        if let record = try await AnnualReportAdoption.record(organisationID: association.id, year: year, on: request.db),
           let document = try await AnnualReportAdoption.document(record, on: request.db) {
            return request.pdfResponse(document.data, filename: filename)
        }
        return request.pdfResponse(try await typeset(request, year: year), filename: filename)
    }

    @Sendable func saveText(_ request: Request) async throws -> Response {
        let association = try request.association
        let year = try await year(request)
        let existing = try await AnnualReportAdoption.record(organisationID: association.id, year: year, on: request.db)
        try AnnualReportAdoption.require(.edit, existing)
        let values = try request.formValues()
        var validator = FieldValidator(values)
        let narrative = validator.text("narrative", maxLength: 20_000)
        let employees = validator.integer("employees", in: 0...100_000, required: false)
        guard validator.isValid else { return try await page(request, text: request.formState(values, issues: validator.issues)) }
        let record = existing ?? AnnualReportRecord(organisationID: association.id, year: year)
        let before = existing?.snapshot
        record.narrative = narrative
        record.employees = employees.map { Int($0) }
        try await request.saveAudited(record, subject: .annualReport, name: Sv.AnnualReport.title(year), before: before)
        return request.redirect(toPath: address(association.slug, year), flash: Sv.AnnualReportAdoption.textSaved)
    }

    /// Lays the report before the chosen board meeting. Refused, with nothing stored, while its
    /// tables disagree, while it has no text, or when the board has no ledamöter that day.
    @Sendable func present(_ request: Request) async throws -> Response {
        let association = try request.association
        let year = try await year(request)
        let record = try await AnnualReportAdoption.record(organisationID: association.id, year: year, on: request.db)
            ?? AnnualReportRecord(organisationID: association.id, year: year)
        try AnnualReportAdoption.require(.present(anySigned: !(try await AnnualReportAdoption.signed(record, on: request.db)).isEmpty), record)
        let values = try request.formValues()
        var validator = FieldValidator(values)
        let choices = try await AnnualReportAdoption.meetingChoices(organisationID: association.id, year: year, on: request)
        let chosen = validator.reference("meeting").flatMap { id in choices.first { $0.id == id } }
        if validator.isValid, chosen == nil { validator.add("meeting", .notAChoice) }
        let model = try await model(request, year: year)
        if (record.narrative ?? "").isEmpty { validator.add("meeting", .explained(Sv.AnnualReportAdoption.needsNarrative)) }
        let failing = model.checks.filter { !$0.holds }.map(\.label)
        if !failing.isEmpty { validator.add("meeting", .explained(Sv.AnnualReportAdoption.checksFail(failing))) }
        var signers: [Person] = []
        if let chosen {
            signers = try await AnnualReportAdoption.signers(of: chosen, on: request.db)
            if signers.isEmpty { validator.add("meeting", .explained(Sv.AnnualReportAdoption.noSigners)) }
        }
        guard let chosen, validator.isValid else {
            return try await page(request, present: request.formState(values, issues: validator.issues))
        }
        let pdf = try await request.pdf(fromHTML: AnnualReportPage.printDocument(model, associationName: association.name), for: "arsredovisning")
        guard let figures = try await APIAnnualReport.compute(organisationID: association.id, year: year, on: request.db) else { throw Abort(.notFound) }
        let unreachable = try await AnnualReportAdoption.present(record, pdf: pdf, figures: figures, meeting: chosen, signers: signers, on: request)
        let number = try await AnnualReportAdoption.attachment(of: record, on: request.db)?.number ?? 0
        return request.redirect(toPath: address(association.slug, year),
                                flash: Sv.AnnualReportAdoption.presentedFlash(number)
                                    + Sv.AnnualReportAdoption.mailed(signers.count - unreachable.count, unreachable: unreachable))
    }

    @Sendable func withdraw(_ request: Request) async throws -> Response {
        let association = try request.association
        let year = try await year(request)
        let record = try await AnnualReportAdoption.record(organisationID: association.id, year: year, on: request.db)
        let signed = try await AnnualReportAdoption.signed(record, on: request.db)
        try AnnualReportAdoption.require(.withdraw(anySigned: !signed.isEmpty), record)
        guard let record else { throw Abort(.notFound) }
        let before = record.snapshot
        AnnualReportAdoption.reopen(record)
        try await request.saveAudited(record, subject: .annualReport, name: Sv.AnnualReport.title(year), before: before)
        return request.redirect(toPath: address(association.slug, year), flash: Sv.AnnualReportAdoption.withdrawn)
    }

    /// One ledamot's answer, confirmed with the password under the login throttle and recorded in
    /// one transaction that first locks the report, so the last of two simultaneous signatures is
    /// the one that adopts it.
    @Sendable func sign(_ request: Request) async throws -> Response {
        let association = try request.association
        let year = try await year(request)
        guard let record = try await AnnualReportAdoption.record(organisationID: association.id, year: year, on: request.db),
              let reportID = record.id else { throw StateConflict(Sv.AnnualReportAdoption.conflict(.notPresented)) }
        guard let user = request.currentUser, let personID = association.access.$person.id,
              try await AnnualReportSigner.query(on: request.db).filter(\.$report.$id == reportID).filter(\.$person.$id == personID).first() != nil
        else { throw Abort(.forbidden) }
        let meetingDay = try await AnnualReportAdoption.meeting(of: record, on: request.db)?.civilDate ?? request.today
        let today = request.today
        try AnnualReportAdoption.require(.sign(completes: false, meetingDay: meetingDay, today: today), record)
        guard let sha = record.contentSHA256 else { throw StateConflict(Sv.AnnualReportAdoption.conflict(.notPresented)) }
        let declined: Bool, comment: String?
        switch try await SigningPassword.answer(request, user: user, page: { try await page(request, sign: $0) }) {
        case .shown(let page): return page
        case .given(let answer, let text):
            (declined, comment) = (answer, text)
        }
        let actor = request.actor
        let userID = try user.requireID()
        let now = request.now
        let outcome = try await request.db.transaction { db -> Justering.Outcome in
            guard try await RowLock.claim(AnnualReportRecord.schema, id: reportID,
                                          where: [("status", AnnualReportState.presented.rawValue), ("content_sha256", sha)], on: db) else {
                throw StateConflict(Sv.AnnualReportAdoption.conflict(.notPresented))
            }
            let signers = Set(try await AnnualReportSigner.query(on: db).filter(\.$report.$id == reportID).all().map(\.$person.id))
            let outcome = Justering.answer(by: personID, declining: declined, signers: signers,
                                           signedBefore: try await AnnualReportAdoption.signed(record, on: db))
            guard outcome != .alreadySigned else { throw StateConflict(Sv.AnnualReportAdoption.alreadySigned) }
            try await AnnualReportSignature(reportID: reportID, personID: personID, userID: userID, signedAt: now, signedOn: today,
                                            contentSHA256: sha, declined: declined, comment: comment).create(on: db)
            let event: AnnualReportLifecycle.Event = declined ? .decline(meetingDay: meetingDay, today: today)
                : .sign(completes: outcome == .completed, meetingDay: meetingDay, today: today)
            let next = try AnnualReportAdoption.require(event, record)
            if next == .draft { AnnualReportAdoption.reopen(record) }
            record.statusRaw = next.rawValue
            if next == .adopted { record.adoptedOn = today.iso }
            try await record.save(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .updated, subject: .annualReport,
                                      entityID: reportID, name: Sv.AnnualReport.title(year), before: nil,
                                      after: ["signature": declined ? "declined" : "signed", "sha256": sha, "comment": comment ?? "",
                                              "status": record.statusRaw])
            return outcome
        }
        let flash = switch outcome {
        case .declined: Sv.AnnualReportAdoption.thanksDeclined
        case .completed: Sv.AnnualReportAdoption.nowAdopted
        case .signed, .alreadySigned: Sv.AnnualReportAdoption.thanksSigned
        }
        return request.redirect(toPath: address(association.slug, year), flash: flash)
    }

    private func address(_ slug: String, _ year: Int) -> String {
        SiteURL.annualReport(slug).path + "?ar=\(year)"
    }

    /// The year asked for, or the newest; a year without its whole bookkeeping has no report.
    private func year(_ request: Request) async throws -> Int {
        let years = try await AnnualReports.years(organisationID: try request.association.id, on: request.db)
        guard let year = request.query[Int.self, at: "ar"] ?? years.first, years.contains(year) else {
            throw Abort(.notFound, reason: Sv.AnnualReport.noReport)
        }
        return year
    }

    private func typeset(_ request: Request, year: Int) async throws -> Data {
        let association = try request.association
        return try await request.pdf(fromHTML: AnnualReportPage.printDocument(try await model(request, year: year), associationName: association.name),
                                     for: "arsredovisning")
    }

    private func page(_ request: Request, text: FormState? = nil, present: FormState? = nil, sign: FormState? = nil) async throws -> Response {
        let association = try request.association
        let year = try await year(request)
        var model = try await model(request, year: year)
        let record = try await AnnualReportAdoption.record(organisationID: association.id, year: year, on: request.db)
        var textValues = ["narrative": record?.narrative ?? ""]
        if let employees = record?.employees { textValues["employees"] = String(employees) }
        let forms = AnnualReportAdoptionSection.Forms(text: text ?? request.formState(textValues), present: present ?? request.formState(),
                                                      sign: sign ?? request.formState(["answer": "sign"]))
        model.adoption = (try await adoption(request, record: record, year: year), forms)
        let hasErrors = [text, present, sign].contains { $0?.hasErrors == true }
        return .html(AnnualReportPage.render(model, slug: association.slug, context: request.pageContext()),
                     status: hasErrors ? .unprocessableEntity : .ok)
    }

    private func model(_ request: Request, year: Int) async throws -> AnnualReportPage.Model {
        let association = try request.association
        let years = try await AnnualReports.years(organisationID: association.id, on: request.db)
        guard let report = try await AnnualReports.report(organisationID: association.id, year: year, today: request.today, on: request.db)
        else { throw Abort(.notFound, reason: Sv.AnnualReport.noReport) }
        let balances = try await AnnualReports.balanceAccounts(organisationID: association.id, year: year, on: request.db)
        let records = try await AnnualReportAdoption.records(organisationID: association.id, years: (year - 4)...year, on: request.db)
        let social = try await SocialAccounts.compute(organisationID: association.id, year: year, on: request.db)
        var model = AnnualReportPage.Model(
            year: year, years: years, printed: report.accounts.printed, problems: report.accounts.problems, statement: report.statement.statement,
            boardMeetings: report.boardMeetings, interventionsStarted: report.interventionsStarted, interventionsEnded: report.interventionsEnded,
            participants: report.participants,
            perIntervention: report.perIntervention.map { .init("\($0.code) \($0.name)", $0.figures) },
            contributions: report.contributions?.lines.filter { $0.kronor != 0 }.map { ($0.participant.name, $0.kronor) } ?? [],
            balanceAccounts: balances, fiveYears: report.fiveYears.map { ($0.year, $0.accounts.printed) }, equityCeiling: report.equityCeiling,
            groups: SmallGroups(), impactIndex: social.whole)
        model.goals = social.indicators
        model.narrative = records[year]?.narrative
        model.employees = records.compactMapValues(\.employees)
        model.decisions = try await AnnualReports.decisions(organisationID: association.id, year: year, on: request.db)
        return model
    }

    private func adoption(_ request: Request, record: AnnualReportRecord?, year: Int) async throws -> AnnualReportAdoptionSection.Model {
        let association = try request.association
        let state = record?.status ?? .draft
        let kansli = association.permissions.canPrepareMeetings
        let signed = try await AnnualReportAdoption.signed(record, on: request.db)
        let meeting = try await AnnualReportAdoption.meeting(of: record, on: request.db)
        var signers: [(id: UUID, name: String, status: String)] = []
        var declines: [String] = []
        if let reportID = record?.id, state != .draft {
            let signatures = try await AnnualReportSignature.query(on: request.db).filter(\.$report.$id == reportID)
                .filter(\.$contentSHA256 == record?.contentSHA256 ?? "").filter(\.$declined == false).all()
            signers = try await AnnualReportSigner.query(on: request.db).filter(\.$report.$id == reportID).with(\.$person).all()
                .sorted { $0.person.name < $1.person.name }.map { signer in
                    let day = signatures.first { $0.$person.id == signer.$person.id }?.signedOn
                    return (signer.$person.id, signer.person.name, day.map(Sv.AnnualReportAdoption.signed) ?? Sv.AnnualReportAdoption.notSigned)
                }
        }
        if let reportID = record?.id {
            declines = try await AnnualReportSignature.query(on: request.db).filter(\.$report.$id == reportID).filter(\.$declined == true)
                .with(\.$person).sort(\.$signedAt).all()
                .map { Sv.AnnualReportAdoption.declined($0.person.name, $0.signedOn, $0.comment ?? "") }
        }
        let meetingLabel = meeting.map { "\($0.body.displayName) \($0.date)" }
        let stateText = switch state {
        case .draft: Sv.AnnualReportAdoption.draft
        case .presented: Sv.AnnualReportAdoption.presented(meetingLabel ?? "", on: record?.presentedOn ?? "")
        case .adopted: Sv.AnnualReportAdoption.adopted(record?.adoptedOn ?? "")
        }
        let attachment = try await AnnualReportAdoption.attachment(of: record, on: request.db)
        let canPresent = kansli && (state == .draft || (state == .presented && signed.isEmpty))
        let meetings = canPresent ? try await AnnualReportAdoption.meetingChoices(organisationID: association.id, year: year, on: request) : []
        let me = association.access.$person.id
        let canSign = state == .presented && me.map { id in signers.contains { $0.id == id } && !signed.contains(id) } == true
            && (meeting?.civilDate).map { $0 <= request.today } == true
        var section = AnnualReportAdoptionSection.Model(
            state: state, stateText: stateText,
            attachment: state == .draft ? nil : attachment.map {
                (Sv.AnnualReportAdoption.attachment + ": " + Sv.Attachments.heading($0.number, $0.title), SiteURL.attachment(association.slug, $0.id!.uuidString).path)
            },
            signers: signers.map { ($0.name, $0.status) }, declines: declines, checksum: state == .draft ? nil : record?.contentSHA256,
            canEdit: kansli && state == .draft, meetings: meetings.map { ($0.id!.uuidString, $0.title) },
            canPresent: canPresent, canWithdraw: kansli && state == .presented && signed.isEmpty, canSign: canSign)
        if let record { section.changedSincePresented = try await AnnualReportAdoption.changedSincePresented(record, on: request.db) }
        return section
    }
}
