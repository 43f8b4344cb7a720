import AdminProtocol
import NetworkCore
import Testing

/// A string enum answers "is this one of mine?" without building its JSON Schema, and answers
/// exactly what its schema's `enum` says.
@Suite("Schema enum membership")
struct SchemaAcceptsTests {
    static func listed(_ type: any SchemaDescribed.Type) -> [String] {
        type.jsonSchema["enum"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    @Test(arguments: [
        Nation.self, MemberStatus.self, MemberStatusFilter.self, ContactRole.self, InvoiceStatus.self, PaymentMethod.self,
    ] as [any SchemaDescribed.Type])
    func aStringEnumAcceptsExactlyWhatItsSchemaLists(type: any SchemaDescribed.Type) {
        let listed = Self.listed(type)
        #expect(!listed.isEmpty)
        for value in listed {
            #expect(type.schemaAccepts(value) == true, "\(type) \(value)")
        }
        for value in ["", "mars", listed[0].uppercased(), listed[0] + " ", "\u{0}"] {
            #expect(type.schemaAccepts(value) == false, "\(type) \(value)")
        }
    }

    @Test func aSchemaWithoutAnEnumListsNothing() {
        #expect(JSONValue.schemaAccepts("anything") == nil)
        #expect([String].schemaAccepts("anything") == nil)
    }
}
