import Testing
@testable import Domain

@Suite struct TextRepairTests {
    let lexicon = Lexicon(["till", "information", "organisation", "identifierade", "syfte", "att", "bättre", "arbetssätt",
                           "vuxenplattform", "utflöde", "umeå", "föredragande", "öppnande", "västerbottens", "läns", "landsting",
                           "sammanträdet", "med", "insatsen", "kr", "mötets"])

    @Test func ligatureDamageIsUndoneOnlyIntoKnownWords() {
        let cases = ["Gll": "till", "informaGon": "information", "OrganisaEon": "Organisation", "IdenHfierade": "Identifierade",
                     "SyEe": "Syfte", "SyRe": "Syfte", "aI": "att", "bäIre": "bättre", "ArbetssäW": "Arbetssätt",
                     "Vuxenpla3orm": "Vuxenplattform", "pla0orm": "pla0orm", "Uolöde": "Utflöde"]
        for (damaged, repaired) in cases {
            #expect(TextRepair.repairWord(damaged, lexicon: lexicon) == repaired, "\(damaged)")
        }
        #expect(TextRepair.repairWord("KonGnuitet", lexicon: lexicon) == "KonGnuitet", "no known word, no change")
    }

    @Test func lostSwedishLettersComeBackOnlyIntoKnownWords() {
        let cases = ["Umea": "Umeå", "Ume4": "Umeå", "féredragande": "föredragande", "6ppnande": "öppnande",
                     "Visterbottens": "Västerbottens", "léns": "läns", "landsting": "landsting", "Holmiund": "Holmiund"]
        for (damaged, repaired) in cases {
            #expect(TextRepair.repairWord(damaged, lexicon: lexicon) == repaired, "\(damaged)")
        }
    }

    @Test func tabsHyphenationPageNumbersAndTagsAreFolded() {
        let text = "Syfte\tmed\tinsatsen\t\n3\t966\t300\tkr\n12\nVid samman-\nträdet <i>öppnande</i>\r\nVuxenplattformen- Beredning"
        let lines = TextRepair.repair(text, lexicon: lexicon)
        #expect(lines.map(\.repaired) == ["Syfte med insatsen", "3 966 300 kr", "", "Vid sammanträdet", "öppnande",
                                          "Vuxenplattformen- Beredning"])
        #expect(lines[0].original == "Syfte\tmed\tinsatsen\t", "the original is kept beside the repair")
        #expect(lines.map(\.number) == [1, 2, 3, 4, 5, 6])
    }

    @Test func linesBreakWhereAReaderSeesABreak() {
        // pdftotext ends every page with a form feed; a page must not run into the next line.
        #expect(TextRepair.lines(of: "a\u{0C}b\r\nc\rd\n") == ["a", "b", "c", "d", ""])
        #expect(TextRepair.repair("Umeå\u{0C}Umea", lexicon: lexicon).map(\.number) == [1, 2])
    }

    @Test func searchingForTextComparesBytes() {
        #expect("sammantradesdatum".hasSubstring("datum") && !"sammantrade".hasSubstring("datum"))
        #expect("Försäkringskassan".hasSubstring("säkring") && "x".hasSubstring(""))
    }

    @Test func aLexiconIgnoresCaseAndGrowsWithTheRegister() {
        var words = Lexicon(["Umeå"])
        #expect(words.contains("UMEÅ") && !words.contains("Vännäs"))
        words.add(["Vännäs"])
        #expect(words.contains("vännäs"))
    }

    @Test func longAndOddInputNeverStopsTheRepair() {
        let noise = String(repeating: "aoé6\tG<i>-\n12\n", count: 5_000) + String(repeating: "x", count: 100_000)
        let lines = TextRepair.repair(noise, lexicon: lexicon)
        #expect(lines.count == 10_001)
        #expect(TextRepair.repair("", lexicon: lexicon).map(\.repaired) == [""])
    }
}
