/// How many terminal columns text takes, so that tables align whatever script a name is in.
///
/// Counted per grapheme cluster, as a terminal draws them: East Asian wide and fullwidth
/// characters (CJK ideographs, kana, Hangul, fullwidth forms) and emoji take 2 columns; a
/// cluster of only combining marks, zero-width or control characters takes 0; everything else
/// takes 1 (a letter with combining accents is one cluster, so 1). ANSI colour sequences
/// (`ESC [ … m`) take none.
extension String {
    /// The columns this text takes on a terminal, escape sequences skipped.
    var displayWidth: Int {
        if let ascii = asciiDisplayWidth { return ascii }
        var width = 0
        var inEscape = false
        for character in self {
            if inEscape {
                if let scalar = character.unicodeScalars.first, (0x40...0x7E).contains(scalar.value), character != "[" {
                    inEscape = false
                }
                continue
            }
            if character == "\u{1B}" {
                inEscape = true
                continue
            }
            width += character.displayWidth
        }
        return width
    }

    /// The width of an all-ASCII string from its bytes, the same rules as for characters (an
    /// escape sequence and a control byte take no column), without Unicode property lookups;
    /// nil when the string holds anything beyond ASCII.
    private var asciiDisplayWidth: Int? {
        var width = 0
        var inEscape = false
        for byte in utf8 {
            guard byte < 0x80 else { return nil }
            if inEscape {
                if (0x40...0x7E).contains(byte), byte != UInt8(ascii: "[") { inEscape = false }
            } else if byte == 0x1B {
                inEscape = true
            } else if byte >= 0x20, byte != 0x7F {
                width += 1
            }
        }
        return width
    }

    /// The text followed by spaces up to `width` terminal columns (as it is when already that wide).
    func padding(to width: Int) -> String {
        let missing = width - displayWidth
        return missing > 0 ? self + String(repeating: " ", count: missing) : self
    }
}

/// The width of one grapheme cluster, so that `String.displayWidth` can sum them.
extension Character {
    /// 0, 1 or 2 columns; see `String.displayWidth`.
    var displayWidth: Int {
        let scalars = unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.contains(where: { $0.properties.isEmojiPresentation })
            || (scalars.contains("\u{FE0F}") && scalars.contains(where: { $0.properties.isEmoji }))
        {
            return 2
        }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .control, .format: return 0
        default: break
        }
        return first.isEastAsianWide ? 2 : 1
    }
}

/// The East Asian Width test that `Character.displayWidth` needs: the standard library's scalar
/// properties do not include it.
extension Unicode.Scalar {
    /// East Asian Width W or F (UAX #11), by the blocks that hold them.
    var isEastAsianWide: Bool {
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
            0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
            0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
