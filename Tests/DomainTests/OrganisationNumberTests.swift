import Testing
@testable import Domain

@Suite struct OrganisationNumberTests {
    @Test(arguments: ["202100-5521", "2021005521", " 202100-5521 "])
    func acceptsValidNumbersInCanonicalForm(raw: String) throws {
        let number = try OrganisationNumber.parse(raw).get()
        #expect(number.text == "202100-5521")
    }

    @Test func refusesWrongCheckDigit() {
        #expect(OrganisationNumber.parse("202100-5522") == .failure(.checkDigit))
    }

    @Test(arguments: ["", "202100-552", "20210-05521", "2021a0-5521", "202100+5521", "202100-55211"])
    func refusesWrongFormat(raw: String) {
        #expect(OrganisationNumber.parse(raw) == .failure(.format))
    }

    @Test func luhnMatchesKnownNumbers() {
        // Arbetsförmedlingen 202100-2114 and Försäkringskassan 202100-5521.
        #expect(OrganisationNumber.luhnCheckDigit([2, 0, 2, 1, 0, 0, 2, 1, 1]) == 4)
        #expect(OrganisationNumber.luhnCheckDigit([2, 0, 2, 1, 0, 0, 5, 5, 2]) == 1)
    }
}
