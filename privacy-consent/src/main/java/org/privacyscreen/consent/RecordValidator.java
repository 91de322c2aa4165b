package org.privacyscreen.consent;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.privacyscreen.Consent;
import org.privacyscreen.ConsentUse;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.PrivacyScreenException;

/**
 * Checks the shape of records (consents, uses, people, engagements, guardians) with Jakarta Bean Validation on
 * Hibernate Validator, naming every violated field and the reason and never a value. Thread-safe; the validator
 * factory is built once per process.
 *
 * <pre>{@code
 * RecordValidator v = RecordValidator.create();
 * v.check("consents[2]", consent);   // throws INVALID_RECORD: "consents[2]: id must not be blank; ..."
 * }</pre>
 */
public final class RecordValidator {
    private static final class Holder {
        /*
         * Hibernate Validator announces its version at INFO through JBoss Logging, which falls back to
         * java.util.logging when the host has no JBoss Logging backend: a host's console would show
         * "INFO: HV000001: Hibernate Validator ..." on standard error. A library keeps quiet on its host's console;
         * a host that configured this logger keeps its own level. Held here so the level outlives garbage collection.
         */
        static final java.util.logging.Logger BANNER = quietBanner();

        // one factory for the process: building one scans metadata and is costly
        static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
                .buildValidatorFactory();
    }

    private static java.util.logging.Logger quietBanner() {
        java.util.logging.Logger banner = java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");
        if (banner.getLevel() == null) {
            banner.setLevel(java.util.logging.Level.WARNING);
        }
        return banner;
    }

    private static final RecordValidator INSTANCE = new RecordValidator();

    private final Validator validator;

    private RecordValidator() {
        this.validator = Holder.FACTORY.getValidator();
    }

    /** The shared validator. */
    public static RecordValidator create() {
        return INSTANCE;
    }

    /**
     * Every violation of {@code record}, each as "field reason" (e.g. "validUntil must not be before validFrom"),
     * sorted; empty when the record is well formed. Values are never quoted.
     */
    public <T> List<String> violations(T record) {
        Objects.requireNonNull(record, "record");
        Set<ConstraintViolation<T>> found = validator.validate(record);
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        found.stream().sorted(Comparator.comparing((ConstraintViolation<T> v) -> field(v.getPropertyPath()))
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach(v -> {
                    String f = field(v.getPropertyPath());
                    String line = f.isEmpty() ? v.getMessage() : f + " " + v.getMessage();
                    if (seen.add(line)) {
                        out.add(line);
                    }
                });
        return List.copyOf(out);
    }

    /**
     * Refuses {@code record} when it has the wrong shape: a {@link PrivacyScreenException} ({@code INVALID_RECORD})
     * whose one-line message starts with {@code where} (e.g. "consents[2]") and names every violation.
     */
    public void check(String where, Object record) {
        Objects.requireNonNull(where, "where");
        if (record == null) {
            throw new PrivacyScreenException(ErrorCode.INVALID_RECORD, where + ": the record is missing");
        }
        List<String> v = violations(record);
        if (!v.isEmpty()) {
            throw new PrivacyScreenException(ErrorCode.INVALID_RECORD, where + ": " + String.join("; ", v));
        }
    }

    /**
     * Refuses a use that names no consent: {@code UNKNOWN_REFERENCE}, naming the use ("uses[1].consentId").
     * Checks each use's shape too.
     */
    public static void checkUses(List<Consent> consents, List<ConsentUse> uses) {
        Objects.requireNonNull(consents, "consents");
        Objects.requireNonNull(uses, "uses");
        Set<String> ids = new HashSet<>();
        consents.forEach(c -> ids.add(c.id()));
        for (int i = 0; i < uses.size(); i++) {
            ConsentUse u = uses.get(i);
            INSTANCE.check("uses[" + i + "]", u);
            if (!ids.contains(u.consentId())) {
                throw new PrivacyScreenException(ErrorCode.UNKNOWN_REFERENCE,
                        "uses[" + i + "].consentId: names no consent on record");
            }
        }
    }

    /** "channels[].<iterable element>" reads as "channels[]"; a nested node reads as "guardian.name". */
    private static String field(Path path) {
        StringBuilder b = new StringBuilder();
        for (Path.Node n : path) {
            if (n.getName() == null || n.getName().startsWith("<")) {
                if (n.isInIterable() && b.length() > 0 && b.charAt(b.length() - 1) != ']') {
                    b.append("[]");
                }
                continue;
            }
            if (b.length() > 0) {
                b.append('.');
            }
            b.append(n.getName());
        }
        return b.toString();
    }
}
