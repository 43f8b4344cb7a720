import NetworkCore
import Testing

/// The application state machine: the values board recommends (and may revise), the executive
/// committee approves only a recommended application and may reject any undecided one, and a
/// decision is final.
@Suite("Application status")
struct ApplicationStatusTests {
    /// Every (status, event) pair and where it leads; `nil` is refused.
    static let table: [(ApplicationStatus, ApplicationEvent, ApplicationStatus?)] = [
        (.submitted, .recommend, .recommended), (.submitted, .approve, nil), (.submitted, .reject, .rejected),
        (.recommended, .recommend, .recommended), (.recommended, .approve, .approved), (.recommended, .reject, .rejected),
        (.approved, .recommend, nil), (.approved, .approve, nil), (.approved, .reject, nil),
        (.rejected, .recommend, nil), (.rejected, .approve, nil), (.rejected, .reject, nil),
    ]

    @Test func theTableCoversEveryStatusAndEvent() {
        #expect(Self.table.count == ApplicationStatus.allCases.count * ApplicationEvent.allCases.count)
        #expect(Set(ApplicationStatus.transitions.keys) == Set(ApplicationStatus.allCases))
    }

    @Test(arguments: table)
    func eachEventLeadsWhereTheTableSaysOrIsRefusedNamingTheCurrentStatus(
        status: ApplicationStatus, event: ApplicationEvent, next: ApplicationStatus?
    ) throws {
        if let next {
            #expect(try status.applying(event) == next)
            #expect(event.target == next)
        } else {
            #expect(throws: NetworkError.invalidTransition(entity: "application", from: status.rawValue, to: event.target.rawValue)) {
                try status.applying(event)
            }
        }
    }

    @Test func onlyApprovedAndRejectedAreDecidedAndFinal() {
        #expect(ApplicationStatus.allCases.filter(\.isDecided) == [.approved, .rejected])
        for status in ApplicationStatus.allCases {
            #expect(ApplicationStatus.transitions[status]?.isEmpty == status.isDecided, "\(status)")
        }
    }

    @Test func theAllowedPairsAreTheTableIncludingTheRevisedRecommendation() {
        #expect(ApplicationStatus.allowedPairs == [
            ["submitted", "recommended"], ["submitted", "rejected"],
            ["recommended", "recommended"], ["recommended", "approved"], ["recommended", "rejected"],
        ])
    }

    @Test func theFullPathIsSubmittedRecommendedRevisedApproved() throws {
        let status = try ApplicationStatus.submitted.applying(.recommend).applying(.recommend).applying(.approve)
        #expect(status == .approved)
    }
}
