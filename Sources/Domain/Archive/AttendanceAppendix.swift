/// Participants listed in a bilaga rather than in the protokoll's header: the header refers to it
/// ("(övriga deltagare, se bilaga 2)") and the bilaga opens with a heading that names it and the
/// §§ they took part in ("Bilaga 2. Deltagare från strategiska gruppen, § 3-8"), then one person
/// per line. They join the protokoll's attendance as övriga with that § range.
public enum AttendanceAppendix {
    public static func apply(to documents: inout [ImportedDocument], lines: [SourceLine]) {
        for index in documents.indices where documents[index].kind == .protokoll {
            guard let number = referencedAppendix(documents[index], lines: lines),
                  let people = listed(in: number, lines: lines, after: documents[index].lines[0]), !people.isEmpty else { continue }
            documents[index].attendance = (documents[index].attendance ?? []) + people
            documents[index].warnings = documents[index].warnings?.filter { $0.message != ImportMessages.attendanceInAttachment }
        }
    }

    /// The number in "se bilaga 2" in the protokoll's header (before its first §).
    static func referencedAppendix(_ document: ImportedDocument, lines: [SourceLine]) -> Int? {
        for line in lines where line.number >= document.lines[0] && line.number <= document.lines[1] {
            if MinutesParser.paragraphHeading(line.text) != nil { return nil }
            let folded = ArchiveText.fold(line.text)
            guard let range = folded.range(of: "se bilaga") else { continue }
            let digits = folded[range.upperBound...].drop { $0 == " " }.prefix { $0.isASCIIDigitCharacter }
            if let number = Int(digits) { return number }
        }
        return nil
    }

    /// The people under the heading of bilaga `number` that lists participants, with its § range.
    static func listed(in number: Int, lines: [SourceLine], after first: Int) -> [ImportedAttendance]? {
        guard let start = lines.firstIndex(where: { line in
            guard line.number > first else { return false }
            let folded = ArchiveText.fold(line.text)
            guard folded.hasPrefix("bilaga") else { return false }
            let digits = folded.dropFirst(6).drop { $0 == " " }.prefix { $0.isASCIIDigitCharacter }
            return Int(digits) == number && ["deltagare", "narvarande", "narvaro"].contains { folded.hasSubstring($0) }
        }) else { return nil }
        let range = ArchiveText.paragraphRange(in: lines[start].text)?.range
        var entries: [String] = []
        for line in lines[(start + 1)...] {
            if line.isBlank { if entries.isEmpty { continue } else { break } }
            let folded = ArchiveText.fold(line.text)
            if folded.hasPrefix("bilaga") || MinutesParser.paragraphHeading(line.text) != nil { break }
            entries.append(line.text)
        }
        return AttendanceParser.parse(entries, role: .ovrig).map { person in
            var person = person
            if person.paragraphs == nil { person.paragraphs = range }
            return person
        }
    }
}
