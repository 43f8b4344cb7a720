import Foundation
import NetworkTestSupport
import Testing

/// The built `networkctl` against the built `networkd` on a fresh database, as an administrator
/// (this process's uid, root: operator and secretariat) and as a member with a token.
///
/// Each test walks one story end to end and checks what a person or a script sees: the tables on
/// stdout, the messages on stderr, the exit codes, and that `--json` output parses.
@Suite("networkctl membership, end to end", .serialized)
struct MembershipCLITests {
    init() throws {
        try #require(BuiltBinaries.areBuilt, "run `swift build` before `swift test`: \(BuiltBinaries.directory)")
    }

    @Test func councilWalksFromApplicationToActiveToTierChangeToResignation() async throws {
        let daemon = try DaemonProcess.start(database: try await TestDatabase.fresh())
        defer { daemon.stop() }
        let ctl = CLI(socket: daemon.socketPath)

        let submitted = try ctl.json([
            "application", "submit", "--name", "Labour Group, Example County Council", "--kind", "political_group",
            "--tier", "associate", "--nation", "england", "--region", "East Midlands",
            "--statement", "The group commits to the network's co-operative values and principles.",
            "--idempotency-key", "submit-1",
        ])
        let applicationID = try #require(submitted["id"] as? Int)
        let memberID = try #require(submitted["memberId"] as? Int)
        #expect(submitted["status"] as? String == "submitted")

        let listed = try ctl.run(["application", "list"])
        #expect(listed.status == 0)
        #expect(listed.stdout.hasPrefix("ID  MEMBER  NAME"))
        #expect(listed.stdout.contains("Labour Group, Example County Council  associate  submitted"))

        let application = try ctl.run(["application", "show", String(applicationID)])
        #expect(application.status == 0, "stderr: \(application.stderr)")
        #expect(fields(application.stdout)["application"] == String(applicationID))
        #expect(fields(application.stdout)["status"] == "submitted")
        #expect(fields(application.stdout)["tier sought"] == "associate")
        let missing = try ctl.run(["application", "show", "999999"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "networkctl: No application 999999\n")
        let audit = try ctl.json(["audit", "list", "--limit", "1"])
        let entryID = try #require((audit["entries"] as? [[String: Any]])?.first?["id"] as? Int)
        let entry = try ctl.run(["audit", "show", String(entryID)])
        #expect(entry.status == 0, "stderr: \(entry.stderr)")
        #expect(fields(entry.stdout)["method"] == "application.submit")
        #expect(fields(entry.stdout)["target"] == "application:\(applicationID)")
        #expect(entry.stdout.contains("before: -\nafter: {"))
        #expect(try ctl.run(["audit", "show", String(entryID + 1000)]).stderr == "networkctl: No audit entry \(entryID + 1000)\n")

        let applicant = try ctl.run(["member", "show", String(memberID)])
        #expect(fields(applicant.stdout)["status"] == "applicant")
        #expect(fields(applicant.stdout)["member since"] == "-")

        let recommended = try ctl.run(["application", "recommend", String(applicationID), "--approve", "--note", "Good fit"])
        #expect(recommended.status == 0, "stderr: \(recommended.stderr)")
        #expect(fields(recommended.stdout)["status"] == "recommended")
        #expect(fields(recommended.stdout)["recommendation"]?.hasPrefix("approve (") == true)

        let approved = try ctl.run(["application", "approve", String(applicationID), "--starts-on", "2026-04-01"])
        #expect(approved.status == 0, "stderr: \(approved.stderr)")
        #expect(fields(approved.stdout)["status"] == "approved")
        #expect(fields(approved.stdout)["starts on"] == "2026-04-01")

        let active = try ctl.run(["member", "show", String(memberID)])
        #expect(active.status == 0)
        #expect(fields(active.stdout)["status"] == "active")
        #expect(fields(active.stdout)["member since"] == "2026-04-01")
        #expect(fields(active.stdout)["tier"] == "associate")

        // A county council states its figures before it can become one.
        let refused = try ctl.run(["member", "change-tier", String(memberID), "--tier", "full", "--kind", "county",
                                   "--reason", "Labour took control of the council"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("population: is required for a council"))

        let edited = try ctl.run(["member", "edit", String(memberID), "--population", "786000",
                                  "--budget-revenue", "612,400,000", "--budget-capital", "£98,250,000.50"])
        #expect(edited.status == 0, "stderr: \(edited.stderr)")
        #expect(fields(edited.stdout)["population"] == "786,000")
        #expect(fields(edited.stdout)["revenue budget"] == "£612,400,000.00")
        #expect(fields(edited.stdout)["capital budget"] == "£98,250,000.50")
        let editedJSON = try ctl.json(["member", "show", String(memberID)])
        #expect(editedJSON["budgetCapital"] as? Int == 9_825_000_050, "budgets go on the wire in pence")

        let changed = try ctl.run(["member", "change-tier", String(memberID), "--tier", "full", "--kind", "county",
                                   "--effective-on", "2026-05-08", "--reason", "Labour took control of the council",
                                   "--idempotency-key", "tier-1"])
        #expect(changed.status == 0, "stderr: \(changed.stderr)")
        #expect(fields(changed.stdout)["tier"] == "full")
        #expect(fields(changed.stdout)["kind"] == "county")

        let history = try ctl.run(["member", "history", String(memberID)])
        #expect(history.status == 0)
        let lines = history.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("TIME") == true)
        #expect(lines.contains { $0.contains("status  -          applicant") && $0.contains("application submitted") })
        #expect(lines.contains { $0.contains("status  applicant  active") && $0.contains("application \(applicationID) approved") })
        #expect(lines.contains { $0.contains("tier    associate  full") && $0.contains("political_group → county")
                && $0.contains("2026-05-08") && $0.contains("Labour took control of the council") })
        let historyJSON = try ctl.json(["member", "history", String(memberID)])
        #expect((historyJSON["entries"] as? [Any])?.count == 4)

