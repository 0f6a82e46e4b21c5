/// Finds what looks like a personnummer or samordningsnummer in text that Samordna is about to
/// keep about participants. SUS holds the participants' identities; Samordna must not become a
/// second register of them (DOMAIN.md §5), so such a value is refused wherever it is typed, not
/// only in the participant key.
public enum PersonalNumberCheck {
    /// True when the text holds six or eight digits that read as a birth date (a samordningsnummer
    /// adds 60 to the day), optionally a "-" or "+", and four more digits: "19850312-1234",
    /// "850312-1234", "8503121234", "850372 1234". Runs of digits that do not read as a date
    /// (an amount, a diary number) pass.
    public static func containsPersonalNumber(_ text: String) -> Bool {
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            guard characters[index].isASCIIDigitCharacter, index == 0 || !characters[index - 1].isASCIIDigitCharacter else {
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end].isASCIIDigitCharacter { end += 1 }
            let run = String(characters[index..<end])
            if run.count == 10 || run.count == 12, readsAsBirthDate(run.dropLast(4)) { return true }
            if run.count == 6 || run.count == 8, readsAsBirthDate(Substring(run)), followedByFourDigits(characters, from: end) { return true }
            index = end
        }
        return false
    }

    /// "YYMMDD" or "YYYYMMDD" with a real month and a day of 1–31 (or 61–91).
    static func readsAsBirthDate(_ digits: Substring) -> Bool {
        guard digits.count == 6 || digits.count == 8, let month = Int(digits.dropFirst(digits.count - 4).prefix(2)),
              let day = Int(digits.suffix(2)) else { return false }
        if digits.count == 8, let century = Int(digits.prefix(2)), !(18...20).contains(century) { return false }
        return (1...12).contains(month) && ((1...31).contains(day) || (61...91).contains(day))
    }

    /// A separator ("-", "+" or one space) and exactly four digits.
    private static func followedByFourDigits(_ characters: [Character], from start: Int) -> Bool {
        guard start < characters.count, ["-", "+", " ", "\u{2013}"].contains(characters[start]) else { return false }
        var end = start + 1
        while end < characters.count, characters[end].isASCIIDigitCharacter { end += 1 }
        return end - start - 1 == 4
    }
}
