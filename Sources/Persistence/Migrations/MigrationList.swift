import Fluent

/// Every migration in the order it runs. A migration is never edited once released; a change to
/// the schema is a new migration at the end of this list.
public enum MigrationList {
    public static var all: [any Migration] {
        [
            M0001_CreateOrganisations(),
            M0002_CreateMembers(),
            M0003_CreateBodiesAndPeople(),
            M0004_CreateMandates(),
            M0005_CreateAssociationRules(),
            M0006_CreateUsers(),
            M0007_CreateAuditEntries(),
            M0008_CreateSessions(),
            M0009_CreateMeetings(),
            M0010_CreateAgendas(),
            M0011_CreateNoticesAndOutbox(),
            M0012_CreateAttachments(),
            M0013_AddNoticePDFs(),
            M0014_CreateProtocols(),
            M0015_CreateDecisions(),
            M0016_CreateSignatures(),
            M0017_AddPostings(),
            M0018_AddCorrectionsAndTasks(),
            M0019_CreateMeetingGuests(),
            M0020_CreateArchiveImports(),
            M0021_CreateSearchIndex(),
            M0022_ScopeSQLiteSearchTerms(),
            M0023_CreateArchiveUploads(),
            M0024_SecureAccounts(),
            M0025_SignOnceAndInheritedSecrecy(),
            M0026_StandingItemPurposes(),
            M0027_ProtocolAsOnPaper(),
            M0028_CreateInterventions(),
            M0029_CreateDiarium(),
            M0030_CreateBudgetsAndGrants(),
            M0031_CreateLedger(),
            M0032_CreateRequisitions(),
            M0033_CreateCallsAndFundingRequests(),
            M0034_AddFundingRequestToBudgetLines(),
            M0035_AddArchiveReadingProgress(),
            M0036_CountPublicChanges(),
            M0037_CreateParticipantEpisodes(),
            M0038_CreateLedgerBalances(),
            M0039_CreateSocialBudget(),
            M0040_CreateSurveyAnswers(),
            M0041_CreateParticipantCounts(),
            M0042_CreateAnnualReports(),
        ]
    }
}
