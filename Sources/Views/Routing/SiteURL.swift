/// Every page's address, used both to register routes and to build links so they cannot drift.
/// Registering passes the placeholders `SiteURL.slug` and `SiteURL.id` (":slug", ":id"), which
/// Vapor reads as route parameters; links pass real slugs and ids, which need no escaping
/// (slugs are `[a-z0-9-]`, ids are UUIDs).
public enum SiteURL {
    public static let slug = ":slug"
    public static let id = ":id"

    case home
    case login
    case logout
    case stylesheet
    case health
    case organisationNew
    case publicOrganisation(String)
    case register(String)
    case organisationEdit(String)
    case nameNew(String)
    case members(String)
    case memberNew(String)
    case member(String, String)
    case memberEdit(String, String)
    case populationNew(String, String)
    case bodies(String)
    case interventions(String)
    case diarium(String)
    case diaryEntryNew(String)
    case diaryEntry(String, String)
    case interventionNew(String)
    case intervention(String, String)
    case interventionEdit(String, String)
    case interventionRename(String, String)
    case interventionClose(String, String)
    case interventionMerge(String, String)
    case interventionGrants(String, String)
    case participants(String, String)
    case participantEpisode(String, String, String)
    case participantImport(String, String)
    case participantImportConfirm(String, String)
    case surveyAnswers(String, String)
    case surveyImport(String, String)
    case surveyImportConfirm(String, String)
    case participantCounts(String, String)
    case followUp(String)
    case annualReport(String)
    case annualReportPDF(String)
    case annualReportText(String)
    case annualReportPresent(String)
    case annualReportWithdraw(String)
    case annualReportSign(String)
    case socialAccounting(String)
    case socialAccountingAreas(String)
    case socialAccountingIndicators(String)
    case socialAccountingResults(String)
    case socialAccountingWeights(String)
    case budgets(String)
    case budgetNew(String)
    case budget(String, String)
    case budgetEdit(String, String)
    case budgetLines(String, String)
    case budgetLineRemove(String, String, String)
    case budgetPropose(String, String)
    case budgetReturn(String, String)
    case budgetAdopt(String, String)
    case budgetRevise(String, String)
    case budgetCSV(String, String)
    case budgetPDF(String, String)
    case budgetXLSX(String, String)
    case ledger(String)
    case ledgerImport(String, String)
    case ledgerConfirm(String, String)
    case ledgerDiscard(String, String)
    case ledgerRules(String)
    case ledgerRuleRemove(String, String)
    case operatingStatement(String)
    case requisitions(String)
    case requisitionNew(String, String)
    case requisition(String, String)
    case requisitionApprove(String, String)
    case requisitionReturn(String, String)
    case requisitionFile(String, String)
    case calls(String)
    case callNew(String)
    case call(String, String)
    case callPublish(String, String)
    case openCalls(String)
    case openCallsFeed(String)
    case fundingRequests(String)
    case fundingRequestNew(String)
    case fundingRequest(String, String)
    case fundingRequestFile(String, String, String)
    case fundingRequestReview(String, String)
    case fundingRequestAgenda(String, String)
    case fundingRequestDecide(String, String)
    case fundingCompilation(String)
    case fundingCompilationPDF(String)
    case fundingCompilationAttach(String)
    case bodyNew(String)
    case body(String, String)
    case bodyEdit(String, String)
    case people(String)
    case personNew(String)
    case person(String, String)
    case personEdit(String, String)
    case mandateNew(String)
    case mandateEdit(String, String)
    case rules(String)
    case rulesEdit(String)
    case contributions(String)
    case contributionsCSV(String)
    case users(String)
    case userNew(String)
    case userEdit(String, String)
    case auditLog(String)
    case meetings(String)
    case meetingNew(String)
    case meeting(String, String)
    case meetingEdit(String, String)
    case meetingCancel(String, String)
    case agendaFromTemplate(String, String)
    case agendaItemNew(String, String)
    case agendaItem(String, String)
    case agendaItemEdit(String, String)
    case agendaItemMove(String, String)
    case agendaItemRemove(String, String)
    case standingItems(String)
    case standingItemMove(String, String)
    case standingItemRemove(String, String)
    case attachmentNew(String, String)
    case attachment(String, String)
    case attachmentFile(String, String)
    case attachmentVersionNew(String, String)
    case attachmentLinks(String, String)
    case protocolStart(String, String)
    case protocolPage(String, String)
    case attendanceNew(String, String)
    case attendanceRemove(String, String)
    case attendanceMoveUp(String, String)
    case protocolDetails(String, String)
    case paragraphEdit(String, String)
    case decisionNew(String, String)
    case signersSave(String, String)
    case sendForAdjustment(String, String)
    case sign(String, String)
    case posting(String, String)
    case publicProtocol(String, String)
    case publicProtocolPDF(String, String)
    case noticeBoard(String)
    case noticeBoardFeed(String)
    case reservationNew(String, String)
    case recusalNew(String, String)
    case notice(String, String)
    case noticePDF(String, String)
    case publicNoticePDF(String, String)
    case publicNotice(String, String)
    case calendar(String)
    case calendarFeed(String)
    case bodyCalendarFeed(String, String)
    case decisions(String)
    case tasks(String)
    case taskDone(String, String)
    case paragraph(String, String)
    case paragraphSign(String, String)
    case extractPDF(String, String)
    case extractSend(String, String)
    case correctionNew(String, String)
    case protocolDocument(String, String)
    case protocolDocumentPDF(String, String)
    case publicAttachment(String, String, String)
    case paragraphNew(String, String)
    case guestNew(String, String)
    case guestRemove(String, String)
    case search(String)
    case archiveDocument(String, String)
    case archive(String)
    case archiveUpload(String, String)
    case archiveUploadRemove(String, String)
    case account
    case passwordLink(String)
    case userPasswordLink(String, String)
    case attachmentPublication(String, String)

