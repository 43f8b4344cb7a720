import AdminProtocol
import NetworkCore
import Testing

/// What `audit.watch`'s `areas` and `networkctl watch --area` select.
@Suite("Area selection")
struct AreaSelectionTests {
    @Test func everyAreaHasAGroupAndTheGroupsListEveryArea() {
        let grouped = AreaGroup.allCases.flatMap(\.areaNames)
        #expect(grouped.sorted() == MethodCatalog.areas.map { $0.name }.sorted())
        #expect(AreaGroup.billing.areaNames == ["year", "billing", "fees", "invoice", "payment", "report", "renewal"])
    }

    @Test func noGroupIsNamedLikeAnAreaOutsideIt() {
        for group in AreaGroup.allCases {
            if let area = MethodCatalog.areas.first(where: { $0.name == group.rawValue }) {
                #expect(area.group == group, "\(group) is also the name of an area of \(area.group)")
            }
        }
    }

    @Test(arguments: [
        // (names, method, target, passes)
        (["billing"], "invoice.issue", "invoice:42", true),
        (["billing"], "credit.apply", "invoice:42", true),
        (["billing"], "member.setBilling", "member:3", true),
        (["billing"], "job.run", "invoice:7", true),
        (["billing"], "member.create", "member:3", false),
        (["billing"], "network.update", "network", false),
        (["invoice"], "job.run", "invoice:7", true),
        (["invoice"], "payment.record", "payment:9", false),
        (["credit"], "credit.apply", "invoice:42", true),
        (["payment"], "credit.apply", "invoice:42", true),
        (["member"], "member.setBilling", "member:3", true),
        (["membership"], "contact.erase", "contact:5", true),
        (["membership"], "job.run", "member:5", true),
        (["scheduling"], "job.run", "member:5", true),
        (["platform"], "network.update", "network", true),
        (["platform"], "daemon.reload", "daemon", true),
        (["member", "invoice"], "invoice.issue", "invoice:1", true),
        ([], "anything.atAll", nil, true),
    ] as [([String], String, String?, Bool)])
    func anEntryPassesWhenItTouchesASelectedName(names: [String], method: String, target: String?, passes: Bool) throws {
        let selection = try AreaSelection(names)
        #expect(selection.passes(method: method, target: target) == passes)
    }

    @Test func namesAreSortedAndDeduplicated() throws {
        #expect(try AreaSelection(["invoice", "billing", "invoice"]).names == ["billing", "invoice"])
    }

    @Test func anUnknownNameIsAValidationErrorListingTheNamesThereAre() {
        do {
            _ = try AreaSelection(["billing", "proposals"])
            Issue.record("accepted an unknown area")
        } catch let NetworkError.validation(fields) {
            #expect(fields.map(\.field) == ["areas"])
            let message = fields.first?.message ?? ""
            #expect(message.contains("\"proposals\" is not an area or a group"))
            #expect(message.contains("billing (year, billing, fees, invoice, payment, report, renewal)"))
            #expect(message.contains("credit"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func acceptedNamesAreGroupsAreasAndStems() {
        let names = AreaSelection.acceptedNames
        #expect(Array(names.prefix(4)) == ["platform", "membership", "billing", "scheduling"])
        for expected in ["invoice", "member", "credit", "period", "renewal", "outbox"] {
            #expect(names.contains(expected), "\(expected)")
        }
        #expect(Set(names).count == names.count)
    }
}
