/// Reads the attendance lists of an old protokoll: "Anna Lindgren  Kalix kommun, ordförande",
/// "Per Eriksson Norrbottens läns landsting § 64-70". Where the spacing was lost the name
/// is told from the organisation by what organisations look like ("… kommun", "Region …",
/// the agencies, job titles). A table flattened into a column of names followed by a column of
/// organisations is paired up again in order.
public enum AttendanceParser {
    struct Entry {
        var names: [String]
        var organisations: [(name: String?, note: String?)]
        var paragraphs: [Int]?
        /// Per organisation, when a flattened table gave each its own § range.
        var ranges: [[Int]?] = []
    }

    /// All entries of one section (the lines after "Beslutande", "Övriga deltagare", …).
    static func parse(_ lines: [String], role: ImportedRole) -> [ImportedAttendance] {
        var result: [ImportedAttendance] = []
        var waitingNames: [(String, [Int]?)] = []
        for line in lines where !isColumnHeadings(line) {
            let entry = parseLine(line)
            if entry.names.isEmpty {
                // A column of organisations after a column of names: pair them in order.
                for organisation in entry.organisations {
                    if !waitingNames.isEmpty {
                        let (name, range) = waitingNames.removeFirst()
                        result.append(attendance(name, organisation, role, range ?? entry.paragraphs))
                    }
                }
                continue
            }
            if entry.organisations.isEmpty {
                waitingNames += entry.names.map { ($0, entry.paragraphs) }
                continue
            }
            flush(&waitingNames, into: &result, role: role)
            for (index, name) in entry.names.enumerated() {
                let organisation = index < entry.organisations.count ? entry.organisations[index] : (nil, nil)
                let range = index < entry.ranges.count ? entry.ranges[index] : nil
                result.append(attendance(name, organisation, role, range ?? entry.paragraphs))
            }
        }
        flush(&waitingNames, into: &result, role: role)
        return result
    }

    private static func flush(_ waiting: inout [(String, [Int]?)], into result: inout [ImportedAttendance], role: ImportedRole) {
        result += waiting.map { attendance($0.0, (nil, nil), role, $0.1) }
        waiting = []
    }

    private static func attendance(_ name: String, _ organisation: (name: String?, note: String?), _ role: ImportedRole,
                                   _ range: [Int]?) -> ImportedAttendance {
        ImportedAttendance(name: name, organisation: organisation.name, role: role, note: organisation.note, paragraphs: range)
    }

    /// The headings of a table's columns ("Namn   Representerar   Närvaro"), no person.
    static func isColumnHeadings(_ line: String) -> Bool {
        let words = ArchiveText.fold(line).split(separator: " ")
        return !words.isEmpty && words.allSatisfy { columnHeadings.contains(String($0)) }
    }

    static let columnHeadings: Set<String> = ["namn", "representerar", "representant", "organisation", "funktion", "roll", "uppdrag",
                                              "narvaro", "narvarande", "paragraf", "paragrafer", "parti", "ledamot", "ersattare",
                                              "for", "och", "tjanstgor", "tid"]

    static func parseLine(_ line: String) -> Entry {
        // OCR loses the space after a comma ("Sala kommun,socialtjänsten").
        var text = line.contains(",") ? ArchiveText.collapse(line.replacingOccurrences(of: ",", with: ", ")) : line
        // "Ingrid Falk (ordf.)", "Per Ek (S)": a short remark in brackets after the name.
        let remarks = bracketedRemarks(in: text)
        if !remarks.found.isEmpty { text = remarks.rest }
        var entry = parseLineWithoutRemarks(text)
        if !remarks.found.isEmpty, entry.names.count == 1 {
            let first = entry.organisations.first ?? (nil, nil)
            let note = ([remarks.found.joined(separator: ", ")] + [first.note].compactMap { $0 }).joined(separator: ", ")
            if entry.organisations.isEmpty { entry.organisations = [(nil, note)] } else { entry.organisations[0] = (first.name, note) }
        }
        return entry
    }

    /// Brackets of at most 15 characters, not a § range, taken out of the line.
    static func bracketedRemarks(in text: String) -> (found: [String], rest: String) {
        guard text.contains("(") else { return ([], text) }
        var found: [String] = []
        var rest = ""
        var remaining = Substring(text)
        while let open = remaining.firstIndex(of: "("), let close = remaining[open...].firstIndex(of: ")") {
            let inner = remaining[remaining.index(after: open)..<close]
            rest += remaining[..<open]
            if inner.count <= 15, !inner.contains("§"), !inner.isEmpty { found.append(String(inner)) } else { rest += remaining[open...close] }
            remaining = remaining[remaining.index(after: close)...]
        }
        return (found, ArchiveText.collapse(rest + remaining))
    }

