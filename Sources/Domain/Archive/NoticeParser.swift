/// Reads a kallelse with its föredragningslista: the meeting's date, times and place, and the
/// numbered items with title, föredragande and bilaga references. Handles the OCR layout where
/// the item numbers come in a column of their own before the titles ("1." "10." "11." then the
/// titles one by one), by numbering the titles in order from the first number of the column.
public enum NoticeParser {
    public static func parse(_ lines: ArraySlice<SourceLine>) -> ImportedDocument {
        var document = ImportedDocument(kind: .kallelse, lines: [lines.first?.number ?? 0, lines.last?.number ?? 0])
        document.meeting = meeting(in: lines)
        document.items = items(in: lines)
        return document
    }

    static func meeting(in lines: ArraySlice<SourceLine>) -> ImportedMeeting {
        var meeting = ImportedMeeting()
        for line in lines.prefix(40) where !line.isBlank {
            let key = ArchiveText.key(line.text)
            if meeting.date == nil, key.hasSubstring("sammantrade") || key.hasSubstring("mote") || key.hasSubstring("datum")
                || labelled(line.text, ["tid", "nar", "tidochplats", "platsochtid"]) != nil,
               let date = ArchiveText.dates(in: line.text).first {
                meeting.date = date.iso
                let times = ArchiveText.timeRange(in: line.text.replacingOccurrences(of: date.iso, with: " "))
                meeting.start = times.start
                meeting.end = times.end
            }
            if meeting.place == nil, let place = labelled(line.text, ["lokal", "plats"]) {
                meeting.place = place.isEmpty ? nil : place
            }
            // "Tid och plats: Torsdag 24 februari 2022 kl. 13.00–15.30, Folkets hus i Sollefteå":
            // the place is what of the line is neither the date nor the time.
            if meeting.place == nil, let both = labelled(line.text, ["tidochplats", "platsochtid"]) {
                let parts = both.split(separator: ",").map { ArchiveText.collapse($0) }
                let place = parts.filter { ArchiveText.dates(in: $0).isEmpty && ArchiveText.timeRange(in: $0).start == nil }
                meeting.place = place.isEmpty ? nil : place.joined(separator: ", ")
            }
            // The time on a line of its own ("Tid: 09.00-12.00", "Klockan 13.15").
            if meeting.start == nil, let time = labelled(line.text, ["tid", "klockan", "kl", "motestid"]) {
                let times = ArchiveText.timeRange(in: time)
                meeting.start = times.start
                meeting.end = times.end
            }
        }
        if let place = meeting.place { meeting.remote = isRemote(place) }
        return meeting
    }

