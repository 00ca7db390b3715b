package org.tellus.plan;

import org.tellus.base.TranslatableException;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules every set-up change and every imported row follow, with the message that says which one failed. */
final class SetupChecks {

    static final int NAME_MAX = 200;
    static final int ID_MAX = 60;
    static final int CODE_MAX = 20;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]*");

    private SetupChecks() {
    }

    /** A required name, stripped; refused when empty or too long. */
    static String name(String value) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            throw new TranslatableException("setup.error.name-required");
        }
        if (name.length() > NAME_MAX) {
            throw new TranslatableException("setup.error.name-too-long", NAME_MAX);
        }
        return name;
    }

    /** An id as the taxonomy files spell them: lower case letters, digits and single hyphens. */
    static String id(String value) {
        String id = value == null ? "" : value.strip();
        if (id.isEmpty() || id.length() > ID_MAX || !ID.matcher(id).matches()) {
            throw new TranslatableException("setup.error.id-invalid", id, ID_MAX);
        }
        return id;
    }

    /** An optional official code (letters and digits, e.g. an ONS ward code); null when blank. */
    static String code(String value) {
        String code = value == null ? "" : value.strip();
        if (code.length() > CODE_MAX || !CODE.matcher(code).matches()) {
            throw new TranslatableException("setup.error.code-invalid", code, CODE_MAX);
        }
        return code.isEmpty() ? null : code;
    }

    /** An id made from a name ("Bramhall North" gives "bramhall-north"), not one of {@code taken}. */
    static String newId(String name, Collection<String> taken) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.isEmpty()) {
            base = "item";
        }
        base = base.substring(0, Math.min(base.length(), ID_MAX - 4)).replaceAll("-+$", "");
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Refuses a change that started from an older version than the one stored. */
    static void sameVersion(long stored, long seen) {
        if (stored != seen) {
            throw new TranslatableException("setup.error.edited-elsewhere");
        }
    }
}