    static func parseLineWithoutRemarks(_ text: String) -> Entry {
        if let flattened = flattenedTable(text) { return flattened }
        var content = text
        var range: [Int]?
        if let found = ArchiveText.paragraphRange(in: text) {
            range = found.range
            content = ArchiveText.collapse(found.before)
        }
        if let listed = commaSeparated(content, range: range) { return listed }
        let words = content.split(separator: " ").map(String.init)
        let orgStart = words.indices.first { isOrganisationStart(words, $0) } ?? words.count
        var leading = Array(words[..<orgStart])
        // A name is two words (three with a particle such as "von"); more leading capitalised words
        // before the first organisation are further names of a flattened table.
        var names: [String] = []
        while !leading.isEmpty {
            var take = min(2, leading.count)
            if leading.count >= 3, ["von", "af", "de", "van"].contains(leading[1]) { take = 3 }
            if leading.count == 3 { take = 3 }
            names.append(leading.prefix(take).joined(separator: " "))
            leading.removeFirst(take)
        }
        let organisations = splitOrganisations(Array(words[orgStart...]))
        return Entry(names: names.filter(isName), organisations: organisations, paragraphs: range)
    }

    /// "Birgitta Ahlström, ordförande, Sala kommun", "Kent Åberg, förbundsekonom": the name alone
    /// before the first comma, then the organisation and what the person is, in either order.
    static func commaSeparated(_ text: String, range: [Int]?) -> Entry? {
        let parts = text.split(separator: ",").map { ArchiveText.collapse($0) }.filter { !$0.isEmpty }
        guard parts.count >= 2 else { return nil }
        let nameWords = parts[0].split(separator: " ").map(String.init)
        guard (2...3).contains(nameWords.count), isName(parts[0]),
              !nameWords.indices.contains(where: { isOrganisationStart(nameWords, $0) }) else { return nil }
        var organisation: String?
        var notes: [String] = []
        for part in parts.dropFirst() {
            if organisation == nil, isOrganisationName(part) { organisation = part } else { notes.append(part) }
        }
        return Entry(names: [parts[0]], organisations: [(organisation, notes.isEmpty ? nil : notes.joined(separator: ", "))],
                     paragraphs: range)
    }

    /// A capitalised part that is not a title or role ("Sala kommun", "Region Västmanland",
    /// "Arbetsförmedlingen"; not "Förbundschef", "Tf förbundschef").
    static func isOrganisationName(_ part: String) -> Bool {
        let words = part.split(separator: " ").map(String.init)
        guard let first = words.first, first.first?.isUppercase == true else { return false }
        let lower = first.lowercased()
        return !roleWords.contains(lower) && !isRoleLike(lower) && !titleModifiers.contains(lower)
    }

    /// A two-column table flattened into one line, names first and then each one's organisation
    /// or role, several with their own § range ("Lina Berg Per Ek Eva Lund Förbundschef Koordinator
    /// Kalix § 12 Koordinator Piteå § 13"): the organisations are read segment by segment, each
    /// range closing the segment it ends, and paired with the names by position. Only a line with
    /// two ranges or more is read so; one range at the end is the whole line's.
    static func flattenedTable(_ text: String) -> Entry? {
        let words = text.split(separator: " ").map(String.init)
        var segments: [(words: [String], range: [Int]?)] = [([], nil)]
        var index = 0
        var ranges = 0
        while index < words.count {
            if words[index] == "§" || words[index] == "§§", index + 1 < words.count,
               let found = ArchiveText.paragraphRange(in: words[index...min(index + 3, words.count - 1)].joined(separator: " ")) {
                segments[segments.count - 1].range = found.range
                segments.append(([], nil))
                ranges += 1
                // "§ 12", "§ 3-8" or "§ 3 - 8": skip the numbers read.
                index += 2
                while index < words.count, words[index].allSatisfy({ $0.isASCIIDigitCharacter || "-–—".contains($0) }) { index += 1 }
                continue
            }
            segments[segments.count - 1].words.append(words[index])
            index += 1
        }
        guard ranges >= 2 else { return nil }
        let first = segments[0].words
        let orgStart = first.indices.first { isOrganisationStart(first, $0) } ?? first.count
        var leading = Array(first[..<orgStart])
        var names: [String] = []
        while leading.count >= 2 {
            names.append(leading.prefix(2).joined(separator: " "))
            leading.removeFirst(2)
        }
        segments[0].words = Array(first[orgStart...])
        var organisations: [(name: String?, note: String?)] = []
        var perOrganisation: [[Int]?] = []
        for segment in segments where !segment.words.isEmpty {
            let found = splitOrganisations(segment.words)
            organisations += found
            perOrganisation += found.indices.map { $0 == found.count - 1 ? segment.range : nil }
        }
        return Entry(names: names.filter(isName), organisations: organisations, paragraphs: nil, ranges: perOrganisation)
    }

    static func isName(_ text: String) -> Bool {
        let parts = text.split(separator: " ")
        return parts.count >= 2 && parts.allSatisfy { ($0.first?.isUppercase ?? false) || ["von", "af", "de", "van"].contains($0) }
    }

