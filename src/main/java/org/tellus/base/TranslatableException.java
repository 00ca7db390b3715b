package org.tellus.base;

/**
 * A business rule said no. Carries a translation key and its parameters, so that every view shows the
 * same clear message in the user's language.
 */
public class TranslatableException extends RuntimeException {

    private final String key;
    private final transient Object[] params;

    public TranslatableException(String key, Object... params) {
        super(key);
        this.key = key;
        this.params = params;
    }

    public String key() {
        return key;
    }

    public Object[] params() {
        return params.clone();
    }
}
