/// Reads an old protokoll: the header (date, place and times, who took part, who signed), the
/// BEVIS about the anslag, and every § with its title, text and decision sentences.
public enum MinutesParser {
    public static func parse(_ lines: ArraySlice<SourceLine>) -> ImportedDocument {
        var document = ImportedDocument(kind: .protokoll, lines: [lines.first?.number ?? 0, lines.last?.number ?? 0])
        let firstParagraph = lines.firstIndex { paragraphHeading($0.text) != nil } ?? lines.endIndex
        let header = joinedLabels(Array(lines[lines.startIndex..<firstParagraph]))
        readHeader(header, into: &document)
        document.paragraphs = paragraphs(in: lines[firstParagraph...])
        resolveSigners(&document, header: header)
        return document
    }

    /// Characters OCR reads a § as; a scan may give one of them in front of the sign itself.
    static let sectionSignConfusions: Set<Character> = ["8", "S", "5", "$"]

    /// Letters OCR reads a § as when it loses the sign altogether ("S 15 Val av justerare"); not
    /// digits, which start the rows of a table.
    static let sectionSignLetters: Set<Character> = ["S", "$"]

    /// "§ 64 Mötets öppnande", "§93 Mötets öppnande", OCR's "8§ 106 Mötesplan 2017" and "S 15 Val av justerare".
    public static func paragraphHeading(_ text: String) -> (number: Int, title: String)? {
        var rest = Substring(text)
        if let first = rest.first, sectionSignConfusions.contains(first), rest.dropFirst().first == "§" { rest = rest.dropFirst() }
        if let first = rest.first, sectionSignLetters.contains(first), rest.dropFirst().first == " ",
           rest.dropFirst(2).first?.isASCIIDigitCharacter == true, rest.dropFirst(2).prefix(while: \.isASCIIDigitCharacter).count <= 3 {
            rest = "§" + rest.dropFirst()
        }
        guard rest.first == "§", rest.dropFirst().first != "§" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " }
        let digits = rest.prefix { $0.isASCIIDigitCharacter }
        guard (1...4).contains(digits.count), let number = Int(digits) else { return nil }
        rest = rest.dropFirst(digits.count)
        if let next = rest.first, next != " " { return nil }
        let title = ArchiveText.collapse(rest)
        if let first = title.first, !(first.isUppercase || first == "(" || first.isASCIIDigitCharacter) { return nil }
        return (number, title)
    }

    enum Section { case none, voting, substitutes, others, signatures }

    static let labels: [(key: String, section: Section)] = [
        ("beslutande", .voting), ("tjanstgorandeledamoter", .voting), ("ledamoter", .voting), ("narvarandeledamoter", .voting),
        ("ejtjanstgorandeersattare", .substitutes), ("tjanstgorandeersattare", .voting), ("narvarandeersattare", .substitutes),
        ("ersattare", .substitutes),
        ("ovrigadeltagare", .others), ("ovriganarvarande", .others), ("ovriga", .others), ("narvarande", .others),
        ("adjungerade", .others), ("deltagare", .others),
    ]

