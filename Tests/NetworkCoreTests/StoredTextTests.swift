import NetworkCore
import Testing

/// Core length rules count text as PostgreSQL's `length()` does, so validation, not a CHECK
/// constraint, refuses text that looks short to Swift but is long to the database.
@Suite("Text measured as the database stores it")
struct StoredTextTests {
    /// 150 "é" written as e + combining acute: 150 characters, 300 Unicode scalars.
    let decomposed = String(repeating: "e\u{301}", count: 150)

    @Test func lengthCountsUnicodeScalars() {
        #expect(decomposed.count == 150)
        #expect(decomposed.storedLength == 300)
    }

    @Test func memberNameOverTheStoredLimitIsRefused() {
        let details = MemberDetails(name: decomposed, kind: "company", nation: .england, region: nil, website: nil,
                                    population: nil, budgetRevenue: nil, budgetCapital: nil)
        #expect(details.validationErrors(isCouncil: false).map(\.field) == ["name"])
    }

    @Test func memberRegionOverTheStoredLimitIsRefused() {
        let details = MemberDetails(name: "Oldham Council", kind: "company", nation: .england,
                                    region: String(repeating: "e\u{301}", count: 60), website: nil,
                                    population: nil, budgetRevenue: nil, budgetCapital: nil)
        #expect(details.validationErrors(isCouncil: false).map(\.field) == ["region"])
    }

    @Test func memberNameWithAControlCharacterIsRefused() {
        let details = MemberDetails(name: "Oldham\u{0}Council", kind: "company", nation: .england, region: nil,
                                    website: nil, population: nil, budgetRevenue: nil, budgetCapital: nil)
        #expect(details.validationErrors(isCouncil: false).map(\.message) == ["must not contain control characters"])
    }

    @Test func networkNameOverTheStoredLimitIsRefused() {
        let profile = NetworkProfile(name: decomposed, shortName: "CCIN", timeZone: "Europe/London", currency: "GBP",
                                     yearStartMonth: 8, version: 1)
        #expect(profile.validationErrors().map(\.field) == ["name"])
    }

    @Test func prefixByStoredLengthNeverExceedsTheLimit() {
        let cut = decomposed.prefix(storedLength: 201)
        #expect(cut.storedLength == 201)
        #expect(decomposed.hasPrefix(String(cut.dropLast())))
        #expect("short".prefix(storedLength: 2000) == "short")
    }
}
