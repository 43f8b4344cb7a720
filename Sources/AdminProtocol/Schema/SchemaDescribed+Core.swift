import NetworkCore

// Core enums travel as their raw values; their schemas list the cases.
extension MemberStatus: SchemaDescribed {}
extension MemberStatusFilter: SchemaDescribed {}
extension Nation: SchemaDescribed {}
extension ContactRole: SchemaDescribed {}
extension BandBasis: SchemaDescribed {}
extension BandMeasure: SchemaDescribed {}
extension ProRataRule: SchemaDescribed {}
extension BudgetMeasure: SchemaDescribed {}
extension InvoiceStatus: SchemaDescribed {}
extension PaymentMethod: SchemaDescribed {}
extension Job: SchemaDescribed {}