    /// The text after "Lokal:" or "Plats:" when the line starts with that label.
    static func labelled(_ text: String, _ labels: [String]) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let label = ArchiveText.key(text[..<colon])
        guard labels.contains(label) else { return nil }
        return ArchiveText.collapse(text[text.index(after: colon)...])
    }

    static func isRemote(_ place: String) -> Bool {
        let key = ArchiveText.fold(place)
        return ["teams", "zoom", "skype", "digitalt", "distans", "videomote", "webbmote", "lync"].contains { key.contains($0) }
    }

    /// "12." or "12" at the start of a line, with or without a title after it.
    static func itemNumber(_ text: String) -> (number: Int, title: Substring)? {
        let digits = text.prefix { $0.isASCIIDigitCharacter }
        guard (1...2).contains(digits.count), let number = Int(digits), number > 0 else { return nil }
        var rest = text.dropFirst(digits.count)
        guard rest.first == "." else { return nil }
        rest = rest.dropFirst()
        if let next = rest.first, next.isASCIIDigitCharacter { return nil }
        let title = rest.drop { $0 == " " }
        if let first = title.first, !first.isLetter && first != "(" { return nil }
        return (number, title)
    }

    static func items(in lines: ArraySlice<SourceLine>) -> [ImportedItem] {
        var items: [ImportedItem] = []
        var pendingNumbers: [Int] = []   // a column of numbers waiting for its titles
        var expectingContinuation = false
        let column = attachmentColumn(in: lines)
        let presenters = presenterColumn(in: lines)
        let bare = bareNumberedItems(in: lines)
        var index = lines.startIndex
        func block(from start: Int) -> [SourceLine] {
            var result: [SourceLine] = []
            var i = start
            while i < lines.endIndex, !lines[i].isBlank, itemNumber(lines[i].text) == nil || i == start {
                result.append(lines[i])
                i += 1
            }
            return result
        }
        while index < lines.endIndex {
            let line = lines[index]
            if line.isBlank {
                expectingContinuation = false
                index += 1
                continue
            }
            var (text, columnReferences) = column.map { attachmentCell(of: line, column: $0) } ?? (line.text, [])
            var columnPresenter: String?
            if let presenters {
                let split = ArchiveText.columns(of: line.spaced, splitAt: presenters)
                if !split.right.isEmpty, !split.left.isEmpty {
                    text = split.left
                    columnPresenter = Presenter.fullName(split.right)
                }
            }
            if let found = itemNumber(text) ?? (bare.contains(index) ? bareItemNumber(text) : nil) {
                if found.title.isEmpty {
                    pendingNumbers = slots(afterColumn: pendingNumbers + [found.number])
                    index += 1
                    continue
                }
                pendingNumbers = []
                items.append(item(number: found.number, title: String(found.title)))
                items[items.count - 1].attachments += columnReferences
                if let columnPresenter { items[items.count - 1].presenter = columnPresenter }
                expectingContinuation = true
                index += 1
                continue
            }
            if !pendingNumbers.isEmpty {
                let paragraph = block(from: index)
                if let titled = titleOf(paragraph) {
                    items.append(item(number: pendingNumbers.removeFirst(), title: titled.title))
                    for rest in paragraph.dropFirst(titled.lineCount) { attach(rest.text, to: &items[items.count - 1]) }
                } else if !items.isEmpty {
                    for rest in paragraph { attach(rest.text, to: &items[items.count - 1]) }
                }
                index += max(paragraph.count, 1)
                expectingContinuation = false
                continue
            }
            if !items.isEmpty {
                if expectingContinuation, continuesTitle(line.text, items[items.count - 1].title) {
                    extend(&items[items.count - 1], with: line.text)
                } else {
                    expectingContinuation = false
                    attach(line.text, to: &items[items.count - 1])
                }
            }
            index += 1
        }
        return items
    }

    /// "1  Sammanträdets öppnande": a number without its dot, then the title. Read as an item only
    /// in a list of three or more such lines numbered 1, 2, 3 …, where it cannot be a figure.
    static func bareItemNumber(_ text: String) -> (number: Int, title: Substring)? {
        let digits = text.prefix { $0.isASCIIDigitCharacter }
        guard (1...2).contains(digits.count), let number = Int(digits), number > 0 else { return nil }
        let rest = text.dropFirst(digits.count)
        guard rest.first == " " else { return nil }
        let title = rest.drop { $0 == " " }
        guard let first = title.first, first.isUppercase else { return nil }
        return (number, title)
    }

    /// The indices of the lines of such a list.
    static func bareNumberedItems(in lines: ArraySlice<SourceLine>) -> Set<Int> {
        var found: Set<Int> = []
        var run: [Int] = []
        var expected = 1
        for index in lines.indices where !lines[index].isBlank {
            if let item = bareItemNumber(lines[index].text), item.number == expected {
                run.append(index)
                expected += 1
            } else if let item = bareItemNumber(lines[index].text), item.number == 1 {
                if run.count >= 3 { found.formUnion(run) }
                run = [index]
                expected = 2
            } else if itemNumber(lines[index].text) != nil || lines[index].text.first?.isASCIIDigitCharacter == true {
                if run.count >= 3 { found.formUnion(run) }
                run = []
                expected = 1
            }
        }
        if run.count >= 3 { found.formUnion(run) }
        return found
    }

    /// Where a column headed "Föredragande" starts, when the list has one at its right.
    static func presenterColumn(in lines: ArraySlice<SourceLine>) -> Int? {
        column(headed: ["foredragande", "foredragare", "foredrar", "ansvarig"], in: lines)
    }

    /// Where a column headed "Bilaga" starts, when the list has one at its right.
    static func attachmentColumn(in lines: ArraySlice<SourceLine>) -> Int? {
        column(headed: ["bilaga", "bilagor", "bil"], in: lines)
    }

    /// The offset of the last cell of a heading row whose last cell is one of the folded headings.
    static func column(headed headings: Set<String>, in lines: ArraySlice<SourceLine>) -> Int? {
        for line in lines.prefix(60) {
            let cells = ArchiveText.cells(of: line.spaced)
            if cells.count >= 2, let last = cells.last, headings.contains(ArchiveText.key(last.text)) { return last.offset }
        }
        return nil
    }

    /// An item's line without the references in the bilaga column ("4.  Ekonomisk rapport    1").
    static func attachmentCell(of line: SourceLine, column: Int) -> (text: String, references: [String]) {
        let split = ArchiveText.columns(of: line.spaced, splitAt: column)
        let references = split.right.split { " ,&".contains($0) }.map(String.init).filter { $0 != "och" }
        guard !references.isEmpty, !split.left.isEmpty,
              references.allSatisfy({ $0.first?.isASCIIDigitCharacter == true && $0.count <= 4 }) else { return (line.text, []) }
        return (split.left, references)
    }

    /// A column "1." "10." "11." stands for the items 1 to 11: OCR drops numbers it cannot read.
    static func slots(afterColumn numbers: [Int]) -> [Int] {
        guard let first = numbers.first, let last = numbers.max(), last >= first, last - first < 60 else { return numbers }
        return Array(first...last)
    }

    static func item(number: Int, title raw: String) -> ImportedItem {
        let label = Presenter.labelled(in: raw)
        let (title, attachments) = splitAttachments(label.map { String($0.title) } ?? raw)
        return ImportedItem(number: number, title: title, presenter: label?.name, attachments: attachments)
    }

    static func extend(_ item: inout ImportedItem, with text: String) {
        let (more, attachments) = splitAttachments(text)
        if !more.isEmpty { item.title = ArchiveText.collapse(item.title + " " + more) }
        item.attachments += attachments
    }

    /// A title runs on to the next line when that line starts in lower case or is only a bilaga
    /// reference: "… söka ESF-medel för" / "kompetensutveckling av egen personal".
    /// A title that ends in a preposition or conjunction ("… finansiering av" / "Arbetsträning
    /// Heby") runs on whatever case the next line starts with.
    static func continuesTitle(_ text: String, _ title: String) -> Bool {
        guard !title.hasSuffix("."), let first = text.first else { return false }
        if isAttachmentOnly(text) { return true }
        if let last = title.split(separator: " ").last, danglingWords.contains(last.lowercased()), first.isLetter,
           text.count <= 70, !text.hasSuffix("."), Presenter.name(in: text) == nil {
            return true
        }
        return first.isLowercase && Presenter.name(in: text) == nil
    }

    /// Words a Swedish title cannot end with.
    static let danglingWords: Set<String> = ["av", "för", "och", "i", "med", "till", "om", "på", "från", "inom", "mellan", "samt",
                                             "inför", "vid", "mot", "kring", "under", "enligt", "gällande", "avseende"]

    static func isAttachmentOnly(_ text: String) -> Bool {
        let (rest, attachments) = splitAttachments(text)
        return !attachments.isEmpty && rest.isEmpty
    }

    /// The description under an item may name the föredragande.
    static func attach(_ text: String, to item: inout ImportedItem) {
        if item.presenter == nil, let name = Presenter.name(in: text) { item.presenter = name }
        let (_, attachments) = splitAttachments(text)
        if isAttachmentOnly(text) { item.attachments += attachments }
    }

    /// In the OCR layout a block of text is a title when it is short, not a sentence and not a
    /// bullet; its first line and any lower-case continuation make the title.
    static func titleOf(_ paragraph: [SourceLine]) -> (title: String, lineCount: Int)? {
        guard let first = paragraph.first?.text, let initial = first.first,
              initial.isUppercase || initial.isASCIIDigitCharacter, first.count <= 90, Presenter.spoken(in: first) == nil,
              !isBullet(first) else { return nil }
        var title = first
        var count = 1
        for line in paragraph.dropFirst() {
            guard continuesTitle(line.text, title) else { break }
            title += " " + line.text
            count += 1
        }
        let plain = splitAttachments(Presenter.labelled(in: title).map { String($0.title) } ?? title).title
        guard !plain.hasSuffix("."), !plain.hasSuffix(":"), !plain.hasSuffix(","), !plain.hasSubstring(". "), plain.count <= 120 else {
            return nil
        }
        return (title, count)
    }

    /// A list item: a dash or bullet sign, or any single character standing alone before the text
    /// (what a symbol font's bullet becomes in extracted text, "ü", "Ø", or OCR's "e", "o"),
    /// except a digit, a § and the Swedish one-letter words "i", "å", "ö".
    static func isBullet(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        if "-–—•·*".contains(first) { return true }
        guard text.count > 2, text.dropFirst().first == " ", !first.isNumber, first != "§" else { return false }
        return !["i", "å", "ö"].contains(first.lowercased())
    }

    /// Takes "(Bilaga 2)", "(bilaga 2 och 3)" out of a title and returns the references.
    static func splitAttachments(_ text: String) -> (title: String, attachments: [String]) {
        // A line that is only a reference: "Bilaga 1", "Bilagor 2 och 3", "Bilaga: 4a".
        if ArchiveText.fold(text.prefix(6)) == "bilaga" {
            let references = text.drop { $0.isLetter }.split { " ,:&".contains($0) }.map(String.init).filter { $0 != "och" && !$0.isEmpty }
            if !references.isEmpty, references.allSatisfy({ $0.first?.isASCIIDigitCharacter == true && $0.count <= 4 }) {
                return ("", references)
            }
        }
        var title = ""
        var attachments: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "(") {
            let inner = rest[rest.index(after: open)...]
            guard let close = inner.firstIndex(of: ")") else { break }
            let content = ArchiveText.collapse(inner[..<close])
            let key = ArchiveText.fold(content)
            if key.hasPrefix("bilag") {
                title += rest[..<open]
                let references = content.drop { $0.isLetter }.split { $0 == " " || $0 == "," || $0 == "&" }
                    .map(String.init).filter { $0 != "och" && !$0.isEmpty }
                attachments += references
            } else {
                title += rest[...close]
            }
            rest = inner[inner.index(after: close)...]
        }
        title += rest
        return (ArchiveText.collapse(title), attachments)
    }
}