    static func readHeader(_ header: [SourceLine], into document: inout ImportedDocument) {
        var meeting = ImportedMeeting()
        var section = Section.none
        var sectionLines: [(Section, String)] = []
        var afterDateLabel = false
        // A second list to the right of the first ("Närvarande ledamöter    Närvarande ersättare"):
        // where its column starts and what it lists.
        var rightColumn: (offset: Int, section: Section)?
        for (position, line) in header.enumerated() where !line.isBlank {
            let key = ArchiveText.key(line.text)
            if key.hasPrefix("sammantradesdatum") || key.hasPrefix("motesdatum") || isBareLabel(key, "datum")
                || NoticeParser.labelled(line.text, ["datum"]) != nil { afterDateLabel = true }
            if meeting.date == nil, afterDateLabel || key.hasSubstring("sammantradesdatum"), let date = ArchiveText.dates(in: line.text).first {
                meeting.date = date.iso
            }
            if key.hasPrefix("platsochtid") || key.hasPrefix("plats") && !key.hasPrefix("platsen") {
                let rest = dropLabel(line.text, words: key.hasPrefix("platsochtid") ? 3 : 1)
                readPlaceAndTime(rest, into: &meeting)
                section = .none
                continue
            }
            // "Tid: kl. 9–11.30" on a line of its own.
            if meeting.start == nil, isBareLabel(key, "tid") || key.hasPrefix("tidkl") {
                let times = ArchiveText.timeRange(in: line.text)
                meeting.start = times.start
                meeting.end = times.end
            }
            if key.hasPrefix("justeringsdatum") || key.hasSubstring("justeringsdatum"), let date = dateAfter("justeringsdatum", in: line.text) {
                document.adjustedOn = date
            } else if document.adjustedOn == nil, key.hasPrefix("justeringensplats") || key.hasPrefix("justeringenstid"),
                      let date = ArchiveText.dates(in: line.text).first {
                document.adjustedOn = date.iso
            } else if document.adjustedOn == nil, key.hasSubstring("justerades") || key.hasSubstring("justeratden"),
                      let date = dateAfter(any: ["justerades", "justerat den"], in: line.text) {
                // "Protokollet justerades 2021-09-20 och …"
                document.adjustedOn = date
            }
            if let date = dateAfter(any: noticePostedLabels, in: line.text) { document.noticePostedOn = date }
            if let date = dateAfter(any: noticeRemovedLabels, in: line.text) { document.noticeRemovedOn = date }
            if isSignatureLabel(key) || key.hasPrefix("bevis") || key.hasPrefix("underskrift") || key.hasPrefix("paragrafer") {
                section = .signatures
                continue
            }
            if let label = labels.first(where: { key.hasPrefix($0.key) }) {
                section = label.section
                rightColumn = secondLabel(line.spaced)
                let rest = dropLabel(line.text, words: labelWordCount(line.text, label.key))
                if !rest.isEmpty, rightColumn == nil { sectionLines.append((section, rest)) }
                continue
            }
            if let column = rightColumn, section == .voting || section == .substitutes || section == .others {
                let split = ArchiveText.columns(of: line.spaced, splitAt: column.offset)
                if !split.left.isEmpty { sectionLines.append((section, split.left)) }
                if !split.right.isEmpty { sectionLines.append((column.section, split.right)) }
                continue
            }
            if meeting.date == nil, position < 8, let date = ArchiveText.dates(in: line.text).first, afterDateLabel {
                meeting.date = date.iso
            }
            switch section {
            case .voting, .substitutes, .others: sectionLines.append((section, line.text))
            case .none, .signatures: break
            }
        }
        document.meeting = meeting
        var attendance: [ImportedAttendance] = []
        for (section, role) in [(Section.voting, ImportedRole.beslutande), (.substitutes, .ersattare), (.others, .ovrig)] {
            attendance += AttendanceParser.parse(sectionLines.filter { $0.0 == section }.map(\.1), role: role)
        }
        document.attendance = canonicalOrganisations(attendance)
        if sectionLines.contains(where: { ArchiveText.fold($0.1).hasSubstring("se bilaga") }) {
            document.warnings = (document.warnings ?? []) + [ImportWarning(field: "attendance", message: ImportMessages.attendanceInAttachment)]
        }
    }

    /// One organisation spelt two ways in the same list ("Hallands lins landsting" beside
    /// "Hallands läns landsting") is the same organisation: the spelling seen most wins.
    static func canonicalOrganisations(_ attendance: [ImportedAttendance]) -> [ImportedAttendance] {
        var counts: [String: Int] = [:]
        for organisation in attendance.compactMap(\.organisation) { counts[organisation, default: 0] += 1 }
        return attendance.map { person in
            guard let organisation = person.organisation else { return person }
            var changed = person
            let better = counts.filter { $0.key != organisation && $0.value > counts[organisation]! && ArchiveText.similarity($0.key, organisation) >= 0.9 }
            if let best = better.max(by: { $0.value < $1.value }) { changed.organisation = best.key }
            return changed
        }
    }

