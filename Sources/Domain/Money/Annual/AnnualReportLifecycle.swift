/// Where a year's årsredovisning is on its way to the board's signatures.
public enum AnnualReportState: String, CaseIterable, Sendable, Codable {
    /// Computed from the records as they are; the kansli writes the förvaltningsberättelse.
    case draft
    /// Laid before a board meeting as a bilaga: the document is fixed by its SHA-256 and the
    /// board's ledamöter sign it.
    case presented
    /// Every ledamot has signed the same document: fastställd.
    case adopted
}

/// The rules of the årsredovisning's adoption (issue 18, item 6), as `ProtocolLifecycle` is the
/// protokoll's: the text is edited in a draft; the draft is laid before a board meeting as a
/// bilaga (again, as a new version, while nobody has signed and the meeting still takes bilagor);
/// it is taken back while nobody has signed; the board signs from the meeting day, and a
/// ledamot may send it back with comments; the last signature adopts it, and then nothing changes.
public enum AnnualReportLifecycle {
    public enum Event: Sendable, Equatable {
        case edit
        /// Lay the document before a meeting; `anySigned` when the current version has a signature.
        case present(anySigned: Bool)
        case withdraw(anySigned: Bool)
        /// A signature (`Justering.answer` says whether it completes), given on `today` for a
        /// meeting held on `meetingDay`.
        case sign(completes: Bool, meetingDay: CivilDate, today: CivilDate)
        case decline(meetingDay: CivilDate, today: CivilDate)
    }

    public enum Conflict: Error, Equatable, Sendable {
        /// The text is fixed while the document is before the board; take it back first.
        case presented
        case adopted
        /// Signing and sending back need a document before the board.
        case notPresented
        /// Someone has signed this version: it is no longer taken back or replaced.
        case signed
        /// The board signs from the day of the meeting that adopts it.
        case meetingAhead(CivilDate)
    }

    public static func apply(_ event: Event, to state: AnnualReportState) -> Result<AnnualReportState, Conflict> {
        if state == .adopted { return .failure(.adopted) }
        switch event {
        case .edit:
            return state == .draft ? .success(.draft) : .failure(.presented)
        case .present(let anySigned):
            return anySigned ? .failure(.signed) : .success(.presented)
        case .withdraw(let anySigned):
            guard state == .presented else { return .failure(.notPresented) }
            return anySigned ? .failure(.signed) : .success(.draft)
        case .sign(let completes, let meetingDay, let today):
            guard state == .presented else { return .failure(.notPresented) }
            guard meetingDay <= today else { return .failure(.meetingAhead(meetingDay)) }
            return .success(completes ? .adopted : .presented)
        case .decline(let meetingDay, let today):
            guard state == .presented else { return .failure(.notPresented) }
            guard meetingDay <= today else { return .failure(.meetingAhead(meetingDay)) }
            return .success(.draft)
        }
    }
}
