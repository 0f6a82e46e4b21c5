import Vapor
import Views

/// Every route, grouped by who may reach it. Paths come from `SiteURL`, the same type the pages
/// use for links.
func routes(_ app: Application) throws {
    app.get(SiteURL.stylesheet.route, use: StaticController.stylesheet)
    try app.register(collection: HealthController())
    try app.grouped(PublicReadModelMiddleware()).register(collection: APIController())

    let pages = app.grouped(CSRFMiddleware())
    // What an anonymous visitor reads, kept in memory until something public changes.
    let publicPages = pages.grouped(PublicReadModelMiddleware())
    try publicPages.register(collection: HomeController())
    try pages.register(collection: AuthController())
    try pages.register(collection: AccountController())
    try pages.register(collection: PasswordLinkController())
    try pages.register(collection: AssociationAdminController())
    try publicPages.register(collection: MeetingFeeds())

    let association = pages.grouped(OrganisationAccessMiddleware())
    let editors = association.grouped(RequirePermission { $0.canEditRegister })
    try RegisterController().register(readers: association, editors: editors)
    try MemberController().register(readers: association, editors: editors)
    try BodyController().register(readers: association, editors: editors)
    try PersonController().register(readers: association, editors: editors)
    try MandateController().register(editors: editors)
    try RulesController().register(readers: association, editors: editors)
    try InterventionController().register(readers: association, editors: editors)
    try ParticipantController().register(readers: association)
    try SheetImportController<ParticipantImport>().register(readers: association, upload: .participantImport(SiteURL.slug, SiteURL.id),
                                                            confirm: .participantImportConfirm(SiteURL.slug, SiteURL.id))
    try SheetImportController<SurveyImport>().register(readers: association, upload: .surveyImport(SiteURL.slug, SiteURL.id),
                                                       confirm: .surveyImportConfirm(SiteURL.slug, SiteURL.id))
    try SocialAccountingController().register(readers: association, editors: editors)
    try ContributionController().register(readers: association)
    try UserController().register(admins: association.grouped(RequirePermission { $0.canManageUsers }))
    let kansli = association.grouped(RequirePermission { $0.canPrepareMeetings })
    try MeetingController().register(readers: association, editors: kansli)
    try AnnualReportController().register(readers: association, kansli: kansli)
    try MeetingGuestController().register(editors: kansli)
    try DiariumController().register(readers: association, editors: kansli)
    try BudgetController().register(readers: association, kansli: kansli)
    try LedgerController().register(readers: association, kansli: kansli)
    try RequisitionController().register(readers: association, kansli: kansli)
    try CallController().register(readers: association, kansli: kansli, public: publicPages)
    try FundingRequestController().register(readers: association, kansli: kansli)
    try AgendaController().register(readers: association, editors: kansli)
    try StandingItemController().register(readers: association, editors: kansli)
    try AttachmentController().register(readers: association, editors: kansli)
    try ProtocolController().register(readers: association, editors: kansli)
    try ParagraphController().register(editors: kansli)
    try JusteringController().register(readers: association, editors: kansli)
    try ParagraphViewController().register(readers: association)
    try AddedParagraphController().register(editors: kansli)
    try ExtractController().register(readers: association, editors: kansli)
    try CorrectionController().register(editors: kansli)
    try ProtocolDocumentController().register(readers: association)
    try DecisionRegisterController().register(readers: association, editors: kansli)
    try AnslagController().register(editors: kansli, public: publicPages)
    try NoticeController().register(readers: association, editors: kansli, public: publicPages)
    try SearchController().register(public: pages, api: app)
    try ArchiveDocumentController().register(readers: association)
    try ArchiveUploadController().register(editors: kansli)
    try AuditController().register(readers: association.grouped(RequirePermission { $0.canReadAuditLog }))
    app.localPages = LocalPages(routes: app.routes.all)
}

extension SiteURL {
    /// Path components for registering the route; ":slug" and ":id" become parameters.
    var route: [PathComponent] {
        segments.map { PathComponent(stringLiteral: $0) }
    }
}

extension Request {
    /// The `:id` parameter as a UUID; anything else cannot name a record, so it is "not found".
    func idParameter() throws -> UUID {
        guard let raw = parameters.get("id"), let id = UUID(uuidString: raw) else { throw Abort(.notFound) }
        return id
    }
}