/// Names a föredragande: "Lina Berg föredragande.", "Sara Nilsson, utredare föredrar …",
/// "Sara Nilsson rapporterar." A first name alone ("Lina rapporterar") names no one for
/// certain and gives nil.
public enum Presenter {
    static let verbs = ["föredragande", "föredrar", "föredrog", "rapporterar", "presenterar", "informerar", "redovisar", "går igenom"]

    public static func name(in text: String) -> String? {
        labelled(in: text)?.name ?? spoken(in: text)
    }

    /// "Äskande från Kalix kommun. Föredragande: Åsa Ström": the name after the label, and the
    /// text before the label.
    public static func labelled(in text: String) -> (name: String, title: Substring)? {
        var search = text.startIndex
        while let colon = text[search...].firstIndex(of: ":") {
            let before = text[..<colon]
            let labelStart = before.lastIndex(of: " ").map { before.index(after: $0) } ?? before.startIndex
            if ["foredragande", "foredragare"].contains(ArchiveText.key(before[labelStart...])) {
                var names: [String] = []
                for word in text[text.index(after: colon)...].split(separator: " ").prefix(3) {
                    let bare = String(word).trimming(".,;")
                    guard isNamePart(bare) else { break }
                    names.append(bare)
                    if word.last.map({ ".,;".contains($0) }) == true { break }
                }
                if names.count >= 2 { return (names.joined(separator: " "), Substring(String(before[..<labelStart]).trimming(" .,;–-"))) }
            }
            search = text.index(after: colon)
        }
        return nil
    }