    static let agencies = ["arbetsförmedlingen", "försäkringskassan", "landstinget", "regionen", "region", "kommunen", "länsstyrelsen",
                           "socialtjänsten", "samordningsförbundet", "kriminalvården"]
    static let placeSuffixes = ["kommun", "kommuns", "kommuner", "läns", "landsting", "stad"]
    static let roleWords = ["förbundschef", "ordförande", "sekreterare", "utredare", "controller", "ekonom", "kanslist", "revisor",
                            "adjungerad", "adjungerade", "ersättare", "tjänstgörande", "vice", "verksamhetsledare", "processledare",
                            "samordnare", "koordinator", "projektledare", "handläggare", "utvecklingsledare", "gäst", "sakkunnig",
                            "beredningsgruppen", "förbundsekonom", "presidiet"]

    /// Words that qualify a title ("Tf förbundschef", "Bitr. förbundschef"): with the title
    /// after them they start it, so they are never the end of a name.
    static let titleModifiers = ["tf", "t.f.", "t.f", "bitr", "bitr.", "biträdande", "tillförordnad", "ställföreträdande", "vik", "vik.",
                                 "vikarierande", "f.d.", "fd"]

    static func isTitleModifier(_ words: [String], _ index: Int) -> Bool {
        guard titleModifiers.contains(words[index].trimming(",").lowercased()), index + 1 < words.count else { return false }
        let next = words[index + 1].trimming(",").lowercased()
        return roleWords.contains(next) || isRoleLike(next)
    }

    static func isOrganisationStart(_ words: [String], _ index: Int) -> Bool {
        let word = words[index].trimming(",").lowercased()
        if agencies.contains(word) || roleWords.contains(word) || isRoleLike(word) || isTitleModifier(words, index) { return true }
        if index + 1 < words.count, isPlaceSuffix(words[index + 1]) { return true }
        return false
    }

    /// "kommun", "läns", "landsting" … also as OCR misread them ("lins" for "läns"): OCR may have
    /// made the word another real word, so it is compared by its confusions, not looked up.
    static func isPlaceSuffix(_ word: String) -> Bool {
        let lower = word.trimming(",").lowercased()
        return placeSuffixes.contains(lower) || placeSuffixes.contains { OCRConfusions.scanned.cost(seen: lower, meant: $0) != nil }
    }

    static func isRoleLike(_ word: String) -> Bool {
        ["chef", "utredare", "samordnare", "ledare", "konsulent", "strateg", "handläggare"].contains { word.hasSuffix($0) }
    }

    /// "Kalix kommun, ordförande Arbetsförmedlingen" → [("Kalix kommun", "ordförande"), ("Arbetsförmedlingen", nil)].
    static func splitOrganisations(_ words: [String]) -> [(name: String?, note: String?)] {
        guard !words.isEmpty else { return [] }
        var result: [(name: String?, note: String?)] = []
        var current: [String] = []
        var note: [String] = []
        var inNote = false
        func close() {
            guard !current.isEmpty || !note.isEmpty else { return }
            var organisation = current.joined(separator: " ")
            var noteText = note.isEmpty ? nil : note.joined(separator: " ")
            // "Piteå kommun adjungerad": a role word at the end is a note.
            if noteText == nil, current.count > 1, let last = current.last, roleWords.contains(last.lowercased()),
               !titleModifiers.contains(current[current.count - 2].lowercased()) {
                organisation = current.dropLast().joined(separator: " ")
                noteText = last
            }
            // "Förbundschef" alone is what the person is, not where they come from.
            if current.count <= 2, current.allSatisfy({ word in
                let lower = word.lowercased()
                return roleWords.contains(lower) || isRoleLike(lower) || titleModifiers.contains(lower)
            }) {
                result.append((nil, noteText.map { organisation + ", " + $0 } ?? organisation))
            } else {
                result.append((organisation.isEmpty ? nil : organisation, noteText))
            }
            current = []
            note = []
            inNote = false
        }
        var index = 0
        while index < words.count {
            let word = words[index]
            let bare = word.trimming(",")
            if inNote {
                // A note runs until a word that starts the next organisation.
                if bare.first?.isUppercase == true, isOrganisationStart(words, index) || agencies.contains(bare.lowercased()) {
                    close()
                    continue
                }
                note.append(bare)
            } else if !current.isEmpty, bare.first?.isUppercase == true, isOrganisationStart(words, index),
                      !placeSuffixes.contains(bare.lowercased()), current.last.map({ !$0.hasSuffix("s") || placeSuffixes.contains($0.lowercased()) }) ?? true,
                      completesOrganisation(current) {
                close()
                continue
            } else {
                current.append(bare)
            }
            if word.hasSuffix(",") { inNote = true }
            index += 1
        }
        close()
        return result
    }

    /// Whether the words so far already make a whole organisation, so that a following capital
    /// word starts the next one ("Kalix kommun" | "Arbetsförmedlingen").
    static func completesOrganisation(_ words: [String]) -> Bool {
        guard let last = words.last?.lowercased() else { return false }
        return agencies.contains(last) || ["kommun", "landsting", "stad", "kommuner"].contains(last) || roleWords.contains(last)
            || isRoleLike(last) || (words.count >= 2 && words[words.count - 2].lowercased() == "region")
    }
}
