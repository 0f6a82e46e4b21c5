/// One problem with one field of a form or command. The field is the input's name, so that the
/// page can point at it; the wording (Swedish in the UI, English in the CLI) lives with each face.
public struct FieldIssue: Equatable, Sendable {
    public enum Problem: Equatable, Sendable {
        case required
        case invalidDate
        case invalidMonthDay
        case invalidTime
        case endBeforeStart
        case organisationNumberFormat
        case organisationNumberCheckDigit
        case notAWholeNumber
        /// Not a number, with or without decimals.
        case notANumber
        case outOfRange(min: Int64, max: Int64)
        case tooLong(max: Int)
        case tooShort(min: Int)
        case notAChoice
        case taken
        case invalidSlug
        /// An insats's project code: capital letters, digits and hyphens (2–16 characters).
        case invalidProjectCode
        case invalidEmail
        case unknownReference
        case mismatch
        case invalidFraction
        /// The date must come after the given date (ISO), e.g. a new name after the current one.
        case mustBeAfter(String)
        /// The date cannot be earlier than the given date (ISO), e.g. justering before the meeting.
        case mustBeOnOrAfter(String)
        /// A reason must be recorded because the date is later than the given deadline (ISO).
        case reasonNeededAfter(String)
        /// Refused for a reason the application explains (e.g. removing one's own last admin role).
        case notAllowed
        case chooseAtLeastOne
        /// The association would be left without an administrator.
        case lastAdministrator
        /// Remote participation needs the association's general decision (19 a § FINSAM).
        case remoteNotAllowed
        /// The person has no mandate in the body on the meeting date that allows this role.
        case noMatchingMandate
        /// Someone already fills that ledamot's seat for an overlapping § range.
        case seatTaken
        /// The same person cannot be beslutande and non-voting for the same §.
        case bothVotingAndNot
        case alreadyRecorded
        /// Only one person chairs the meeting at a time.
        case secondChair
        case fileTooLarge(maxMegabytes: Int)
        case unsupportedFileType
        /// A vote from someone who is not beslutande at the §.
        case notAVoter
        /// A decision at a § where the board is not quorate.
        case notQuorate(present: Int, needed: Int)
        /// A § number the protokoll does not have.
        case notAParagraph
        /// A justerat § or protokoll is corrected by rättelse, never edited.
        case alreadyAdjusted
        /// One of several files has the problem: the message names the file.
        indirect case inFile(String, Problem)
        case emptyFile
        /// An archive packet must be read as text: a `.txt` or a `.pdf`.
        case notAPacketFile
        /// Imported meetings belong to the board, and the register has none.
        case noBoardToImportInto
        /// Too many wrong passwords: wait this many minutes (the login throttle).
        case tooManyAttempts(minutes: Int)
        /// A grant needs a decision of bifall or an inriktningsbeslut.
        case notAGrantDecision
        /// An inriktningsbeslut covers only its own years.
        case outsidePolicyYears(from: Int, to: Int)
        /// The year already has money from the same or a later decision: only a new decision changes it.
        case grantAlreadyDecided(year: Int)
        /// An undecided (B) amount for a year the insats already has a grant for.
        case yearAlreadyDecided(year: Int)
        /// The same year twice in one form.
        case repeatedYear(Int)
        /// A rekvisition's period runs into another year.
        case periodCrossesYear
        /// A rekvisition larger than what is left of the year's grant (in kronor).
        case beyondGrant(year: Int, remaining: Int64)
        /// A total typed or pasted beside lines that add up to another (kronor).
        case statedTotalDiffers(stated: Int64, computed: Int64)
        /// An äskande whose lines ask for nothing.
        case nothingRequested
        /// An application to an utlysning after its last day.
        case applicationDeadlinePassed(CivilDate)
        /// An application to an utlysning that is not published.
        case callNotOpen
        /// An äskande is decided by bifall, an inriktningsbeslut or avslag.
        case notAFundingDecision
        /// A problem the application words itself (already in Swedish).
        case explained(String)
        /// The date cannot be later than the given date (ISO), e.g. an ending recorded ahead of time.
        case mustBeOnOrBefore(String)
        /// Participant data holds what looks like a personnummer or samordningsnummer.
        case looksLikePersonalNumber
        /// A participant key is 4–24 letters, digits and hyphens, with at least one letter.
        case invalidParticipantKey
        /// A participant who got "nej" in the beredning never started.
        case declinedInAssessment
        /// An outcome belongs to a participation that has ended.
        case outcomeWithoutEnd
        /// Counts that must add up do not: the stated figure and the one computed from the others.
        case countsDoNotAddUp(stated: Int, computed: Int)
        /// A goal area's weight used lies too far from its ideal weight.
        case weightOutsideTolerance(ideal: Int, tolerance: Int)
    }

    public let field: String
    public let problem: Problem

    public init(_ field: String, _ problem: Problem) {
        self.field = field
        self.problem = problem
    }
}

extension Result where Failure == ValidationFailure {
    public var issues: [FieldIssue] {
        if case .failure(let failure) = self { return failure.issues }
        return []
    }
}

/// Input was rejected; nothing was stored.
public struct ValidationFailure: Error, Sendable {
    public let issues: [FieldIssue]

    public init(_ issues: [FieldIssue]) {
        self.issues = issues
    }
}
