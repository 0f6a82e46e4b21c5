import Testing
@testable import Domain

/// The rules behind issue 13 that need no server: return addresses after login, the client address
/// behind a load balancer, form bytes, account reach, e-mail addresses, justering and secrecy.
@Suite struct SecurityRulesTests {
    /// Pages of a pretend site: the start page, /f/<any>/register and /f/<any>/personer.
    static func isRoute(_ segments: [String]) -> Bool {
        segments.isEmpty || (segments.count == 3 && segments[0] == "f" && ["register", "personer"].contains(segments[2]))
    }

    @Test func aReturnAddressIsRebuiltFromAPageOfOurOwn() {
        #expect(LocalRedirect.path(from: "/f/bjorkadalen/personer", isRoute: Self.isRoute) == "/f/bjorkadalen/personer")
        #expect(LocalRedirect.path(from: "/f/bjorkadalen/personer?ar=2025&q=Anna%20Berg", isRoute: Self.isRoute)
            == "/f/bjorkadalen/personer?ar=2025&q=Anna%20Berg")
        #expect(LocalRedirect.path(from: "/f/bj%C3%B6rk/register", isRoute: Self.isRoute) == "/f/bj%C3%B6rk/register")
        #expect(LocalRedirect.path(from: "/", isRoute: Self.isRoute) == "/")
        #expect(LocalRedirect.path(from: "/f/bjorkadalen/personer#ankare", isRoute: Self.isRoute) == "/f/bjorkadalen/personer")
    }

    @Test func headerInjectionAndOtherHostsAreRefused() {
        for raw in ["/\r\nSet-Cookie: injected=pwned; Path=/", "/f/x/register\r\nX: y", "/f/x/register?a=\r\n",
                    "//evil.example", "/\\evil.example", "/\t/evil.example", "/%09/evil.example", "/f/%2F/register",
                    "/f/x/%0d%0aregister", "/f/x/register?a=%0d%0aSet-Cookie:x", "https://evil.example/", "evil",
                    "/f/x/../register", "/f//register", "/finns-inte", "/f/x/register\u{2028}", "/f/x/register\u{200B}",
                    "/f/x/register?a=%ZZ", "/f/%FF/register", ""] {
            #expect(LocalRedirect.path(from: raw, isRoute: Self.isRoute) == nil, "\(raw.debugDescription)")
        }
    }

    @Test func theClientAddressIsForwardedOnlyByATrustedProxy() throws {
        let proxies = try TrustedProxies.parse("10.0.0.0/8, 192.0.2.7, ::1").get()
        #expect(proxies.clientAddress(peer: "10.1.2.3", forwardedFor: ["203.0.113.9"]) == "203.0.113.9")
        #expect(proxies.clientAddress(peer: "10.1.2.3", forwardedFor: ["198.51.100.1, 203.0.113.9, 10.9.9.9"]) == "203.0.113.9",
                "the right-most address that is not a proxy")
        #expect(proxies.clientAddress(peer: "198.51.100.77", forwardedFor: ["203.0.113.9"]) == "198.51.100.77",
                "a client that is not a proxy cannot choose its address")
        #expect(proxies.clientAddress(peer: "::1", forwardedFor: ["2001:db8::5"]) == "2001:db8::5")
        #expect(proxies.clientAddress(peer: "10.1.2.3", forwardedFor: ["not-an-address"]) == "10.1.2.3")
        #expect(TrustedProxies().clientAddress(peer: "10.1.2.3", forwardedFor: ["203.0.113.9"]) == "10.1.2.3", "no setting, no trust")
    }

    @Test func networksMatchByPrefix() throws {
        #expect(IPNetwork("10.0.0.0/8")?.contains(IPAddress("10.255.0.1")!) == true)
        #expect(IPNetwork("10.0.0.0/8")?.contains(IPAddress("11.0.0.1")!) == false)
        #expect(IPNetwork("2001:db8::/32")?.contains(IPAddress("2001:db8:ffff::1")!) == true)
        #expect(IPNetwork("2001:db8::/32")?.contains(IPAddress("2001:db9::1")!) == false)
        #expect(IPNetwork("192.0.2.7")?.contains(IPAddress("192.0.2.8")!) == false)
        #expect(IPNetwork("10.0.0.0/33") == nil && IPNetwork("::1/129") == nil && IPAddress("1.2.3") == nil && IPAddress("1:2:3") == nil)
        guard case .failure(let error) = TrustedProxies.parse("10.0.0.0/8, lastbalanseraren") else {
            Issue.record("a name is not an address")
            return
        }
        #expect(error.entry == "lastbalanseraren")
    }

    @Test func formsWithNulOrBrokenUTF8AreFound() {
        #expect(FormInput.check(urlEncoded: Array("name=Anna+Berg&city=Ume%C3%A5".utf8)) == nil)
        #expect(FormInput.check(urlEncoded: Array("name=Anna%00Berg".utf8)) == FormInput.Finding(field: "name", problem: .nulCharacter))
        #expect(FormInput.check(urlEncoded: Array("a=1&title=%FF%FE".utf8)) == FormInput.Finding(field: "title", problem: .invalidUTF8))
        #expect(FormInput.check(urlEncoded: Array("t=%C3".utf8))?.problem == .invalidUTF8, "a sequence cut short")
        #expect(FormInput.check(urlEncoded: Array("t=100%25".utf8)) == nil)
        #expect(FormInput.check([0x41, 0x00]) == .nulCharacter)
    }

    @Test func anAssociationsAdministratorReachesOnlyWhatIsTheirs() {
        #expect(AccountPolicy.reach(actorIsSystemAdmin: false, targetIsSystemAdmin: true, associationCount: 1) == .none)
        #expect(AccountPolicy.reach(actorIsSystemAdmin: false, targetIsSystemAdmin: false, associationCount: 2) == .accessOnly)
        #expect(AccountPolicy.reach(actorIsSystemAdmin: false, targetIsSystemAdmin: false, associationCount: 1) == .accessAndAccount)
        #expect(AccountPolicy.reach(actorIsSystemAdmin: true, targetIsSystemAdmin: true, associationCount: 3) == .accessAndAccount)
        #expect(!AccountPolicy.Reach.accessOnly.mayEditAccount && AccountPolicy.Reach.accessOnly.mayEditAccess)
    }

    @Test func emailAddressesCannotCarryALineBreak() {
        #expect(EmailAddress.isValid("kansli@bjorkadalen.se") && EmailAddress.isValid("åsa.öberg@umeå.se"))
        for bad in ["a@b.se\r\nRCPT TO:<x@y.se>", "a@b.se\r", "a b@c.se", "<a@b.se>", "a@b", "@b.se", "a@@b.se", "a@b..se",
                    "a\u{1}@b.se", "a@b.se>", "\"a\"@b.se"] {
            #expect(!EmailAddress.isValid(bad), "\(bad.debugDescription)")
        }
    }

    @Test func aSignatureCountsOnceAndTheLastMakesItJusterat() {
        let signers: Set = ["sekreterare", "ordförande", "justerare"]
        #expect(Justering.answer(by: "justerare", declining: false, signers: signers, signedBefore: ["sekreterare"]) == .signed)
        #expect(Justering.answer(by: "justerare", declining: false, signers: signers, signedBefore: ["sekreterare", "ordförande"]) == .completed)
        #expect(Justering.answer(by: "justerare", declining: false, signers: signers, signedBefore: ["justerare"]) == .alreadySigned)
        #expect(Justering.answer(by: "justerare", declining: true, signers: signers, signedBefore: []) == .declined)
    }

    @Test func aBilagaOfOnlySecretItemsIsSecretUnlessPublished() {
        #expect(AttachmentSecrecy.ground(own: nil, itemGrounds: ["OSL 26 kap. 1 §"], publishedExplicitly: false) == "OSL 26 kap. 1 §")
        #expect(AttachmentSecrecy.ground(own: nil, itemGrounds: ["OSL 26 kap. 1 §", "OSL 21 kap. 1 §", "OSL 26 kap. 1 §"],
                                         publishedExplicitly: false) == "OSL 26 kap. 1 §; OSL 21 kap. 1 §")
        #expect(AttachmentSecrecy.ground(own: nil, itemGrounds: ["OSL 26 kap. 1 §"], publishedExplicitly: true) == nil)
        #expect(AttachmentSecrecy.ground(own: nil, itemGrounds: ["OSL 26 kap. 1 §", nil], publishedExplicitly: false) == nil,
                "one public item makes it public")
        #expect(AttachmentSecrecy.ground(own: nil, itemGrounds: [], publishedExplicitly: false) == nil)
        #expect(AttachmentSecrecy.ground(own: "Egen grund", itemGrounds: [nil], publishedExplicitly: true) == "Egen grund")
    }

    @Test func aKallelseHidesTheBilagaOfASecretItemFromThePublic() {
        let secret = NoticeContent.Item(number: 4, title: "Personärende", kind: .decision, presenter: nil, background: nil, proposal: nil,
                                        recommendation: .none, recommendationText: nil, secrecyGround: "OSL 26 kap. 1 §", addedAtMeeting: false,
                                        attachmentNumbers: [1])
        let content = NoticeContent(associationName: "F", bodyName: "Styrelsen", date: "2026-04-01", startsAt: "09:00", endsAt: nil,
                                    place: "P", address: nil, remoteOffered: false, theme: nil, items: [secret],
                                    attachments: [.init(number: 1, title: "Läkarintyg för NN", version: 1, secrecyGround: nil)])
        #expect(content.secrecyGround(ofAttachment: 1) == "OSL 26 kap. 1 §", "a kallelse from before the rule has no flag: secret")
        #expect(content.publicVersion.attachments[0].title.isEmpty && content.publicVersion.attachments[0].secrecyGround != nil)
        var published = content
        published.attachments[0].publishedExplicitly = true
        #expect(published.publicVersion.attachments[0].title == "Läkarintyg för NN")
    }
}