    /// "Dnr 2022/4", "Dnr: 12-2021", "Diarienr 2021.45": a diarienummer and nothing else.
    static func isDiaryNumber(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...3).contains(words.count), let first = words.first else { return false }
        let label = ArchiveText.key(first)
        guard ["dnr", "diarienr", "diarienummer"].contains(label) || label.hasPrefix("dnr") && label.dropFirst(3).allSatisfy(\.isASCIIDigitCharacter)
        else { return false }
        return text.contains(where: \.isASCIIDigitCharacter)
    }

    /// A label broken over two lines in a narrow column ("Justeringens" / "plats och tid  Kramfors
    /// 2022-02-15") is one line: a single capitalised word alone, then a line in lower case.
    static func joinedLabels(_ header: [SourceLine]) -> [SourceLine] {
        var result: [SourceLine] = []
        var index = 0
        while index < header.count {
            let line = header[index]
            if index + 1 < header.count, !line.isBlank, !line.text.contains(" "), line.text.first?.isUppercase == true,
               line.text.count >= 6, let next = header[index + 1].text.first, next.isLowercase {
                let following = header[index + 1]
                result.append(SourceLine(number: line.number, repaired: line.text + " " + following.spaced.drop { $0 == " " }))
                result.append(SourceLine(number: following.number, repaired: ""))
                index += 2
                continue
            }
            result.append(line)
            index += 1
        }
        return result
    }

    /// "Datum:" or "Tid: kl. 9" — the label alone, then figures — not "Datum för …" or "Tiden …".
    static func isBareLabel(_ key: String, _ label: String) -> Bool {
        key.hasPrefix(label) && key.dropFirst(label.count).first?.isASCIIDigitCharacter == true
    }

    /// The section a label in a later column of the line starts, and the column's offset.
    static func secondLabel(_ spaced: String) -> (offset: Int, section: Section)? {
        for cell in ArchiveText.cells(of: spaced).dropFirst() {
            let key = ArchiveText.key(cell.text)
            if let label = labels.first(where: { key.hasPrefix($0.key) }) { return (cell.offset, label.section) }
        }
        return nil
    }

    /// "Datum för anslags uppsättande", "Datum då anslaget sätts upp", "Anslaget uppsatt".
    static let noticePostedLabels = ["uppsatt", "satts upp", "sattes upp"]
    /// "Datum för anslags nedtagande", "Datum då anslaget tas ned", "Anslaget nedtas", "Anslaget togs ner".
    static let noticeRemovedLabels = ["nedtag", "nedtas", "tas ned", "togs ned", "tas ner", "togs ner"]

    /// The first date after any of the folded labels on the line.
    static func dateAfter(any labels: [String], in text: String) -> String? {
        let folded = ArchiveText.fold(text)
        for label in labels where folded.range(of: label) != nil {
            if let date = dateAfter(label, in: text) { return date }
        }
        return nil
    }

    static func isSignatureLabel(_ key: String) -> Bool {
        ["sekreterare", "ordforande", "justerare", "justerande", "utsesattjustera"].contains { key.hasPrefix($0) }
    }

    /// How many words of the line the folded label covers ("Övriga deltagare" is two).
    static func labelWordCount(_ text: String, _ key: String) -> Int {
        var covered = ""
        var count = 0
        for word in text.split(separator: " ") {
            guard covered.count < key.count else { break }
            covered += ArchiveText.key(word)
            count += 1
        }
        return count
    }

    static func dropLabel(_ text: String, words: Int) -> String {
        ArchiveText.collapse(text.split(separator: " ").dropFirst(words).joined(separator: " ")).trimming(": ")
    }

    /// The first date after a label such as "Justeringsdatum:" on the same line.
    static func dateAfter(_ label: String, in text: String) -> String? {
        let folded = ArchiveText.fold(text)
        guard let range = folded.range(of: label) else { return ArchiveText.dates(in: text).first?.iso }
        // fold keeps one character per character, so the offset carries over to the text.
        let offset = folded.distance(from: folded.startIndex, to: range.lowerBound)
        let tail = text.dropFirst(offset)
        return ArchiveText.dates(in: tail).first?.iso
    }

    /// "Kommunhuset i Kalix, klockan 08.30-12.00".
    static func readPlaceAndTime(_ text: String, into meeting: inout ImportedMeeting) {
        let times = ArchiveText.timeRange(in: text)
        // The times may have come on a line of their own ("Tid: 9–11.30").
        if times.start != nil {
            meeting.start = times.start
            meeting.end = times.end
        }
        // OCR loses the space after a comma ("Ljusdal,lokal 4").
        var place = text.replacingOccurrences(of: ",", with: ", ").replacingOccurrences(of: ",  ", with: ", ")
        for marker in [", klockan", " klockan", ", kl.", ", kl ", " kl.", " kl "] {
            if let range = place.range(of: marker) {
                place = String(place[..<range.lowerBound])
                break
            }
        }
        if place == text, let firstDigit = place.firstIndex(where: \.isASCIIDigitCharacter), times.start != nil {
            place = String(place[..<firstDigit])
        }
        place = place.trimming(" ,")
        meeting.place = place.isEmpty ? nil : place
        meeting.remote = NoticeParser.isRemote(place)
    }

    static func paragraphs(in lines: ArraySlice<SourceLine>) -> [ImportedParagraph] {
        var result: [ImportedParagraph] = []
        var current: (number: Int, title: String, attachments: [String])?
        var blocks: [[String]] = []
        var titleOpen = false
        func finish() {
            guard let paragraph = current else { return }
            let text = blocks.filter { !$0.isEmpty }.map { $0.joined(separator: " ") }.joined(separator: "\n")
            result.append(ImportedParagraph(number: paragraph.number, title: paragraph.title, text: text,
                                            decisions: DecisionClassifier.decisions(in: blocks)))
            blocks = []
        }
        for line in lines {
            if let heading = paragraphHeading(line.text) {
                finish()
                let split = NoticeParser.splitAttachments(heading.title)
                current = (heading.number, split.title, split.attachments)
                titleOpen = true
                continue
            }
            guard current != nil else { continue }
            if line.isBlank || line.text == "---" {
                if !(blocks.last?.isEmpty ?? true) { blocks.append([]) }
                if !blocks.isEmpty || line.text == "---" { titleOpen = false }
                continue
            }
            if titleOpen || blocks.allSatisfy(\.isEmpty), NoticeParser.isAttachmentOnly(line.text) {
                current?.attachments += NoticeParser.splitAttachments(line.text).attachments
                continue
            }
            // "§ 30" alone on its line, or with only its diarienummer ("§ 3  Dnr 2022/4"): the
            // title is the line after it.
            if titleOpen, let title = current?.title, title.isEmpty || isDiaryNumber(title) {
                let split = NoticeParser.splitAttachments(line.text)
                current?.title = split.title
                current?.attachments += split.attachments
                continue
            }
            if titleOpen, let title = current?.title, NoticeParser.continuesTitle(line.text, title) {
                let split = NoticeParser.splitAttachments(line.text)
                current?.title = ArchiveText.collapse(title + " " + split.title)
                current?.attachments += split.attachments
                continue
            }
            titleOpen = false
            if blocks.isEmpty { blocks.append([]) }
            blocks[blocks.count - 1].append(line.text)
        }
        finish()
        return result
    }

    /// Secretary, chair and justerare sign under their label; OCR damages those names
    /// ("rina Holmbarg"), so each is matched to the nearest name in the attendance or elsewhere
    /// in the protokoll.
    static func resolveSigners(_ document: inout ImportedDocument, header: [SourceLine]) {
        let known = (document.attendance ?? []).map(\.name)
        var warnings = document.warnings ?? []
        func signer(_ labels: [String]) -> String? {
            for (index, line) in header.enumerated() {
                // "Underskrifter   Sekreterare   ……": the heading of the signatures before the first label.
                let text = ArchiveText.key(line.text).hasPrefix("underskrift") ? dropLabel(line.text, words: 1) : line.text
                let key = ArchiveText.key(text)
                guard labels.contains(where: { key.hasPrefix($0) }) else { continue }
                let sameLine = nameCandidate(dropLabel(text, words: 1))
                if let sameLine { return match(sameLine, known) ?? sameLine }
                var next = index + 1
                while next < header.count, next <= index + 3 {
                    let text = header[next].text
                    let nextKey = ArchiveText.key(text)
                    if isSignatureLabel(nextKey) || nextKey.hasPrefix("bevis") { break }
                    if let candidate = nameCandidate(text) { return match(candidate, known) ?? candidate }
                    next += 1
                }
            }
            return nil
        }
        document.secretary = signer(["sekreterare"])
        document.chair = signer(["ordforande"])
        var adjusters: [String] = []
        if let adjuster = signer(["justerare", "justerande"]) { adjusters.append(adjuster) }
        if let chosen = chosenAdjusters(document.paragraphs ?? [], known: known) {
            if adjusters.isEmpty || adjusters.allSatisfy({ !known.contains($0) }) { adjusters = chosen }
        }
        document.adjusters = adjusters
        for (field, name) in [("secretary", document.secretary), ("chair", document.chair)] + adjusters.map({ ("adjusters", Optional($0)) }) {
            guard let name else {
                warnings.append(ImportWarning(field: field, message: ImportMessages.signerMissing(field)))
                continue
            }
            if !known.contains(name), !(document.paragraphs ?? []).contains(where: { $0.text.contains(name) }) {
                warnings.append(ImportWarning(field: field, message: ImportMessages.nameNotMatched(name)))
            }
        }
        document.warnings = warnings
    }

    /// The justerare named in the "Val av justerare" §: "Per Eriksson utsågs att justera …".
    static func chosenAdjusters(_ paragraphs: [ImportedParagraph], known: [String]) -> [String]? {
        guard let paragraph = paragraphs.first(where: { ArchiveText.fold($0.title).hasSubstring("justera") }) else { return nil }
        let found = known.filter { paragraph.text.contains($0) }
        return found.isEmpty ? nil : found
    }

    /// The part of a signature line that can be a name: letters, spaces and hyphens, at least
    /// five letters, at most four words.
    static func nameCandidate(_ text: String) -> String? {
        let cleaned = ArchiveText.collapse(text.map { $0.isLetter || $0 == "-" ? $0 : " " }.map(String.init).joined())
        // "Sekreterare ____ Paragrafer 30–38": the label of the next column is no name.
        let words = cleaned.split(separator: " ").filter { $0.count >= 2 }.map { String($0) }
            .prefix { !isSignatureLabel(ArchiveText.key($0)) && !ArchiveText.key($0).hasPrefix("paragraf") }
        guard (1...4).contains(words.count), words.joined().count >= 5,
              words.contains(where: { $0.first?.isUppercase == true }) else { return nil }
        return words.joined(separator: " ")
    }

    /// The closest known name, when it is close enough to be the same person.
    static func match(_ candidate: String, _ known: [String]) -> String? {
        var best: (String, Double)?
        for name in known {
            var score = ArchiveText.similarity(candidate, name)
            // A signature line often keeps only the end of the name ("rina Holmbarg").
            if name.lowercased().hasSuffix(candidate.lowercased().suffix(6)) { score = max(score, 0.7) }
            if score > (best?.1 ?? 0) { best = (name, score) }
        }
        guard let best, best.1 >= 0.6 else { return nil }
        return best.0
    }
}
