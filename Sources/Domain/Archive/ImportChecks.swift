/// What cannot be right in an imported document, as warnings for the reviewer: dates in the
/// wrong order, numbering out of sequence, people present for § outside the protokoll, totals
/// that do not add up. Nothing is corrected here; the reviewer decides.
public enum ImportChecks {
    public static func check(_ document: inout ImportedDocument, lines: ArraySlice<SourceLine>, knownNames: Set<String>?) {
        var warnings = document.warnings ?? []
        switch document.kind {
        case .kallelse:
            checkMeeting(document.meeting, into: &warnings)
            let items = document.items ?? []
            if items.isEmpty { warnings.append(ImportWarning(field: "items", message: ImportMessages.noItems)) }
            for (previous, item) in zip(items, items.dropFirst()) where item.number != previous.number + 1 {
                warnings.append(ImportWarning(field: "items", message: ImportMessages.itemOutOfSequence(item.number, after: previous.number)))
            }
        case .protokoll:
            checkMeeting(document.meeting, into: &warnings)
            checkDates(document, into: &warnings)
            let paragraphs = document.paragraphs ?? []
            if paragraphs.isEmpty { warnings.append(ImportWarning(field: "paragraphs", message: ImportMessages.noParagraphs)) }
            for (previous, paragraph) in zip(paragraphs, paragraphs.dropFirst()) where paragraph.number != previous.number + 1 {
                warnings.append(ImportWarning(field: "paragraphs",
                                              message: ImportMessages.paragraphOutOfSequence(paragraph.number, after: previous.number)))
            }
            if let first = paragraphs.first?.number, let last = paragraphs.last?.number {
                for person in document.attendance ?? [] {
                    guard let range = person.paragraphs, range[0] < first || range[1] > last else { continue }
                    warnings.append(ImportWarning(field: "attendance", message: ImportMessages.rangeOutsideProtocol(person.name, range)))
                }
            }
            if let knownNames {
                for name in Set((document.attendance ?? []).map(\.name)).sorted() where !knownNames.contains(name) {
                    warnings.append(ImportWarning(field: "attendance", message: ImportMessages.notInRegister(name)))
                }
            }
        case .bilaga, .arsredovisning, .annat:
            break
        }
        warnings += totals(in: lines)
        document.warnings = warnings
    }

    static func checkMeeting(_ meeting: ImportedMeeting?, into warnings: inout [ImportWarning]) {
        if meeting?.date == nil { warnings.append(ImportWarning(field: "meeting.date", message: ImportMessages.meetingDateMissing)) }
        if meeting?.start == nil { warnings.append(ImportWarning(field: "meeting.start", message: ImportMessages.meetingTimeMissing)) }
        if meeting?.place == nil { warnings.append(ImportWarning(field: "meeting.place", message: ImportMessages.placeMissing)) }
    }

    static func checkDates(_ document: ImportedDocument, into warnings: inout [ImportWarning]) {
        let meeting = document.meeting?.date.flatMap { CivilDate(iso: $0) }
        let adjusted = document.adjustedOn.flatMap { CivilDate(iso: $0) }
        let posted = document.noticePostedOn.flatMap { CivilDate(iso: $0) }
        let removed = document.noticeRemovedOn.flatMap { CivilDate(iso: $0) }
        if let meeting, let adjusted, adjusted < meeting {
            warnings.append(ImportWarning(field: "adjustedOn", message: ImportMessages.adjustedBeforeMeeting(adjusted.iso, meeting.iso)))
        }
        if let meeting, let posted, posted < meeting {
            warnings.append(ImportWarning(field: "noticePostedOn", message: ImportMessages.postedBeforeMeeting(posted.iso, meeting.iso)))
        } else if let adjusted, let posted, posted < adjusted {
            warnings.append(ImportWarning(field: "noticePostedOn", message: ImportMessages.postedBeforeAdjustment(posted.iso, adjusted.iso)))
        }
        if let posted, let removed {
            if removed < posted {
                warnings.append(ImportWarning(field: "noticeRemovedOn", message: ImportMessages.removedBeforePosted(removed.iso, posted.iso)))
            } else if posted.days(until: removed) < 21 {
                warnings.append(ImportWarning(field: "noticeRemovedOn", message: ImportMessages.postedTooShort(posted.days(until: removed))))
            }
        }
    }

    /// A "Summa"/"Totalt" line whose amount differs from the sum of the amounts on the lines
    /// directly above it (each ending in an amount, back to a blank line).
    static func totals(in lines: ArraySlice<SourceLine>) -> [ImportWarning] {
        var warnings: [ImportWarning] = []
        var run: [Int] = []
        for line in lines {
            guard !line.isBlank else { run = []; continue }
            guard line.text.utf8.last == UInt8(ascii: "r") || line.text.utf8.last == UInt8(ascii: "R") else { run = []; continue }
            let key = ArchiveText.key(line.text.prefix(7))
            let amount = trailingAmount(line.text)
            if key.hasPrefix("summa") || key.hasPrefix("totalt") {
                if let amount, run.count >= 2, run.reduce(0, +) != amount {
                    warnings.append(ImportWarning(field: "lines", message: ImportMessages.totalMismatch(amount, computed: run.reduce(0, +), line: line.number)))
                }
                run = []
            } else if let amount {
                run.append(amount)
            } else {
                run = []
            }
        }
        return warnings
    }

    /// "Social redovisning 70 tkr" → 70; "Summa 1 490 tkr" → 1490.
    static func trailingAmount(_ text: String) -> Int? {
        var words = text.split(separator: " ")
        // Only amounts with a unit: bare figures in a row are as often columns ("157 199 356").
        guard let unit = words.last, ["tkr", "kr", "mkr", "kronor"].contains(unit.lowercased()) else { return nil }
        words.removeLast()
        var groups: [Substring] = []
        while let last = words.last, last.allSatisfy(\.isASCIIDigitCharacter), !last.isEmpty {
            if !groups.isEmpty, last.count > 3 { break }
            groups.insert(last, at: 0)
            words.removeLast()
            if groups.count > 1 && groups.dropFirst().contains(where: { $0.count != 3 }) { return nil }
            if last.count < 3 { break }
        }
        // A row of several figures is a table with columns, which this check does not read.
        guard !groups.isEmpty, words.count >= 1, groups.count <= 3,
              !words.contains(where: { $0.contains(where: \.isASCIIDigitCharacter) }) else { return nil }
        return Int(groups.joined())
    }
}