    public var path: String {
        switch self {
        case .home: "/"
        case .login: "/logga-in"
        case .logout: "/logga-ut"
        case .stylesheet: "/static/samordna.css"
        case .health: "/health"
        case .organisationNew: "/forbund/nytt"
        case .publicOrganisation(let s): "/f/\(s)"
        case .register(let s): "/f/\(s)/register"
        case .organisationEdit(let s): "/f/\(s)/register/andra"
        case .nameNew(let s): "/f/\(s)/register/namn/nytt"
        case .members(let s): "/f/\(s)/medlemmar"
        case .memberNew(let s): "/f/\(s)/medlemmar/ny"
        case .member(let s, let id): "/f/\(s)/medlemmar/\(id)"
        case .memberEdit(let s, let id): "/f/\(s)/medlemmar/\(id)/andra"
        case .populationNew(let s, let id): "/f/\(s)/medlemmar/\(id)/befolkning"
        case .bodies(let s): "/f/\(s)/organ"
        case .interventions(let s): "/f/\(s)/insatser"
        case .diarium(let s): "/f/\(s)/diarium"
        case .diaryEntryNew(let s): "/f/\(s)/diarium/nytt"
        case .diaryEntry(let s, let id): "/f/\(s)/diarium/\(id)"
        case .interventionNew(let s): "/f/\(s)/insatser/ny"
        case .intervention(let s, let id): "/f/\(s)/insatser/\(id)"
        case .interventionEdit(let s, let id): "/f/\(s)/insatser/\(id)/andra"
        case .interventionRename(let s, let id): "/f/\(s)/insatser/\(id)/nytt-namn"
        case .interventionClose(let s, let id): "/f/\(s)/insatser/\(id)/avsluta"
        case .interventionMerge(let s, let id): "/f/\(s)/insatser/\(id)/sla-samman"
        case .interventionGrants(let s, let id): "/f/\(s)/insatser/\(id)/beviljade-medel"
        case .participants(let s, let id): "/f/\(s)/insatser/\(id)/deltagare"
        case .participantEpisode(let s, let id, let episode): "/f/\(s)/insatser/\(id)/deltagare/\(episode)"
        case .participantImport(let s, let id): "/f/\(s)/insatser/\(id)/deltagare-import"
        case .participantImportConfirm(let s, let id): "/f/\(s)/insatser/\(id)/deltagare-import/spara"
        case .surveyAnswers(let s, let id): "/f/\(s)/insatser/\(id)/enkatsvar"
        case .surveyImport(let s, let id): "/f/\(s)/insatser/\(id)/enkatsvar-import"
        case .surveyImportConfirm(let s, let id): "/f/\(s)/insatser/\(id)/enkatsvar-import/spara"
        case .participantCounts(let s, let id): "/f/\(s)/insatser/\(id)/antal"
        case .followUp(let s): "/f/\(s)/uppfoljning"
        case .annualReport(let s): "/f/\(s)/arsredovisning"
        case .annualReportPDF(let s): "/f/\(s)/arsredovisning/arsredovisning.pdf"
        case .annualReportText(let s): "/f/\(s)/arsredovisning/text"
        case .annualReportPresent(let s): "/f/\(s)/arsredovisning/framlaggning"
        case .annualReportWithdraw(let s): "/f/\(s)/arsredovisning/tillbakatagande"
        case .annualReportSign(let s): "/f/\(s)/arsredovisning/underskrift"
        case .socialAccounting(let s): "/f/\(s)/mal"
        case .socialAccountingAreas(let s): "/f/\(s)/mal/malomraden"
        case .socialAccountingIndicators(let s): "/f/\(s)/mal/indikatorer"
        case .socialAccountingResults(let s): "/f/\(s)/mal/resultat"
        case .socialAccountingWeights(let s): "/f/\(s)/mal/vikter"
        case .budgets(let s): "/f/\(s)/budget"
        case .budgetNew(let s): "/f/\(s)/budget/ny"
        case .budget(let s, let id): "/f/\(s)/budget/\(id)"
        case .budgetEdit(let s, let id): "/f/\(s)/budget/\(id)/uppgifter"
        case .budgetLines(let s, let id): "/f/\(s)/budget/\(id)/rader"
        case .budgetLineRemove(let s, let id, let line): "/f/\(s)/budget/\(id)/rader/\(line)/ta-bort"
        case .budgetPropose(let s, let id): "/f/\(s)/budget/\(id)/forslag"
        case .budgetReturn(let s, let id): "/f/\(s)/budget/\(id)/utkast"
        case .budgetAdopt(let s, let id): "/f/\(s)/budget/\(id)/faststall"
        case .budgetRevise(let s, let id): "/f/\(s)/budget/\(id)/revidera"
        case .budgetCSV(let s, let id): "/f/\(s)/budget/\(id)/budget.csv"
        case .budgetPDF(let s, let id): "/f/\(s)/budget/\(id)/budget.pdf"
        case .budgetXLSX(let s, let id): "/f/\(s)/budget/\(id)/budget.xlsx"
        case .ledger(let s): "/f/\(s)/utfall"
        case .ledgerImport(let s, let id): "/f/\(s)/utfall/\(id)"
        case .ledgerConfirm(let s, let id): "/f/\(s)/utfall/\(id)/bekrafta"
        case .ledgerDiscard(let s, let id): "/f/\(s)/utfall/\(id)/ta-bort"
        case .ledgerRules(let s): "/f/\(s)/kontoplan"
        case .ledgerRuleRemove(let s, let id): "/f/\(s)/kontoplan/\(id)/ta-bort"
        case .operatingStatement(let s): "/f/\(s)/driftredovisning"
        case .requisitions(let s): "/f/\(s)/rekvisitioner"
        case .requisitionNew(let s, let id): "/f/\(s)/insatser/\(id)/rekvisitioner/ny"
        case .requisition(let s, let id): "/f/\(s)/rekvisitioner/\(id)"
        case .requisitionApprove(let s, let id): "/f/\(s)/rekvisitioner/\(id)/godkann"
        case .requisitionReturn(let s, let id): "/f/\(s)/rekvisitioner/\(id)/returnera"
        case .requisitionFile(let s, let id): "/f/\(s)/rekvisitioner/\(id)/underlag"
        case .calls(let s): "/f/\(s)/utlysningar"
        case .callNew(let s): "/f/\(s)/utlysningar/ny"
        case .call(let s, let id): "/f/\(s)/utlysningar/\(id)"
        case .callPublish(let s, let id): "/f/\(s)/utlysningar/\(id)/publicera"
        case .openCalls(let s): "/f/\(s)/oppna-utlysningar"
        case .openCallsFeed(let s): "/f/\(s)/oppna-utlysningar.atom"
        case .fundingRequests(let s): "/f/\(s)/askanden"
        case .fundingRequestNew(let s): "/f/\(s)/askanden/ny"
        case .fundingRequest(let s, let id): "/f/\(s)/askanden/\(id)"
        case .fundingRequestFile(let s, let id, let file): "/f/\(s)/askanden/\(id)/bilagor/\(file)"
        case .fundingRequestReview(let s, let id): "/f/\(s)/askanden/\(id)/beredning"
        case .fundingRequestAgenda(let s, let id): "/f/\(s)/askanden/\(id)/dagordning"
        case .fundingRequestDecide(let s, let id): "/f/\(s)/askanden/\(id)/beslut"
        case .fundingCompilation(let s): "/f/\(s)/askanden/sammanstallning"
        case .fundingCompilationPDF(let s): "/f/\(s)/askanden/sammanstallning.pdf"
        case .fundingCompilationAttach(let s): "/f/\(s)/askanden/sammanstallning/bifoga"
        case .bodyNew(let s): "/f/\(s)/organ/nytt"
        case .body(let s, let id): "/f/\(s)/organ/\(id)"
        case .bodyEdit(let s, let id): "/f/\(s)/organ/\(id)/andra"
        case .people(let s): "/f/\(s)/personer"
        case .personNew(let s): "/f/\(s)/personer/ny"
        case .person(let s, let id): "/f/\(s)/personer/\(id)"
        case .personEdit(let s, let id): "/f/\(s)/personer/\(id)/andra"
        case .mandateNew(let s): "/f/\(s)/uppdrag/nytt"
        case .mandateEdit(let s, let id): "/f/\(s)/uppdrag/\(id)/andra"
        case .rules(let s): "/f/\(s)/regler"
        case .rulesEdit(let s): "/f/\(s)/regler/andra"
        case .contributions(let s): "/f/\(s)/medlemsbidrag"
        case .contributionsCSV(let s): "/f/\(s)/medlemsbidrag.csv"
        case .users(let s): "/f/\(s)/anvandare"
        case .userNew(let s): "/f/\(s)/anvandare/ny"
        case .userEdit(let s, let id): "/f/\(s)/anvandare/\(id)/andra"
        case .auditLog(let s): "/f/\(s)/logg"
        case .meetings(let s): "/f/\(s)/moten"
        case .meetingNew(let s): "/f/\(s)/moten/nytt"
        case .meeting(let s, let id): "/f/\(s)/moten/\(id)"
        case .meetingEdit(let s, let id): "/f/\(s)/moten/\(id)/andra"
        case .meetingCancel(let s, let id): "/f/\(s)/moten/\(id)/stall-in"
        case .agendaFromTemplate(let s, let id): "/f/\(s)/moten/\(id)/dagordning"
        case .agendaItemNew(let s, let id): "/f/\(s)/moten/\(id)/punkter/ny"
        case .agendaItem(let s, let id): "/f/\(s)/punkter/\(id)"
        case .agendaItemEdit(let s, let id): "/f/\(s)/punkter/\(id)/andra"
        case .agendaItemMove(let s, let id): "/f/\(s)/punkter/\(id)/flytta"
        case .agendaItemRemove(let s, let id): "/f/\(s)/punkter/\(id)/ta-bort"
        case .standingItems(let s): "/f/\(s)/staende-punkter"
        case .standingItemMove(let s, let id): "/f/\(s)/staende-punkter/\(id)/flytta"
        case .standingItemRemove(let s, let id): "/f/\(s)/staende-punkter/\(id)/ta-bort"
        case .attachmentNew(let s, let id): "/f/\(s)/moten/\(id)/bilagor/ny"
        case .attachment(let s, let id): "/f/\(s)/bilagor/\(id)"
        case .attachmentFile(let s, let id): "/f/\(s)/bilagor/\(id)/fil"
        case .attachmentVersionNew(let s, let id): "/f/\(s)/bilagor/\(id)/ny-version"
        case .attachmentLinks(let s, let id): "/f/\(s)/bilagor/\(id)/punkter"
        case .protocolStart(let s, let id): "/f/\(s)/moten/\(id)/protokoll"
        case .protocolPage(let s, let id): "/f/\(s)/protokoll/\(id)"
        case .attendanceNew(let s, let id): "/f/\(s)/protokoll/\(id)/narvaro"
        case .attendanceRemove(let s, let id): "/f/\(s)/narvaro/\(id)/ta-bort"
        case .attendanceMoveUp(let s, let id): "/f/\(s)/narvaro/\(id)/upp"
        case .protocolDetails(let s, let id): "/f/\(s)/protokoll/\(id)/uppgifter"
        case .paragraphEdit(let s, let id): "/f/\(s)/paragrafer/\(id)/andra"
        case .decisionNew(let s, let id): "/f/\(s)/paragrafer/\(id)/beslut"
        case .signersSave(let s, let id): "/f/\(s)/protokoll/\(id)/justerare"
        case .sendForAdjustment(let s, let id): "/f/\(s)/protokoll/\(id)/till-justering"
        case .sign(let s, let id): "/f/\(s)/protokoll/\(id)/signera"
        case .posting(let s, let id): "/f/\(s)/protokoll/\(id)/anslag"
        case .publicProtocol(let s, let id): "/f/\(s)/justerade-protokoll/\(id)"
        case .publicProtocolPDF(let s, let id): "/f/\(s)/justerade-protokoll/\(id)/protokoll.pdf"
        case .noticeBoard(let s): "/f/\(s)/anslagstavla"
        case .noticeBoardFeed(let s): "/f/\(s)/anslagstavla.atom"
        case .reservationNew(let s, let id): "/f/\(s)/paragrafer/\(id)/reservation"
        case .recusalNew(let s, let id): "/f/\(s)/paragrafer/\(id)/jav"
        case .notice(let s, let id): "/f/\(s)/moten/\(id)/kallelse"
        case .noticePDF(let s, let id): "/f/\(s)/moten/\(id)/kallelse.pdf"
        case .publicNoticePDF(let s, let id): "/f/\(s)/kallelser/\(id)/kallelse.pdf"
        case .publicNotice(let s, let id): "/f/\(s)/kallelser/\(id)"
        case .calendar(let s): "/f/\(s)/kalender"
        case .calendarFeed(let s): "/f/\(s)/kalender.ics"
        case .bodyCalendarFeed(let s, let id): "/f/\(s)/organ/\(id)/kalender.ics"
        case .decisions(let s): "/f/\(s)/beslut"
        case .tasks(let s): "/f/\(s)/beslutsuppdrag"
        case .taskDone(let s, let id): "/f/\(s)/beslutsuppdrag/\(id)/klart"
        case .paragraph(let s, let id): "/f/\(s)/paragrafer/\(id)"
        case .paragraphSign(let s, let id): "/f/\(s)/paragrafer/\(id)/justera"
        case .extractPDF(let s, let id): "/f/\(s)/paragrafer/\(id)/utdrag.pdf"
        case .extractSend(let s, let id): "/f/\(s)/paragrafer/\(id)/skicka-utdrag"
        case .correctionNew(let s, let id): "/f/\(s)/protokoll/\(id)/rattelse"
        case .protocolDocument(let s, let id): "/f/\(s)/protokoll/\(id)/dokument"
        case .protocolDocumentPDF(let s, let id): "/f/\(s)/protokoll/\(id)/protokoll.pdf"
        case .publicAttachment(let s, let id, let number): "/f/\(s)/kallelser/\(id)/bilagor/\(number)"
        case .paragraphNew(let s, let id): "/f/\(s)/protokoll/\(id)/paragrafer/ny"
        case .guestNew(let s, let id): "/f/\(s)/moten/\(id)/inbjudna"
        case .guestRemove(let s, let id): "/f/\(s)/inbjudna/\(id)/ta-bort"
        case .search(let s): "/f/\(s)/sok"
        case .archiveDocument(let s, let id): "/f/\(s)/arkiv/\(id)"
        case .archive(let s): "/f/\(s)/arkiv"
        case .archiveUpload(let s, let id): "/f/\(s)/arkiv/uppladdningar/\(id)"
        case .archiveUploadRemove(let s, let id): "/f/\(s)/arkiv/uppladdningar/\(id)/ta-bort"
        case .account: "/konto"
        case .passwordLink(let token): "/losenord/\(token)"
        case .userPasswordLink(let s, let id): "/f/\(s)/anvandare/\(id)/losenordslank"
        case .attachmentPublication(let s, let id): "/f/\(s)/bilagor/\(id)/offentlighet"
        }
    }

    /// The path split into segments, for route registration.
    public var segments: [String] {
        path.split(separator: "/").map(String.init)
    }
}
