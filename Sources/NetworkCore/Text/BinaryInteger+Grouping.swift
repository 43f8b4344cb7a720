/// Whole numbers for people, as the product shows populations and amounts.
extension BinaryInteger {
    /// The number in decimal, grouped in thousands with commas: `242100` → `242,100`,
    /// `-1234` → `-1,234`. ASCII only, the same whatever the locale.
    public var groupedInThousands: String {
        let digits = Array(String(magnitude))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return (self < 0 ? "-" : "") + text
    }
}