    /// A person's name alone in a cell ("Sara Holm", "Per-Olof Granlund"); not a role such as
    /// "Ordföranden" or "Förbundschefen".
    static func fullName(_ text: String) -> String? {
        let words = text.split(separator: " ").map(String.init)
        guard (2...3).contains(words.count), words.allSatisfy(isNamePart) else { return nil }
        return words.joined(separator: " ")
    }

    static func isNamePart(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase, word.count > 1 else { return false }
        return word.dropFirst().allSatisfy { $0.isLowercase || $0 == "-" }
    }

    /// "Lina Berg föredragande.": a name followed by a verb of presenting.
    static func spoken(in text: String) -> String? {
        for sentence in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "." || $0 == "!" || $0 == "?" }) {
            let words = sentence.split(separator: " ")
            var names: [Substring] = []
            for word in words {
                let bare = String(word).trimming(",")
                if isNamePart(bare) {
                    names.append(Substring(bare))
                    if word.hasSuffix(",") { break }
                    continue
                }
                break
            }
            guard names.count >= 2, names.count <= 3 else { continue }
            var rest = words.dropFirst(names.count).joined(separator: " ")
            // "Sara Nilsson, utredare föredrar": skip a title after the comma.
            if let comma = sentence.firstIndex(of: ","), sentence[..<comma].split(separator: " ").count == names.count {
                rest = String(sentence[sentence.index(after: comma)...]).trimming(" ")
                rest = rest.split(separator: " ").dropFirst().joined(separator: " ")
            }
            if verbs.contains(where: { rest.lowercased().hasPrefix($0) }) {
                return names.joined(separator: " ")
            }
        }
        return nil
    }
}
