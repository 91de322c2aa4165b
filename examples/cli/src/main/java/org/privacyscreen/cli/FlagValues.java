package org.privacyscreen.cli;

import org.privacyscreen.AccountKind;
import org.privacyscreen.Purpose;
import org.privacyscreen.json.JsonInputException;
import org.privacyscreen.json.PostJson;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The values of the inline post's flags, checked as the parser reads them: a value outside the contract is a usage
 * error (64), like a wrong {@code --format}, with the same accepted values Post JSON has.
 */
final class FlagValues {
    private FlagValues() {
    }

    /** {@code --channel}: a lower-case word. */
    static final class Channel implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return usage(() -> PostJson.channel(value, "channel"));
        }
    }

    /** {@code --purpose}: one of the contract's purposes. */
    static final class PurposeValue implements ITypeConverter<Purpose> {
        @Override
        public Purpose convert(String value) {
            return usage(() -> PostJson.purpose(value, "purpose"));
        }
    }

    /** {@code --account}: official or personal. */
    static final class Account implements ITypeConverter<AccountKind> {
        @Override
        public AccountKind convert(String value) {
            return usage(() -> PostJson.account(value, "account"));
        }
    }

    private static <T> T usage(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (JsonInputException e) {
            // "purpose: must be one of ..." without the field name, which picocli puts before it
            String m = e.getMessage();
            throw new TypeConversionException(m.substring(m.indexOf(": ") + 2));
        }
    }
}
