/// What a reviewer may correct in an imported packet before it is committed, as form fields named
/// per document (`d0-date`, `d1-p3` for the title of the fourth §): the meeting's date, times and
/// place, the protokoll's signers and dates, the titles of §§, items and other documents. After a
/// correction the checks run again, so a warning the reviewer has answered goes away and a new
/// mistake is flagged; the parser's own warnings stay.
public enum ImportCorrections {
    /// The packet's values as the form shows them.
    public static func formValues(of packet: ImportedPacket) -> [String: String] {
        var values: [String: String] = [:]
        for (index, document) in packet.documents.enumerated() {
            let d = "d\(index)-"
            switch document.kind {
            case .kallelse, .protokoll:
                values[d + "date"] = document.meeting?.date ?? ""
                values[d + "start"] = document.meeting?.start ?? ""
                values[d + "end"] = document.meeting?.end ?? ""
                values[d + "place"] = document.meeting?.place ?? ""
            case .bilaga, .arsredovisning, .annat:
                values[d + "title"] = document.title ?? ""
            }
            if document.kind == .protokoll {
                values[d + "adjustedOn"] = document.adjustedOn ?? ""
                values[d + "noticePostedOn"] = document.noticePostedOn ?? ""
                values[d + "noticeRemovedOn"] = document.noticeRemovedOn ?? ""
                values[d + "secretary"] = document.secretary ?? ""
                values[d + "chair"] = document.chair ?? ""
                values[d + "adjusters"] = (document.adjusters ?? []).joined(separator: ", ")
            }
            for (position, item) in (document.items ?? []).enumerated() { values[d + "i\(position)"] = item.title }
            for (position, paragraph) in (document.paragraphs ?? []).enumerated() { values[d + "p\(position)"] = paragraph.title }
        }
        return values
    }

    /// The packet with the form's values, its checks run again; or every bad field at once.
    /// `lines` are the packet's repaired lines (the totals check reads them).
    public static func apply(_ values: [String: String], to packet: ImportedPacket, lines: [TextRepair.Line],
                             knownNames: Set<String>?) -> Result<ImportedPacket, ValidationFailure> {
        var validator = FieldValidator(values)
        var corrected = packet
        for (index, original) in packet.documents.enumerated() {
            var document = original
            let d = "d\(index)-"
            switch document.kind {
            case .kallelse, .protokoll:
                let start = validator.time(d + "start", required: false), end = validator.time(d + "end", required: false)
                if let start, let end, end < start { validator.add(d + "end", .endBeforeStart) }
                document.meeting = ImportedMeeting(date: validator.date(d + "date", required: false)?.iso, start: start?.text, end: end?.text,
                                                   place: validator.text(d + "place", required: false), remote: original.meeting?.remote ?? false)
            case .bilaga, .arsredovisning, .annat:
                document.title = validator.text(d + "title", required: false, maxLength: 300)
            }
            if document.kind == .protokoll {
                document.adjustedOn = validator.date(d + "adjustedOn", required: false)?.iso
                document.noticePostedOn = validator.date(d + "noticePostedOn", required: false)?.iso
                document.noticeRemovedOn = validator.date(d + "noticeRemovedOn", required: false)?.iso
                document.secretary = validator.text(d + "secretary", required: false)
                document.chair = validator.text(d + "chair", required: false)
                document.adjusters = validator.text(d + "adjusters", required: false, maxLength: 600).map(names) ?? []
            }
            if var items = document.items {
                for position in items.indices { items[position].title = validator.text(d + "i\(position)", maxLength: 300) ?? "" }
                document.items = items
            }
            if var paragraphs = document.paragraphs {
                for position in paragraphs.indices { paragraphs[position].title = validator.text(d + "p\(position)", maxLength: 300) ?? "" }
                document.paragraphs = paragraphs
            }
            document.warnings = recheck(document, original: original, lines: lines, knownNames: knownNames)
            corrected.documents[index] = document
        }
        return validator.result { corrected }
    }

    /// Names written "A, B och C" or one per line.
    static func names(_ text: String) -> [String] {
        text.replacingOccurrences(of: " och ", with: ",").split { $0 == "," || $0 == "\n" }
            .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// The parser's own warnings (those the checks did not raise) and the checks run on the corrected document.
    static func recheck(_ document: ImportedDocument, original: ImportedDocument, lines: [TextRepair.Line],
                        knownNames: Set<String>?) -> [ImportWarning] {
        let slice = ArraySlice(lines[original.lineIndices(in: lines.count)].map { SourceLine(number: $0.number, repaired: $0.repaired) })
        var earlierChecks = original
        earlierChecks.warnings = nil
        ImportChecks.check(&earlierChecks, lines: slice, knownNames: knownNames)
        var parserWarnings = original.warnings ?? []
        for warning in earlierChecks.warnings ?? [] {
            if let position = parserWarnings.firstIndex(of: warning) { parserWarnings.remove(at: position) }
        }
        var checked = document
        checked.warnings = parserWarnings
        ImportChecks.check(&checked, lines: slice, knownNames: knownNames)
        return checked.warnings ?? []
    }
}
