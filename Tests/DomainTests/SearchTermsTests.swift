import Testing
@testable import Domain

@Suite struct SearchTermsTests {
    @Test func theSwedishStemmerStripsInflections() {
        // Examples of the Snowball Swedish algorithm's published vocabulary.
        let cases = ["jaktkarlarne": "jaktkarl", "klokhet": "klok", "friskt": "frisk", "kommunerna": "kommun",
                     "öppnande": "öppn", "äskandet": "äsk", "äskanden": "äsk", "beslutade": "beslut", "verksamheter": "verksam",
                     "förbundets": "förbundet", "lös": "lös"]
        for (word, stem) in cases {
            #expect(SwedishStemmer.stem(word) == stem, "\(word)")
        }
    }

    @Test func damagedAndIntactSpellingsShareTheirTerms() {
        #expect(SearchTerms.terms(in: "Umeå") == SearchTerms.terms(in: "UMEA"))
        #expect(SearchTerms.terms(in: "äskanden") == SearchTerms.terms(in: "askandet"))
        #expect(SearchTerms.queryTerms("budget budget Budgeten, 2017") == ["budget", "2017"])
        #expect(SearchTerms.queryTerms(String(repeating: "ord ", count: 100) + "sista").count <= 12)
    }

    @Test func aSnippetMarksTheMatchingWordsAroundTheFirstMatch() {
        let text = (1...40).map { "ord\($0)" }.joined(separator: " ") + " Styrelsen biföll äskandet från Umeå.\nNästa rad."
        let parts = SearchSnippet.parts(of: text, terms: Set(SearchTerms.queryTerms("umea askanden")))
        #expect(parts.first?.text == "… ")
        #expect(parts.filter(\.isMatch).map(\.text) == ["äskandet", "Umeå"])
        #expect(!parts.map(\.text).joined().contains("\n"))
        #expect(SearchSnippet.parts(of: "", terms: ["x"]).isEmpty)
    }
}