        let resigned = try ctl.run(["member", "resign", String(memberID), "--reason", "Letter of 3 March"])
        #expect(resigned.status == 0, "stderr: \(resigned.stderr)")
        #expect(fields(resigned.stdout)["status"] == "resigned")
        let shown = try ctl.json(["member", "show", String(memberID)])
        #expect(shown["status"] as? String == "resigned")

        // A resigned member cannot be suspended: 65, naming the current status.
        let suspend = try ctl.run(["member", "suspend", String(memberID), "--reason", "Too late"])
        #expect(suspend.status == 65)
        #expect(suspend.stderr.contains("resigned"))

        let members = try ctl.run(["member", "list", "--status", "resigned"])
        #expect(members.stdout.hasPrefix("ID  NAME"))
        #expect(members.stdout.contains("Labour Group, Example County Council  full  resigned  county  East Midlands  2026-04-01"))
        let notFound = try ctl.run(["member", "show", "999999"])
        #expect(notFound.status == 1)
    }

    @Test func memberTokenReadsItsOwnMemberOnlyUntilRevoked() async throws {
        let daemon = try DaemonProcess.start(database: try await TestDatabase.fresh())
        defer { daemon.stop() }
        let ctl = CLI(socket: daemon.socketPath)
        let own = try ctl.json(["member", "add", "--name", "Oldham Council", "--kind", "metropolitan_borough", "--tier", "full",
                                "--nation", "england", "--population", "242100", "--budget-revenue", "284600000",
                                "--budget-capital", "96500000"])
        let other = try ctl.json(["member", "add", "--name", "Centre for Local Democracy", "--kind", "policy_group",
                                  "--tier", "affiliate", "--nation", "england"])
        let ownID = try #require(own["id"] as? Int)
        let otherID = try #require(other["id"] as? Int)

        let added = try ctl.run(["contact", "add", String(ownID), "--name", "Priya Shah", "--email", "priya.shah@oldham.example",
                                 "--job-title", "Head of Finance", "--primary", "finance", "--role", "events"])
        #expect(added.status == 0, "stderr: \(added.stderr)")
        #expect(fields(added.stdout)["roles"] == "finance (primary), events")
        let contacts = try ctl.json(["contact", "list", String(ownID)])
        let contact = try #require((contacts["contacts"] as? [[String: Any]])?.first)
        let contactID = try #require(contact["id"] as? Int)

        let issued = try ctl.run(["token", "issue", String(contactID), "--expires-in-days", "30"])
        #expect(issued.status == 0, "stderr: \(issued.stderr)")
        let secret = issued.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(secret.hasPrefix("nwd_") && !secret.contains("\n"), "stdout is the secret alone")
        #expect(issued.stderr.contains("Store it now; it cannot be shown again."))
        #expect(!issued.stderr.contains(secret))
        let tokenFile = try makeTemporaryDirectory(prefix: "token") + "/token"
        try issued.stdout.write(toFile: tokenFile, atomically: true, encoding: .utf8)

        let asMember = ["--token-file", tokenFile]
        let ownShown = try ctl.run(asMember + ["member", "show", String(ownID)])
        #expect(ownShown.status == 0, "stderr: \(ownShown.stderr)")
        #expect(fields(ownShown.stdout)["name"] == "Oldham Council")
        #expect(fields(ownShown.stdout)["revenue budget"] == "£284,600,000.00")
        let fromEnvironment = try ctl.run(["member", "show", String(ownID)], environment: ["NETWORKCTL_TOKEN": secret])
        #expect(fromEnvironment.status == 0, "stderr: \(fromEnvironment.stderr)")

        let otherShown = try ctl.run(asMember + ["member", "show", String(otherID)])
        #expect(otherShown.status == 77)
        #expect(otherShown.stdout.isEmpty)
        let listed = try ctl.run(asMember + ["member", "list"])
        #expect(listed.status == 77)
        let otherContacts = try ctl.run(["contact", "list", String(otherID), "--token-file", tokenFile])
        #expect(otherContacts.status == 77)
        let issueAsMember = try ctl.run(asMember + ["token", "issue", String(contactID)])
        #expect(issueAsMember.status == 77)

        let tokens = try ctl.json(["token", "list", "--contact", String(contactID)])
        let token = try #require((tokens["tokens"] as? [[String: Any]])?.first)
        let tokenID = try #require(token["id"] as? Int)
        let table = try ctl.run(["token", "list", "--member", String(ownID)])
        #expect(table.stdout.hasPrefix("ID  PREFIX"))
        #expect(table.stdout.contains("valid"))
        #expect(!table.stdout.contains(secret))

        // contact show: a member reads its own contacts; another member's id is answered exactly
        // as an absent id is.
        let otherContact = try ctl.json(["contact", "add", String(otherID), "--name", "Sam Other", "--email", "sam@other.example"])
        let otherContactID = try #require(otherContact["id"] as? Int)
        let ownContact = try ctl.run(asMember + ["contact", "show", String(contactID)])
        #expect(ownContact.status == 0, "stderr: \(ownContact.stderr)")
        #expect(fields(ownContact.stdout)["name"] == "Priya Shah")
        #expect(fields(ownContact.stdout)["roles"] == "finance (primary), events")
        let staffSeesOther = try ctl.run(["contact", "show", String(otherContactID)])
        #expect(fields(staffSeesOther.stdout)["name"] == "Sam Other")
        let othersContact = try ctl.run(asMember + ["contact", "show", String(otherContactID)])
        let absentContact = try ctl.run(asMember + ["contact", "show", "999999"])
        #expect(othersContact.status == 1)
        #expect(othersContact.stderr == "networkctl: No contact \(otherContactID)\n")
        #expect(absentContact.stderr == "networkctl: No contact 999999\n")
        #expect(absentContact.status == othersContact.status)

        let revoked = try ctl.run(["token", "revoke", String(tokenID)])
        #expect(revoked.status == 0, "stderr: \(revoked.stderr)")
        #expect(fields(revoked.stdout)["state"] == "revoked")
        let revokedAgain = try ctl.run(["token", "revoke", String(tokenID)])
        #expect(revokedAgain.status == 65)
        #expect(revokedAgain.stderr.hasPrefix("networkctl: token \(tokenID) was already revoked at 20"), "\(revokedAgain.stderr)")

        let afterRevoke = try ctl.run(asMember + ["member", "show", String(ownID)])
        #expect(afterRevoke.status == 77)
        #expect(afterRevoke.stderr.contains("was refused: token revoked"), "\(afterRevoke.stderr)")
        #expect(afterRevoke.stderr.contains(tokenFile))
        #expect(!afterRevoke.stderr.contains(secret))
        let missingFile = try ctl.run(["--token-file", tokenFile + ".missing", "member", "show", String(ownID)])
        #expect(missingFile.status == 1)
        #expect(missingFile.stderr.contains("the token file"))
    }

    @Test func validationErrorsExit65NamingTheFieldAndTheQualifyingKinds() async throws {
        let daemon = try DaemonProcess.start(database: try await TestDatabase.fresh())
        defer { daemon.stop() }
        let ctl = CLI(socket: daemon.socketPath)

        let wrongKind = try ctl.run(["application", "submit", "--name", "Ringmer Parish Council", "--kind", "parish_council",
                                     "--tier", "full", "--nation", "england", "--population", "4800",
                                     "--budget-revenue", "185000", "--budget-capital", "20000",
                                     "--statement", "Ringmer commits to co-operative values."])
        #expect(wrongKind.status == 65)
        #expect(wrongKind.stdout.isEmpty)
        #expect(wrongKind.stderr.contains("invalid data:"))
        #expect(wrongKind.stderr.contains("kind: "))
        #expect(wrongKind.stderr.contains("unitary") && wrongKind.stderr.contains("london_borough"),
                "the qualifying kinds are listed: \(wrongKind.stderr)")

        let noFigures = try ctl.run(["member", "add", "--name", "Kirklees Council", "--kind", "metropolitan_borough",
                                     "--tier", "full", "--nation", "england"])
        #expect(noFigures.status == 65)
        #expect(noFigures.stderr.contains("population: is required for a council"))

        let badEmail = try ctl.json(["member", "add", "--name", "Dr Helen Marsh", "--kind", "individual",
                                     "--tier", "supporter", "--nation", "scotland"])
        let memberID = try #require(badEmail["id"] as? Int)
        let contact = try ctl.run(["contact", "add", String(memberID), "--name", "Helen Marsh", "--email", "not-an-email"])
        #expect(contact.status == 65)
        #expect(contact.stderr.contains("email: "))

        let badAmount = try ctl.run(["member", "edit", String(memberID), "--budget-revenue", "12.345"])
        #expect(badAmount.status == 64)
        #expect(badAmount.stderr.contains("--budget-revenue"))

        let tiers = try ctl.run(["tier", "list"])
        #expect(tiers.status == 0)
        #expect(tiers.stdout.hasPrefix("TIER"))
        #expect(tiers.stdout.contains("\nfull ") && tiers.stdout.contains("Full member"))
        #expect(tiers.stdout.contains("\nKIND"))
    }

    @Test func contactEraseWithoutYesExits64WithoutCallingTheDaemon() throws {
        // The socket does not exist: reaching it would exit 69.
        let result = try runNetworkctl(["--socket", "/nonexistent/x.sock", "contact", "erase", "7"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--yes"))
    }

    @Test func contactEraseWithYesErasesAndExportIsJSON() async throws {
        let daemon = try DaemonProcess.start(database: try await TestDatabase.fresh())
        defer { daemon.stop() }
        let ctl = CLI(socket: daemon.socketPath)
        let member = try ctl.json(["member", "add", "--name", "Calder Valley Energy Co-operative", "--kind", "cooperative",
                                   "--tier", "affiliate", "--nation", "england"])
        let memberID = try #require(member["id"] as? Int)
        let contact = try ctl.json(["contact", "add", String(memberID), "--name", "Tom Ackroyd",
                                    "--email", "tom@caldervalleyenergy.example", "--primary", "finance"])
        let contactID = try #require(contact["id"] as? Int)

        let export = try ctl.run(["contact", "export", String(contactID)])
        #expect(export.status == 0)
        let exported = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        #expect((exported["contact"] as? [String: Any])?["email"] as? String == "tom@caldervalleyenergy.example")

        let erased = try ctl.run(["contact", "erase", String(contactID), "--yes"])
        #expect(erased.status == 0, "stderr: \(erased.stderr)")
        #expect(erased.stdout.contains("contact \(contactID) erased"))
        let listed = try ctl.run(["contact", "list", String(memberID)])
        #expect(listed.stderr.contains("no contacts"))
    }

    /// `--population -5` reaches the daemon as -5 (and is refused for what it is); a usage error
    /// found while `member add` runs shows `member add`'s usage, not the root's.
    @Test func negativeNumbersAreValuesAndUsageErrorsNameTheirVerb() async throws {
        let daemon = try DaemonProcess.start(database: try await TestDatabase.fresh())
        defer { daemon.stop() }
        let ctl = CLI(socket: daemon.socketPath)
        let council = ["member", "add", "--name", "Negative Council", "--kind", "unitary", "--tier", "full", "--nation", "england"]
        let negative = try ctl.run(council + ["--population", "-5", "--budget-revenue", "1000", "--budget-capital", "7"])
        #expect(negative.status == 65, "stderr: \(negative.stderr)")
        #expect(negative.stderr.contains("population: must be a positive number of residents"), "\(negative.stderr)")
        #expect(!negative.stderr.contains("Unknown option"))

        let badAmount = try ctl.run(council + ["--population", "5000", "--budget-revenue", "lots", "--budget-capital", "1"])
        #expect(badAmount.status == 64)
        #expect(badAmount.stderr.contains("Error: --budget-revenue 'lots' is not an amount of GBP"), "\(badAmount.stderr)")
        #expect(badAmount.stderr.contains("Usage: networkctl member add "), "\(badAmount.stderr)")
        #expect(badAmount.stderr.contains("See 'networkctl member add --help'"))
        #expect(!badAmount.stderr.contains("<subcommand>"))
    }

    @Test func demoDataLoadsIntoAFreshDatabaseAndLists() async throws {
        let database = try await TestDatabase.fresh()
        let load = try runProcess("/usr/bin/psql", [
            "-X", "-q", "-v", "ON_ERROR_STOP=1", "--single-transaction", "-d", database.conninfo,
            "-f", TestDatabase.repositoryRoot + "/deploy/demo-data.sql",
        ])
        #expect(load.status == 0, "psql: \(load.stderr)")
        let again = try runProcess("/usr/bin/psql", [
            "-X", "-q", "-v", "ON_ERROR_STOP=1", "--single-transaction", "-d", database.conninfo,
            "-f", TestDatabase.repositoryRoot + "/deploy/demo-data.sql",
        ])
        #expect(again.status != 0, "a second load is refused")
        #expect(again.stderr.contains("only for an empty network"))

        let daemon = try DaemonProcess.start(database: database)
        defer { daemon.stop() }
        let ctl = CLI(socket: daemon.socketPath)
        let current = try ctl.json(["member", "list", "--all", "--limit", "5"])
        #expect((current["members"] as? [Any])?.count == 21, "current members only: not the 2 applicants")
        #expect(current["nextCursor"] is NSNull)
        let all = try ctl.json(["member", "list", "--all", "--status", "all"])
        #expect((all["members"] as? [Any])?.count == 23)
        let applicants = try ctl.run(["member", "list", "--status", "applicant", "--status", "rejected"])
        #expect(applicants.stdout.contains("Newport City Council") && applicants.stdout.contains("Calderdale Council"))
        #expect(applicants.stdout.split(separator: "\n").count == 3, "a header and the 2 applicants: \(applicants.stdout)")
        let status = try ctl.run(["status"])
        #expect(status.stdout.contains("current members 21"), "\(status.stdout)")
        #expect(status.stdout.contains("open applications 2"), "\(status.stdout)")
        let badStatus = try ctl.run(["member", "list", "--status", "gone"])
        #expect(badStatus.status == 64 && badStatus.stderr.contains("former"), "\(badStatus.stderr)")
        let table = try ctl.run(["member", "list", "--tier", "full"])
        #expect(table.stdout.contains("Oldham Council"))
        #expect(table.stdout.contains("suspended"))
        let recommended = try ctl.run(["application", "list", "--status", "recommended"])
        #expect(recommended.stdout.contains("Newport City Council"))
        let oldham = try ctl.run(["member", "list", "--search", "oldham"])
        let oldhamID = try #require(oldham.stdout.split(separator: "\n").dropFirst().first?.split(separator: " ").first)
        let history = try ctl.run(["member", "history", String(oldhamID)])
        #expect(history.stdout.contains("application submitted"))
        let contacts = try ctl.run(["contact", "list", String(oldhamID)])
        #expect(contacts.stdout.contains("priya.shah@oldham.example"))
        // The demo's billing: the year containing today is open with a schedule, so a council
        // can be quoted and invoiced straight away.
        let years = try ctl.json(["year", "list"])
        #expect((years["years"] as? [Any])?.count == 1)
        let quote = try ctl.run(["fees", "quote", String(oldhamID)])
        #expect(quote.status == 0, "stderr: \(quote.stderr)")
        #expect(fields(quote.stdout)["band"]?.hasPrefix("1 by population: 0 to 150,000") == false)
        #expect(fields(quote.stdout)["a year"] == "£4,000.00", "\(quote.stdout)")
        let draft = try ctl.json(["invoice", "create", String(oldhamID), "--subscription"])
        #expect((draft["lines"] as? [[String: Any]])?.first?["description"] as? String != nil)
        let payer = try ctl.run(["billing", "payer", String(oldhamID)])
        #expect(payer.stdout.contains("Civic Centre, West Street"))
    }
}
